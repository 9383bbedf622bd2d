//! Paragraphs of rich text.

use super::rich_text_view::RichTextView;
use crate::content::rich_text::RichText;
use crate::content::search::Query;
use yew::prelude::*;

/// Properties of [`Paragraphs`].
#[derive(Properties, PartialEq)]
pub struct ParagraphsProps {
    /// One rich text per paragraph.
    pub texts: Vec<RichText>,
    /// Matches of this query are marked.
    #[prop_or_default]
    pub highlight: Query,
}

/// Renders each text as a `<p>`.
#[function_component]
pub fn Paragraphs(props: &ParagraphsProps) -> Html {
    props
        .texts
        .iter()
        .map(|text| html! { <p><RichTextView text={text.clone()} highlight={props.highlight.clone()} /></p> })
        .collect()
}
