//! Reading content sets in the browser: bundled sets and inline content (a
//! `<script type="application/json">` child of the element) go through the same path, the
//! browser's `JSON.parse` and the content readers (`content::read`, over `JsValue`: `js_value`);
//! inline content then passes the shared rules, which bundled sets passed at build time.

use crate::content::read;
use crate::content::validate::validate;
use crate::content::ContentSet;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Parses and validates a content set's JSON text; errors are `path: message` lines.
pub fn parse(text: &str) -> Result<ContentSet, Vec<String>> {
    let mut set = read_json(text)?;
    let errors = validate(&set);
    if errors.is_empty() {
        set.link_related_mentions();
        Ok(set)
    } else {
        Err(errors.iter().map(ToString::to_string).collect())
    }
}

/// Reads a bundled set's JSON text. The build script validated it and linked its mentions
/// before bundling it (`build.rs`), so neither is done again.
pub fn parse_bundled(text: &str) -> Result<ContentSet, Vec<String>> {
    read_json(text)
}

/// `JSON.parse`, then the content readers.
fn read_json(text: &str) -> Result<ContentSet, Vec<String>> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let detail = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        vec![format!("(root): not valid JSON: {detail}")]
    })?;
    read::content_set(value).map_err(|e| vec![e.to_string()])
}

/// Checks a content set's JSON text by the rules the widget and `reframe check` apply; returns
/// each problem as `path: message` (none when the set is valid). Used by the content editor
/// page through `reframe.js`'s `validate()`.
#[wasm_bindgen(js_name = validateContent)]
pub fn validate_content(text: &str) -> Vec<String> {
    parse(text).err().unwrap_or_default()
}
