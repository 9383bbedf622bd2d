//! Every content file parses and validates, and the seed article's FAQ and phrase pairs appear
//! in the bundled content word for word (checked against the seed text itself).
#![cfg(not(target_arch = "wasm32"))]

use reframe_core::content::load::from_json;
use reframe_core::content::model::{Block, ContentSet, RichText};
use reframe_core::content::rich_text::Inline;
use reframe_core::content::{bundled, validate::is_slug};
use std::fs;

const SEED: &str = include_str!("fixtures/partner-refuses-therapy.txt");

fn content_files() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = fs::read_dir("content")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| p.file_name().unwrap() != "schema.json")
        .map(|p| (p.display().to_string(), fs::read_to_string(&p).unwrap()))
        .collect();
    files.sort();
    files
}

fn seed_set() -> ContentSet {
    let text = fs::read_to_string("content/partner-refuses-therapy.json").unwrap();
    from_json("content/partner-refuses-therapy.json", &text).unwrap()
}

/// The seed's non-empty lines, trimmed.
fn seed_lines() -> Vec<&'static str> {
    SEED.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn direction_follows_the_language() {
    let mut set = seed_set();
    assert_eq!(set.direction(), "ltr");
    for (lang, dir) in [
        ("ar", "rtl"),
        ("he-IL", "rtl"),
        ("FA", "rtl"),
        ("en-GB", "ltr"),
        ("arn", "ltr"),
    ] {
        set.lang = lang.into();
        assert_eq!(set.direction(), dir, "{lang}");
    }
}

#[test]
fn every_content_file_parses_and_validates() {
    let files = content_files();
    assert!(!files.is_empty(), "content/ holds no content files");
    for (name, text) in files {
        if let Err(errors) = from_json(&name, &text) {
            panic!("{name} is invalid:\n{}", errors.join("\n"));
        }
    }
}

#[test]
fn bundled_sets_are_the_content_files() {
    let ids: Vec<&str> = bundled::ids().collect();
    let expected: Vec<String> = content_files()
        .iter()
        .map(|(name, _)| {
            name.trim_start_matches("content/")
                .trim_end_matches(".json")
                .to_string()
        })
        .collect();
    assert_eq!(ids, expected);
    for (id, json) in bundled::IDS.iter().zip(bundled::JSON) {
        let set = from_json(id, json).unwrap_or_else(|e| panic!("bundled {id}: {e:?}"));
        assert!(is_slug(id));
        let file = fs::read_to_string(format!("content/{id}.json")).unwrap();
        let mut original = from_json(id, &file).unwrap();
        original.schema = None;
        original.link_related_mentions();
        assert_eq!(set, original, "bundled {id} differs from its file");
    }
}

#[test]
fn the_six_faq_questions_and_answers_are_verbatim() {
    let lines = seed_lines();
    let faq_at = lines
        .iter()
        .position(|l| *l == "FAQ")
        .expect("seed has an FAQ heading");
    let seed_faq: Vec<(&str, &str)> = lines[faq_at + 1..]
        .chunks(2)
        .map(|pair| (pair[0], pair[1]))
        .collect();
    assert_eq!(seed_faq.len(), 6, "the seed has 6 questions");
    let set = seed_set();
    let faq = set.faq.expect("content has an FAQ");
    assert_eq!(faq.items.len(), 6);
    for ((question, answer), item) in seed_faq.iter().zip(&faq.items) {
        assert!(question.ends_with('?'), "{question}");
        assert_eq!(item.question, *question);
        assert_eq!(item.answer, vec![RichText::plain(answer).into()]);
        assert!(is_slug(&item.id));
    }
}

#[test]
fn the_three_phrase_pairs_are_verbatim() {
    let lines = seed_lines();
    let seed_pairs: Vec<(&str, &str)> = lines
        .windows(2)
        .filter_map(|w| {
            Some((
                w[0].strip_prefix("Instead of: ")?,
                w[1].strip_prefix("Try: ")?,
            ))
        })
        .collect();
    assert_eq!(seed_pairs.len(), 3);
    let set = seed_set();
    let phrases = set.phrases.expect("content has phrases");
    let pairs: Vec<(&str, &str)> = phrases
        .pairs
        .iter()
        .map(|p| (p.instead.as_str(), p.try_.as_str()))
        .collect();
    assert_eq!(pairs, seed_pairs);
    assert!(lines.contains(&phrases.title.as_str()));
}

#[test]
fn every_article_text_comes_from_the_seed() {
    let set = seed_set();
    let mut texts: Vec<String> = vec![];
    let summary = set.summary.as_ref().unwrap();
    texts.push(summary.text.plain_text());
    let phrases = set.phrases.as_ref().unwrap();
    texts.extend(
        phrases
            .intro
            .iter()
            .chain(&phrases.outro)
            .map(RichText::plain_text),
    );
    for section in &set.sections {
        texts.push(section.title.clone());
        for block in &section.blocks {
            match block {
                Block::Paragraph(p) => texts.push(p.plain_text()),
                Block::List(items) => {
                    for item in items {
                        texts.extend(item.term.clone());
                        texts.push(item.text.plain_text());
                    }
                }
                Block::Subsection(sub) => {
                    texts.push(sub.title.clone());
                    texts.extend(sub.paragraphs.iter().map(RichText::plain_text));
                }
            }
        }
    }
    assert!(texts.len() > 40, "only {} texts", texts.len());
    for text in texts {
        assert!(
            SEED.contains(&text),
            "not in the seed word for word: {text}"
        );
    }
    let ids: Vec<&str> = set.sections.iter().map(|s| s.id.as_str()).collect();
    for part in [
        "reasons",
        "avoid",
        "talk",
        "next",
        "signs",
        "takeaways",
        "cta",
    ] {
        assert!(ids.contains(&part), "missing section {part}");
    }
    assert_eq!(set.related.unwrap().links.len(), 4);
}

#[test]
fn related_guide_mentions_become_links_when_the_content_gives_urls() {
    let mut set = seed_set();
    let unlinked = set.clone();
    set.link_related_mentions();
    assert_eq!(set, unlinked, "no URLs in the seed: nothing to link");

    let urls = [
        "https://example.org/signs",
        "/guides/same-argument",
        "/guides/escalation",
        "/guides/one-person",
    ];
    for (link, url) in set.related.as_mut().unwrap().links.iter_mut().zip(urls) {
        link.url = Some(url.into());
    }
    set.link_related_mentions();
    let mut links = Vec::new();
    for section in &set.sections {
        for block in &section.blocks {
            if let Block::Paragraph(text) = block {
                for inline in &text.inlines {
                    if let Inline::Link { text, href } = inline {
                        links.push((text.as_str(), href.as_str()));
                    }
                }
            }
        }
    }
    assert_eq!(
        links,
        [
            (
                "signs it may be time to consider couples therapy",
                "https://example.org/signs"
            ),
            (
                "how to stop having the same argument over and over",
                "/guides/same-argument"
            ),
            (
                "how relationship conflict escalates over time",
                "/guides/escalation"
            ),
            ("relationship therapy for one person", "/guides/one-person"),
        ]
    );
    let linked = set.clone();
    set.link_related_mentions();
    assert_eq!(set, linked, "linking twice changes nothing more");
    assert!(reframe_core::content::validate::validate(&set).is_empty());
}
