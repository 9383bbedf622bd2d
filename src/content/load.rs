//! Reading a content file natively: JSON syntax, types and rules, with located errors.
//!
//! Used by the build script (which includes this file) for bundled content, and by native code
//! and tests. The browser reads bundled content with `JSON.parse` instead, so the wasm carries
//! no JSON parser.

use super::model::ContentSet;
use super::validate::validate;

/// Parses and validates the text of one content file. On failure returns every problem as
/// `file:line:column: field.path: message` (syntax and type errors, which stop parsing) or
/// `file: field.path: message` (broken rules, all of them).
pub fn from_json(file: &str, text: &str) -> Result<ContentSet, Vec<String>> {
    let mut de = serde_json::Deserializer::from_str(text);
    let set: ContentSet = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let inner = e.inner();
        let path = e.path().to_string();
        let path = if path == "." { "(root)" } else { &path };
        // serde_json's message ends with the position, which leads the line already.
        let message = inner.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(&*message, |(m, _)| m);
        vec![format!(
            "{file}:{}:{}: {path}: {message}",
            inner.line(),
            inner.column()
        )]
    })?;
    let errors = validate(&set);
    if errors.is_empty() {
        Ok(set)
    } else {
        Err(errors.iter().map(|e| format!("{file}: {e}")).collect())
    }
}
