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

mod limits {
    use super::{errors, VALID};
    use reframe_core::content::limits::{
        MAX_PAIRS, MAX_QUESTIONS, MAX_RELATED_LINKS, MAX_SECTIONS, MAX_SET_BYTES, MAX_URL_CHARS,
    };

    #[test]
    fn text_over_the_size_limit_is_refused_before_it_is_parsed() {
        // Not JSON at all: the size is what is reported, so nothing parsed it.
        let text = "x".repeat(MAX_SET_BYTES + 1);
        assert_eq!(
            errors(&text),
            [format!(
                "content/x.json: (root): the content is longer than the limit of {MAX_SET_BYTES} bytes (at least {})",
                MAX_SET_BYTES + 1
            )]
        );
        // At the limit, the same text is parsed (and is a syntax error).
        let at_limit = "x".repeat(MAX_SET_BYTES);
        assert!(errors(&at_limit)[0].contains("expected value"));
    }

    fn questions(n: usize) -> String {
        let items: Vec<String> = (0..n)
            .map(|i| format!(r#"{{"id":"q{i}","question":"Q{i}?","answer":["A."]}}"#))
            .collect();
        format!(
            r#"{{"lang":"en","title":"T","faq":{{"title":"FAQ","items":[{}]}}}}"#,
            items.join(",")
        )
    }

    #[test]
    fn each_count_over_its_limit_names_the_field_and_the_limit() {
        reframe_core::content::load::from_json("content/x.json", &questions(MAX_QUESTIONS))
            .unwrap();
        assert_eq!(
            errors(&questions(MAX_QUESTIONS + 1)),
            [format!(
                "content/x.json: faq.items: {} questions, over the limit of {MAX_QUESTIONS}",
                MAX_QUESTIONS + 1
            )]
        );
        let pairs = vec![r#"{"instead":"a","try":"b"}"#; MAX_PAIRS + 1].join(",");
        let sections: Vec<String> = (0..=MAX_SECTIONS)
            .map(|i| format!(r#"{{"id":"s{i}","title":"S","blocks":[{{"paragraph":"P."}}]}}"#))
            .collect();
        let links = vec![r#"{"title":"L"}"#; MAX_RELATED_LINKS + 1].join(",");
        let text = VALID.replacen(
            r#""faq""#,
            &format!(
                r#""phrases":{{"title":"P","pairs":[{pairs}]}},"sections":[{}],"related":{{"title":"R","links":[{links}]}},"faq""#,
                sections.join(",")
            ),
            1,
        );
        assert_eq!(
            errors(&text),
            [
                format!(
                    "content/x.json: phrases.pairs: {} phrase pairs, over the limit of {MAX_PAIRS}",
                    MAX_PAIRS + 1
                ),
                format!(
                    "content/x.json: sections: {} sections, over the limit of {MAX_SECTIONS}",
                    MAX_SECTIONS + 1
                ),
                format!(
                    "content/x.json: related.links: {} related links, over the limit of {MAX_RELATED_LINKS}",
                    MAX_RELATED_LINKS + 1
                ),
            ]
        );
    }

    #[test]
    fn a_url_over_the_length_limit_is_refused_naming_the_field() {
        let long = format!("https://example.org/{}", "a".repeat(MAX_URL_CHARS));
        let text = VALID.replacen(
            r#""faq""#,
            &format!(r#""related":{{"title":"R","links":[{{"title":"L","url":"{long}"}}]}},"faq""#),
            1,
        );
        assert_eq!(
            errors(&text),
            [format!(
                "content/x.json: related.links[0].url: URL of {} characters, over the limit of {MAX_URL_CHARS}",
                long.chars().count()
            )]
        );
        let in_an_answer = VALID.replace(r#"["A2"]"#, &format!(r#"["[a]({long})"]"#));
        assert_eq!(
            errors(&in_an_answer),
            [format!(
                "content/x.json: faq.items[1].answer[0]: URL of {} characters, over the limit of {MAX_URL_CHARS}",
                long.chars().count()
            )]
        );
    }
}

#[test]
fn the_readme_gives_each_limit() {
    use reframe_core::content::limits::*;
    use reframe_core::content::validate::{MAX_ID_CHARS, MAX_TEXT_CHARS};
    let readme = std::fs::read_to_string("README.md").unwrap();
    let start = readme
        .find("**Limits.**")
        .expect("README has a Limits paragraph");
    let paragraph = &readme[start..start + readme[start..].find("\n\n").unwrap()];
    let paragraph = paragraph.replace('\n', " ");
    for phrase in [
        format!("{MAX_SET_BYTES} bytes of JSON"),
        format!("{MAX_QUESTIONS} questions"),
        format!("{MAX_PAIRS} phrase pairs"),
        format!("{MAX_SECTIONS} sections"),
        format!("{MAX_RELATED_LINKS} related links"),
        format!("{MAX_TEXT_CHARS} characters"),
        format!("URL {MAX_URL_CHARS}"),
        format!("id {MAX_ID_CHARS}"),
    ] {
        assert!(
            paragraph.contains(&phrase),
            "README's Limits paragraph should say \"{phrase}\" (src/content/limits.rs)"
        );
    }
}

/// `VALID` with `labels` set to this JSON object.
fn with_labels(labels: &str) -> String {
    VALID.replace(
        r#""title": "T","#,
        &format!(r#""title": "T", "labels": {labels},"#),
    )
}

#[test]
fn labels_replace_the_widgets_words() {
    let set = from_json(
        "content/x.json",
        &with_labels(
            r#"{ "searchLabel": "ابحث في الأسئلة", "showAll": "اعرض كل الإجابات", "try": "جرّب",
                 "noMatches": "لا توجد أسئلة تطابق «{q}»",
                 "matches": { "one": "سؤال واحد يطابق", "other": "{n} أسئلة تطابق" } }"#,
        ),
    )
    .unwrap();
    let labels = set.labels.unwrap();
    assert_eq!(labels.search_label.as_deref(), Some("ابحث في الأسئلة"));
    assert_eq!(labels.try_.as_deref(), Some("جرّب"));
    assert_eq!(labels.matches.as_ref().unwrap().other, "{n} أسئلة تطابق");
    assert_eq!(labels.copy, None);
}

#[test]
fn an_unknown_label_is_an_error_naming_the_key() {
    let e = errors(&with_labels(
        r#"{ "showAll": "Tout voir", "shwoAll": "x" }"#,
    ));
    assert_eq!(e.len(), 1);
    assert!(
        e[0].contains(": labels.shwoAll: unknown field `shwoAll`, expected one of `insteadOf`"),
        "{}",
        e[0]
    );
    let e = errors(&with_labels(r#"{ "matches": { "one": "1", "few": "2" } }"#));
    assert!(
        e[0].contains("labels.matches.few: unknown field `few`"),
        "{}",
        e[0]
    );
}

#[test]
fn labels_obey_the_text_rules_and_keep_their_placeholders() {
    assert_eq!(
        errors(&with_labels(r#"{ "copy": " ", "hideAll": "" }"#)),
        vec![
            "content/x.json: labels.hideAll: expected non-empty text",
            "content/x.json: labels.copy: expected non-empty text",
        ]
    );
    let long = "x".repeat(4001);
    assert_eq!(
        errors(&with_labels(&format!(r#"{{ "ctaDefault": "{long}" }}"#))),
        vec!["content/x.json: labels.ctaDefault: text longer than 4000 characters"]
    );
    assert_eq!(
        errors(&with_labels(
            r#"{ "noMatches": "Rien", "matches": { "one": "", "other": "Des questions" } }"#
        )),
        vec![
            "content/x.json: labels.noMatches: expected {q} where the widget puts its value",
            "content/x.json: labels.matches.one: expected non-empty text",
            "content/x.json: labels.matches.other: expected {n} where the widget puts its value",
        ]
    );
}

/// `Labels::texts` names each label by the key serde reads it from: every key the schema lists
/// (but the two-form `matches`), given, comes back under its own name.
#[test]
fn every_label_is_validated_under_its_own_key() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("content/schema.json").unwrap()).unwrap();
    let mut keys: Vec<&str> = schema["$defs"]["Labels"]["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .filter(|key| *key != "matches")
        .collect();
    let labels: Vec<String> = keys
        .iter()
        .map(|key| format!(r#""{key}": "{key} {{q}}""#))
        .collect();
    let set = from_json(
        "content/x.json",
        &with_labels(&format!("{{ {} }}", labels.join(", "))),
    )
    .unwrap();
    let labels = set.labels.unwrap();
    let mut texts = labels.texts();
    texts.sort();
    keys.sort();
    assert_eq!(keys.len(), 17);
    for ((key, value), expected) in texts.into_iter().zip(&keys) {
        assert_eq!(key, *expected);
        assert_eq!(value, format!("{key} {{q}}"));
    }
}
