//! The public surface is declared once (`src/widget/surface.rs`): every generated copy is
//! current, and the table matches what the code reads, renders, styles and dispatches.
#![cfg(not(target_arch = "wasm32"))]

mod cli_support;

use cli_support::{reframe, temp_file};
use reframe_core::widget::events::{
    dashed_name, CheckDetail, CopyLinkDetail, CopyPhraseDetail, ErrorDetail, ErrorReason,
    ReadyDetail, SearchDetail, ToggleDetail,
};
use reframe_core::widget::keyword::Keyword;
use reframe_core::widget::options::{Attribute, RawOptions};
use reframe_core::widget::surface::{
    attributes, documented_words, FieldType, CUSTOM_PROPERTIES, EVENTS, METHODS, PARTS,
};
use serde::de::{self, Deserialize, Deserializer, Visitor};
use std::collections::BTreeSet;

#[test]
fn every_generated_copy_is_current() {
    for file in [
        "www/reframe.js",
        "npm/reframe.d.ts",
        "README.md",
        "npm/README.md",
    ] {
        let checked_in = std::fs::read_to_string(file).unwrap();
        assert!(
            checked_in.contains("reframe:surface "),
            "{file} has no block"
        );
        let copy = temp_file(&format!("surface-{}", file.replace('/', "-")), &checked_in);
        let output = reframe(&["surface", "--write", copy.to_str().unwrap()]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            std::fs::read_to_string(&copy).unwrap() == checked_in,
            "{file} is stale: regenerate it with `cargo run --bin reframe -- surface --write`"
        );
    }
}

#[test]
fn the_custom_elements_manifest_is_current_and_describes_the_element() {
    let checked_in = std::fs::read_to_string("npm/custom-elements.json").unwrap();
    let copy = temp_file("surface-custom-elements.json", "stale");
    let output = reframe(&["surface", "--write", copy.to_str().unwrap()]);
    assert!(output.status.success());
    assert!(
        std::fs::read_to_string(&copy).unwrap() == checked_in,
        "npm/custom-elements.json is stale: regenerate it with `cargo run --bin reframe -- surface --write`"
    );
    let manifest: serde_json::Value = serde_json::from_str(&checked_in).unwrap();
    let element = &manifest["modules"][0]["declarations"][0];
    assert_eq!(element["tagName"], "reframe-widget");
    let names = |key: &str| -> Vec<String> {
        element[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|entry| entry["name"].as_str().unwrap().to_string())
            .collect()
    };
    let attribute_names: Vec<&str> = attributes().iter().map(|a| a.name).collect();
    assert_eq!(names("attributes"), attribute_names);
    // Each event under its name, then under its dashed name.
    let events: Vec<String> = EVENTS
        .iter()
        .flat_map(|e| [e.name.to_string(), dashed_name(e.name)])
        .collect();
    assert_eq!(names("events"), events);
    assert_eq!(names("cssParts").len(), PARTS.len());
    assert_eq!(names("cssProperties").len(), CUSTOM_PROPERTIES.len());
    let members = names("members");
    for member in [
        "ready",
        "open",
        "close",
        "toggleAll",
        "search",
        "headingLevel",
        "searchBox",
    ] {
        assert!(members.iter().any(|m| m == member), "no member {member}");
    }
}

#[test]
fn every_attribute_has_a_property_and_every_method_is_defined() {
    let loader = std::fs::read_to_string("www/reframe.js").unwrap();
    let mut properties = BTreeSet::new();
    for attribute in attributes() {
        match attribute.property() {
            // `lang` is HTMLElement's own.
            None => assert_eq!(attribute.name, "lang"),
            Some(property) => {
                assert!(
                    loader.contains(&format!("[\"{property}\", \"{}\"", attribute.name)),
                    "the loader has no property {property}"
                );
                assert!(
                    properties.insert(property),
                    "two attributes share a property"
                );
            }
        }
    }
    for method in METHODS {
        assert!(
            !properties.contains(method.name),
            "{} is a property and a method",
            method.name
        );
        let parameters: Vec<&str> = method.parameters.iter().map(|(name, _, _)| *name).collect();
        assert!(
            loader.contains(&format!(
                "\n  {}({}) {{",
                method.name,
                parameters.join(", ")
            )),
            "the element has no method {}",
            method.name
        );
    }
}

#[test]
fn surface_write_replaces_a_block_and_keeps_the_rest() {
    let page =
        "before\n  // reframe:surface js-attributes\n  stale\n  // /reframe:surface\nafter\n";
    let path = temp_file("surface-block.js", page);
    let output = reframe(&["surface", "--write", path.to_str().unwrap()]);
    assert!(output.status.success());
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(
        written.starts_with("before\n  // reframe:surface js-attributes\n  const ATTRIBUTES = [\n    \"content\",\n"),
        "{written}"
    );
    assert!(
        written.ends_with("  ];\n  // /reframe:surface\nafter\n"),
        "{written}"
    );
    let unknown = temp_file("surface-unknown.md", "<!-- reframe:surface nonsense -->\n");
    let output = reframe(&["surface", "--write", unknown.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown block"));
}

/// The field names a derived `Deserialize` asks for (the keys it reads).
fn field_names<'de, T: Deserialize<'de>>() -> Vec<&'static str> {
    struct Fields<'a>(&'a mut Vec<&'static str>);

    impl<'de> Deserializer<'de> for Fields<'_> {
        type Error = de::value::Error;

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            self.0.extend_from_slice(fields);
            Err(de::Error::custom("fields read"))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }

    let mut fields = Vec::new();
    let _ = T::deserialize(Fields(&mut fields));
    fields
}

#[test]
fn the_table_lists_every_attribute_the_widget_reads() {
    let documented: Vec<&str> = attributes()
        .iter()
        .filter(|a| a.reaches_widget())
        .map(|a| a.name)
        .collect();
    assert_eq!(documented, Attribute::names());
    let loader_only: Vec<&str> = attributes()
        .iter()
        .filter(|a| !a.reaches_widget())
        .map(|a| a.name)
        .collect();
    assert_eq!(loader_only, ["loading"]);
    // RawOptions reads the attributes, and what the loader adds from the page.
    let mut expected = Attribute::names();
    expected.extend(["inline", "fetched", "page-color-scheme", "page-lang"]);
    let mut read = field_names::<RawOptions>();
    read.sort_unstable();
    expected.sort_unstable();
    assert_eq!(read, expected);
}

#[test]
fn each_keyword_is_named_in_its_attributes_documentation() {
    for attribute in attributes() {
        for word in documented_words(&attribute) {
            assert!(
                attribute.doc.contains(&format!("`{word}`")),
                "{}: the documentation does not name `{word}`",
                attribute.name
            );
        }
    }
}

#[test]
fn the_loader_warns_with_the_documented_loading_values() {
    let loading = attributes()
        .into_iter()
        .find(|a| a.name == "loading")
        .unwrap();
    let words = documented_words(&loading).join(", ");
    let loader = std::fs::read_to_string("www/reframe.js").unwrap();
    assert!(loader.contains(&format!(
        "allowed: {words}. Using the default {}",
        loading.default.replace('`', "\"")
    )));
}

/// The Rust files of `dir`.
fn rust_files(dir: &str) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .map(|path| path.to_str().unwrap().to_string())
        .collect()
}

/// Each text between `prefix` and the next `"` in `files`.
fn quoted_after(files: &[String], prefix: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        for (at, _) in text.match_indices(prefix) {
            let rest = &text[at + prefix.len()..];
            if let Some(end) = rest.find('"') {
                found.insert(rest[..end].to_string());
            }
        }
    }
    found
}

#[test]
fn the_table_lists_every_part_the_components_render() {
    let rendered: BTreeSet<String> = quoted_after(&rust_files("src/widget"), "part=\"")
        .iter()
        .flat_map(|names| {
            names
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    let documented: BTreeSet<String> = PARTS.iter().map(|p| p.name.to_string()).collect();
    assert_eq!(rendered, documented);
}

#[test]
fn the_table_lists_every_custom_property_of_the_stylesheet() {
    let css = std::fs::read_to_string("www/reframe.css").unwrap();
    let used: BTreeSet<&str> = css
        .match_indices("var(--reframe-")
        .map(|(at, _)| {
            let name = &css[at + 4..];
            &name[..name.find([',', ')']).unwrap()]
        })
        .collect();
    let documented: BTreeSet<&str> = CUSTOM_PROPERTIES.iter().map(|p| p.name).collect();
    assert_eq!(used, documented);
}

#[test]
fn the_table_lists_every_event_sent() {
    let mut files = rust_files("src/embed");
    files.push("www/reframe.js".into());
    let sent = quoted_after(&files, "\"reframe:");
    // Event types are lowercase words ("reframe: cannot ..." is a message).
    let sent: BTreeSet<String> = sent
        .into_iter()
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase()))
        .map(|name| format!("reframe:{name}"))
        .collect();
    let documented: BTreeSet<String> = EVENTS.iter().map(|e| e.name.to_string()).collect();
    assert_eq!(sent, documented);
}

/// The fields and JSON types of a detail as the wasm sends it (the same `Serialize` impl).
fn detail_fields(detail: impl serde::Serialize) -> Vec<(String, FieldType)> {
    let value = serde_json::to_value(detail).unwrap();
    let object = value.as_object().expect("a detail is an object");
    object
        .iter()
        .map(|(name, value)| {
            let kind = match value {
                serde_json::Value::String(_) => FieldType::String,
                serde_json::Value::Number(_) => FieldType::Number,
                serde_json::Value::Bool(_) => FieldType::Boolean,
                other => panic!("{name}: no documented type for {other}"),
            };
            (name.clone(), kind)
        })
        .collect()
}

/// A detail's fields in name order, so that two descriptions of it compare equal.
fn sorted(mut fields: Vec<(String, FieldType)>) -> Vec<(String, FieldType)> {
    fields.sort_by(|a, b| a.0.cmp(&b.0));
    fields
}

#[test]
fn each_event_detail_sent_has_the_documented_fields() {
    let sent: Vec<(&str, Vec<(String, FieldType)>)> = vec![
        ("reframe:ready", detail_fields(ReadyDetail { content: "x" })),
        (
            "reframe:toggle",
            detail_fields(ToggleDetail {
                id: "x",
                open: true,
            }),
        ),
        (
            "reframe:search",
            detail_fields(SearchDetail {
                query: "x",
                count: 1,
            }),
        ),
        ("reframe:check", detail_fields(CheckDetail { checked: 1 })),
        ("reframe:copy", detail_fields(CopyPhraseDetail { index: 1 })),
        ("reframe:copy", detail_fields(CopyLinkDetail { id: "x" })),
        (
            "reframe:error",
            detail_fields(ErrorDetail {
                message: "x",
                reason: "invalid",
                src: None,
                status: None,
            }),
        ),
        (
            "reframe:error",
            detail_fields(ErrorDetail {
                message: "x",
                reason: "invalid",
                src: Some("https://example.com/faq.json"),
                status: None,
            }),
        ),
        // Sent by the loader only (an HTTP error fetching `src`), with the wasm's shape.
        (
            "reframe:error",
            detail_fields(ErrorDetail {
                message: "x",
                reason: "http",
                src: Some("https://example.com/faq.json"),
                status: Some(404),
            }),
        ),
    ];
    let sent: Vec<(&str, Vec<(String, FieldType)>)> = sent
        .into_iter()
        .map(|(name, fields)| (name, sorted(fields)))
        .collect();
    let documented: Vec<(&str, Vec<(String, FieldType)>)> = EVENTS
        .iter()
        .flat_map(|event| {
            event.detail.iter().map(|detail| {
                let fields = detail.fields.iter().map(|(n, t)| (n.to_string(), *t));
                (event.name, sorted(fields.collect()))
            })
        })
        .collect();
    for shape in &sent {
        assert!(
            documented.contains(shape),
            "{}: detail {:?} is not in the surface table",
            shape.0,
            shape.1
        );
    }
    for shape in &documented {
        assert!(
            sent.contains(shape),
            "{}: documented detail {:?} is never sent",
            shape.0,
            shape.1
        );
    }
}

#[test]
fn error_reasons_are_documented_and_the_loader_sends_only_those() {
    let error = EVENTS.iter().find(|e| e.name == "reframe:error").unwrap();
    for reason in ErrorReason::names() {
        assert!(
            error.detail_doc.contains(&format!("`{reason}`")),
            "reframe:error's documentation does not name the reason `{reason}`"
        );
    }
    let loader = std::fs::read_to_string("www/reframe.js").unwrap();
    let mut sent = quoted_after(&["www/reframe.js".to_string()], "reason: \"");
    sent.extend(quoted_after(
        &["www/reframe.js".to_string()],
        "reason ?? \"",
    ));
    assert!(!sent.is_empty(), "the loader sends no reason");
    for reason in &sent {
        assert!(
            ErrorReason::from_name(reason).is_some(),
            "the loader sends reason \"{reason}\", which is not an ErrorReason"
        );
    }
    assert!(
        loader.contains("credentials: \"omit\""),
        "src is fetched without cookies"
    );
}

#[test]
fn the_loader_checks_the_content_size_limit_of_the_rust_code() {
    let loader = std::fs::read_to_string("www/reframe.js").unwrap();
    let limit = format!(
        "const MAX_SET_BYTES = {};",
        reframe_core::content::limits::MAX_SET_BYTES
    );
    assert!(loader.contains(&limit), "www/reframe.js lacks {limit}");
}
