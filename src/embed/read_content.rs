//! Reading content sets in the browser from JSON text (inline content, a
//! `<script type="application/json">` child of the element, the JSON the loader fetched from
//! `src`, and `validate()`): the browser's `JSON.parse`, then the content model's serde types
//! (`from_js`), then the shared rules.

use super::from_js::from_js;
use crate::content::limits;
use crate::content::validate::validate;
use crate::content::ContentSet;
use crate::widget::events::ErrorReason;
use js_sys::JsString;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Why a content set's JSON text was refused: the kind of failure, and the problems as
/// `path: message` lines.
#[derive(Debug)]
pub struct Refusal {
    /// [`ErrorReason::TooLarge`], [`ErrorReason::NotJson`] or [`ErrorReason::Invalid`].
    pub reason: ErrorReason,
    /// The problems, each `path: message`.
    pub problems: Vec<String>,
}

impl Refusal {
    fn new(reason: ErrorReason, problems: Vec<String>) -> Self {
        Refusal { reason, problems }
    }
}

/// Parses and validates a content set's JSON text.
pub fn parse(text: &str) -> Result<ContentSet, Refusal> {
    if let Some(error) = limits::set_size(text.len()) {
        return Err(Refusal::new(ErrorReason::TooLarge, vec![error.to_string()]));
    }
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let detail = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        let problem = format!("(root): not valid JSON: {detail}");
        Refusal::new(ErrorReason::NotJson, vec![problem])
    })?;
    let invalid = |problems| Refusal::new(ErrorReason::Invalid, problems);
    let mut set: ContentSet = from_js(value).map_err(|e| invalid(vec![e]))?;
    let errors = validate(&set);
    if errors.is_empty() {
        set.link_related_mentions();
        Ok(set)
    } else {
        Err(invalid(errors.iter().map(ToString::to_string).collect()))
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
    parse(&String::from(text))
        .err()
        .map(|refusal| refusal.problems)
        .unwrap_or_default()
}
