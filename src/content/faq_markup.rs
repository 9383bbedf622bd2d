//! FAQ markup a page already has, read into questions and answers.
//!
//! A `<reframe-widget>` with no content of its own enhances the FAQ among its children. The
//! browser glue (from the live DOM) and `reframe check page.html` (from an HTML parser) both
//! build the small [`Markup`] tree below and hand it to [`extract`], so a site owner's check
//! and the widget agree. Recognised, in document order and mixed as they come:
//!
//! - `<details>` with a `<summary>`: the summary is the question, the rest the answer;
//! - Yoast SEO's FAQ block: each `.schema-faq-section`, its `.schema-faq-question` the
//!   question and its `.schema-faq-answer` the answer;
//! - a `<dl>`: each `<dt>` is a question, the `<dd>`s after it the answer;
//! - headings: each heading of the deepest level that has text after it is a question, and
//!   what follows up to the next heading its answer.
//!
//! A heading before the first question is the FAQ's title. Answers keep paragraphs, lists
//! (entries of nested lists join their parent's), strong and emphasised text, and links with a
//! safe URL ([`is_safe_url`]); everything else is its text, with white space collapsed.
//! Scripts, styles, frames, images, forms and the like count as nothing. Nothing is ever kept
//! as markup: the result is the content model's plain data, checked afterwards by the same
//! rules as any content set (`validate`).
//!
//! Ids: the `id` of the `<details>`, heading, `<dt>` or Yoast section when it is a slug (made
//! into one when it is not), else a slug of the question, else `question-N`; a repeated id
//! gets `-2`, `-3`, ... The whole walk is linear in the size of the markup, and the size and
//! depth are checked ([`Budget`]) before any of it.

use super::limits::{url_length, MAX_MARKUP_DEPTH, MAX_MARKUP_NODES, MAX_QUESTIONS, MAX_SET_BYTES};
use super::model::{AnswerBlock, AnswerList, ContentSet, Faq, FaqItem};
use super::rich_text::{Inline, RichText};
use super::slug::slug;
use super::validate::{is_safe_url, is_slug, MAX_ID_CHARS};
#[cfg(test)]
use super::work;
use std::fmt;
use std::rc::Rc;

/// A node of FAQ markup: an element or a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Markup {
    /// An element.
    Element(Element),
    /// A text, as the page has it (white space is collapsed later).
    Text(String),
}

/// An element of FAQ markup, with only what the extraction reads.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Element {
    /// The tag name, in lowercase ASCII (`details`, `h3`).
    pub tag: String,
    /// The `id` attribute.
    pub id: Option<String>,
    /// The `class` attribute (Yoast's FAQ block is known by its classes).
    pub class: Option<String>,
    /// The `href` attribute (of links).
    pub href: Option<String>,
    /// The children, in order.
    pub children: Vec<Markup>,
}

/// The FAQ found in markup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkupFaq {
    /// The text of the heading before the first question, if any.
    pub title: Option<String>,
    /// The questions, in document order.
    pub items: Vec<FaqItem>,
}

/// Why markup gave no FAQ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkupError {
    /// Nothing in it has the shape of an FAQ (the widget then shows its default set).
    NoFaq,
    /// More than [`MAX_MARKUP_NODES`] nodes.
    TooManyNodes,
    /// Elements nested deeper than [`MAX_MARKUP_DEPTH`].
    TooDeep,
    /// More than [`MAX_SET_BYTES`] of text.
    TooMuchText,
    /// More questions than a content set may have ([`MAX_QUESTIONS`]), counted before their
    /// ids are made.
    TooManyQuestions(usize),
}

impl fmt::Display for MarkupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MarkupError::NoFaq => f.write_str(
                "no FAQ in the markup: expected <details> with a <summary>, headings followed by paragraphs, a <dl> of <dt> and <dd>, or a Yoast FAQ block",
            ),
            MarkupError::TooManyNodes => write!(
                f,
                "the markup has more than {MAX_MARKUP_NODES} elements and texts, over the limit"
            ),
            MarkupError::TooDeep => write!(
                f,
                "the markup nests elements deeper than {MAX_MARKUP_DEPTH}, over the limit"
            ),
            MarkupError::TooMuchText => write!(
                f,
                "the markup has more than {MAX_SET_BYTES} bytes of text, over the limit"
            ),
            MarkupError::TooManyQuestions(count) => write!(
                f,
                "the markup has {count} questions, over the limit of {MAX_QUESTIONS}"
            ),
        }
    }
}

/// Counts what a builder of [`Markup`] reads, so it stops at the limits before it copies more.
#[derive(Debug, Default)]
pub struct Budget {
    nodes: usize,
    text: usize,
}

impl Budget {
    /// One more node, at `depth` (the widget's children are at depth 1).
    pub fn node(&mut self, depth: usize) -> Result<(), MarkupError> {
        self.nodes += 1;
        if self.nodes > MAX_MARKUP_NODES {
            Err(MarkupError::TooManyNodes)
        } else if depth > MAX_MARKUP_DEPTH {
            Err(MarkupError::TooDeep)
        } else {
            Ok(())
        }
    }

    /// One more text of `length` bytes (or UTF-16 code units, which are never more).
    pub fn text(&mut self, length: usize) -> Result<(), MarkupError> {
        self.text += length;
        if self.text > MAX_SET_BYTES {
            Err(MarkupError::TooMuchText)
        } else {
            Ok(())
        }
    }
}

/// Whether an element and everything in it count as nothing: script, style, embedded and
/// replaced content, form controls, and what the page never shows. Builders skip them without
/// reading them.
pub fn is_ignored(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "template"
            | "noscript"
            | "iframe"
            | "frame"
            | "frameset"
            | "object"
            | "embed"
            | "img"
            | "picture"
            | "source"
            | "track"
            | "video"
            | "audio"
            | "canvas"
            | "svg"
            | "math"
            | "map"
            | "area"
            | "button"
            | "input"
            | "select"
            | "option"
            | "textarea"
            | "dialog"
            | "link"
            | "meta"
            | "base"
            | "head"
            | "title"
            | "slot"
    )
}

/// The FAQ in `nodes` (a widget's children), or why there is none. Checks the size and depth
/// first (a tree built by hand may not have been counted).
pub fn extract(nodes: &[Markup]) -> Result<MarkupFaq, MarkupError> {
    check_size(nodes)?;
    let mut pieces = Vec::new();
    scan(nodes, &mut pieces);
    group(&pieces)
}

/// A content set holding `faq`, in language `lang` (`und`, undetermined, when empty), titled
/// by its heading or else `default_title`.
pub fn content_set(faq: MarkupFaq, lang: &str, default_title: &str) -> ContentSet {
    let title = faq.title.unwrap_or_else(|| default_title.to_string());
    let lang = lang.trim();
    ContentSet {
        lang: if lang.is_empty() { "und" } else { lang }.to_string(),
        title: title.clone(),
        faq: Some(Faq {
            title,
            items: faq.items.into_iter().map(Rc::new).collect(),
        }),
        ..ContentSet::default()
    }
}

fn check_size(nodes: &[Markup]) -> Result<(), MarkupError> {
    let mut budget = Budget::default();
    let mut stack: Vec<(&Markup, usize)> = nodes.iter().map(|n| (n, 1)).collect();
    while let Some((node, depth)) = stack.pop() {
        budget.node(depth)?;
        match node {
            Markup::Text(text) => budget.text(text.len())?,
            Markup::Element(element) => {
                stack.extend(element.children.iter().map(|n| (n, depth + 1)));
            }
        }
    }
    Ok(())
}

/// The page's FAQ in document order: headings, questions found whole, and everything else.
enum Piece<'a> {
    Heading { level: u8, element: &'a Element },
    Item(Found<'a>),
    Content(&'a Markup),
}

/// A question found whole, with its answer's nodes.
struct Found<'a> {
    id: Option<&'a str>,
    question: Vec<&'a Markup>,
    answer: Vec<&'a Markup>,
}

fn heading_level(tag: &str) -> Option<u8> {
    match tag.as_bytes() {
        [b'h', level @ b'1'..=b'6'] => Some(level - b'0'),
        _ => None,
    }
}

fn has_class(element: &Element, name: &str) -> bool {
    element
        .class
        .as_deref()
        .is_some_and(|class| class.split_ascii_whitespace().any(|c| c == name))
}

/// Elements that only group others: the scan looks inside them.
fn is_container(tag: &str) -> bool {
    matches!(
        tag,
        "div" | "section" | "article" | "main" | "aside" | "header" | "footer" | "nav" | "hgroup"
    )
}

fn scan<'a>(nodes: &'a [Markup], out: &mut Vec<Piece<'a>>) {
    for node in nodes {
        #[cfg(test)]
        work::step();
        let element = match node {
            Markup::Text(text) if text.trim_ascii().is_empty() => continue,
            Markup::Text(_) => {
                out.push(Piece::Content(node));
                continue;
            }
            Markup::Element(element) => element,
        };
        let tag = element.tag.as_str();
        if is_ignored(tag) {
            continue;
        }
        if let Some(level) = heading_level(tag) {
            out.push(Piece::Heading { level, element });
        } else if tag == "details" {
            let (summary, rest): (Vec<&Markup>, Vec<&Markup>) = element
                .children
                .iter()
                .partition(|n| matches!(n, Markup::Element(e) if e.tag == "summary"));
            out.push(Piece::Item(Found {
                id: element.id.as_deref(),
                question: summary.into_iter().take(1).collect(),
                answer: rest,
            }));
        } else if has_class(element, "schema-faq-section") {
            let of_class = |name| {
                element
                    .children
                    .iter()
                    .filter(move |n| matches!(n, Markup::Element(e) if has_class(e, name)))
            };
            out.push(Piece::Item(Found {
                id: element.id.as_deref(),
                question: of_class("schema-faq-question").take(1).collect(),
                answer: of_class("schema-faq-answer").collect(),
            }));
        } else if tag == "dl" {
            definitions(element, out);
        } else if is_container(tag) {
            scan(&element.children, out);
        } else {
            out.push(Piece::Content(node));
        }
    }
}

/// A `<dl>`'s terms and descriptions (also inside the `<div>`s HTML allows around them).
fn definitions<'a>(list: &'a Element, out: &mut Vec<Piece<'a>>) {
    let mut children: Vec<&Markup> = Vec::new();
    for node in &list.children {
        match node {
            Markup::Element(e) if e.tag == "div" => children.extend(&e.children),
            node => children.push(node),
        }
    }
    let mut current: Option<Found> = None;
    for node in children {
        #[cfg(test)]
        work::step();
        let Markup::Element(element) = node else {
            continue;
        };
        match (element.tag.as_str(), &mut current) {
            ("dt", _) => {
                out.extend(current.take().map(Piece::Item));
                current = Some(Found {
                    id: element.id.as_deref(),
                    question: vec![node],
                    answer: Vec::new(),
                });
            }
            ("dd", Some(found)) => found.answer.push(node),
            _ => {}
        }
    }
    out.extend(current.map(Piece::Item));
}

/// The pieces as questions: headings of the question level with what follows them, the items
/// found whole, and the title.
fn group(pieces: &[Piece]) -> Result<MarkupFaq, MarkupError> {
    let answered = |i: usize| matches!(pieces.get(i + 1), Some(Piece::Content(_)));
    let question_level = pieces
        .iter()
        .enumerate()
        .filter_map(|(i, piece)| match piece {
            Piece::Heading { level, .. } if answered(i) => Some(*level),
            _ => None,
        })
        .max();
    let mut title = None;
    let mut found: Vec<Found> = Vec::new();
    let mut open: Option<Found> = None;
    for (i, piece) in pieces.iter().enumerate() {
        match piece {
            Piece::Heading { level, element } => {
                found.extend(open.take());
                let is_question =
                    Some(*level) == question_level && (answered(i) || !found.is_empty());
                if is_question {
                    open = Some(Found {
                        id: element.id.as_deref(),
                        question: element.children.iter().collect(),
                        answer: Vec::new(),
                    });
                } else if found.is_empty() {
                    title = Some(plain(element.children.iter()));
                }
            }
            Piece::Item(item) => {
                found.extend(open.take());
                found.push(Found {
                    id: item.id,
                    question: item.question.clone(),
                    answer: item.answer.clone(),
                });
            }
            Piece::Content(node) => {
                if let Some(open) = &mut open {
                    open.answer.push(node);
                }
            }
        }
    }
    found.extend(open);
    if found.is_empty() {
        return Err(MarkupError::NoFaq);
    }
    // Ids are kept in a sorted list, whose inserts move what follows: bounded by the limit.
    if found.len() > MAX_QUESTIONS {
        return Err(MarkupError::TooManyQuestions(found.len()));
    }
    let mut ids = Ids::default();
    let items = found
        .into_iter()
        .enumerate()
        .map(|(i, found)| {
            let question = plain(found.question.iter().copied());
            FaqItem {
                id: ids.make(found.id, &question, i + 1),
                answer: answer(&found.answer),
                question,
            }
        })
        .collect();
    Ok(MarkupFaq {
        title: title.filter(|t| !t.is_empty()),
        items,
    })
}

/// The ids given so far, sorted, each with the next suffix to try after it (a sorted list,
/// as `validate`'s: a map would add its code to the wasm).
#[derive(Default)]
struct Ids(Vec<(String, usize)>);

impl Ids {
    fn make(&mut self, given: Option<&str>, question: &str, n: usize) -> String {
        let given = given.map(str::trim).filter(|id| !id.is_empty());
        let base = match given {
            Some(id) if is_slug(id) => id.to_string(),
            Some(id) => slug(id),
            None => String::new(),
        };
        let base = if base.is_empty() {
            slug(question)
        } else {
            base
        };
        let base = if base.is_empty() {
            format!("question-{n}")
        } else {
            base
        };
        let find = |ids: &[(String, usize)], id: &str| {
            ids.binary_search_by(|(seen, _)| seen.as_str().cmp(id))
        };
        let at = match find(&self.0, &base) {
            Ok(at) => at,
            Err(free) => {
                self.0.insert(free, (base.clone(), 1));
                return base;
            }
        };
        // Taken: the next free suffix, counting on from the last one given for this base.
        let mut next = self.0[at].1;
        loop {
            next += 1;
            let suffix = format!("-{next}");
            let kept = base[..base.len().min(MAX_ID_CHARS - suffix.len())].trim_end_matches('-');
            let candidate = format!("{kept}{suffix}");
            if let Err(free) = find(&self.0, &candidate) {
                self.0[at].1 = next;
                self.0.insert(free, (candidate.clone(), 1));
                return candidate;
            }
        }
    }
}

/// The text of `nodes`, white space collapsed, without formatting.
fn plain<'a>(nodes: impl Iterator<Item = &'a Markup>) -> String {
    let mut text = Inlines::default();
    for node in nodes {
        text.node(node, Kind::Text);
    }
    text.finish().map(|t| t.plain_text()).unwrap_or_default()
}

/// An answer's nodes as paragraphs and lists.
fn answer(nodes: &[&Markup]) -> Vec<AnswerBlock> {
    let mut blocks = Blocks::default();
    for node in nodes {
        blocks.node(node);
    }
    blocks.end_paragraph();
    blocks.blocks
}

/// Elements that end the paragraph before them and start a new one after.
fn is_block(tag: &str) -> bool {
    is_container(tag)
        || heading_level(tag).is_some()
        || matches!(
            tag,
            "p" | "blockquote"
                | "pre"
                | "figure"
                | "figcaption"
                | "address"
                | "details"
                | "summary"
                | "dl"
                | "dt"
                | "dd"
                | "table"
                | "caption"
                | "thead"
                | "tbody"
                | "tfoot"
                | "tr"
                | "td"
                | "th"
                | "form"
                | "fieldset"
                | "legend"
                | "hr"
                | "li"
                | "center"
        )
}

/// Builds an answer's blocks.
#[derive(Default)]
struct Blocks {
    blocks: Vec<AnswerBlock>,
    paragraph: Inlines,
}

impl Blocks {
    fn node(&mut self, node: &Markup) {
        #[cfg(test)]
        work::step();
        let Markup::Element(element) = node else {
            self.paragraph.node(node, Kind::Text);
            return;
        };
        let tag = element.tag.as_str();
        if is_ignored(tag) {
            return;
        }
        if matches!(tag, "ul" | "ol") {
            self.end_paragraph();
            let mut entries = Vec::new();
            list_entries(element, &mut entries);
            if !entries.is_empty() {
                self.blocks.push(AnswerBlock::List(AnswerList {
                    list: entries,
                    ordered: tag == "ol",
                }));
            }
        } else if is_block(tag) {
            self.end_paragraph();
            for child in &element.children {
                self.node(child);
            }
            self.end_paragraph();
        } else {
            self.paragraph.node(node, Kind::Text);
        }
    }

    fn end_paragraph(&mut self) {
        if let Some(text) = std::mem::take(&mut self.paragraph).finish() {
            self.blocks.push(AnswerBlock::Paragraph(text));
        }
    }
}

/// The entries of a list, each `<li>` one; a list nested in an entry adds its entries after it.
fn list_entries(list: &Element, out: &mut Vec<RichText>) {
    for node in &list.children {
        let Markup::Element(entry) = node else {
            continue;
        };
        if entry.tag != "li" {
            continue;
        }
        let mut text = Inlines::default();
        let mut nested = Vec::new();
        for child in &entry.children {
            match child {
                Markup::Element(e) if matches!(e.tag.as_str(), "ul" | "ol") => {
                    list_entries(e, &mut nested)
                }
                child => text.node(child, Kind::Text),
            }
        }
        out.extend(text.finish());
        out.append(&mut nested);
    }
}

/// How a run of text shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind<'a> {
    Text,
    Emphasis,
    Strong,
    Link(&'a str),
}

/// Builds one rich text, collapsing white space: a space between words only, and never at
/// the edge of strong, emphasised or linked text (where the Markdown subset could not write it).
#[derive(Default)]
struct Inlines {
    inlines: Vec<Inline>,
    space: bool,
}

impl Inlines {
    fn node(&mut self, node: &Markup, kind: Kind) {
        let element = match node {
            Markup::Text(text) => return self.text(text, kind),
            Markup::Element(element) => element,
        };
        #[cfg(test)]
        work::step();
        let tag = element.tag.as_str();
        if is_ignored(tag) {
            return;
        }
        let inner = match (tag, kind) {
            (_, Kind::Link(_)) => kind,
            ("a", _) => match element.href.as_deref().map(str::trim) {
                Some(href) if is_safe_url(href) && url_length(href).is_none() => Kind::Link(href),
                _ => kind,
            },
            ("strong" | "b", _) => Kind::Strong,
            ("em" | "i", Kind::Text) => Kind::Emphasis,
            _ => kind,
        };
        let spaced = tag == "br" || is_block(tag) || matches!(tag, "ul" | "ol");
        self.space |= spaced;
        for child in &element.children {
            self.node(child, inner);
        }
        self.space |= spaced;
    }

    fn text(&mut self, text: &str, kind: Kind) {
        for (i, word) in text.split(is_html_space).enumerate() {
            #[cfg(test)]
            work::step();
            self.space |= i > 0;
            if !word.is_empty() {
                self.word(word, kind);
            }
        }
    }

    fn word(&mut self, word: &str, kind: Kind) {
        if std::mem::take(&mut self.space) && !self.inlines.is_empty() {
            let space_kind = if self.last_is(kind) { kind } else { Kind::Text };
            self.append(" ", space_kind);
        }
        self.append(word, kind);
    }

    fn last_is(&self, kind: Kind) -> bool {
        match (self.inlines.last(), kind) {
            (Some(Inline::Text(_)), Kind::Text)
            | (Some(Inline::Emphasis(_)), Kind::Emphasis)
            | (Some(Inline::Strong(_)), Kind::Strong) => true,
            (Some(Inline::Link { href, .. }), Kind::Link(to)) => href == to,
            _ => false,
        }
    }

    fn append(&mut self, text: &str, kind: Kind) {
        if self.last_is(kind) {
            if let Some(
                Inline::Text(last)
                | Inline::Emphasis(last)
                | Inline::Strong(last)
                | Inline::Link { text: last, .. },
            ) = self.inlines.last_mut()
            {
                last.push_str(text);
            }
            return;
        }
        let text = text.to_string();
        self.inlines.push(match kind {
            Kind::Text => Inline::Text(text),
            Kind::Emphasis => Inline::Emphasis(text),
            Kind::Strong => Inline::Strong(text),
            Kind::Link(href) => Inline::Link {
                text,
                href: href.to_string(),
            },
        });
    }

    fn finish(self) -> Option<RichText> {
        (!self.inlines.is_empty()).then_some(RichText {
            inlines: self.inlines,
        })
    }
}

/// HTML's white space (not Unicode's: a no-break space stays).
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\u{c}' | '\r')
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn element(tag: &str, id: Option<&str>, children: Vec<Markup>) -> Markup {
        Markup::Element(Element {
            tag: tag.into(),
            id: id.map(Into::into),
            children,
            ..Element::default()
        })
    }

    fn text(t: &str) -> Markup {
        Markup::Text(t.into())
    }

    /// Worst cases of `n` questions each: repeated ids, headings, lists, formatting.
    fn worst_cases(n: usize) -> Vec<(&'static str, Vec<Markup>)> {
        let same = |i: usize| {
            element(
                "details",
                Some(if i.is_multiple_of(2) { "q" } else { "q-2" }),
                vec![element("summary", None, vec![text("Q")]), text("a b")],
            )
        };
        let heading = |_| {
            vec![
                element("h3", None, vec![text("Same question")]),
                element(
                    "p",
                    None,
                    vec![element("strong", None, vec![text(" a ")]), text(" b ")],
                ),
            ]
        };
        let list = |_| {
            element(
                "dl",
                None,
                vec![
                    element("dt", None, vec![text("Q")]),
                    element(
                        "dd",
                        None,
                        vec![element(
                            "ul",
                            None,
                            vec![element("li", None, vec![text("x")])],
                        )],
                    ),
                ],
            )
        };
        vec![
            ("repeated ids", (0..n).map(same).collect()),
            ("headings", (0..n).flat_map(heading).collect()),
            ("lists", (0..n).map(list).collect()),
        ]
    }

    #[test]
    fn extraction_is_linear_in_the_nodes() {
        let work_for = |n: usize, case: usize| {
            let (name, nodes) = worst_cases(n).swap_remove(case);
            let (found, work) = work::measure(|| extract(&nodes));
            assert!(found.is_ok(), "{name}: {found:?}");
            (name, work.steps + work.unicode_calls)
        };
        for case in 0..3 {
            let (name, small) = work_for(200, case);
            let (_, large) = work_for(2000, case);
            assert!(small > 0, "{name}");
            assert!(
                large < 12 * small,
                "{name}: 10x the questions, {small} then {large} steps"
            );
        }
    }

    #[test]
    fn one_long_text_is_linear() {
        work::assert_linear(
            "long answer",
            4,
            |bytes| "a <b>".repeat(bytes / 5),
            |source| {
                let answer = element("p", None, vec![text(source)]);
                let nodes = vec![element(
                    "details",
                    None,
                    vec![element("summary", None, vec![text("Q")]), answer],
                )];
                let (found, work) = work::measure(|| extract(&nodes));
                assert!(found.is_ok());
                work.steps + work.unicode_calls
            },
        );
    }
}
