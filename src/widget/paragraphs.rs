//! Paragraphs of rich text.

use super::rich_text_view::rich_text;
use crate::content::rich_text::RichText;
use crate::content::search::Query;
use yew::prelude::*;

/// Each text as a `<p>`, with the matches of `highlight` marked. A function, not a component,
/// for the same reason as [`super::heading::heading`].
pub fn paragraphs(texts: &[RichText], highlight: &Query) -> Html {
    texts
        .iter()
        .map(|text| html! { <p>{ rich_text(text, highlight) }</p> })
        .collect()
}
