//! Mentions of related guides become links: when `related.links` gives a guide a URL, each
//! mention of its title in the text (ignoring case and accents, whole words only) links to it. Editors give
//! the URL once; the article's "see how relationship conflict escalates over time" follows.

use super::model::{AnswerBlock, Block, ContentSet, RichText};
use super::rich_text::Inline;
use super::search::{fold, Pattern};
use super::unicode::alphanumerics;
use super::validate::{is_safe_url, MAX_MARKDOWN_CHARS};
#[cfg(test)]
use super::work;
use std::rc::Rc;

impl ContentSet {
    /// Links every plain-text mention of a related guide that has a safe URL. Text already in
    /// a link, emphasis or strong is left alone; applying this twice changes nothing more.
    pub fn link_related_mentions(&mut self) {
        let targets: Vec<(Pattern, String)> = self
            .related
            .iter()
            .flat_map(|related| &related.links)
            .filter_map(|link| {
                let url = link.url.as_ref().filter(|url| is_safe_url(url))?;
                let title = fold(link.title.trim());
                (!title.is_empty()).then(|| (Pattern::new(title), url.clone()))
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
                .flat_map(AnswerBlock::texts_mut)
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

/// Links the mentions in the plain-text pieces of `text`, unless that would make its Markdown
/// longer than it may be read back (validation holds every text to that limit).
fn link_text(text: &mut RichText, targets: &[(Pattern, String)]) {
    let mut out = Vec::with_capacity(text.inlines.len());
    for inline in &text.inlines {
        match inline {
            Inline::Text(plain) => split_mentions(plain, targets, &mut out),
            other => out.push(other.clone()),
        }
    }
    let linked = RichText { inlines: out };
    if linked.to_markdown().chars().count() <= MAX_MARKDOWN_CHARS {
        *text = linked;
    }
}

/// Pushes `plain` as text and links, splitting at each whole-word mention of a target title
/// (folded, as in search: titles are folded too); where several titles start at the same
/// place, the first one listed wins. The text is folded once and its letters and digits found
/// in one call, then each title is found by a linear search, so the work grows with the
/// length of the text times the number of titles, with no call into the platform's Unicode
/// per character.
fn split_mentions(plain: &str, targets: &[(Pattern, String)], out: &mut Vec<Inline>) {
    let chars: Vec<char> = plain.chars().collect();
    let folded = fold(plain);
    let word = alphanumerics(plain);
    let whole_word = |start: usize, end: usize| {
        let letter_before = start.checked_sub(1).is_some_and(|before| word[before]);
        let letter_after = word.get(end).copied().unwrap_or(false);
        !letter_before && !letter_after
    };
    let mut first_at: Vec<Option<&(Pattern, String)>> = vec![None; chars.len()];
    for target in targets {
        for start in target.0.starts_in(&folded) {
            if first_at[start].is_none() && whole_word(start, start + target.0.len()) {
                first_at[start] = Some(target);
            }
        }
    }
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        #[cfg(test)]
        work::step();
        match first_at[i] {
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::unicode::is_alphanumeric;
    use proptest::prelude::*;

    /// Mention splitting as it was before it was made linear, the reference for the new one.
    fn reference(plain: &str, titles: &[(Vec<char>, String)]) -> Vec<Inline> {
        let mut out = Vec::new();
        let chars: Vec<char> = plain.chars().collect();
        let folded = fold(plain);
        let mention_at = |at: usize, title: &[char]| {
            let end = at + title.len();
            end <= chars.len()
                && !(at > 0 && is_alphanumeric(chars[at - 1]))
                && !chars.get(end).copied().is_some_and(is_alphanumeric)
                && folded[at..end] == *title
        };
        let (mut start, mut i) = (0, 0);
        while i < chars.len() {
            match titles.iter().find(|(title, _)| mention_at(i, title)) {
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
        out
    }

    fn targets(titles: &[String]) -> Vec<(Pattern, String)> {
        titles
            .iter()
            .enumerate()
            .map(|(i, title)| (Pattern::new(fold(title)), format!("/guide/{i}")))
            .collect()
    }

    /// Titles that share long prefixes with each other and with the text, so that a search
    /// that restarts after a partial match compares almost the whole title at every position.
    fn shared_prefix_titles(word: &str, count: usize) -> Vec<String> {
        (1..=count)
            .map(|n| format!("{}{}", format!("{word} ").repeat(n * 3), "end"))
            .collect()
    }

    #[test]
    fn linking_is_linear_in_the_text_for_each_title() {
        for word in ["a", "É", "Σοφία"] {
            let titles = shared_prefix_titles(word, 20);
            let targets = targets(&titles);
            let per_char = 2 * (targets.len() + 2);
            let input = |bytes: usize| format!("{word} ").repeat(bytes / (word.len() + 1));
            work::assert_linear(word, per_char, input, |text| {
                let (_, work) = work::measure(|| split_mentions(text, &targets, &mut Vec::new()));
                assert!(work.unicode_calls <= 2, "{word}: {work:?}");
                work.steps + work.unicode_calls
            });
        }
    }

    #[test]
    fn a_text_is_read_by_the_platform_once_however_many_titles() {
        let titles = shared_prefix_titles("σοφία", 50);
        let targets = targets(&titles);
        let text = "Σοφία σοφία, ΣΟΦΊΑ σοφία end. ".repeat(200);
        let (_, work) = work::measure(|| split_mentions(&text, &targets, &mut Vec::new()));
        assert_eq!(work.unicode_calls, 2, "one fold, one letter test");
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 20_000, failure_persistence: None, ..ProptestConfig::default() })]

        /// Linking finds the same mentions as before, the first title listed winning ties.
        #[test]
        fn links_as_before(
            plain in "[aAbé ,.’-]{0,40}",
            titles in proptest::collection::vec("[aAbé ’-]{1,6}", 1..5),
        ) {
            let targets = targets(&titles);
            let folded: Vec<(Vec<char>, String)> = targets
                .iter()
                .zip(&titles)
                .map(|((_, url), title)| (fold(title), url.clone()))
                .collect();
            let mut linked = Vec::new();
            split_mentions(&plain, &targets, &mut linked);
            prop_assert_eq!(linked, reference(&plain, &folded));
        }
    }
}
