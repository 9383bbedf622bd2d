//! The rich-text Markdown subset: what becomes formatting, what stays text, which links pass.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use reframe_core::content::load::from_json;
use reframe_core::content::rich_text::{Inline, RichText, RichTextError};
use reframe_core::content::validate::{validate, MAX_MARKDOWN_CHARS};
use std::rc::Rc;

fn parse(source: &str) -> Vec<Inline> {
    RichText::parse(source).unwrap().inlines
}

fn text(t: &str) -> Inline {
    Inline::Text(t.into())
}

#[test]
fn emphasis_strong_and_links() {
    assert_eq!(
        parse("Try *this*, **that** and [the guide](https://example.org/g?a=1)."),
        vec![
            text("Try "),
            Inline::Emphasis("this".into()),
            text(", "),
            Inline::Strong("that".into()),
            text(" and "),
            Inline::Link {
                text: "the guide".into(),
                href: "https://example.org/g?a=1".into()
            },
            text("."),
        ]
    );
    assert_eq!(
        parse("_quiet_ words"),
        vec![Inline::Emphasis("quiet".into()), text(" words")]
    );
}

#[test]
fn everything_else_stays_literal_text() {
    for literal in [
        "<b>bold</b> &amp; <script>alert(1)</script>",
        "snake_case_name and 2 * 3 * 4",
        "a * b *",
        "[not a link] (really)",
        "** spaced **",
        "unclosed *emphasis and [link](",
        "",
    ] {
        let plain = RichText::parse(literal).unwrap();
        assert_eq!(plain.plain_text(), literal, "{literal}");
        assert!(
            plain.inlines.iter().all(|i| matches!(i, Inline::Text(_))),
            "{literal}: {plain:?}"
        );
    }
}

#[test]
fn escapes_make_markup_characters_literal() {
    assert_eq!(
        parse(r"\*not emphasis\* and \[x\](y)"),
        vec![text("*not emphasis* and [x](y)")]
    );
}

#[test]
fn unsafe_link_schemes_are_errors() {
    for bad in [
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](vbscript:msgbox)",
        "[x](file:///etc/passwd)",
        "[x]( javascript:alert(1))",
        "[x]()",
    ] {
        let error = RichText::parse(bad).expect_err(bad);
        assert!(
            error
                .to_string()
                .starts_with("unsafe or unsupported link URL"),
            "{error}"
        );
    }
    for good in [
        "[x](https://a.b)",
        "[x](mailto:a@b.c)",
        "[x](tel:+15551234)",
        "[x](/guides/one)",
        "[x](#faq)",
    ] {
        assert!(RichText::parse(good).is_ok(), "{good}");
    }
}

#[test]
fn markdown_round_trips() {
    for source in [
        "Try *this*, **that** and [the guide](https://example.org/g).",
        r"Literal \* star, \_ underscore, \[brackets\] and \(parens\)",
        "plain",
    ] {
        let parsed = RichText::parse(source).unwrap();
        assert_eq!(
            RichText::parse(&parsed.to_markdown()).unwrap(),
            parsed,
            "{source}"
        );
    }
}

#[test]
fn an_unsafe_link_in_a_file_is_reported_with_position_and_path() {
    let text = r#"{
  "lang": "en",
  "title": "T",
  "faq": { "title": "FAQ", "items": [
    { "id": "one", "question": "Q?", "answer": ["See [this](javascript:alert(1))"] }
  ] }
}"#;
    let errors = from_json("content/x.json", text).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("content/x.json:5:81: faq.items[0].answer[0]: unsafe or unsupported link URL \"javascript:alert(1)\""),
        "{}",
        errors[0]
    );
}

#[test]
fn a_worst_case_answer_is_refused_before_parsing_with_its_path_and_the_limit() {
    let answer = "[a](".repeat(100_000);
    let text = format!(
        r#"{{"lang": "en", "title": "T", "faq": {{ "title": "FAQ", "items": [
    {{ "id": "one", "question": "Q?", "answer": ["{answer}"] }}
  ] }} }}"#
    );
    let errors = from_json("content/x.json", &text).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("content/x.json:2:")
            && errors[0]
                .contains("faq.items[0].answer[0]: text longer than 16000 characters of Markdown"),
        "{}",
        &errors[0][..errors[0].len().min(300)]
    );
}

#[test]
fn text_up_to_the_limit_is_parsed() {
    let at_limit = "[a](".repeat(MAX_MARKDOWN_CHARS / 4);
    let parsed = RichText::parse(&at_limit).unwrap();
    assert_eq!(parsed.plain_text(), at_limit);
    let over = format!("{at_limit}x");
    assert_eq!(RichText::parse(&over), Err(RichTextError::TooLong));
}

#[test]
fn text_whose_markdown_could_not_be_read_back_is_invalid() {
    let mut set = from_json(
        "content/x.json",
        r#"{"lang": "en", "title": "T", "faq": { "title": "FAQ", "items": [
    { "id": "one", "question": "Q?", "answer": ["A."] }
  ] } }"#,
    )
    .unwrap();
    let item = Rc::make_mut(&mut set.faq.as_mut().unwrap().items[0]);
    // Ten links, each within the URL limit, written back longer than the Markdown limit.
    let link = Inline::Link {
        text: "a".into(),
        href: format!("/{}", "x".repeat(MAX_MARKDOWN_CHARS / 8)),
    };
    item.answer[0] = RichText {
        inlines: vec![link; 10],
    }
    .into();
    let errors = validate(&set);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].path, "faq.items[0].answer[0]");
    assert!(
        errors[0]
            .message
            .starts_with("text longer than 16000 characters of Markdown"),
        "{}",
        errors[0].message
    );
}

#[test]
fn the_readme_gives_the_markdown_limit() {
    let readme = std::fs::read_to_string("README.md")
        .unwrap()
        .replace('\n', " ");
    let phrase = format!("{MAX_MARKDOWN_CHARS} characters of Markdown");
    assert!(readme.contains(&phrase), "README should say \"{phrase}\"");
}

/// Pieces that made the parser before this one rescan the rest of the text.
const WORST_CASES: &[&str] = &["[a](", "[a](b", "[a](()", "**a ", "[", "_a", "\\", "[*a"];

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    /// Worst-case texts of 10 KB to 1 MB are refused for their length, before any parsing,
    /// once over the limit; the same pieces within the limit parse and round-trip (escaping
    /// can double a text).
    #[test]
    fn worst_case_texts_are_refused_or_parsed(
        pieces in proptest::collection::vec(proptest::sample::select(WORST_CASES), 1..5),
        bytes in 10_000usize..1_000_000,
    ) {
        let piece = pieces.concat();
        let long = piece.repeat(bytes / piece.len() + 1);
        if long.chars().count() > MAX_MARKDOWN_CHARS {
            prop_assert_eq!(RichText::parse(&long), Err(RichTextError::TooLong));
        } else {
            prop_assert!(RichText::parse(&long).is_ok());
        }
        let fits: String = long.chars().take(MAX_MARKDOWN_CHARS / 2).collect();
        let text = RichText::parse(&fits).unwrap();
        prop_assert_eq!(RichText::parse(&text.to_markdown()), Ok(text));
    }
}

#[test]
fn an_unsafe_links_error_shows_its_control_characters_escaped() {
    let error = RichText::parse("[a](javascript:\u{1b}[2J\u{202e})")
        .unwrap_err()
        .to_string();
    assert!(
        !error.chars().any(|c| c == '\u{1b}' || c == '\u{202e}'),
        "{error:?}"
    );
    assert!(error.contains("\\u{1b}[2J\\u{202e}"), "{error}");
}
