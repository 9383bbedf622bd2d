//! Further reading: a list of guides, linked when their URL is safe.

use super::heading::{heading, part_title_level};
use crate::content::model::Related;
use crate::content::validate::is_safe_url;
use yew::prelude::*;

/// Properties of [`RelatedLinks`].
#[derive(Properties, PartialEq)]
pub struct RelatedLinksProps {
    /// The guides.
    pub related: Related,
    /// Configured question heading level.
    pub level: u8,
}

/// Renders the title and the list; an unsafe URL is dropped and the title shown as text.
#[function_component]
pub fn RelatedLinks(props: &RelatedLinksProps) -> Html {
    let items = props.related.links.iter().map(|link| {
        let text = html! { { &link.title } };
        match link.url.as_deref().filter(|url| is_safe_url(url)) {
            Some(url) => html! { <li><a href={url.to_string()} part="link">{ text }</a></li> },
            None => html! { <li>{ text }</li> },
        }
    });
    html! {
        <div class="part related" part="section related">
            { heading(part_title_level(props.level), "part-title", None, html! { &props.related.title }) }
            <ul>{ for items }</ul>
        </div>
    }
}
