//! Rich text as DOM: every piece is a text node; links only with a safe URL.

use crate::content::rich_text::{Inline, RichText};
use crate::content::validate::is_safe_url;
use yew::prelude::*;

/// Properties of [`RichTextView`].
#[derive(Properties, PartialEq)]
pub struct RichTextViewProps {
    /// The text.
    pub text: RichText,
}

/// Renders the pieces inline: `<em>`, `<strong>`, `<a href>`; a link whose URL is not safe
/// (content validation rejects those; this is the second line of defence) becomes plain text.
#[function_component]
pub fn RichTextView(props: &RichTextViewProps) -> Html {
    props
        .text
        .inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => html! { { text } },
            Inline::Emphasis(text) => html! { <em>{ text }</em> },
            Inline::Strong(text) => html! { <strong>{ text }</strong> },
            Inline::Link { text, href } if is_safe_url(href) => {
                html! { <a href={href.clone()} part="link">{ text }</a> }
            }
            Inline::Link { text, .. } => html! { { text } },
        })
        .collect()
}
