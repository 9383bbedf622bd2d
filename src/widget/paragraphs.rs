//! Paragraphs of rich text.

use super::rich_text_view::RichTextView;
use crate::content::rich_text::RichText;
use yew::prelude::*;

/// Properties of [`Paragraphs`].
#[derive(Properties, PartialEq)]
pub struct ParagraphsProps {
    /// One rich text per paragraph.
    pub texts: Vec<RichText>,
}

/// Renders each text as a `<p>`.
#[function_component]
pub fn Paragraphs(props: &ParagraphsProps) -> Html {
    props
        .texts
        .iter()
        .map(|text| html! { <p><RichTextView text={text.clone()} /></p> })
        .collect()
}
