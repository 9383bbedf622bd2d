//! The rich-text Markdown subset: what becomes formatting, what stays text, which links pass.
#![cfg(not(target_arch = "wasm32"))]

use reframe_core::content::load::from_json;
use reframe_core::content::rich_text::{Inline, RichText};

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
        errors[0].starts_with("content/x.json:5:82: faq.items[0].answer[0]: unsafe or unsupported link URL \"javascript:alert(1)\""),
        "{}",
        errors[0]
    );
}
