//! Unicode by the platform's own tables: in the browser, the JavaScript engine's
//! (`String.prototype.toLowerCase`, `\p{…}` in regular expressions); natively, Rust's. Every
//! browser already carries these tables, so the wasm does not carry a second copy of them
//! (BENCHMARKS.md has what that saves). ASCII never leaves Rust.
//!
//! The platform is chosen by target, not by the `csr` feature: a JavaScript engine is there
//! only under wasm32, and the build script, which includes this file, compiles natively with
//! whatever features the build selects.

/// `text` in lowercase, by Unicode's default case mapping (final sigma included).
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        #[cfg(test)]
        super::work::unicode_call();
        platform::lowercase(text)
    }
}

/// Whether `c` is a letter or a digit (Unicode's `Alphabetic` or `Numeric` property, as
/// `char::is_alphanumeric`).
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        #[cfg(test)]
        super::work::unicode_call();
        platform::is_alphanumeric(c)
    }
}

#[cfg(target_arch = "wasm32")]
mod platform {
    use js_sys::{JsString, RegExp};

    pub fn lowercase(text: &str) -> String {
        JsString::from(text).to_lower_case().into()
    }

    thread_local! {
        static ALPHANUMERIC: RegExp = RegExp::new(r"^[\p{Alphabetic}\p{N}]$", "u");
    }

    pub fn is_alphanumeric(c: char) -> bool {
        let mut utf8 = [0; 4];
        ALPHANUMERIC.with(|pattern| pattern.test(c.encode_utf8(&mut utf8)))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod platform {
    pub fn lowercase(text: &str) -> String {
        text.to_lowercase()
    }

    pub fn is_alphanumeric(c: char) -> bool {
        c.is_alphanumeric()
    }
}
