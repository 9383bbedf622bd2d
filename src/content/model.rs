//! The content model: plain serde data types for one content set.
//!
//! These types are the single source of truth for bundled content files, inline content, the
//! validator and the widget. They hold no browser code, so native tests (and the build script,
//! which includes this file) can use them.

pub use super::rich_text::RichText;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// One content set: everything the widget can show for one article.
// (Its doc comment is the JSON Schema's description. `Default`: an empty set, no language, no
// title, no parts, which readers and the importer fill in.)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ContentSet {
    /// Editor hint pointing at the JSON Schema; ignored by the widget.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Language of the text as a BCP 47 tag, e.g. `en`.
    pub lang: String,
    /// The article's title.
    #[cfg_attr(feature = "cli", schemars(length(max = super::validate::MAX_TEXT_CHARS)))]
    pub title: String,
    /// The short answer shown at the top of the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Summary>,
    /// The frequently asked questions, shown as an accordion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub faq: Option<Faq>,
    /// The "Instead of / Try" phrase pairs, shown as cards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phrases: Option<Phrases>,
    /// The article's other parts, in article order; each can be picked by its `id`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "cli", schemars(length(max = super::limits::MAX_SECTIONS)))]
    pub sections: Vec<Section>,
    /// Further reading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related: Option<Related>,
    /// The widget's own words (search label, buttons, announcements) for this set, each
    /// replacing the built-in word of the language chosen, so any language works.
    // Shared (`Rc`): the widget memoises its words on the labels, and a render then compares
    // them by address instead of copying every label to compare it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Rc<Labels>>,
}

/// The widget's own words for one content set. Each is optional and replaces the built-in
/// word; a key the widget does not know is an error.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Labels {
    /// Label of the phrase to avoid, e.g. `Instead of`.
    #[serde(rename = "insteadOf", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub instead_of: Option<String>,
    /// Label of the phrase to use, e.g. `Try`.
    #[serde(rename = "try", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub try_: Option<String>,
    /// Label of the search box, e.g. `Search the questions`.
    #[serde(
        rename = "searchLabel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub search_label: Option<String>,
    /// "N questions match", announced while searching, in its singular and plural forms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matches: Option<PluralLabel>,
    /// Empty state of a search, with `{q}` where the query goes, e.g. `No questions match “{q}”.`
    #[serde(rename = "noMatches", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub no_matches: Option<String>,
    /// Hint under that empty state, e.g. `Try fewer or different words.`
    #[serde(
        rename = "noMatchesHint",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub no_matches_hint: Option<String>,
    /// The expand-all button, e.g. `Show all answers`.
    #[serde(rename = "showAll", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub show_all: Option<String>,
    /// The collapse-all button, e.g. `Hide all answers`.
    #[serde(rename = "hideAll", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub hide_all: Option<String>,
    /// Copy button of a phrase, e.g. `Copy`.
    #[serde(rename = "copy", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub copy: Option<String>,
    /// Announced after copying a phrase, e.g. `Copied to the clipboard`.
    #[serde(rename = "copied", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub copied: Option<String>,
    /// Copy-link button of a question, e.g. `Copy link`.
    #[serde(rename = "copyLink", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub copy_link: Option<String>,
    /// Announced after copying a link, e.g. `Link copied to the clipboard`.
    #[serde(
        rename = "linkCopied",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub link_copied: Option<String>,
    /// Announced when copying failed.
    #[serde(
        rename = "copyFailed",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub copy_failed: Option<String>,
    /// Practice mode: the button revealing the phrase to use, e.g. `Show what to try`.
    #[serde(rename = "showTry", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub show_try: Option<String>,
    /// Practice mode: the button hiding it again, e.g. `Hide`.
    #[serde(rename = "hideTry", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub hide_try: Option<String>,
    /// Practice mode: the prompt before the reveal, e.g. `How could you say this differently?`
    #[serde(
        rename = "thinkFirst",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub think_first: Option<String>,
    /// Shown once the reader has ticked something in a self-check.
    #[serde(
        rename = "checklistMessage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub checklist_message: Option<String>,
    /// Text of a call to action when its section gives none, e.g. `Talk with a counselor`.
    #[serde(
        rename = "ctaDefault",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub cta_default: Option<String>,
}

/// A counted phrase in two forms, each with `{n}` where the count goes (`one` may leave it
/// out, as in `One question matches`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PluralLabel {
    /// The singular: for 1 (for 0 and 1 when the widget's language is French).
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub one: String,
    /// The plural: for every other count; must contain `{n}`.
    #[cfg_attr(feature = "cli", schemars(length(min = 1, max = super::validate::MAX_TEXT_CHARS)))]
    pub other: String,
}

impl Labels {
    /// The single-word labels given, each with its JSON key, for validation.
    pub fn texts(&self) -> Vec<(&'static str, &str)> {
        let all: [(&'static str, &Option<String>); 17] = [
            ("insteadOf", &self.instead_of),
            ("try", &self.try_),
            ("searchLabel", &self.search_label),
            ("noMatches", &self.no_matches),
            ("noMatchesHint", &self.no_matches_hint),
            ("showAll", &self.show_all),
            ("hideAll", &self.hide_all),
            ("copy", &self.copy),
            ("copied", &self.copied),
            ("copyLink", &self.copy_link),
            ("linkCopied", &self.link_copied),
            ("copyFailed", &self.copy_failed),
            ("showTry", &self.show_try),
            ("hideTry", &self.hide_try),
            ("thinkFirst", &self.think_first),
            ("checklistMessage", &self.checklist_message),
            ("ctaDefault", &self.cta_default),
        ];
        all.into_iter()
            .filter_map(|(key, value)| value.as_deref().map(|value| (key, value)))
            .collect()
    }
}

/// The short answer at the top of an article ("Quick Answer: ...").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Summary {
    /// Visible label, e.g. `Quick Answer`.
    #[cfg_attr(feature = "cli", schemars(length(max = super::validate::MAX_TEXT_CHARS)))]
    pub label: String,
    /// The answer itself (rich text).
    pub text: RichText,
}

/// The FAQ: a titled list of questions with answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Faq {
    /// Section heading, e.g. `FAQ`.
    #[cfg_attr(feature = "cli", schemars(length(max = super::validate::MAX_TEXT_CHARS)))]
    pub title: String,
    // Shared (`Rc`), so that views take an item without copying it and tell an unchanged one by
    // its address (`FaqItem` is `Eq`, so `Rc`'s `==` compares addresses first).
    /// The questions, in display order.
    #[cfg_attr(feature = "cli", schemars(length(max = super::limits::MAX_QUESTIONS)))]
    pub items: Vec<Rc<FaqItem>>,
}

/// One question and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FaqItem {
    /// Stable slug (`a-z`, `0-9`, `-`), used by the `open` attribute and in events.
    #[cfg_attr(
        feature = "cli",
        schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"), length(max = 80))
    )]
    pub id: String,
    /// The question.
    #[cfg_attr(feature = "cli", schemars(length(max = super::validate::MAX_TEXT_CHARS)))]
    pub question: String,
    /// The answer: paragraphs of rich text, and lists (`{ "list": [...] }`), in order.
    pub answer: Vec<AnswerBlock>,
}

impl FaqItem {
    /// Every text of the answer, paragraphs and list entries, in reading order.
    pub fn answer_texts(&self) -> impl Iterator<Item = &RichText> {
        self.answer.iter().flat_map(AnswerBlock::texts)
    }
}

/// One block of an answer: a paragraph (a string of rich text) or a list (an object).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum AnswerBlock {
    /// A paragraph of rich text.
    Paragraph(RichText),
    /// A bulleted or numbered list.
    List(AnswerList),
}

/// A list in an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AnswerList {
    /// The entries (rich text), in order.
    #[cfg_attr(feature = "cli", schemars(length(min = 1)))]
    pub list: Vec<RichText>,
    /// Whether the entries are numbered.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ordered: bool,
}

impl AnswerBlock {
    /// The block's texts: the paragraph, or each list entry.
    pub fn texts(&self) -> &[RichText] {
        match self {
            AnswerBlock::Paragraph(text) => std::slice::from_ref(text),
            AnswerBlock::List(list) => &list.list,
        }
    }

    /// The block's texts, to change them.
    pub fn texts_mut(&mut self) -> &mut [RichText] {
        match self {
            AnswerBlock::Paragraph(text) => std::slice::from_mut(text),
            AnswerBlock::List(list) => &mut list.list,
        }
    }
}

impl From<RichText> for AnswerBlock {
    fn from(text: RichText) -> AnswerBlock {
        AnswerBlock::Paragraph(text)
    }
}

/// Read by hand rather than `untagged`: serde's untagged enums forget why each variant failed,
/// and a paragraph's error (an unsafe link, a text too long) must reach the editor as it is.
impl<'de> Deserialize<'de> for AnswerBlock {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::{self, MapAccess, Visitor};
        use std::fmt;

        struct BlockVisitor;

        impl<'de> Visitor<'de> for BlockVisitor {
            type Value = AnswerBlock;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a list object")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<AnswerBlock, E> {
                RichText::parse(text)
                    .map(AnswerBlock::Paragraph)
                    .map_err(E::custom)
            }

            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<AnswerBlock, M::Error> {
                AnswerList::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(AnswerBlock::List)
            }
        }

        deserializer.deserialize_any(BlockVisitor)
    }
}

/// The "What to Say" section: pairs of a phrase to avoid and a phrase to try instead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Phrases {
    /// Section heading.
    #[cfg_attr(feature = "cli", schemars(length(max = super::validate::MAX_TEXT_CHARS)))]
    pub title: String,
    /// Paragraphs (rich text) before the cards.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub intro: Vec<RichText>,
    /// The pairs, in display order.
    #[cfg_attr(feature = "cli", schemars(length(max = super::limits::MAX_PAIRS)))]
    pub pairs: Vec<PhrasePair>,
    /// Paragraphs (rich text) after the cards.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outro: Vec<RichText>,
}

/// One "Instead of" / "Try" pair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PhrasePair {
    /// What people tend to say.
    #[cfg_attr(feature = "cli", schemars(length(max = super::validate::MAX_TEXT_CHARS)))]
    pub instead: String,
    /// What to say instead.
    #[serde(rename = "try")]
    #[cfg_attr(feature = "cli", schemars(length(max = super::validate::MAX_TEXT_CHARS)))]
    pub try_: String,
}

/// One of the article's other parts, built from blocks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable slug, used by the `show` attribute.
    #[cfg_attr(
        feature = "cli",
        schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"), length(max = 80))
    )]
    pub id: String,
    /// Section heading.
    #[cfg_attr(feature = "cli", schemars(length(max = super::validate::MAX_TEXT_CHARS)))]
    pub title: String,
    /// The section's body, in order.
    pub blocks: Vec<Block>,
    /// When true, the section's lists are a self-check: the reader can tick the items that
    /// apply and gets a gentle message (nothing is stored or sent).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub checklist: bool,
    /// A call to action shown at the end of the section, such as the practice's contact page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
}

/// A call-to-action link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// The link's text, e.g. "Book a first session".
    #[cfg_attr(feature = "cli", schemars(length(max = super::validate::MAX_TEXT_CHARS)))]
    pub label: String,
    /// Where it goes: `https:`, `http:`, `mailto:`, `tel:` or relative. The `cta-href`
    /// attribute can set or replace it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "cli", schemars(length(max = super::limits::MAX_URL_CHARS)))]
    pub url: Option<String>,
}

/// A piece of a section's body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Block {
    /// A paragraph of rich text.
    Paragraph(RichText),
    /// A bulleted list.
    List(Vec<ListItem>),
    /// A sub-heading with its paragraphs.
    Subsection(Subsection),
}

/// A list entry, optionally led by a bold term ("Term: text").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ListItem {
    /// Lead-in term shown before the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "cli", schemars(length(max = super::validate::MAX_TEXT_CHARS)))]
    pub term: Option<String>,
    /// The entry's text (rich text).
    pub text: RichText,
}

/// A sub-heading and the paragraphs under it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Subsection {
    /// Sub-heading.
    #[cfg_attr(feature = "cli", schemars(length(max = super::validate::MAX_TEXT_CHARS)))]
    pub title: String,
    /// Paragraphs (rich text) under it.
    pub paragraphs: Vec<RichText>,
}

/// Further reading: links to related guides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Related {
    /// Section heading.
    #[cfg_attr(feature = "cli", schemars(length(max = super::validate::MAX_TEXT_CHARS)))]
    pub title: String,
    /// The guides.
    #[cfg_attr(feature = "cli", schemars(length(max = super::limits::MAX_RELATED_LINKS)))]
    pub links: Vec<RelatedLink>,
}

/// One related guide; shown as a link only when it has a safe `url`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RelatedLink {
    /// The guide's title.
    #[cfg_attr(feature = "cli", schemars(length(max = super::validate::MAX_TEXT_CHARS)))]
    pub title: String,
    /// Where it lives: `https:`, `http:`, `mailto:`, `tel:` or a relative URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "cli", schemars(length(max = super::limits::MAX_URL_CHARS)))]
    pub url: Option<String>,
}

/// A part of a content set that the `show` attribute can pick, by its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// The short answer ([`ContentSet::summary`]).
    Summary,
    /// The FAQ ([`ContentSet::faq`]).
    Faq,
    /// The phrase pairs ([`ContentSet::phrases`]).
    Phrases,
    /// Further reading ([`ContentSet::related`]).
    Related,
    /// One of the article's other parts ([`ContentSet::sections`]), by its id.
    Section(String),
}

impl Part {
    /// The parts that are not sections, in the order an article presents them; no section id
    /// may take their names.
    pub const FIXED: [Part; 4] = [Part::Summary, Part::Faq, Part::Phrases, Part::Related];

    /// The name `show` knows this part by.
    pub fn name(&self) -> &str {
        match self {
            Part::Summary => "summary",
            Part::Faq => "faq",
            Part::Phrases => "phrases",
            Part::Related => "related",
            Part::Section(id) => id,
        }
    }
}

impl ContentSet {
    /// The parts this set has, which `show` accepts, in article order: the summary, then its
    /// sections with the FAQ and phrases where the article has them, then related guides.
    pub fn parts(&self) -> Vec<Part> {
        let mut parts = Vec::new();
        if self.summary.is_some() {
            parts.push(Part::Summary);
        }
        parts.extend(self.sections.iter().map(|s| Part::Section(s.id.clone())));
        if self.phrases.is_some() {
            parts.push(Part::Phrases);
        }
        if self.faq.is_some() {
            parts.push(Part::Faq);
        }
        if self.related.is_some() {
            parts.push(Part::Related);
        }
        parts
    }

    /// Writing direction of the text, from its language: `rtl` for languages written right to
    /// left (Arabic, Hebrew, Persian, Urdu, ...), else `ltr`. The widget sets it, so English
    /// content stays left-to-right on a right-to-left page, and the reverse.
    pub fn direction(&self) -> &'static str {
        const RTL: [&str; 12] = [
            "ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku", "ps", "sd", "ur", "yi",
        ];
        let primary = self.lang.split(['-', '_']).next().unwrap_or_default();
        if RTL.iter().any(|l| l.eq_ignore_ascii_case(primary)) {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The section with this id, if any.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }
}
