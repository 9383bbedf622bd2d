//! Invalid content is rejected with the file, the position and the field path.
#![cfg(not(target_arch = "wasm32"))]

use reframe_core::content::load::from_json;
use reframe_core::content::validate::{is_safe_url, is_slug};

const VALID: &str = r#"{
  "lang": "en",
  "title": "T",
  "faq": { "title": "FAQ", "items": [
    { "id": "one", "question": "Q1?", "answer": ["A1"] },
    { "id": "two", "question": "Q2?", "answer": ["A2"] }
  ] }
}"#;

fn errors(text: &str) -> Vec<String> {
    from_json("content/x.json", text).expect_err("should be invalid")
}

#[test]
fn a_minimal_set_is_valid() {
    from_json("content/x.json", VALID).unwrap();
}

#[test]
fn a_type_error_names_file_line_column_and_path() {
    let text = VALID.replace(r#"["A2"]"#, "42");
    let e = errors(&text);
    assert_eq!(e.len(), 1);
    assert!(e[0].starts_with("content/x.json:6:50: faq.items[1].answer: invalid type: integer `42`, expected a sequence"), "{}", e[0]);
    assert!(
        !e[0].contains(" at line "),
        "position given twice: {}",
        e[0]
    );
    assert!(e[0].contains("faq.items[1].answer"), "{}", e[0]);
    assert!(e[0].contains("expected a sequence"), "{}", e[0]);
}

#[test]
fn a_syntax_error_names_line_and_column() {
    let text = VALID.replace(r#""title": "T","#, r#""title": "T""#);
    let e = errors(&text);
    assert!(e[0].starts_with("content/x.json:4:3:"), "{}", e[0]);
}

#[test]
fn an_unknown_field_is_rejected_with_its_path() {
    let text = VALID.replace(r#""question": "Q1?""#, r#""question": "Q1?", "answr": 1"#);
    let e = errors(&text);
    assert!(e[0].contains("faq.items[0]"), "{}", e[0]);
    assert!(e[0].contains("unknown field `answr`"), "{}", e[0]);
}

#[test]
fn duplicate_and_malformed_ids_are_reported_by_path() {
    let text = VALID.replace(r#""id": "two""#, r#""id": "one""#);
    assert_eq!(
        errors(&text),
        vec![r#"content/x.json: faq.items[1].id: duplicate id "one""#]
    );
    let text = VALID.replace(r#""id": "two""#, r#""id": "Two Words""#);
    assert!(errors(&text)[0].starts_with("content/x.json: faq.items[1].id: invalid id"));
}

#[test]
fn empty_text_is_reported() {
    let text = VALID.replace(r#""Q2?""#, r#""  ""#);
    assert_eq!(
        errors(&text),
        vec!["content/x.json: faq.items[1].question: expected non-empty text"]
    );
}

#[test]
fn a_set_needs_a_question_or_a_phrase_pair() {
    let text = r#"{ "lang": "en", "title": "T", "faq": { "title": "FAQ", "items": [] } }"#;
    assert!(errors(text)[0].contains("at least one FAQ item or phrase pair"));
}

#[test]
fn unsafe_link_schemes_are_rejected() {
    let text = VALID.replace(
        r#""lang": "en","#,
        r#""lang": "en", "related": { "title": "R", "links": [ { "title": "x", "url": "JavaScript:alert(1)" } ] },"#,
    );
    assert!(errors(&text)[0].contains("related.links[0].url: unsafe or unsupported URL"));
}

#[test]
fn url_safety() {
    for ok in [
        "https://example.org/a",
        "http://example.org",
        "mailto:a@b.c",
        "tel:+1555",
        "/guides/x",
        "guide.html",
        "#faq",
        "?q=a:b",
        "a/b:c",
    ] {
        assert!(is_safe_url(ok), "{ok}");
    }
    for bad in [
        "javascript:alert(1)",
        " JAVASCRIPT:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        "file:///etc/passwd",
        "",
        "\u{1}javascript:alert(1)",
        "\njavascript:alert(1)",
    ] {
        assert!(!is_safe_url(bad), "{bad:?}");
    }
}

#[test]
fn slugs() {
    assert!(is_slug("a-1-b"));
    for bad in ["", "-a", "a-", "a--b", "A", "a b", "é"] {
        assert!(!is_slug(bad), "{bad}");
    }
}
