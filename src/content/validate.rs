//! Semantic validation of a parsed content set: the rules serde's types cannot express.
//!
//! The same rules run in the build script (bundled files), in native tests and in the browser.

use super::limits;
use super::model::{AnswerBlock, Block, ContentSet, Labels, Part, RichText};
use std::fmt;

/// Longest accepted single text (a question, a label, a paragraph), in characters.
pub const MAX_TEXT_CHARS: usize = 4000;
/// Longest accepted rich text as written, in characters of Markdown, checked before it is
/// parsed: its visible text is held to [`MAX_TEXT_CHARS`] after parsing, and this leaves room
/// for the markup around that text (escapes double a character, links add their URLs), while
/// megabytes of text are refused without being parsed.
pub const MAX_MARKDOWN_CHARS: usize = 4 * MAX_TEXT_CHARS;
/// Longest accepted slug id, in characters.
pub const MAX_ID_CHARS: usize = 80;

/// One broken rule, located by its field path such as `faq.items[3].answer[0]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// Where the problem is, in JSON field-path notation.
    pub path: String,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Checks every rule and returns all the problems found (empty when the set is valid).
pub fn validate(set: &ContentSet) -> Vec<ContentError> {
    // A set over a count limit is refused before any rule walks it.
    let over_limits = limits::counts(set);
    if !over_limits.is_empty() {
        return over_limits;
    }
    let mut v = Validator::default();
    v.text("lang", &set.lang);
    v.text("title", &set.title);
    if let Some(summary) = &set.summary {
        v.text("summary.label", &summary.label);
        v.rich("summary.text", &summary.text);
    }
    if let Some(faq) = &set.faq {
        v.text("faq.title", &faq.title);
        let mut ids = SeenIds::default();
        for (i, item) in faq.items.iter().enumerate() {
            let at = format!("faq.items[{i}]");
            v.slug(&format!("{at}.id"), &item.id);
            if !ids.insert(&item.id) {
                v.error(
                    &format!("{at}.id"),
                    format!("duplicate id \"{}\"", printable(&item.id)),
                );
            }
            v.text(&format!("{at}.question"), &item.question);
            v.answer(&format!("{at}.answer"), &item.answer);
        }
    }
    if let Some(phrases) = &set.phrases {
        v.text("phrases.title", &phrases.title);
        v.riches("phrases.intro", &phrases.intro);
        for (i, pair) in phrases.pairs.iter().enumerate() {
            v.text(&format!("phrases.pairs[{i}].instead"), &pair.instead);
            v.text(&format!("phrases.pairs[{i}].try"), &pair.try_);
        }
        v.riches("phrases.outro", &phrases.outro);
    }
    let faq_items = set.faq.as_ref().map_or(0, |f| f.items.len());
    let pairs = set.phrases.as_ref().map_or(0, |p| p.pairs.len());
    if faq_items + pairs == 0 {
        v.error(
            "",
            "a content set needs at least one FAQ item or phrase pair".into(),
        );
    }
    let mut section_ids = SeenIds::default();
    for (i, section) in set.sections.iter().enumerate() {
        let at = format!("sections[{i}]");
        v.slug(&format!("{at}.id"), &section.id);
        if Part::FIXED.iter().any(|part| part.name() == section.id) {
            v.error(
                &format!("{at}.id"),
                format!(
                    "\"{}\" is reserved for the built-in part of that name",
                    printable(&section.id)
                ),
            );
        } else if !section_ids.insert(&section.id) {
            v.error(
                &format!("{at}.id"),
                format!("duplicate id \"{}\"", printable(&section.id)),
            );
        }
        v.text(&format!("{at}.title"), &section.title);
        if let Some(action) = &section.action {
            v.text(&format!("{at}.action.label"), &action.label);
            if let Some(error) = action.url.as_deref().and_then(limits::url_length) {
                v.error(&format!("{at}.action.url"), error);
            } else if let Some(url) = action.url.as_deref().filter(|url| !is_safe_url(url)) {
                v.error(
                    &format!("{at}.action.url"),
                    format!("unsafe or unsupported URL \"{}\": expected https:, http:, mailto:, tel: or a relative URL", printable(url)),
                );
            }
        }
        if section.checklist && !section.blocks.iter().any(|b| matches!(b, Block::List(_))) {
            v.error(
                &format!("{at}.checklist"),
                "a checklist section needs a list".into(),
            );
        }
        if section.blocks.is_empty() {
            v.error(
                &format!("{at}.blocks"),
                "expected at least one block".into(),
            );
        }
        for (j, block) in section.blocks.iter().enumerate() {
            let at = format!("{at}.blocks[{j}]");
            match block {
                Block::Paragraph(text) => v.rich(&format!("{at}.paragraph"), text),
                Block::List(items) => {
                    if items.is_empty() {
                        v.error(&format!("{at}.list"), "expected at least one item".into());
                    }
                    for (k, item) in items.iter().enumerate() {
                        if let Some(term) = &item.term {
                            v.text(&format!("{at}.list[{k}].term"), term);
                        }
                        v.rich(&format!("{at}.list[{k}].text"), &item.text);
                    }
                }
                Block::Subsection(sub) => {
                    v.text(&format!("{at}.subsection.title"), &sub.title);
                    v.paragraphs(&format!("{at}.subsection.paragraphs"), &sub.paragraphs);
                }
            }
        }
    }
    if let Some(related) = &set.related {
        v.text("related.title", &related.title);
        for (i, link) in related.links.iter().enumerate() {
            v.text(&format!("related.links[{i}].title"), &link.title);
            if let Some(url) = &link.url {
                if let Some(error) = limits::url_length(url) {
                    v.error(&format!("related.links[{i}].url"), error);
                } else if !is_safe_url(url) {
                    v.error(
                        &format!("related.links[{i}].url"),
                        format!(
                            "unsafe or unsupported URL \"{}\": expected https:, http:, mailto:, tel: or a relative URL",
                            printable(url)
                        ),
                    );
                }
            }
        }
    }
    if let Some(labels) = &set.labels {
        v.labels(labels);
    }
    v.errors
}

/// Whether `c` acts on a terminal or reorders the text around it: the C0 controls, DEL, the C1
/// controls and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069).
pub fn acts_on_display(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every character that [acts on a terminal](acts_on_display) written as a Rust
/// escape (`\u{1b}`). Messages quote content through it, and `reframe` prints every line that
/// carries content through it: content read from a file must not clear or retitle the
/// editor's terminal (`ESC [2J`), nor make a message read other than it is.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if acts_on_display(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// The error for a text over [`MAX_TEXT_CHARS`], naming the limit.
pub fn text_too_long() -> String {
    format!("text longer than {MAX_TEXT_CHARS} characters")
}

/// The error for rich text over [`MAX_MARKDOWN_CHARS`], naming both limits.
pub fn markdown_too_long() -> String {
    format!(
        "text longer than {MAX_MARKDOWN_CHARS} characters of Markdown (its visible text may have at most {MAX_TEXT_CHARS})"
    )
}

/// True for URLs the widget may put in an `href`: `https:`, `http:`, `mailto:`, `tel:`, or
/// relative (no scheme). Control characters and whitespace inside the scheme are rejected, since
/// browsers strip them before parsing (`java\tscript:`).
pub fn is_safe_url(url: &str) -> bool {
    let url = url.trim_matches(|c: char| c.is_ascii_whitespace() || c.is_ascii_control());
    if url.is_empty() || url.chars().any(|c| c.is_control()) {
        return false;
    }
    match url.find([':', '/', '?', '#']) {
        Some(i) if url.as_bytes()[i] == b':' => {
            let scheme = url[..i].to_ascii_lowercase();
            matches!(scheme.as_str(), "https" | "http" | "mailto" | "tel")
        }
        _ => true,
    }
}

/// True for slugs: lowercase ASCII letters and digits in groups joined by single hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The ids met so far, sorted: a hash set would add its code for `&str` keys to the wasm.
#[derive(Default)]
struct SeenIds<'a>(Vec<&'a str>);

impl<'a> SeenIds<'a> {
    /// Adds `id`; false when it was there already.
    fn insert(&mut self, id: &'a str) -> bool {
        match self.0.binary_search(&id) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, id);
                true
            }
        }
    }
}

/// Collects errors while walking a content set.
#[derive(Default)]
struct Validator {
    errors: Vec<ContentError>,
}

impl Validator {
    fn error(&mut self, path: &str, message: String) {
        self.errors.push(ContentError {
            path: if path.is_empty() {
                "(root)".into()
            } else {
                path.into()
            },
            message,
        });
    }

    /// The widget's words: each obeys the text rules, and the templates keep their placeholder.
    fn labels(&mut self, labels: &Labels) {
        for (key, value) in labels.texts() {
            self.text(&format!("labels.{key}"), value);
        }
        if let Some(template) = &labels.no_matches {
            self.placeholder("labels.noMatches", template, "{q}");
        }
        if let Some(matches) = &labels.matches {
            self.text("labels.matches.one", &matches.one);
            self.text("labels.matches.other", &matches.other);
            self.placeholder("labels.matches.other", &matches.other, "{n}");
        }
    }

    /// A template must hold `placeholder` where the widget puts its value.
    fn placeholder(&mut self, path: &str, template: &str, placeholder: &str) {
        if !template.trim().is_empty() && !template.contains(placeholder) {
            self.error(
                path,
                format!("expected {placeholder} where the widget puts its value"),
            );
        }
    }

    fn text(&mut self, path: &str, text: &str) {
        if text.trim().is_empty() {
            self.error(path, "expected non-empty text".into());
        } else if text.chars().count() > MAX_TEXT_CHARS {
            self.error(path, text_too_long());
        }
    }

    /// Rich text: its visible text obeys the text rules, its Markdown the Markdown limit, and
    /// its links must be safe (parsing rejects unsafe ones already; this covers values built
    /// in code).
    fn rich(&mut self, path: &str, text: &RichText) {
        let before = self.errors.len();
        self.text(path, &text.plain_text());
        // Written back (escaped, as the build bundles it), it must still be read again.
        if self.errors.len() == before && text.to_markdown().chars().count() > MAX_MARKDOWN_CHARS {
            self.error(path, markdown_too_long());
        }
        for href in text.hrefs() {
            if let Some(error) = limits::url_length(href) {
                self.error(path, error);
            } else if !is_safe_url(href) {
                self.error(
                    path,
                    format!("unsafe or unsupported link URL \"{}\"", printable(href)),
                );
            }
        }
    }

    fn riches(&mut self, path: &str, texts: &[RichText]) {
        for (i, text) in texts.iter().enumerate() {
            self.rich(&format!("{path}[{i}]"), text);
        }
    }

    fn paragraphs(&mut self, path: &str, texts: &[RichText]) {
        if texts.is_empty() {
            self.error(path, "expected at least one paragraph".into());
        }
        self.riches(path, texts);
    }

    /// An answer: at least one block; a list has at least one entry.
    fn answer(&mut self, path: &str, blocks: &[AnswerBlock]) {
        if blocks.is_empty() {
            self.error(path, "expected at least one paragraph".into());
        }
        for (i, block) in blocks.iter().enumerate() {
            match block {
                AnswerBlock::Paragraph(text) => self.rich(&format!("{path}[{i}]"), text),
                AnswerBlock::List(list) => {
                    let at = format!("{path}[{i}].list");
                    if list.list.is_empty() {
                        self.error(&at, "expected at least one item".into());
                    }
                    self.riches(&at, &list.list);
                }
            }
        }
    }

    fn slug(&mut self, path: &str, id: &str) {
        if !is_slug(id) {
            self.error(
                path,
                format!("invalid id \"{}\": expected a slug of a-z, 0-9 and single hyphens, at most {MAX_ID_CHARS} characters", printable(id)),
            );
        }
    }
}
