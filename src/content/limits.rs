//! The limits of one content set, and their checks.
//!
//! Content comes from editors and from pages nobody here has seen: a limit keeps a mistake or a
//! hostile page from freezing the visitor's tab or exhausting the memory of the one wasm
//! instance every widget of the page shares. Each limit is checked before the work it bounds:
//! the size of the JSON text before it is parsed (in the browser, before it is even copied into
//! the wasm), the length of a text before its rich text is parsed, and the counts below before
//! validation, mention linking and rendering. The limits sit far above any real article (the
//! seed has six questions; the benchmark renders a thousand) and are documented in the README
//! and, where JSON Schema can say them, in `content/schema.json`.

use super::model::ContentSet;
use super::validate::ContentError;

/// Most bytes of one content set's JSON text (UTF-8).
pub const MAX_SET_BYTES: usize = 2_000_000;
/// Most FAQ questions in one set.
pub const MAX_QUESTIONS: usize = 2_000;
/// Most "Instead of / Try" pairs in one set.
pub const MAX_PAIRS: usize = 500;
/// Most sections in one set.
pub const MAX_SECTIONS: usize = 200;
/// Most related links in one set.
pub const MAX_RELATED_LINKS: usize = 200;
/// Most nodes (elements and texts) of FAQ markup read from a page (`faq_markup`).
pub const MAX_MARKUP_NODES: usize = 20_000;
/// Deepest nesting of elements in FAQ markup read from a page.
pub const MAX_MARKUP_DEPTH: usize = 64;
/// Longest URL (a link's, a call to action's, a related guide's), in characters.
pub const MAX_URL_CHARS: usize = 2_048;

/// The error for JSON text of `bytes` bytes (or, in the browser, UTF-16 code units, of which
/// UTF-8 has at least as many) over [`MAX_SET_BYTES`]; `None` within the limit.
pub fn set_size(bytes: usize) -> Option<ContentError> {
    (bytes > MAX_SET_BYTES).then(|| ContentError {
        path: "(root)".into(),
        message: format!(
            "the content is longer than the limit of {MAX_SET_BYTES} bytes (at least {bytes})"
        ),
    })
}

/// Every count of `set` over its limit.
pub fn counts(set: &ContentSet) -> Vec<ContentError> {
    let questions = set.faq.as_ref().map_or(0, |faq| faq.items.len());
    let pairs = set
        .phrases
        .as_ref()
        .map_or(0, |phrases| phrases.pairs.len());
    let links = set
        .related
        .as_ref()
        .map_or(0, |related| related.links.len());
    [
        ("faq.items", "questions", questions, MAX_QUESTIONS),
        ("phrases.pairs", "phrase pairs", pairs, MAX_PAIRS),
        ("sections", "sections", set.sections.len(), MAX_SECTIONS),
        ("related.links", "related links", links, MAX_RELATED_LINKS),
    ]
    .into_iter()
    .filter(|&(_, _, count, limit)| count > limit)
    .map(|(path, what, count, limit)| ContentError {
        path: path.into(),
        message: format!("{count} {what}, over the limit of {limit}"),
    })
    .collect()
}

/// The error for a URL longer than [`MAX_URL_CHARS`]; `None` within the limit.
pub fn url_length(url: &str) -> Option<String> {
    let chars = url.chars().count();
    (chars > MAX_URL_CHARS)
        .then(|| format!("URL of {chars} characters, over the limit of {MAX_URL_CHARS}"))
}
