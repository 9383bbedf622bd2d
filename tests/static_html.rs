//! The static fallback (`reframe render`): valid HTML5 with every question, answer and phrase
//! of the content, no controls, and FAQPage JSON-LD that matches the content item for item.
#![cfg(not(target_arch = "wasm32"))]

use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{parse_fragment, ParseOpts, QualName};
use markup5ever_rcdom::RcDom;
use proptest::prelude::*;
use reframe_core::content::structured_data::{faq_page, script_text};
use reframe_core::content::{bundled, ContentSet, Part};
use reframe_core::widget::options::{resolve, RawOptions};
use reframe_core::widget::static_html;
use std::rc::Rc;

fn set(id: &str) -> ContentSet {
    serde_json::from_str(bundled::json(id).unwrap()).unwrap()
}

fn fallback(id: &str, show: &str) -> String {
    let set = set(id);
    let raw = RawOptions {
        show: Some(show.into()),
        ..RawOptions::default()
    };
    let (options, warnings) = resolve(&raw, &set);
    assert!(warnings.is_empty(), "{warnings:?}");
    static_html::fallback(Rc::new(set), options)
}

/// Parse errors of `html` as the content of a `<reframe-widget>` (an element in `<body>`).
fn parse_errors(html: &str) -> Vec<String> {
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            exact_errors: true,
            ..TreeBuilderOpts::default()
        },
        ..ParseOpts::default()
    };
    let context = QualName::new(None, html5ever::ns!(html), html5ever::local_name!("div"));
    let dom: RcDom = parse_fragment(RcDom::default(), opts, context, Vec::new(), false).one(html);
    let errors = dom.errors.borrow().iter().map(|e| e.to_string()).collect();
    errors
}

/// The JSON in the fallback's `<script type="application/ld+json">`.
fn json_ld(html: &str) -> serde_json::Value {
    let open = "<script type=\"application/ld+json\">";
    let start = html.find(open).expect("a JSON-LD script") + open.len();
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).unwrap()
}

/// `text` as HTML text content: what the renderer escapes.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn every_bundled_set_renders_valid_html5() {
    for id in bundled::ids() {
        let parts = set(id).parts();
        let names: Vec<&str> = parts.iter().map(Part::name).collect();
        let names = names.join(" ");
        let html = fallback(id, &names);
        assert_eq!(parse_errors(&html), Vec::<String>::new(), "{id}:\n{html}");
    }
}

#[test]
fn the_parser_reports_errors() {
    // The check above could not fail if the parser said nothing.
    assert!(!parse_errors("<p>a</div><h3>b</h4>").is_empty());
}

#[test]
fn every_question_answer_and_phrase_is_there_and_no_control() {
    let seed = set("partner-refuses-therapy");
    let html = fallback("partner-refuses-therapy", "faq phrases");
    let faq = seed.faq.as_ref().unwrap();
    assert_eq!(faq.items.len(), 6);
    for item in &faq.items {
        assert!(html.contains(&escaped(&item.question)), "{}", item.question);
        for paragraph in item.answer_texts() {
            assert!(html.contains(&escaped(&paragraph.plain_text())));
        }
    }
    for pair in &seed.phrases.as_ref().unwrap().pairs {
        assert!(html.contains(&escaped(&pair.instead)) && html.contains(&escaped(&pair.try_)));
    }
    for control in [
        "<button",
        "<input",
        " hidden",
        "role=\"status\"",
        "aria-expanded",
    ] {
        assert!(!html.contains(control), "{control} in the static HTML");
    }
}

/// The fallback for `raw`'s options on the seed's FAQ (no warnings).
fn seed_faq(raw: RawOptions) -> String {
    let set = set("partner-refuses-therapy");
    let raw = RawOptions {
        show: Some("faq".into()),
        ..raw
    };
    let (options, warnings) = resolve(&raw, &set);
    assert!(warnings.is_empty(), "{warnings:?}");
    static_html::fallback(Rc::new(set), options)
}

/// The ids of the questions whose `<details>` is open, in order, and how many there are.
fn open_details(html: &str) -> (Vec<String>, usize) {
    let mut open = Vec::new();
    let items: Vec<&str> = html.split("<details ").skip(1).collect();
    for item in &items {
        let tag = &item[..item.find('>').unwrap()];
        let id_at = item.find(" id=\"").unwrap() + 5;
        let id = &item[id_at..id_at + item[id_at..].find('"').unwrap()];
        if tag.contains("open") {
            open.push(id.to_string());
        }
    }
    (open, items.len())
}

#[test]
fn each_question_is_a_native_disclosure_holding_its_heading_and_answer() {
    let seed = set("partner-refuses-therapy");
    let html = seed_faq(RawOptions::default());
    for item in &seed.faq.as_ref().unwrap().items {
        let heading = format!(
            "<summary class=\"faq-summary\"><h3 id=\"{}\" class=\"faq-heading\">{}</h3>\n</summary>",
            item.id,
            escaped(&item.question)
        );
        let at = html
            .find(&heading)
            .unwrap_or_else(|| panic!("{heading} in\n{html}"));
        let opened = html[..at].rfind("<details ").unwrap();
        assert!(
            !html[opened..at].contains("</details>"),
            "{} is not inside its details",
            item.id
        );
        let answer = &html[at..at + html[at..].find("</details>").unwrap()];
        let first = item.answer_texts().next().unwrap().plain_text();
        assert!(answer.contains(&escaped(&first)), "{}: {answer}", item.id);
    }
    assert_eq!(
        open_details(&html),
        (vec![], 6),
        "closed, as the widget starts"
    );
}

#[test]
fn the_disclosures_open_as_the_widget_does_at_first_render() {
    let open = |open: &str, mode: Option<&str>| {
        open_details(&seed_faq(RawOptions {
            open: Some(open.into()),
            mode: mode.map(Into::into),
            ..RawOptions::default()
        }))
    };
    let ids = |ids: &[&str]| (ids.iter().map(|id| id.to_string()).collect::<Vec<_>>(), 6);
    assert_eq!(open("first", None), ids(&["what-to-do-if-partner-refuses"]));
    assert_eq!(
        open("why-partner-avoids-therapy is-refusal-a-red-flag", None),
        ids(&["why-partner-avoids-therapy", "is-refusal-a-red-flag"])
    );
    assert_eq!(
        open("is-refusal-a-red-flag", Some("single")),
        ids(&["is-refusal-a-red-flag"])
    );
}

#[test]
fn json_ld_is_a_faq_page_matching_the_content_item_for_item() {
    let seed = set("partner-refuses-therapy");
    let value = json_ld(&fallback("partner-refuses-therapy", "faq phrases"));
    assert_eq!(value["@context"], "https://schema.org");
    assert_eq!(value["@type"], "FAQPage");
    let entities = value["mainEntity"].as_array().unwrap();
    let items = &seed.faq.as_ref().unwrap().items;
    assert_eq!(entities.len(), items.len());
    for (entity, item) in entities.iter().zip(items) {
        assert_eq!(entity["@type"], "Question");
        assert_eq!(entity["name"], item.question.as_str());
        assert_eq!(entity["acceptedAnswer"]["@type"], "Answer");
        let text: Vec<String> = item.answer_texts().map(|p| p.plain_text()).collect();
        assert_eq!(entity["acceptedAnswer"]["text"], text.join("\n\n").as_str());
    }
}

#[test]
fn answer_text_is_plain_text_and_cannot_close_the_script() {
    let mut seed = set("partner-refuses-therapy");
    let item = std::rc::Rc::make_mut(&mut seed.faq.as_mut().unwrap().items[0]);
    item.question = "Is </script><script>alert(1)</script> safe?".into();
    item.answer = vec![reframe_core::content::model::RichText::try_from(
        "**Yes**, see [our page](https://example.org/) <!-- x -->".to_string(),
    )
    .unwrap()
    .into()];
    let page = faq_page(&seed).unwrap();
    let value = serde_json::to_value(&page).unwrap();
    let script = static_html::json_ld_script(&page);
    assert_eq!(script.matches("</script>").count(), 1, "{script}");
    assert!(!script.contains("<!--"));
    let parsed = json_ld(&script);
    assert_eq!(parsed, value);
    assert_eq!(
        parsed["mainEntity"][0]["acceptedAnswer"]["text"],
        "Yes, see our page <!-- x -->"
    );
}

/// The characters a script element's text must not hold raw: `<` and `>` (a `</script>` or
/// `<!--`), `&`, and the line and paragraph separators (line ends in some JavaScript parsers).
const UNSAFE_IN_SCRIPT: [char; 5] = ['<', '>', '&', '\u{2028}', '\u{2029}'];

/// Text built to break out of a script element, or to be read differently by some parser.
const BREAKOUT: &str =
    "</script><img src=x onerror=alert(1)> <!-- <script> & &amp; \u{2028} \u{2029} \\ \" end";

#[test]
fn the_static_json_ld_escapes_every_unsafe_character() {
    let mut seed = set("partner-refuses-therapy");
    let item = std::rc::Rc::make_mut(&mut seed.faq.as_mut().unwrap().items[0]);
    item.question = BREAKOUT.into();
    let page = faq_page(&seed).unwrap();
    let script = static_html::json_ld_script(&page);
    let open = "<script type=\"application/ld+json\">";
    let body = &script[open.len()..script.len() - "</script>".len()];
    assert!(
        script.starts_with(open) && script.ends_with("</script>"),
        "{script}"
    );
    for c in UNSAFE_IN_SCRIPT {
        assert!(!body.contains(c), "{c:?} raw in {body}");
    }
    assert_eq!(json_ld(&script)["mainEntity"][0]["name"], BREAKOUT);
}

#[test]
fn script_text_escapes_a_breakout_and_keeps_its_json() {
    let json = serde_json::to_string(&serde_json::json!({ "name": BREAKOUT, "list": [BREAKOUT] }))
        .unwrap();
    let text = script_text(&json);
    assert!(text.contains(r"\u003c/script\u003e\u003cimg"), "{text}");
    assert!(text.contains(r"\u0026amp;"), "{text}");
    assert!(text.contains(r"\u2028 \u2029"), "{text}");
    let back: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(back["name"], BREAKOUT);
    assert_eq!(back["list"][0], BREAKOUT);
}

proptest! {
    #[test]
    fn script_text_holds_no_unsafe_character_and_parses_to_the_same_json(
        texts in prop::collection::vec(
            prop_oneof![any::<String>(), "[<>&\u{2028}\u{2029}\\\\\"a/!-]{0,24}"],
            0..6,
        ),
    ) {
        let value = serde_json::json!({ "texts": texts, "first": texts.first() });
        for json in [serde_json::to_string(&value).unwrap(), serde_json::to_string_pretty(&value).unwrap()] {
            let text = script_text(&json);
            for c in UNSAFE_IN_SCRIPT {
                prop_assert!(!text.contains(c), "{:?} raw in {}", c, text);
            }
            let back: serde_json::Value = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(&back, &value);
        }
    }
}

#[test]
fn no_json_ld_without_the_faq() {
    let html = fallback("partner-refuses-therapy", "phrases");
    assert!(!html.contains("application/ld+json"));
}
