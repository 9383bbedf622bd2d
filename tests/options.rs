//! Attribute values become options; bad values warn, naming the attribute, and use the default.
#![cfg(not(target_arch = "wasm32"))]

use reframe_core::content::load::from_json;
use reframe_core::content::{ContentSet, Part};
use reframe_core::widget::keyword::Keyword;
use reframe_core::widget::options::{
    pick_content, pick_source, resolve, Attribute, Mode, RawOptions, Source, Theme, UiLang,
};
use serde_json::{json, Map, Value};

fn seed() -> ContentSet {
    let text = std::fs::read_to_string("content/partner-refuses-therapy.json").unwrap();
    from_json("seed", &text).unwrap()
}

/// The options an object with these keys and values reads as.
fn raw(pairs: &[(&str, &str)]) -> RawOptions {
    let object: Map<String, Value> = pairs
        .iter()
        .map(|(key, value)| (key.to_string(), json!(value)))
        .collect();
    serde_json::from_value(Value::Object(object)).unwrap()
}

/// The names of `parts`.
fn names(parts: &[Part]) -> Vec<&str> {
    parts.iter().map(Part::name).collect()
}

const ALL_KEYS: [&str; 16] = [
    "content",
    "src",
    "fetched",
    "show",
    "mode",
    "open",
    "heading-level",
    "theme",
    "inline",
    "search",
    "structured-data",
    "phrases-mode",
    "lang",
    "cta-href",
    "page-color-scheme",
    "page-lang",
];

#[test]
fn every_option_is_read_by_its_attribute_name() {
    let all = raw(&ALL_KEYS.map(|name| (name, name)));
    let read = [
        &all.content,
        &all.src,
        &all.fetched,
        &all.show,
        &all.mode,
        &all.open,
        &all.heading_level,
        &all.theme,
        &all.inline,
        &all.search,
        &all.structured_data,
        &all.phrases_mode,
        &all.lang,
        &all.cta_href,
        &all.page_color_scheme,
        &all.page_lang,
    ];
    let names: Vec<&str> = read.iter().map(|v| v.as_deref().unwrap()).collect();
    assert_eq!(names, ALL_KEYS);
    assert_eq!(raw(&[]), RawOptions::default());
}

#[test]
fn each_attribute_names_its_own_value() {
    let all = raw(&ALL_KEYS.map(|name| (name, name)));
    for attribute in Attribute::ALL {
        assert_eq!(
            all.value(*attribute).as_deref(),
            Some(attribute.name()),
            "{attribute:?}"
        );
    }
}

#[test]
fn values_that_are_not_strings_count_as_absent() {
    let object = json!({
        "mode": 1,
        "theme": 1.5,
        "search": true,
        "show": ["faq"],
        "open": { "first": true },
        "lang": null,
        "heading-level": "4",
        "unknown": "ignored",
    });
    let raw: RawOptions = serde_json::from_value(object).unwrap();
    assert_eq!(
        raw,
        RawOptions {
            heading_level: Some("4".into()),
            ..RawOptions::default()
        }
    );
}

#[test]
fn defaults_without_attributes() {
    let (options, warnings) = resolve(&RawOptions::default(), &seed());
    assert!(warnings.is_empty());
    assert_eq!(names(&options.show), ["faq", "phrases"]);
    assert_eq!(options.mode, Mode::Multiple);
    assert!(options.open.is_empty());
    assert_eq!(options.heading_level, 3);
    assert_eq!(options.theme, Theme::Light);
    assert!(!options.search);
    assert!(!options.structured_data);
}

#[test]
fn boolean_attributes_are_on_when_present_and_warn_on_other_words() {
    for (value, on) in [("", true), ("true", true), ("ON", true), ("off", false)] {
        let (options, warnings) = resolve(
            &raw(&[("structured-data", value), ("search", value)]),
            &seed(),
        );
        assert!(warnings.is_empty(), "{value}: {warnings:?}");
        assert_eq!(
            (options.structured_data, options.search),
            (on, on),
            "{value}"
        );
    }
    let (options, warnings) = resolve(&raw(&[("structured-data", "yes")]), &seed());
    assert!(!options.structured_data);
    assert_eq!(
        warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["<reframe-widget>: ignoring structured-data=\"yes\"; allowed: true, on, false, off. Using the default \"off\"."]
    );
}

#[test]
fn good_values_are_used() {
    let (options, warnings) = resolve(
        &raw(&[
            ("show", "phrases summary faq"),
            ("mode", "SINGLE"),
            ("open", "is-refusal-a-red-flag"),
            ("heading-level", "4"),
            ("theme", "dark"),
        ]),
        &seed(),
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(names(&options.show), ["phrases", "summary", "faq"]);
    assert_eq!(options.mode, Mode::Single);
    assert_eq!(options.open, ["is-refusal-a-red-flag"]);
    assert_eq!(options.heading_level, 4);
    assert_eq!(options.theme, Theme::Dark);
}

#[test]
fn open_first_is_the_first_question() {
    let (options, _) = resolve(&raw(&[("open", "first")]), &seed());
    assert_eq!(options.open, ["what-to-do-if-partner-refuses"]);
}

#[test]
fn each_bad_value_warns_once_naming_attribute_and_allowed_values() {
    let (options, warnings) = resolve(
        &raw(&[
            ("mode", "sideways"),
            ("theme", "purple"),
            ("heading-level", "1"),
            ("show", "faq nonsense"),
            ("open", "no-such-question"),
        ]),
        &seed(),
    );
    let text: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(warnings.len(), 5, "{text:#?}");
    assert_eq!(
        text[0],
        "<reframe-widget>: ignoring mode=\"sideways\"; allowed: single, multiple. Using the default \"multiple\"."
    );
    assert_eq!(
        text[1],
        "<reframe-widget>: ignoring theme=\"purple\"; allowed: light, dark, auto. Using the default \"light\"."
    );
    assert!(text[2].contains("heading-level=\"1\"; allowed: 2, 3, 4, 5, 6"));
    assert!(text[3].contains("show=\"nonsense\"; allowed: summary, reasons"));
    assert!(text[3].ends_with("Using \"faq\"."));
    assert!(text[4]
        .contains("open=\"no-such-question\"; allowed: first, what-to-do-if-partner-refuses"));
    assert_eq!(options.mode, Mode::Multiple);
    assert_eq!(options.theme, Theme::Light);
    assert_eq!(options.heading_level, 3);
    assert_eq!(names(&options.show), ["faq"]);
    assert!(options.open.is_empty());
}

#[test]
fn show_with_nothing_valid_falls_back_to_the_default() {
    let (options, warnings) = resolve(&raw(&[("show", "bogus")]), &seed());
    assert_eq!(names(&options.show), ["faq", "phrases"]);
    assert!(warnings[0]
        .to_string()
        .ends_with("Using the default \"faq phrases\"."));
}

#[test]
fn single_mode_keeps_one_open_answer() {
    let (options, warnings) = resolve(
        &raw(&[("mode", "single"), ("open", "first is-refusal-a-red-flag")]),
        &seed(),
    );
    assert_eq!(options.open, ["what-to-do-if-partner-refuses"]);
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].attribute, Attribute::Open);
}

#[test]
fn unknown_content_warns_and_uses_the_first_set() {
    let ids = ["a-set", "b-set"];
    assert_eq!(pick_content(Some("b-set"), &ids), ("b-set", None));
    assert_eq!(pick_content(None, &ids), ("a-set", None));
    let (id, warning) = pick_content(Some("zzz"), &ids);
    assert_eq!(id, "a-set");
    assert_eq!(
        warning.unwrap().to_string(),
        "<reframe-widget>: ignoring content=\"zzz\"; allowed: a-set, b-set. Using \"a-set\"."
    );
}

#[test]
fn a_json_child_wins_over_src_which_wins_over_content_and_the_ignored_warn() {
    let warned = |pairs: &[(&str, &str)]| {
        let (source, warnings) = pick_source(&raw(pairs));
        let lines: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        (source, lines)
    };
    assert_eq!(warned(&[]), (Source::Bundled, vec![]));
    assert_eq!(warned(&[("content", "a-set")]), (Source::Bundled, vec![]));
    assert_eq!(warned(&[("src", "/faq.json")]), (Source::Src, vec![]));
    assert_eq!(
        warned(&[("src", " "), ("content", "a-set")]),
        (Source::Bundled, vec![]),
        "an empty src counts as absent"
    );
    assert_eq!(warned(&[("inline", "{}")]), (Source::Inline, vec![]));
    assert_eq!(
        warned(&[("src", "/faq.json"), ("content", "a-set")]),
        (
            Source::Src,
            vec![
                "<reframe-widget>: ignoring content=\"a-set\"; allowed: one source of content, \
                  the first of: a JSON script child, src, content. Using the JSON from src."
                    .to_string()
            ]
        )
    );
    let (source, lines) = warned(&[("inline", "{}"), ("src", "/faq.json"), ("content", "a")]);
    assert_eq!(source, Source::Inline);
    assert_eq!(lines.len(), 2);
    assert!(lines[0].starts_with("<reframe-widget>: ignoring src=\"/faq.json\""));
    assert!(lines[1].ends_with("Using the JSON script child."));
    let mut oversized = raw(&[("src", "/faq.json")]);
    oversized.inline_too_long = Some(3_000_000);
    assert_eq!(pick_source(&oversized).0, Source::Inline);
}

#[test]
fn auto_theme_follows_a_page_that_declares_one_color_scheme() {
    let with = |scheme: &str| {
        let mut raw = raw(&[("theme", "auto")]);
        raw.page_color_scheme = Some(scheme.into());
        resolve(&raw, &seed()).0.theme
    };
    assert_eq!(with("dark"), Theme::Dark);
    assert_eq!(with("only light"), Theme::Light);
    assert_eq!(with("light dark"), Theme::Auto);
    assert_eq!(with("normal"), Theme::Auto);
    let mut raw = raw(&[("theme", "light")]);
    raw.page_color_scheme = Some("dark".into());
    assert_eq!(
        resolve(&raw, &seed()).0.theme,
        Theme::Light,
        "an explicit theme wins"
    );
}

#[test]
fn the_widgets_language_is_the_attribute_then_the_page_then_the_content() {
    let set = seed();
    let lang = |pairs: &[(&str, &str)]| {
        let (options, warnings) = resolve(&raw(pairs), &set);
        (options.ui_lang, warnings.len())
    };
    assert_eq!(
        lang(&[("lang", "fr-CA"), ("page-lang", "de")]),
        (UiLang::Fr, 0)
    );
    assert_eq!(lang(&[("page-lang", "de-AT")]), (UiLang::De, 0));
    assert_eq!(lang(&[("page-lang", "pt_BR")]), (UiLang::Pt, 0));
    assert_eq!(lang(&[("lang", "IT")]), (UiLang::It, 0));
    assert_eq!(
        lang(&[("lang", "ja"), ("page-lang", "es")]),
        (UiLang::Es, 1)
    );
    let french = ContentSet {
        lang: "fr".into(),
        ..set.clone()
    };
    let (options, _) = resolve(&raw(&[("page-lang", "ar")]), &french);
    assert_eq!(options.ui_lang, UiLang::Fr, "the content's language");
    assert_eq!(
        lang(&[("page-lang", "ar")]),
        (UiLang::En, 0),
        "else English"
    );
}
