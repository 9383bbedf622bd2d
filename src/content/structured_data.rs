//! schema.org structured data for a content set's FAQ: the `FAQPage` that search engines read
//! (Google's FAQ rich results). The shape is described once, here, as a small JSON tree; each
//! writer turns it into its own JSON value: `reframe render` through serde (serde_json), the
//! live widget's `structured-data` attribute into a JavaScript object for the browser's
//! `JSON.stringify` (no JSON serializer in the wasm).

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
            let paragraphs: Vec<String> = item.answer.iter().map(|p| p.plain_text()).collect();
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
