//! Reading a content file natively: JSON syntax, types and rules, with located errors.
//!
//! Used by the build script (which includes this file) for bundled content, and by native code
//! and tests. The browser reads bundled content with `JSON.parse` instead, so the wasm carries
//! no JSON parser.

use super::limits;
use super::model::ContentSet;
use super::validate::{is_slug, printable, validate};
use std::fs;
use std::path::Path;

/// Reads, parses and validates a bundled set's file (`content/<id>.json`). Its name (without
/// `.json`) is the set's id, so it must be a slug too. Errors as in [`from_json`].
pub fn from_file(path: &Path) -> Result<ContentSet, Vec<String>> {
    if !names_an_id(path) {
        return Err(vec![format!(
            "{}: the file name must be a slug (a-z, 0-9, single hyphens): it is the set's id",
            printable(&path.display().to_string())
        )]);
    }
    read_set(path)
}

/// Whether the file's name (without `.json`) is a slug, as a bundled set's id must be.
pub fn names_an_id(path: &Path) -> bool {
    is_slug(
        path.file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default(),
    )
}

/// Reads, parses and validates a content set's file whatever its name (a file a page names in
/// `src`, or inline content kept in a file). Errors as in [`from_json`].
pub fn read_set(path: &Path) -> Result<ContentSet, Vec<String>> {
    let file = path.display().to_string();
    // The size first, so that an oversized file is refused before it is read.
    let size = fs::metadata(path)
        .map_err(|e| vec![format!("{file}: {e}")])?
        .len();
    if let Some(error) = limits::set_size(usize::try_from(size).unwrap_or(usize::MAX)) {
        return Err(vec![format!("{file}: {error}")]);
    }
    let text = fs::read_to_string(path).map_err(|e| vec![format!("{file}: {e}")])?;
    from_json(&file, &text)
}

/// Parses and validates the text of one content file. On failure returns every problem as
/// `file:line:column: field.path: message` (syntax and type errors, which stop parsing) or
/// `file: field.path: message` (broken rules, all of them).
pub fn from_json(file: &str, text: &str) -> Result<ContentSet, Vec<String>> {
    if let Some(error) = limits::set_size(text.len()) {
        return Err(vec![format!("{file}: {error}")]);
    }
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
        // Field names in the path and the message are content: shown escaped.
        vec![printable(&format!(
            "{file}:{}:{}: {path}: {message}",
            inner.line(),
            inner.column()
        ))]
    })?;
    let errors = validate(&set);
    if errors.is_empty() {
        Ok(set)
    } else {
        Err(errors.iter().map(|e| format!("{file}: {e}")).collect())
    }
}
