//! Lowercasing by Unicode's default case mapping (final sigma included), with the platform's
//! own tables: in the browser, the JavaScript engine's `String.prototype.toLowerCase`; natively,
//! Rust's `str::to_lowercase`. Every browser already carries these tables, so the wasm does not
//! carry a second copy of them (about 5 KB gzip). ASCII text never leaves Rust.

/// `text` in lowercase.
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        platform_lowercase(text)
    }
}

#[cfg(target_arch = "wasm32")]
fn platform_lowercase(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}

#[cfg(not(target_arch = "wasm32"))]
fn platform_lowercase(text: &str) -> String {
    text.to_lowercase()
}
