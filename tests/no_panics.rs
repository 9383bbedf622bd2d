//! Property tests: the validator, the rich-text parser and the URL check take any input without
//! panicking, and keep their promises on it: 12,000 mutated content files, and 60,000 strings
//! each for the rich-text parser and the URL check (the importer's, 10,000 each, are in `import.rs`).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use reframe_core::content::load::from_json;
use reframe_core::content::rich_text::{Inline, RichText};
use reframe_core::content::validate::{is_safe_url, validate};

const SEED: &str = include_str!("../content/partner-refuses-therapy.json");

/// One edit of a JSON text: replace, insert or delete at a position.
#[derive(Debug, Clone)]
enum Edit {
    Replace(usize, char),
    Insert(usize, String),
    Delete(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let position = 0..SEED.len();
    let piece = prop_oneof![
        Just("\"".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just(",".to_string()),
        Just(":".to_string()),
        Just("null".to_string()),
        Just("\"\"".to_string()),
        Just("[javascript](javascript:x)".to_string()),
        Just("**".to_string()),
        "\\PC{0,6}",
    ];
    prop_oneof![
        (position.clone(), any::<char>()).prop_map(|(p, c)| Edit::Replace(p, c)),
        (position.clone(), piece).prop_map(|(p, s)| Edit::Insert(p, s)),
        (position, 1..40usize).prop_map(|(p, n)| Edit::Delete(p, n)),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut text = text.to_string();
    for edit in edits {
        let at = |p: usize, text: &String| {
            let mut p = p.min(text.len());
            while !text.is_char_boundary(p) {
                p -= 1;
            }
            p
        };
        match edit {
            Edit::Replace(p, c) => {
                let p = at(*p, &text);
                if let Some(old) = text[p..].chars().next() {
                    text.replace_range(p..p + old.len_utf8(), &c.to_string());
                }
            }
            Edit::Insert(p, s) => {
                let p = at(*p, &text);
                text.insert_str(p, s);
            }
            Edit::Delete(p, n) => {
                let p = at(*p, &text);
                let end = at(p + n, &text);
                text.replace_range(p..end, "");
            }
        }
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Mutated content files: reading never panics; every error is located; whatever is
    /// accepted passes the rules and holds only safe links.
    #[test]
    fn reading_mutated_content_never_panics(edits in prop::collection::vec(edit(), 1..4)) {
        let text = apply(SEED, &edits);
        match from_json("content/x.json", &text) {
            Ok(set) => {
                prop_assert!(validate(&set).is_empty());
                let json = serde_json::to_string(&set).unwrap();
                prop_assert_eq!(from_json("again", &json).unwrap(), set);
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                for error in errors {
                    prop_assert!(error.starts_with("content/x.json"), "{}", error);
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 60_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any string: the rich-text parser returns; accepted text holds only safe links and
    /// survives a round trip through its Markdown form.
    #[test]
    fn rich_text_never_panics_and_round_trips(
        source in prop_oneof![
            "[a-z *_\\\\\\[\\]()<>:/#.\t\n-]{0,60}",
            "\\PC{0,40}",
            "(\\[[a-z<>*_ ]{0,8}\\]\\((javascript|https|data|mailto|/|#)[:a-z/()<>]{0,12}\\) ?){1,3}",
        ]
    ) {
        if let Ok(text) = RichText::parse(&source) {
            for href in text.hrefs() {
                prop_assert!(is_safe_url(href), "unsafe href {:?}", href);
            }
            prop_assert!(!text.inlines.iter().any(|i| matches!(i, Inline::Text(t) if t.is_empty())));
            let again = RichText::parse(&text.to_markdown()).unwrap();
            prop_assert_eq!(again, text);
        }
    }

    /// URL safety answers for any input.
    #[test]
    fn url_check_never_panics(url in "\\PC{0,30}") {
        let safe = is_safe_url(&url);
        if safe {
            let lower = url.trim().to_ascii_lowercase();
            prop_assert!(!lower.starts_with("javascript:") && !lower.starts_with("data:") && !lower.starts_with("vbscript:"));
        }
    }
}
