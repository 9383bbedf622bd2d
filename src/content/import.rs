//! Importing an article written in Markdown as a content set (`reframe import`).
//!
//! The article is read with `pulldown-cmark` (heading attributes and tables on) and mapped to
//! the content model:
//!
//! - `# Title` is the title; a first paragraph `**Quick Answer:** …` (or `Quick Answer: …`)
//!   before the first `##` is the summary.
//! - `## FAQ` (or `Frequently Asked Questions`): each `### Question {#id}` with the paragraphs
//!   and bullet lists after it is a question and its answer; without `{#id}` the id is a slug
//!   of the question.
//! - The first `##` section with `Instead of: …` / `Try: …` lines (one paragraph, or two
//!   paragraphs in a row) is the phrases part: paragraphs before the first pair are the intro,
//!   after the last the outro.
//! - `## Related guides` (or any `## Related …`) holding only lists: the related links.
//! - Any other `## Section {#id}` is a section: paragraphs, bullet lists (`- **Term:** text`
//!   items carry a term) and `###` sub-sections with the paragraphs after them. A horizontal
//!   rule (`---`) ends a sub-section, so the paragraphs after it belong to the section again.
//!
//! Paragraphs, answers and list items keep emphasis, strong text and safe links as rich text;
//! inline code becomes plain text. Anything else is left out and reported, one line each, in
//! [`Import::unplaced`].

use super::model::{
    AnswerBlock, AnswerList, Block, ContentSet, Faq, FaqItem, ListItem, PhrasePair, Phrases,
    Related, RelatedLink, Section, Subsection, Summary,
};
use super::rich_text::{Inline, RichText};
use super::slug::slug;
use super::validate::is_safe_url;
use pulldown_cmark::{Event, OffsetIter, Options, Parser, Tag, TagEnd};
use std::iter::Peekable;
use std::rc::Rc;

/// The result of an import: the content set and what could not be placed in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    /// The content set. It may still break content rules (say, a question without an answer):
    /// check it with [`validate`](super::validate::validate).
    pub set: ContentSet,
    /// What was left out, in article order, e.g.
    /// `line 12: code block in "How to Talk to Your Partner…" not placed`.
    pub unplaced: Vec<String>,
}

/// Converts a Markdown article into a content set, reporting what could not be placed.
/// Never fails: anything it cannot map is reported in [`Import::unplaced`].
pub fn import_markdown(source: &str) -> Import {
    let nodes = Reader::new(source).blocks();
    let mut builder = Builder {
        set: ContentSet {
            schema: Some("./schema.json".into()),
            lang: "en".into(),
            ..ContentSet::default()
        },
        notes: Vec::new(),
    };
    let first = nodes
        .iter()
        .position(is_section_heading)
        .unwrap_or(nodes.len());
    builder.front(&nodes[..first]);
    let mut rest = &nodes[first..];
    while let Some((heading, after)) = rest.split_first() {
        let end = after
            .iter()
            .position(is_section_heading)
            .unwrap_or(after.len());
        builder.section(heading, &after[..end]);
        rest = &after[end..];
    }
    builder.finish()
}

const LABEL: &str = "Quick Answer";
const INSTEAD: &str = "Instead of: ";
const TRY: &str = "Try: ";
const NOT_PLACED: &str = "not placed";

/// One block of the article and the line it starts on.
struct Node {
    line: usize,
    kind: Kind,
}

/// What a [`Node`] is.
enum Kind {
    Heading {
        level: usize,
        id: Option<String>,
        text: String,
    },
    Paragraph(Text),
    List(Vec<Text>),
    Rule,
    /// Something the model has no place for (`code block`, `image "x.png"`) and what became of it.
    Unsupported {
        what: String,
        outcome: &'static str,
    },
}

/// Inline content: the rich text, and the plain text of each of its lines.
#[derive(Default)]
struct Text {
    rich: RichText,
    lines: Vec<String>,
}

fn is_section_heading(node: &Node) -> bool {
    matches!(node.kind, Kind::Heading { level: 2, .. })
}

/// Reads Markdown events into a flat list of [`Node`]s.
struct Reader<'a> {
    events: Peekable<OffsetIter<'a>>,
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
    nodes: Vec<Node>,
}

impl<'a> Reader<'a> {
    fn new(source: &'a str) -> Self {
        let options = Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_TABLES;
        let line_starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Reader {
            events: Parser::new_ext(source, options)
                .into_offset_iter()
                .peekable(),
            line_starts,
            nodes: Vec::new(),
        }
    }

    /// The 1-based line holding the byte at `offset`.
    fn line(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset)
    }

    fn note(&mut self, line: usize, what: String, outcome: &'static str) {
        let kind = Kind::Unsupported { what, outcome };
        self.nodes.push(Node { line, kind });
    }

    fn blocks(mut self) -> Vec<Node> {
        while let Some((event, range)) = self.events.next() {
            let line = self.line(range.start);
            // Notes on the block's inline content follow the block, in its section.
            let notes_from = self.nodes.len();
            let kind = match event {
                Event::Start(Tag::Heading { level, id, .. }) => Kind::Heading {
                    level: level as usize,
                    id: id.map(|id| id.to_string()),
                    text: self.inlines_then_end().rich.plain_text(),
                },
                Event::Start(Tag::Paragraph) => Kind::Paragraph(self.inlines_then_end()),
                Event::Start(Tag::List(None)) => Kind::List(self.items()),
                Event::Start(tag) => {
                    self.skip();
                    self.note(line, describe(&tag).into(), NOT_PLACED);
                    continue;
                }
                Event::Rule => Kind::Rule,
                _ => continue, // no text outside blocks
            };
            let empty = match &kind {
                Kind::Paragraph(text) => is_blank(&text.rich),
                Kind::List(items) => items.is_empty(),
                _ => false,
            };
            if !empty {
                self.nodes.insert(notes_from, Node { line, kind });
            }
        }
        self.nodes
    }

    /// Skips the rest of the block just started, including its end.
    fn skip(&mut self) {
        let mut depth = 1;
        while depth > 0 {
            match self.events.next() {
                Some((Event::Start(_), _)) => depth += 1,
                Some((Event::End(_), _)) => depth -= 1,
                Some(_) => {}
                None => break,
            }
        }
    }

    /// Reads the inline content of the block just started, and skips to its end.
    fn inlines_then_end(&mut self) -> Text {
        let text = self.inlines();
        self.skip();
        text
    }

    /// Reads inline content up to the end of its block or the start of a nested block.
    fn inlines(&mut self) -> Text {
        let mut text = TextBuilder {
            lines: vec![String::new()],
            ..TextBuilder::default()
        };
        let mut depth = 0;
        loop {
            let stop = match self.events.peek() {
                None | Some((Event::End(_), _)) if depth == 0 => true,
                Some((Event::Start(tag), _)) => !is_inline(tag),
                _ => false,
            };
            if stop {
                break;
            }
            let Some((event, range)) = self.events.next() else {
                break;
            };
            let line = self.line(range.start);
            match event {
                Event::Start(tag) => {
                    depth += 1;
                    match tag {
                        Tag::Strong => text.strong += 1,
                        Tag::Emphasis => text.emphasis += 1,
                        Tag::Link { dest_url, .. } if is_safe_url(&dest_url) => {
                            text.link = Some((dest_url.to_string(), String::new()));
                        }
                        Tag::Link { dest_url, .. } => self.note(
                            line,
                            format!("link to unsafe URL \"{}\"", short(&dest_url)),
                            "kept as plain text",
                        ),
                        Tag::Image { dest_url, .. } => {
                            text.image += 1;
                            self.note(line, format!("image \"{}\"", short(&dest_url)), NOT_PLACED);
                        }
                        _ => {}
                    }
                }
                Event::End(end) => {
                    depth -= 1;
                    match end {
                        TagEnd::Strong => text.strong = text.strong.saturating_sub(1),
                        TagEnd::Emphasis => text.emphasis = text.emphasis.saturating_sub(1),
                        TagEnd::Link => text.end_link(),
                        TagEnd::Image => text.image = text.image.saturating_sub(1),
                        _ => {}
                    }
                }
                Event::Text(s) | Event::Code(s) => text.text(&s),
                Event::SoftBreak | Event::HardBreak => text.line_break(),
                Event::InlineHtml(html) => {
                    self.note(
                        line,
                        format!("inline HTML \"{}\"", short(&html)),
                        NOT_PLACED,
                    );
                }
                _ => {} // not produced with these options
            }
        }
        text.finish()
    }

    /// Reads the items of the bullet list just started, including its end.
    fn items(&mut self) -> Vec<Text> {
        let mut items = Vec::new();
        while let Some((event, _)) = self.events.next() {
            match event {
                Event::Start(Tag::Item) => items.push(self.item()),
                Event::Start(_) => self.skip(),
                Event::End(_) => break,
                _ => {}
            }
        }
        items.retain(|item| !is_blank(&item.rich));
        items
    }

    /// Reads the list item just started, including its end: its first paragraph, or its text
    /// in a tight list. Anything more in it is noted.
    fn item(&mut self) -> Text {
        let mut text: Option<Text> = None;
        loop {
            // A nested block (and whether it is a paragraph), or inline content.
            let (block, offset) = match self.events.peek() {
                None => break,
                Some((Event::End(_), _)) => {
                    self.events.next();
                    break;
                }
                Some((Event::Start(tag), range)) if !is_inline(tag) => (
                    Some((matches!(tag, Tag::Paragraph), describe(tag))),
                    range.start,
                ),
                Some((_, range)) => (None, range.start),
            };
            let line = self.line(offset);
            let read = match block {
                Some((true, _)) if text.is_none() => {
                    self.events.next();
                    self.inlines_then_end()
                }
                Some((_, what)) => {
                    self.events.next();
                    self.skip();
                    self.note(line, format!("{what} inside a list item"), NOT_PLACED);
                    continue;
                }
                None => self.inlines(),
            };
            if text.is_none() {
                text = Some(read);
            } else if !is_blank(&read.rich) {
                self.note(line, "more text inside a list item".into(), NOT_PLACED);
            }
        }
        text.unwrap_or_default()
    }
}

fn is_inline(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

/// What a skipped block is, for a note.
fn describe(tag: &Tag) -> &'static str {
    match tag {
        Tag::Paragraph => "paragraph",
        Tag::Heading { .. } => "heading",
        Tag::BlockQuote(_) => "block quote",
        Tag::CodeBlock(_) => "code block",
        Tag::HtmlBlock => "HTML block",
        Tag::List(None) => "list",
        Tag::List(Some(_)) => "numbered list",
        Tag::Table(_) => "table",
        _ => "block",
    }
}

/// Builds rich text from inline events; nested formatting is flattened (strong wins).
#[derive(Default)]
struct TextBuilder {
    inlines: Vec<Inline>,
    lines: Vec<String>,
    strong: usize,
    emphasis: usize,
    image: usize,
    /// The open link: its target and text so far.
    link: Option<(String, String)>,
}

impl TextBuilder {
    fn text(&mut self, s: &str) {
        if self.image > 0 {
            return; // an image's alt text; the image is noted
        }
        if let Some(line) = self.lines.last_mut() {
            line.push_str(s);
        }
        self.styled(s);
    }

    fn line_break(&mut self) {
        if self.image == 0 {
            self.lines.push(String::new());
            self.styled(" ");
        }
    }

    fn styled(&mut self, s: &str) {
        if let Some((_, text)) = &mut self.link {
            text.push_str(s);
            return;
        }
        let inline = if self.strong > 0 {
            Inline::Strong(s.into())
        } else if self.emphasis > 0 {
            Inline::Emphasis(s.into())
        } else {
            Inline::Text(s.into())
        };
        push(&mut self.inlines, inline);
    }

    fn end_link(&mut self) {
        match self.link.take() {
            Some((href, text)) if !text.trim().is_empty() => {
                self.inlines.push(Inline::Link { text, href });
            }
            Some((_, text)) => self.styled(&text),
            None => {}
        }
    }

    fn finish(mut self) -> Text {
        self.end_link();
        Text {
            rich: rich(self.inlines),
            lines: self.lines.iter().map(|l| l.trim().to_string()).collect(),
        }
    }
}

/// Appends `inline`, merged into the last piece when they have the same style.
fn push(inlines: &mut Vec<Inline>, inline: Inline) {
    match (inlines.last_mut(), inline) {
        (Some(Inline::Text(last)), Inline::Text(s))
        | (Some(Inline::Strong(last)), Inline::Strong(s))
        | (Some(Inline::Emphasis(last)), Inline::Emphasis(s)) => last.push_str(&s),
        (_, inline) => inlines.push(inline),
    }
}

/// Rich text from pieces: spaces moved out of strong and emphasised pieces (the Markdown subset
/// cannot write `*a *`), trimmed, and as its Markdown-subset string reads back, so the JSON
/// output of an import reads back as the same content set.
fn rich(pieces: Vec<Inline>) -> RichText {
    let mut inlines = Vec::new();
    for piece in pieces {
        let (s, styled): (String, fn(String) -> Inline) = match piece {
            Inline::Strong(s) => (s, Inline::Strong),
            Inline::Emphasis(s) => (s, Inline::Emphasis),
            other => {
                push(&mut inlines, other);
                continue;
            }
        };
        let core = s.trim();
        let (before, after) = s.split_once(core).unwrap_or((&s, ""));
        push(&mut inlines, Inline::Text(before.into()));
        if !core.is_empty() {
            push(&mut inlines, styled(core.into()));
        }
        push(&mut inlines, Inline::Text(after.into()));
    }
    if let Some(Inline::Text(first)) = inlines.first_mut() {
        *first = first.trim_start().to_string();
    }
    if let Some(Inline::Text(last)) = inlines.last_mut() {
        *last = last.trim_end().to_string();
    }
    inlines.retain(|inline| !matches!(inline, Inline::Text(t) if t.is_empty()));
    let text = RichText { inlines };
    RichText::parse(&text.to_markdown()).unwrap_or(text)
}

fn is_blank(text: &RichText) -> bool {
    text.plain_text().trim().is_empty()
}

/// Splits `**Term:** text` or `**Term**: text` into the term and the text.
fn lead_in(text: &RichText) -> Option<(String, RichText)> {
    let (term, rest) = match text.inlines.as_slice() {
        [Inline::Strong(term), rest @ ..] if term.ends_with(':') => {
            (term.trim_end_matches(':'), rest.to_vec())
        }
        [Inline::Strong(term), Inline::Text(after), rest @ ..] if after.starts_with(':') => {
            let after = Inline::Text(after.trim_start_matches(':').into());
            (term.as_str(), [vec![after], rest.to_vec()].concat())
        }
        _ => return None,
    };
    let (term, rest) = (term.trim(), rich(rest));
    (!term.is_empty() && !is_blank(&rest)).then(|| (term.to_string(), rest))
}

/// The summary text of a paragraph led by `**Quick Answer:**` or `Quick Answer:`.
fn quick_answer(text: &RichText) -> Option<RichText> {
    if let Some((term, rest)) = lead_in(text) {
        return (term == LABEL).then_some(rest);
    }
    match text.inlines.as_slice() {
        [Inline::Text(first), rest @ ..] => {
            let after = first.strip_prefix(LABEL)?.strip_prefix(':')?;
            Some(rich(
                [vec![Inline::Text(after.into())], rest.to_vec()].concat(),
            ))
        }
        _ => None,
    }
}

/// Phrase pairs from alternating `Instead of: …` and `Try: …` lines.
fn pairs(lines: &[String]) -> Option<Vec<PhrasePair>> {
    lines
        .chunks(2)
        .map(|pair| match pair {
            [instead, try_] => Some(PhrasePair {
                instead: instead.strip_prefix(INSTEAD)?.into(),
                try_: try_.strip_prefix(TRY)?.into(),
            }),
            _ => None,
        })
        .collect()
}

fn paragraph_lines(node: &Node) -> Option<&[String]> {
    match &node.kind {
        Kind::Paragraph(text) => Some(&text.lines),
        _ => None,
    }
}

fn first_line_starts(node: &Node, prefix: &str) -> bool {
    paragraph_lines(node)
        .and_then(|lines| lines.first())
        .is_some_and(|line| line.starts_with(prefix))
}

/// `id` if given, else a slug of `text`, else `fallback`.
fn id_for(id: &Option<String>, text: &str, fallback: impl FnOnce() -> String) -> String {
    match id {
        Some(id) => id.clone(),
        None => Some(slug(text))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(fallback),
    }
}

/// A text shortened for a note.
fn short(text: &str) -> String {
    const MAX: usize = 30;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX - 1).collect();
    format!("{}…", cut.trim_end())
}

/// Maps nodes to the content set.
struct Builder {
    set: ContentSet,
    /// Notes and the line each is about.
    notes: Vec<(usize, String)>,
}

impl Builder {
    fn finish(mut self) -> Import {
        self.notes.sort_by_key(|(line, _)| *line);
        Import {
            set: self.set,
            unplaced: self.notes.into_iter().map(|(_, note)| note).collect(),
        }
    }

    fn note_at(&mut self, line: usize, what: &str, place: &str, outcome: &str) {
        self.notes
            .push((line, format!("line {line}: {what} {place} {outcome}")));
    }

    /// Notes a node that has no place.
    fn note(&mut self, node: &Node, place: &str) {
        let what = match &node.kind {
            Kind::Unsupported { what, outcome } => {
                return self.note_at(node.line, what, place, outcome);
            }
            Kind::Heading { level, text, .. } => {
                format!("{} heading \"{}\"", "#".repeat(*level), short(text))
            }
            Kind::Paragraph(_) => "paragraph".into(),
            Kind::List(_) => "list".into(),
            Kind::Rule => "horizontal rule".into(),
        };
        self.note_at(node.line, &what, place, NOT_PLACED);
    }

    /// What comes before the first `##`: the title and the quick answer.
    fn front(&mut self, nodes: &[Node]) {
        let place = "before the first section";
        for node in nodes {
            match &node.kind {
                Kind::Heading { level: 1, text, .. } if self.set.title.is_empty() => {
                    self.set.title = text.clone();
                }
                Kind::Paragraph(text) if self.set.summary.is_none() => {
                    match quick_answer(&text.rich) {
                        Some(text) => {
                            let label = LABEL.into();
                            self.set.summary = Some(Summary { label, text });
                        }
                        None => self.note(node, place),
                    }
                }
                _ => self.note(node, place),
            }
        }
    }

    /// A `##` heading and what follows it, up to the next one.
    fn section(&mut self, heading: &Node, body: &[Node]) {
        let Kind::Heading {
            id, text: title, ..
        } = &heading.kind
        else {
            return;
        };
        let place = format!("in \"{}\"", short(title));
        let mut content = Vec::new();
        for node in body {
            match node.kind {
                Kind::Unsupported { .. } => self.note(node, &place),
                _ => content.push(node),
            }
        }
        let has_pairs = content.iter().any(|n| first_line_starts(n, INSTEAD));
        let only_lists = content.iter().all(|n| matches!(n.kind, Kind::List(_)));
        if is_faq_title(title) {
            self.faq(title, &content, &place);
        } else if has_pairs && self.set.phrases.is_none() {
            self.phrases(title, &content, &place);
        } else if is_related_title(title) && !content.is_empty() && only_lists {
            self.related(title, &content);
        } else {
            if has_pairs {
                let what = "second “Instead of” / “Try” section";
                self.note_at(heading.line, what, &place, "kept as a plain section");
            }
            let n = self.set.sections.len() + 1;
            let id = id_for(id, title, || format!("section-{n}"));
            self.plain_section(id, title, &content, &place);
        }
    }

    fn faq(&mut self, title: &str, content: &[&Node], place: &str) {
        let mut items: Vec<FaqItem> = Vec::new();
        let count = self.set.faq.as_ref().map_or(0, |faq| faq.items.len());
        for node in content {
            match (&node.kind, items.last_mut()) {
                (Kind::Heading { level: 3, id, text }, _) => {
                    let n = count + items.len() + 1;
                    items.push(FaqItem {
                        id: id_for(id, text, || format!("question-{n}")),
                        question: text.clone(),
                        answer: Vec::new(),
                    });
                }
                (Kind::Paragraph(text), Some(item)) => item.answer.push(text.rich.clone().into()),
                (Kind::List(entries), Some(item)) => {
                    item.answer.push(AnswerBlock::List(AnswerList {
                        list: entries.iter().map(|entry| entry.rich.clone()).collect(),
                        ordered: false,
                    }))
                }
                _ => self.note(node, place),
            }
        }
        let faq = self.set.faq.get_or_insert_with(|| Faq {
            title: title.into(),
            items: Vec::new(),
        });
        faq.items.extend(items.into_iter().map(Rc::new));
    }

    fn phrases(&mut self, title: &str, content: &[&Node], place: &str) {
        let mut phrases = Phrases {
            title: title.into(),
            intro: Vec::new(),
            pairs: Vec::new(),
            outro: Vec::new(),
        };
        // Paragraphs since the last pair, and their lines.
        let mut pending: Vec<(usize, &RichText)> = Vec::new();
        let mut rest = content.iter();
        while let Some(&node) = rest.next() {
            let Kind::Paragraph(text) = &node.kind else {
                self.note(node, place);
                continue;
            };
            if !first_line_starts(node, INSTEAD) {
                pending.push((node.line, &text.rich));
                continue;
            }
            let mut lines = text.lines.clone();
            // `Instead of: …` ends this paragraph and `Try: …` starts the next one.
            if let Some(next) = rest.as_slice().first() {
                if !lines.len().is_multiple_of(2) && first_line_starts(next, TRY) {
                    lines.extend_from_slice(paragraph_lines(next).unwrap_or_default());
                    rest.next();
                }
            }
            let Some(pairs) = pairs(&lines) else {
                let what = "“Instead of” without a matching “Try”";
                self.note_at(node.line, what, place, NOT_PLACED);
                continue;
            };
            for (line, paragraph) in pending.drain(..) {
                if phrases.pairs.is_empty() {
                    phrases.intro.push(paragraph.clone());
                } else {
                    let place = format!("between phrase pairs {place}");
                    self.note_at(line, "paragraph", &place, NOT_PLACED);
                }
            }
            phrases.pairs.extend(pairs);
        }
        let after = pending.into_iter().map(|(_, paragraph)| paragraph.clone());
        if phrases.pairs.is_empty() {
            phrases.intro.extend(after);
        } else {
            phrases.outro.extend(after);
        }
        self.set.phrases = Some(phrases);
    }

    fn related(&mut self, title: &str, content: &[&Node]) {
        let items = content.iter().flat_map(|node| match &node.kind {
            Kind::List(items) => items.as_slice(),
            _ => &[],
        });
        let links: Vec<RelatedLink> = items
            .map(|item| RelatedLink {
                title: item.rich.plain_text(),
                url: item.rich.hrefs().next().map(String::from),
            })
            .collect();
        let related = self.set.related.get_or_insert_with(|| Related {
            title: title.into(),
            links: Vec::new(),
        });
        related.links.extend(links);
    }

    fn plain_section(&mut self, id: String, title: &str, content: &[&Node], place: &str) {
        let mut blocks: Vec<Block> = Vec::new();
        let mut in_subsection = false;
        for node in content {
            match &node.kind {
                Kind::Heading { level: 3, text, .. } => {
                    blocks.push(Block::Subsection(Subsection {
                        title: text.clone(),
                        paragraphs: Vec::new(),
                    }));
                    in_subsection = true;
                }
                Kind::Paragraph(text) => match blocks.last_mut() {
                    Some(Block::Subsection(sub)) if in_subsection => {
                        sub.paragraphs.push(text.rich.clone());
                    }
                    _ => blocks.push(Block::Paragraph(text.rich.clone())),
                },
                Kind::List(items) => {
                    in_subsection = false;
                    blocks.push(Block::List(items.iter().map(list_item).collect()));
                }
                Kind::Rule if in_subsection => in_subsection = false,
                _ => self.note(node, place),
            }
        }
        let title = title.into();
        self.set.sections.push(Section {
            id,
            title,
            blocks,
            checklist: false,
            action: None,
        });
    }
}

fn list_item(item: &Text) -> ListItem {
    match lead_in(&item.rich) {
        Some((term, text)) => ListItem {
            term: Some(term),
            text,
        },
        None => ListItem {
            term: None,
            text: item.rich.clone(),
        },
    }
}

fn is_faq_title(title: &str) -> bool {
    let title = title.trim();
    ["FAQ", "FAQs", "Frequently Asked Questions"]
        .iter()
        .any(|name| title.eq_ignore_ascii_case(name))
}

fn is_related_title(title: &str) -> bool {
    let title = title.trim().to_lowercase();
    title == "related" || title.starts_with("related ")
}
