//! The checked-in JSON Schema matches the content types, and content files point at it.
#![cfg(not(target_arch = "wasm32"))]

use reframe_core::content::schema::{to_json, SCHEMA_FILE};

#[test]
fn checked_in_schema_is_current() {
    let checked_in = std::fs::read_to_string(SCHEMA_FILE).unwrap();
    assert!(
        checked_in == to_json(),
        "{SCHEMA_FILE} is stale: regenerate it with `cargo run --bin reframe -- schema > {SCHEMA_FILE}`"
    );
}

#[test]
fn content_files_reference_the_schema() {
    for entry in std::fs::read_dir("content").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") && !path.ends_with("schema.json") {
            let value: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            assert_eq!(value["$schema"], "./schema.json", "{}", path.display());
        }
    }
}
