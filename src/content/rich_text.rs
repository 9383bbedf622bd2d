//! Rich text: paragraphs with a little inline formatting, written in a Markdown subset.
//!
//! Syntax: `**strong**`, `*emphasis*` or `_emphasis_`, `[link text](url)`, and a backslash to
//! escape any of `\ * _ [ ] ( )`. Nothing else is markup: `<b>`, `&amp;` and the like stay
//! literal text, and the widget renders every piece as text. Link URLs must pass
//! [`is_safe_url`]; an unsafe one is an error when the content is read (build, CLI or browser),
//! and the widget checks again before it writes an `href`.

use super::unicode::is_alphanumeric;
use super::validate::is_safe_url;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A piece of rich text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// Emphasised text (`*x*`), shown in italics.
    Emphasis(String),
    /// Strong text (`**x**`), shown in bold.
    Strong(String),
    /// A link (`[text](href)`); `href` passed [`is_safe_url`].
    Link {
        /// The visible text.
        text: String,
        /// The target.
        href: String,
    },
}

/// Text with inline formatting; in content files, a string in the Markdown subset above.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RichText {
    /// The pieces, in order; adjacent plain text is merged.
    pub inlines: Vec<Inline>,
}

/// Why a rich-text string was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsafeLink(pub String);

impl fmt::Display for UnsafeLink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unsafe or unsupported link URL \"{}\": expected https:, http:, mailto:, tel: or a relative URL",
            self.0
        )
    }
}

impl RichText {
    /// Parses the Markdown subset. Fails only on a link whose URL is not safe.
    pub fn parse(source: &str) -> Result<RichText, UnsafeLink> {
        let chars: Vec<char> = source.chars().collect();
        let mut out = RichText::default();
        let mut text = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '\\' && chars.get(i + 1).is_some_and(|n| is_special(*n)) {
                text.push(chars[i + 1]);
                i += 2;
                continue;
            }
            let parsed = match c {
                '*' if chars.get(i + 1) == Some(&'*') => {
                    span(&chars, i + 2, "**").map(|(inner, end)| (Inline::Strong(inner), end))
                }
                '*' => span(&chars, i + 1, "*").map(|(inner, end)| (Inline::Emphasis(inner), end)),
                '_' if !chars
                    .get(i.wrapping_sub(1))
                    .copied()
                    .is_some_and(is_alphanumeric) =>
                {
                    span(&chars, i + 1, "_")
                        .filter(|(_, end)| !chars.get(*end).copied().is_some_and(is_alphanumeric))
                        .map(|(inner, end)| (Inline::Emphasis(inner), end))
                }
                '[' => link(&chars, i)?,
                _ => None,
            };
            match parsed {
                Some((inline, end)) => {
                    out.push_text(&mut text);
                    out.inlines.push(inline);
                    i = end;
                }
                None => {
                    text.push(c);
                    i += 1;
                }
            }
        }
        out.push_text(&mut text);
        Ok(out)
    }

    /// Plain text of a single string, with no formatting.
    pub fn plain(text: &str) -> RichText {
        RichText {
            inlines: if text.is_empty() {
                Vec::new()
            } else {
                vec![Inline::Text(text.to_string())]
            },
        }
    }

    /// The text a reader sees, without markup.
    pub fn plain_text(&self) -> String {
        self.inlines
            .iter()
            .map(|inline| match inline {
                Inline::Text(t) | Inline::Emphasis(t) | Inline::Strong(t) => t.as_str(),
                Inline::Link { text, .. } => text.as_str(),
            })
            .collect()
    }

    /// The link targets, in order.
    pub fn hrefs(&self) -> impl Iterator<Item = &str> {
        self.inlines.iter().filter_map(|inline| match inline {
            Inline::Link { href, .. } => Some(href.as_str()),
            _ => None,
        })
    }

    /// Writes the text back in the Markdown subset; `parse` of the result gives `self` again.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        for inline in &self.inlines {
            match inline {
                Inline::Text(t) => escape_into(&mut out, t),
                Inline::Emphasis(t) => {
                    out.push('*');
                    escape_into(&mut out, t);
                    out.push('*');
                }
                Inline::Strong(t) => {
                    out.push_str("**");
                    escape_into(&mut out, t);
                    out.push_str("**");
                }
                Inline::Link { text, href } => {
                    out.push('[');
                    escape_into(&mut out, text);
                    out.push_str("](");
                    escape_into(&mut out, href);
                    out.push(')');
                }
            }
        }
        out
    }

    fn push_text(&mut self, text: &mut String) {
        if text.is_empty() {
            return;
        }
        if let Some(Inline::Text(last)) = self.inlines.last_mut() {
            last.push_str(text);
        } else {
            self.inlines.push(Inline::Text(text.clone()));
        }
        text.clear();
    }
}

/// In the JSON Schema, rich text is a string (the Markdown subset).
#[cfg(feature = "cli")]
impl schemars::JsonSchema for RichText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RichText".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "Text with optional **strong**, *emphasis* and [links](https://example.org). Links must be https:, http:, mailto:, tel: or relative. Everything else is shown as written, never as HTML."
        })
    }
}

impl TryFrom<String> for RichText {
    type Error = UnsafeLink;

    fn try_from(source: String) -> Result<Self, Self::Error> {
        RichText::parse(&source)
    }
}

impl From<RichText> for String {
    fn from(text: RichText) -> String {
        text.to_markdown()
    }
}

fn is_special(c: char) -> bool {
    matches!(c, '\\' | '*' | '_' | '[' | ']' | '(' | ')')
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        if is_special(c) {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Finds the closing `delimiter` for a span whose content starts at `start`. The content must
/// be non-empty, must not start or end with whitespace, and is unescaped. Returns the content
/// and the index just past the closing delimiter.
fn span(chars: &[char], start: usize, delimiter: &str) -> Option<(String, usize)> {
    let delimiter: Vec<char> = delimiter.chars().collect();
    let mut inner = String::new();
    let mut i = start;
    while i < chars.len() {
        if chars[i] == '\\' && chars.get(i + 1).is_some_and(|n| is_special(*n)) {
            inner.push(chars[i + 1]);
            i += 2;
            continue;
        }
        if chars[i..].starts_with(&delimiter) {
            let first = chars.get(start)?;
            let last = chars.get(i - 1)?;
            if i == start || first.is_whitespace() || last.is_whitespace() {
                return None;
            }
            return Some((inner, i + delimiter.len()));
        }
        if matches!(chars[i], '*' | '_' | '[' | ']') {
            return None; // no nesting: the opener stays literal
        }
        inner.push(chars[i]);
        i += 1;
    }
    None
}

/// Parses `[text](href)` at `start`. `Ok(None)` when it is not a link; an error when it is a
/// link to an unsafe URL.
#[allow(clippy::type_complexity)]
fn link(chars: &[char], start: usize) -> Result<Option<(Inline, usize)>, UnsafeLink> {
    let mut text = String::new();
    let mut i = start + 1;
    loop {
        match chars.get(i) {
            None | Some('[') => return Ok(None),
            Some('\\') if chars.get(i + 1).is_some_and(|n| is_special(*n)) => {
                text.push(chars[i + 1]);
                i += 2;
            }
            Some(']') => break,
            Some(c) => {
                text.push(*c);
                i += 1;
            }
        }
    }
    if chars.get(i + 1) != Some(&'(') || text.trim().is_empty() {
        return Ok(None);
    }
    // The URL may hold balanced parentheses, as in CommonMark: `[w](https://x/a_(b))`.
    let mut href = String::new();
    let mut depth = 0;
    i += 2;
    loop {
        match chars.get(i) {
            None => return Ok(None),
            Some('\\') if chars.get(i + 1).is_some_and(|n| is_special(*n)) => {
                href.push(chars[i + 1]);
                i += 2;
                continue;
            }
            Some(')') if depth == 0 => break,
            Some(')') => depth -= 1,
            Some('(') => depth += 1,
            Some(_) => {}
        }
        href.push(chars[i]);
        i += 1;
    }
    if !is_safe_url(&href) {
        return Err(UnsafeLink(href));
    }
    Ok(Some((Inline::Link { text, href }, i + 1)))
}
