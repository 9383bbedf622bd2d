//! Rich text as DOM: every piece is a text node; links only with a safe URL; search matches
//! wrapped in `<mark>`.

use crate::content::rich_text::{Inline, RichText};
use crate::content::search::Query;
use crate::content::validate::is_safe_url;
use yew::prelude::*;

/// Renders the pieces inline: `<em>`, `<strong>`, `<a href>`; a link whose URL is not safe
/// (content validation rejects those; this is the second line of defence) becomes plain text.
/// Matches of `highlight` are marked.
pub fn rich_text(text: &RichText, highlight: &Query) -> Html {
    let mark = |text: &str| marked(text, highlight);
    text.inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => mark(text),
            Inline::Emphasis(text) => html! { <em>{ mark(text) }</em> },
            Inline::Strong(text) => html! { <strong>{ mark(text) }</strong> },
            Inline::Link { text, href } if is_safe_url(href) => {
                html! { <a href={href.clone()} part="link">{ mark(text) }</a> }
            }
            Inline::Link { text, .. } => mark(text),
        })
        .collect()
}

/// `text` as text nodes, with the matches of `query` in `<mark>`.
pub fn marked(text: &str, query: &Query) -> Html {
    let ranges = query.matches_in(text);
    if ranges.is_empty() {
        return html! { { text } };
    }
    let chars: Vec<char> = text.chars().collect();
    let slice = |from: usize, to: usize| chars[from..to].iter().collect::<String>();
    let mut pieces = Vec::new();
    let mut at = 0;
    for (start, end) in ranges {
        if start > at {
            pieces.push(html! { { slice(at, start) } });
        }
        pieces.push(html! { <mark part="match">{ slice(start, end) }</mark> });
        at = end;
    }
    if at < chars.len() {
        pieces.push(html! { { slice(at, chars.len()) } });
    }
    pieces.into_iter().collect()
}
