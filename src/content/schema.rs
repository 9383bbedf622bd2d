//! The JSON Schema of content files, generated from the content types.

use super::model::ContentSet;

/// Where the checked-in schema lives; content files point at it with `"$schema"`.
pub const SCHEMA_FILE: &str = "content/schema.json";

/// The schema as pretty-printed JSON with a final newline, as checked in.
pub fn to_json() -> String {
    let mut schema = schemars::schema_for!(ContentSet);
    schema.insert("title".into(), "reframe content set".into());
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serializes");
    text.push('\n');
    text
}
