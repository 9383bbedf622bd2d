//! Mentions of related guides become links: when `related.links` gives a guide a URL, each
//! mention of its title in the text (ignoring case and accents, whole words only) links to it. Editors give
//! the URL once; the article's "see how relationship conflict escalates over time" follows.

use super::model::{Block, ContentSet, RichText};
use super::rich_text::Inline;
use super::search::fold;
use super::unicode::is_alphanumeric;
use super::validate::is_safe_url;
use std::rc::Rc;

impl ContentSet {
    /// Links every plain-text mention of a related guide that has a safe URL. Text already in
    /// a link, emphasis or strong is left alone; applying this twice changes nothing more.
    pub fn link_related_mentions(&mut self) {
        let targets: Vec<(Vec<char>, String)> = self
            .related
            .iter()
            .flat_map(|related| &related.links)
            .filter_map(|link| {
                let url = link.url.as_ref().filter(|url| is_safe_url(url))?;
                let title = fold(link.title.trim());
                (!title.is_empty()).then(|| (title, url.clone()))
            })
            .collect();
        if targets.is_empty() {
            return;
        }
        let link = |text: &mut RichText| link_text(text, &targets);
        if let Some(summary) = &mut self.summary {
            link(&mut summary.text);
        }
        if let Some(faq) = &mut self.faq {
            faq.items
                .iter_mut()
                .flat_map(|i| &mut Rc::make_mut(i).answer)
                .for_each(link);
        }
        if let Some(phrases) = &mut self.phrases {
            phrases
                .intro
                .iter_mut()
                .chain(&mut phrases.outro)
                .for_each(link);
        }
        for block in self.sections.iter_mut().flat_map(|s| &mut s.blocks) {
            match block {
                Block::Paragraph(text) => link(text),
                Block::List(items) => items.iter_mut().for_each(|item| link(&mut item.text)),
                Block::Subsection(sub) => sub.paragraphs.iter_mut().for_each(link),
            }
        }
    }
}

fn link_text(text: &mut RichText, targets: &[(Vec<char>, String)]) {
    let mut out = Vec::with_capacity(text.inlines.len());
    for inline in text.inlines.drain(..) {
        match inline {
            Inline::Text(plain) => split_mentions(&plain, targets, &mut out),
            other => out.push(other),
        }
    }
    text.inlines = out;
}

/// Pushes `plain` as text and links, splitting at each whole-word mention of a target title
/// (folded, as in search: titles are folded too).
fn split_mentions(plain: &str, targets: &[(Vec<char>, String)], out: &mut Vec<Inline>) {
    let chars: Vec<char> = plain.chars().collect();
    let folded = fold(plain);
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let found = targets
            .iter()
            .find(|(title, _)| mention_at(&chars, &folded, i, title));
        match found {
            Some((title, url)) => {
                if i > start {
                    out.push(Inline::Text(chars[start..i].iter().collect()));
                }
                out.push(Inline::Link {
                    text: chars[i..i + title.len()].iter().collect(),
                    href: url.clone(),
                });
                i += title.len();
                start = i;
            }
            None => i += 1,
        }
    }
    if start < chars.len() {
        out.push(Inline::Text(chars[start..].iter().collect()));
    }
}

/// Whether the folded `title` is at `at` in `folded` (the folded `chars`), as whole words.
fn mention_at(chars: &[char], folded: &[char], at: usize, title: &[char]) -> bool {
    let end = at + title.len();
    end <= chars.len()
        && !(at > 0 && is_alphanumeric(chars[at - 1]))
        && !chars.get(end).copied().is_some_and(is_alphanumeric)
        && folded[at..end] == *title
}
