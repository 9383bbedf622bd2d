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

/// For each character of `text`, whether it is a letter or a digit (as [`is_alphanumeric`]):
/// one call into the platform for the whole text, not one per character.
pub fn alphanumerics(text: &str) -> Vec<bool> {
    if text.is_ascii() {
        text.chars().map(|c| c.is_ascii_alphanumeric()).collect()
    } else {
        #[cfg(test)]
        super::work::unicode_call();
        platform::alphanumerics(text)
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

    thread_local! {
        static NOT_ALPHANUMERIC: RegExp = RegExp::new(r"[^\p{Alphabetic}\p{N}]", "gu");
    }

    /// Every character that is not a letter or digit becomes a space, one code point for one
    /// (the `u` flag), so the answer lines up with the text's characters.
    pub fn alphanumerics(text: &str) -> Vec<bool> {
        let marked: String = NOT_ALPHANUMERIC
            .with(|pattern| JsString::from(text).replace_by_pattern(pattern, " "))
            .into();
        marked.chars().map(|c| c != ' ').collect()
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

    pub fn alphanumerics(text: &str) -> Vec<bool> {
        text.chars().map(char::is_alphanumeric).collect()
    }
}
