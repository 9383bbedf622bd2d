//! The browser's hand-written content reader (`content::read`, run here over
//! `serde_json::Value`) and the build's and CLI's serde reader (`content::load::from_json`) agree
//! on every input: the same content set, or the same errors with the same paths. Inputs: the
//! cases of tests/fixtures/invalid-paths.json, the bundled content files, and mutations of them.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::sample::Index;
use reframe_core::content::load::from_json;
use reframe_core::content::read::{self, Kind};
use reframe_core::content::validate::validate;
use reframe_core::content::ContentSet;
use serde_json::{json, Value};
use std::fs;

/// What `content::load::from_json` says of the JSON text of `value`, without the
/// `file:line:column: ` (or `file: `) in front of each error. The text is `value` written out
/// again, so both readers see the keys in the same order (`serde_json::Value` sorts them).
fn by_serde(value: &Value) -> Result<ContentSet, Vec<String>> {
    from_json("case.json", &value.to_string()).map_err(|errors| {
        errors
            .iter()
            .map(|e| {
                let e = e.strip_prefix("case.json").unwrap();
                // `: path: message` (a broken rule) or `:line:column: path: message`.
                let e = e.strip_prefix(": ").unwrap_or_else(|| {
                    let located = e.splitn(4, ':').nth(3).unwrap();
                    located.strip_prefix(' ').unwrap()
                });
                known_differences(e)
            })
            .collect()
    })
}

/// What the browser does with `value` (`embed::read_content::parse`, before it links the
/// mentions): the hand-written reader, then the same rules.
fn by_hand(value: &Value) -> Result<ContentSet, Vec<String>> {
    let set = read::content_set(value).map_err(|e| vec![e.to_string()])?;
    let errors = validate(&set);
    if errors.is_empty() {
        Ok(set)
    } else {
        Err(errors.iter().map(ToString::to_string).collect())
    }
}

/// serde's message as the browser words it: a JavaScript number is an `f64`, so the browser
/// cannot tell `2.0` from `2`, and it names other numbers "a number" (no float formatting in
/// the wasm). Both come from `read::number`, the rule the browser applies.
fn known_differences(error: &str) -> String {
    for before in ["invalid type: floating point `", "invalid type: integer `"] {
        if let Some((path, rest)) = error.split_once(before) {
            let (number, rest) = rest.split_once('`').unwrap();
            let number: f64 = number.parse().unwrap();
            let found = match read::number::<()>(number) {
                Kind::Integer(integer) => format!("integer `{integer}`"),
                _ => "a number".to_string(),
            };
            return format!("{path}invalid type: {found}{rest}");
        }
    }
    error.to_string()
}

/// Both readers agree on `value`; returns what they said.
fn assert_same(value: &Value) -> Result<ContentSet, Vec<String>> {
    let serde = by_serde(value);
    let hand = by_hand(value);
    assert_eq!(hand, serde, "the readers disagree on {value}");
    // A set that breaks the rules is no error of reading: the values read must agree too.
    if let Ok(set) = read::content_set(value) {
        let serde: ContentSet = serde_json::from_str(&value.to_string()).unwrap();
        assert_eq!(set, serde, "the readers read {value} differently");
    }
    hand
}

fn content_files() -> Vec<Value> {
    let mut files: Vec<_> = fs::read_dir("content")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| p.file_name().unwrap() != "schema.json")
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| serde_json::from_str(&fs::read_to_string(p).unwrap()).unwrap())
        .collect()
}

fn fixture_cases() -> Vec<Value> {
    serde_json::from_str(include_str!("fixtures/invalid-paths.json")).unwrap()
}

#[test]
fn the_fixture_cases_fail_alike_with_the_browsers_wording() {
    for case in fixture_cases() {
        let expected = case
            .get("browser_error")
            .unwrap_or(&case["error"])
            .as_str()
            .unwrap();
        let errors = assert_same(&case["content"]).expect_err(case["what"].as_str().unwrap());
        assert_eq!(errors, [expected], "{}", case["what"]);
    }
}

#[test]
fn the_content_files_read_alike() {
    let files = content_files();
    assert!(files.len() >= 2);
    for file in files {
        assert_same(&file).unwrap();
    }
}

/// One change to a JSON document, at the node a pre-order walk reaches `at`.
#[derive(Debug, Clone)]
enum Mutation {
    /// Replace the node by another value.
    Replace(Index, Value),
    /// Replace the node by a copy of another node of the same document.
    Graft { from: Index, to: Index },
    /// Remove one of the node's fields or items, if it has any.
    Remove(Index, Index),
    /// Add a field (to an object) or an item (to an array).
    Add(Index, String, Value),
}

/// Values of every JSON type, a few of them meaningful to the model.
fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        (-3i64..3).prop_map(Value::from),
        Just(json!(1.5)),
        Just(json!(2.0)),
        Just(json!(12345678901234567890u64)),
        Just(json!(-9007199254740993i64)),
        "[a-z \"\\\\]{0,6}".prop_map(Value::from),
        prop::sample::select(vec![
            "paragraph",
            "list",
            "subsection",
            "[x](javascript:y)",
            "é\u{301}\n\t"
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(2, 6, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Value::from),
            prop::collection::btree_map(key(), inner, 0..3)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// Keys: the model's own (in the wrong place, most of the time) and others.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "$schema",
            "lang",
            "title",
            "summary",
            "faq",
            "items",
            "id",
            "question",
            "answer",
            "phrases",
            "pairs",
            "instead",
            "try",
            "try_",
            "intro",
            "outro",
            "sections",
            "blocks",
            "checklist",
            "action",
            "label",
            "url",
            "text",
            "term",
            "paragraph",
            "list",
            "subsection",
            "paragraphs",
            "related",
            "links",
            "colour",
            "",
            "0",
            "a.b",
            "[1]",
        ])
        .prop_map(String::from),
        "[a-z$_]{1,5}",
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<Index>(), any_value()).prop_map(|(at, v)| Mutation::Replace(at, v)),
        (any::<Index>(), any::<Index>()).prop_map(|(from, to)| Mutation::Graft { from, to }),
        (any::<Index>(), any::<Index>()).prop_map(|(at, which)| Mutation::Remove(at, which)),
        (any::<Index>(), key(), any_value()).prop_map(|(at, k, v)| Mutation::Add(at, k, v)),
    ]
}

fn count(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(count).sum(),
        Value::Object(fields) => fields.values().map(count).sum(),
        _ => 0,
    }
}

/// The node a pre-order walk reaches after `n` others.
fn nth<'a>(value: &'a mut Value, n: &mut usize) -> Option<&'a mut Value> {
    if *n == 0 {
        return Some(value);
    }
    *n -= 1;
    match value {
        Value::Array(items) => items.iter_mut().find_map(|item| nth(item, n)),
        Value::Object(fields) => fields.values_mut().find_map(|field| nth(field, n)),
        _ => None,
    }
}

fn node<'a>(document: &'a mut Value, at: &Index) -> &'a mut Value {
    let mut n = at.index(count(document));
    nth(document, &mut n).unwrap()
}

fn apply(document: &mut Value, mutation: &Mutation) {
    match mutation {
        Mutation::Replace(at, value) => *node(document, at) = value.clone(),
        Mutation::Graft { from, to } => {
            let copy = node(document, from).clone();
            *node(document, to) = copy;
        }
        Mutation::Remove(at, which) => match node(document, at) {
            Value::Array(items) if !items.is_empty() => {
                items.remove(which.index(items.len()));
            }
            Value::Object(fields) if !fields.is_empty() => {
                let key = fields
                    .keys()
                    .nth(which.index(fields.len()))
                    .unwrap()
                    .clone();
                fields.remove(&key);
            }
            _ => {}
        },
        Mutation::Add(at, key, value) => match node(document, at) {
            Value::Array(items) => items.push(value.clone()),
            Value::Object(fields) => {
                fields.insert(key.clone(), value.clone());
            }
            _ => {}
        },
    }
}

/// The documents the mutations start from: the content files and the fixture's cases.
fn seeds() -> Vec<Value> {
    let mut seeds = content_files();
    seeds.extend(
        fixture_cases()
            .into_iter()
            .map(|case| case["content"].clone()),
    );
    seeds
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Mutated documents: both readers accept the same ones, read them alike, and report the
    /// same first error at the same path otherwise.
    #[test]
    fn mutated_documents_read_alike(
        seed in any::<Index>(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let seeds = seeds();
        let mut document = seeds[seed.index(seeds.len())].clone();
        for mutation in &mutations {
            apply(&mut document, mutation);
        }
        // Accepted or not, as long as both readers say the same.
        let _ = assert_same(&document);
    }
}
