//! Rich text: paragraphs with a little inline formatting, written in a Markdown subset.
//!
//! Syntax: `**strong**`, `*emphasis*` or `_emphasis_`, `[link text](url)`, and a backslash to
//! escape any of `\ * _ [ ] ( )`. Nothing else is markup: `<b>`, `&amp;` and the like stay
//! literal text, and the widget renders every piece as text. Link URLs must pass
//! [`is_safe_url`]; an unsafe one is an error when the content is read (build, CLI or browser),
//! and the widget checks again before it writes an `href`.

use super::unicode::is_alphanumeric;
use super::validate::{is_safe_url, markdown_too_long, printable, MAX_MARKDOWN_CHARS};
#[cfg(test)]
use super::work;
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
pub enum RichTextError {
    /// The Markdown is longer than [`MAX_MARKDOWN_CHARS`]; refused before any parsing.
    TooLong,
    /// A link's URL is not safe (see [`is_safe_url`]).
    UnsafeLink(String),
}

impl fmt::Display for RichTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RichTextError::TooLong => f.write_str(&markdown_too_long()),
            RichTextError::UnsafeLink(url) => write!(
                f,
                "unsafe or unsupported link URL \"{}\": expected https:, http:, mailto:, tel: or a relative URL",
                printable(url)
            ),
        }
    }
}

impl RichText {
    /// Parses the Markdown subset. Fails on a source longer than [`MAX_MARKDOWN_CHARS`]
    /// (checked before any parsing) and on a link whose URL is not safe.
    pub fn parse(source: &str) -> Result<RichText, RichTextError> {
        // Bytes bound characters from above: only a long text needs counting.
        if source.len() > MAX_MARKDOWN_CHARS && source.chars().count() > MAX_MARKDOWN_CHARS {
            return Err(RichTextError::TooLong);
        }
        parse_markdown(source)
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
            "maxLength": MAX_MARKDOWN_CHARS,
            "description": "Text with optional **strong**, *emphasis* and [links](https://example.org). Links must be https:, http:, mailto:, tel: or relative. Everything else is shown as written, never as HTML."
        })
    }
}

impl TryFrom<String> for RichText {
    type Error = RichTextError;

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

/// One character of the source with its escape resolved: an escaped character is never markup.
///
/// Resolving escapes first, in one pass, is what lets every later scan start anywhere: each
/// scan starts just after a markup character, so it would pair backslashes exactly as a scan
/// from the start of the text does.
#[derive(Debug, Clone, Copy)]
struct Token {
    c: char,
    escaped: bool,
}

impl Token {
    /// Whether this is the markup character `c` (not an escaped one).
    fn is(self, c: char) -> bool {
        !self.escaped && self.c == c
    }

    /// Whether this ends any span or link text: no nesting, so an opener inside stays literal.
    fn stops_span(self) -> bool {
        !self.escaped && matches!(self.c, '*' | '_' | '[' | ']')
    }
}

fn tokenize(source: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        #[cfg(test)]
        work::step();
        match chars.next_if(|&n| c == '\\' && is_special(n)) {
            Some(escaped) => tokens.push(Token {
                c: escaped,
                escaped: true,
            }),
            None => tokens.push(Token { c, escaped: false }),
        }
    }
    tokens
}

/// The parser proper, linear in the length of `source`: every token is visited by the main
/// loop once, by at most two span scans and one link-text scan (each stops at the next markup
/// character, which the main loop then reaches), and by a link's URL scan only when the link
/// is taken, since where each URL would end is found once for the whole text.
fn parse_markdown(source: &str) -> Result<RichText, RichTextError> {
    let tokens = tokenize(source);
    let mut url_ends = None;
    let mut out = RichText::default();
    let mut text = String::new();
    let mut i = 0;
    while i < tokens.len() {
        #[cfg(test)]
        work::step();
        let token = tokens[i];
        let parsed = match token.c {
            _ if token.escaped => None,
            '*' if tokens.get(i + 1).is_some_and(|n| n.is('*')) => {
                span(&tokens, i + 2, 2).map(|(inner, end)| (Inline::Strong(inner), end))
            }
            '*' => span(&tokens, i + 1, 1).map(|(inner, end)| (Inline::Emphasis(inner), end)),
            '_' if !i
                .checked_sub(1)
                .is_some_and(|before| is_alphanumeric(tokens[before].c)) =>
            {
                span(&tokens, i + 1, 1)
                    .filter(|(_, end)| !tokens.get(*end).is_some_and(|t| is_alphanumeric(t.c)))
                    .map(|(inner, end)| (Inline::Emphasis(inner), end))
            }
            '[' => link(&tokens, i, &mut url_ends)?,
            _ => None,
        };
        match parsed {
            Some((inline, end)) => {
                out.push_text(&mut text);
                out.inlines.push(inline);
                i = end;
            }
            None => {
                text.push(token.c);
                i += 1;
            }
        }
    }
    out.push_text(&mut text);
    Ok(out)
}

/// Finds the closing delimiter, `len` copies of the opening one (`*`, `**` or `_`), for a span
/// whose content starts at `start`. The content must be non-empty, must not start or end with
/// whitespace, and holds no other markup. Returns the content and the index just past the
/// closing delimiter.
fn span(tokens: &[Token], start: usize, len: usize) -> Option<(String, usize)> {
    let delimiter = tokens[start - 1].c;
    let mut inner = String::new();
    for (i, token) in tokens.iter().enumerate().skip(start) {
        #[cfg(test)]
        work::step();
        let closes = tokens
            .get(i..i + len)
            .is_some_and(|run| run.iter().all(|t| t.is(delimiter)));
        if closes {
            if i == start || tokens[start].c.is_whitespace() || tokens[i - 1].c.is_whitespace() {
                return None;
            }
            return Some((inner, i + len));
        }
        if token.stops_span() {
            return None;
        }
        inner.push(token.c);
    }
    None
}

/// Parses `[text](href)` at `start`. `Ok(None)` when it is not a link; an error when it is a
/// link to an unsafe URL. `url_ends` holds [`url_ends`] once a URL was looked for.
#[allow(clippy::type_complexity)]
fn link(
    tokens: &[Token],
    start: usize,
    url_ends: &mut Option<Vec<Option<usize>>>,
) -> Result<Option<(Inline, usize)>, RichTextError> {
    let mut text = String::new();
    let mut i = start + 1;
    loop {
        #[cfg(test)]
        work::step();
        match tokens.get(i) {
            None => return Ok(None),
            Some(t) if t.is('[') => return Ok(None),
            Some(t) if t.is(']') => break,
            Some(t) => {
                text.push(t.c);
                i += 1;
            }
        }
    }
    if !tokens.get(i + 1).is_some_and(|t| t.is('(')) || text.trim().is_empty() {
        return Ok(None);
    }
    let href_start = i + 2;
    let Some(end) = url_ends.get_or_insert_with(|| find_url_ends(tokens))[href_start] else {
        return Ok(None);
    };
    let href: String = tokens[href_start..end]
        .iter()
        .map(|t| {
            #[cfg(test)]
            work::step();
            t.c
        })
        .collect();
    if !is_safe_url(&href) {
        return Err(RichTextError::UnsafeLink(href));
    }
    Ok(Some((Inline::Link { text, href }, end + 1)))
}

/// For each token index, where a URL starting there would end: at the first `)` that closes no
/// `(` opened since (URLs may hold balanced parentheses, as in CommonMark:
/// `[w](https://x/a_(b))`), or `None` if none does. Found from the end backwards in one pass,
/// so that a text with many unfinished links (`[a](` again and again) is not scanned to its
/// end once per link.
fn find_url_ends(tokens: &[Token]) -> Vec<Option<usize>> {
    let mut ends = vec![None; tokens.len() + 1];
    for (i, token) in tokens.iter().enumerate().rev() {
        #[cfg(test)]
        work::step();
        ends[i] = if token.is(')') {
            Some(i)
        } else if token.is('(') {
            // Past the `)` that closes this `(`, the URL goes on to its own end.
            ends[i + 1].and_then(|close: usize| ends[close + 1])
        } else {
            ends[i + 1]
        };
    }
    ends
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The parser as it was before it was made linear: the reference the new one must equal on
    /// every input short enough for it.
    mod reference {
        use super::super::*;

        pub fn parse(source: &str) -> Result<RichText, RichTextError> {
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
                let parsed =
                    match c {
                        '*' if chars.get(i + 1) == Some(&'*') => span(&chars, i + 2, "**")
                            .map(|(inner, end)| (Inline::Strong(inner), end)),
                        '*' => span(&chars, i + 1, "*")
                            .map(|(inner, end)| (Inline::Emphasis(inner), end)),
                        '_' if !chars
                            .get(i.wrapping_sub(1))
                            .copied()
                            .is_some_and(is_alphanumeric) =>
                        {
                            span(&chars, i + 1, "_")
                                .filter(|(_, end)| {
                                    !chars.get(*end).copied().is_some_and(is_alphanumeric)
                                })
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
                    return None;
                }
                inner.push(chars[i]);
                i += 1;
            }
            None
        }

        #[allow(clippy::type_complexity)]
        fn link(chars: &[char], start: usize) -> Result<Option<(Inline, usize)>, RichTextError> {
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
                return Err(RichTextError::UnsafeLink(href));
            }
            Ok(Some((Inline::Link { text, href }, i + 1)))
        }
    }

    /// Texts built to make a scanner that restarts or backtracks do the most work, each
    /// repeated to the length asked for.
    const WORST_CASES: &[&str] = &[
        "[a](",
        "[a](b",
        "[a](()",
        "[a](x)",
        "[a]",
        "[",
        "]",
        "(",
        "**",
        "**a",
        "**a ",
        "*a",
        "_a",
        "a_",
        "é_",
        "\\",
        "\\\\",
        "\\[",
        "\\*",
        "[*a",
        "[**a](",
        "*[a](",
        "[\\](\\((",
    ];

    fn repeated(piece: &str, bytes: usize) -> String {
        piece.repeat(bytes.div_ceil(piece.len()))
    }

    fn parse_work(source: &str) -> usize {
        let (parsed, work) = work::measure(|| parse_markdown(source));
        assert!(parsed.is_ok(), "{parsed:?}");
        work.steps + work.unicode_calls
    }

    #[test]
    fn parsing_is_linear_in_worst_cases() {
        for piece in WORST_CASES {
            work::assert_linear(piece, 8, |bytes| repeated(piece, bytes), parse_work);
        }
    }

    #[test]
    fn one_long_link_or_unclosed_opener_is_linear() {
        type Input = fn(usize) -> String;
        let cases: [(&str, Input); 5] = [
            ("long URL", |n| {
                format!("[a](https://example.org/{})", "x".repeat(n))
            }),
            ("nested parentheses", |n| {
                format!("[a]({}{})", "(".repeat(n / 2), ")".repeat(n / 2))
            }),
            ("unclosed parentheses", |n| format!("[a]({}", "(".repeat(n))),
            ("unclosed link text", |n| format!("[{}", "a".repeat(n))),
            ("unclosed strong", |n| format!("**{}", "a".repeat(n))),
        ];
        for (name, input) in cases {
            work::assert_linear(name, 8, input, parse_work);
        }
    }

    #[test]
    fn a_text_over_the_limit_is_refused_before_parsing() {
        let long = "[a](".repeat(MAX_MARKDOWN_CHARS / 4 + 1);
        let (parsed, work) = work::measure(|| RichText::parse(&long));
        assert_eq!(parsed, Err(RichTextError::TooLong));
        assert_eq!(work, work::Work::default(), "nothing parsed");
        let message = RichTextError::TooLong.to_string();
        assert!(
            message.contains("16000") && message.contains("4000"),
            "{message}"
        );
        let multibyte = "é".repeat(MAX_MARKDOWN_CHARS);
        assert!(
            RichText::parse(&multibyte).is_ok(),
            "the limit counts characters"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 20_000, failure_persistence: None, ..ProptestConfig::default() })]

        /// On any short text, the linear parser answers exactly as the one before it.
        #[test]
        fn parses_as_before(source in prop_oneof![
            "[a-z *_\\\\\\[\\]()é:/ -]{0,40}",
            "\\PC{0,30}",
            "(\\[[a-z*_ ]{0,4}\\]\\(([a-z()\\\\]{0,6})\\)?){1,4}",
        ]) {
            prop_assert_eq!(parse_markdown(&source), reference::parse(&source));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

        /// Worst-case texts of 10 KB to 1 MB, mixed from the pieces above: the work stays
        /// within a constant per character, and what is parsed round-trips.
        #[test]
        fn long_worst_cases_take_linear_work(
            pieces in proptest::collection::vec(proptest::sample::select(WORST_CASES), 1..6),
            bytes in 10_000usize..1_000_000,
        ) {
            let source = repeated(&pieces.concat(), bytes);
            let (parsed, work) = work::measure(|| parse_markdown(&source));
            prop_assert!(work.steps + work.unicode_calls <= 8 * source.chars().count(), "{:?}", work);
            if let Ok(text) = parsed {
                prop_assert_eq!(parse_markdown(&text.to_markdown()), Ok(text));
            }
        }
    }
}
