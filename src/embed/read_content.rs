//! Reading content sets in the browser from JSON text (inline content, a
//! `<script type="application/json">` child of the element, and `validate()`): the browser's
//! `JSON.parse`, then the content model's serde types (`from_js`), then the shared rules.

use super::from_js::from_js;
use crate::content::limits;
use crate::content::validate::validate;
use crate::content::ContentSet;
use js_sys::JsString;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Parses and validates a content set's JSON text; errors are `path: message` lines.
pub fn parse(text: &str) -> Result<ContentSet, Vec<String>> {
    if let Some(error) = limits::set_size(text.len()) {
        return Err(vec![error.to_string()]);
    }
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let detail = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        vec![format!("(root): not valid JSON: {detail}")]
    })?;
    let mut set: ContentSet = from_js(value).map_err(|e| vec![e])?;
    let errors = validate(&set);
    if errors.is_empty() {
        set.link_related_mentions();
        Ok(set)
    } else {
        Err(errors.iter().map(ToString::to_string).collect())
    }
}

/// Checks a content set's JSON text by the rules the widget and `reframe check` apply; returns
/// each problem as `path: message` (none when the set is valid). Used by the content editor
/// page through `reframe.js`'s `validate()`.
#[wasm_bindgen(js_name = validateContent)]
pub fn validate_content(text: JsString) -> Vec<String> {
    // Measured before the text is copied into the wasm (see `limits`).
    if let Some(error) = limits::set_size(text.length() as usize) {
        return vec![error.to_string()];
    }
    parse(&String::from(text)).err().unwrap_or_default()
}
