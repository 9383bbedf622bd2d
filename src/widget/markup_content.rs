//! A content set from the FAQ markup a page already has: what the widget enhances when it is
//! given no content of its own, and what `reframe check page.html` checks.

use super::options::supported_lang;
use super::strings::for_lang;
use crate::content::faq_markup::{content_set, extract, Markup, MarkupError};
use crate::content::validate::validate;
use crate::content::ContentSet;

/// What reading the markup gave.
#[derive(Debug, Clone, PartialEq)]
pub enum MarkupContent {
    /// A valid set of the FAQ found.
    Faq(Box<ContentSet>),
    /// Nothing with the shape of an FAQ: the widget shows its default bundled set.
    NoFaq,
    /// An FAQ that cannot be shown, each problem as `path: message`: the fallback stays.
    Invalid(Vec<String>),
}

/// The FAQ in `nodes` as a validated content set in language `lang` (the element's or the
/// page's), titled by the heading before it or else the widget's word for an FAQ.
pub fn from_markup(nodes: Result<Vec<Markup>, MarkupError>, lang: &str) -> MarkupContent {
    let faq = match nodes.and_then(|nodes| extract(&nodes)) {
        Ok(faq) => faq,
        Err(MarkupError::NoFaq) => return MarkupContent::NoFaq,
        Err(error) => return MarkupContent::Invalid(vec![format!("(markup): {error}")]),
    };
    let title = &for_lang(supported_lang(lang).unwrap_or_default()).faq_title;
    let set = content_set(faq, lang, title);
    let errors = validate(&set);
    if errors.is_empty() {
        MarkupContent::Faq(Box::new(set))
    } else {
        MarkupContent::Invalid(errors.iter().map(ToString::to_string).collect())
    }
}
