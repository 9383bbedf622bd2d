//! schema.org structured data for a content set's FAQ: the `FAQPage` that search engines read
//! (Google's FAQ rich results). The shape is described once, here, as a small JSON tree; each
//! writer turns it into its own JSON text: `reframe render` through serde (serde_json), the
//! live widget's `structured-data` attribute through the browser's `JSON.stringify` (no JSON
//! serializer in the wasm). Both then write that text into a `<script>` element through
//! [`script_text`], so what the page holds is the same, and as safe, whichever wrote it.

use super::model::AnswerBlock;
use super::ContentSet;
use serde::ser::{Serialize, SerializeMap, Serializer};

/// A JSON value as structured data needs it: text, lists, and objects with fixed keys in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// A string.
    Text(String),
    /// An array.
    List(Vec<Json>),
    /// An object, keys in order.
    Object(Vec<(&'static str, Json)>),
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Text(text) => serializer.serialize_str(text),
            Json::List(items) => serializer.collect_seq(items),
            Json::Object(fields) => {
                let mut map = serializer.serialize_map(Some(fields.len()))?;
                for (key, value) in fields {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

fn text(value: &str) -> Json {
    Json::Text(value.to_string())
}

/// The set's FAQ as a schema.org `FAQPage`: one `Question` per item, its `name` the question
/// and its `acceptedAnswer` an `Answer` whose `text` is the answer's paragraphs as plain text
/// (rich-text markers removed, link text kept), separated by blank lines. `None` when the set
/// has no FAQ.
pub fn faq_page(set: &ContentSet) -> Option<Json> {
    let faq = set.faq.as_ref()?;
    let questions = faq
        .items
        .iter()
        .map(|item| {
            let paragraphs: Vec<String> = item.answer.iter().map(answer_text).collect();
            let answer = Json::Object(vec![
                ("@type", text("Answer")),
                ("text", Json::Text(paragraphs.join("\n\n"))),
            ]);
            Json::Object(vec![
                ("@type", text("Question")),
                ("name", text(&item.question)),
                ("acceptedAnswer", answer),
            ])
        })
        .collect();
    Some(Json::Object(vec![
        ("@context", text("https://schema.org")),
        ("@type", text("FAQPage")),
        ("inLanguage", text(&set.lang)),
        ("mainEntity", Json::List(questions)),
    ]))
}

/// A block of an answer as plain text: a paragraph as it reads, a list as its entries, one a
/// line, each after "- " (or its number, for a numbered list).
fn answer_text(block: &AnswerBlock) -> String {
    match block {
        AnswerBlock::Paragraph(text) => text.plain_text(),
        AnswerBlock::List(list) => list
            .list
            .iter()
            .enumerate()
            .map(|(i, entry)| {
                let marker = if list.ordered {
                    format!("{}.", i + 1)
                } else {
                    "-".to_string()
                };
                format!("{marker} {}", entry.plain_text())
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// `json` (JSON text) as the text of a `<script type="application/ld+json">` element: every
/// `<`, `>` and `&` written `\u003c`, `\u003e`, `\u0026`, and the line and paragraph
/// separators (U+2028, U+2029) `\u2028`, `\u2029`. Outside strings JSON has none of these
/// characters, and inside a string the escape stands for the same character, so the text
/// parses to the same value. Without them a `</script>` or `<!--` in the content would end the
/// element, or start a comment that swallows the page after it, wherever the page's HTML is
/// parsed again: a live page serialized (`innerHTML`, "save page", prerendering) or a pasted
/// static fallback.
pub fn script_text(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}
