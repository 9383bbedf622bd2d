//! Unicode by the platform's tables (`content::unicode`). Runs natively and in headless Chromium
//! (`--target wasm32-unknown-unknown`), where the JavaScript engine answers: both must agree.

use reframe_core::content::unicode::{alphanumerics, is_alphanumeric, lowercase};
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[test]
fn lowercases_every_script() {
    for (text, expected) in [
        ("Couples THERAPY", "couples therapy"),
        ("ΟΔΟΣ ΣΟΦΙΑΣ", "οδος σοφιας"),
        ("ПРИВЕТ Мир", "привет мир"),
        ("STRAẞE Ärger", "straße ärger"),
        ("İ", "i\u{307}"),
        ("ǅ ＡＢＣ 日本", "ǆ ａｂｃ 日本"),
    ] {
        assert_eq!(lowercase(text), expected, "{text}");
    }
}

#[test]
fn letters_and_digits_of_every_script_are_alphanumeric() {
    for c in ['a', 'Z', '7', 'é', 'ß', 'Ж', 'σ', '日', 'ك', '٣', 'Ⅻ', '½'] {
        assert!(is_alphanumeric(c), "{c}");
    }
    for c in [
        ' ', '_', '-', '’', '“', '—', '…', '¿', '\u{a0}', '🙂', '\u{301}',
    ] {
        assert!(!is_alphanumeric(c), "{c:?}");
    }
}

#[test]
fn a_whole_text_is_tested_as_each_of_its_characters() {
    for text in [
        "",
        "plain ASCII_42",
        "Été, ΣΟΦΊΑ 日本 ½ — 🙂 ك٣\u{301}x\u{a0}",
    ] {
        let each: Vec<bool> = text.chars().map(is_alphanumeric).collect();
        assert_eq!(alphanumerics(text), each, "{text}");
    }
}
