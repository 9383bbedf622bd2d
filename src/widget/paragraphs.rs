//! Paragraphs of plain text.

use yew::prelude::*;

/// Properties of [`Paragraphs`].
#[derive(Properties, PartialEq)]
pub struct ParagraphsProps {
    /// One string per paragraph; rendered as text, never as markup.
    pub texts: Vec<String>,
}

/// Renders each text as a `<p>`.
#[function_component]
pub fn Paragraphs(props: &ParagraphsProps) -> Html {
    props
        .texts
        .iter()
        .map(|text| html! { <p>{ text }</p> })
        .collect()
}
