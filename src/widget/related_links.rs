//! Further reading: a list of guides, linked when their URL is safe.

use super::heading::{heading, part_title_level};
use crate::content::model::Related;
use crate::content::validate::is_safe_url;
use yew::prelude::*;

/// The title and the list of guides, under a part title one above the question `level`; an
/// unsafe URL is dropped and the title shown as text. A function, not a component, for the same
/// reason as [`super::summary_box::summary_box`].
pub fn related_links(related: &Related, level: u8) -> Html {
    let items = related.links.iter().map(|link| {
        let text = html! { { &link.title } };
        match link.url.as_deref().filter(|url| is_safe_url(url)) {
            Some(url) => html! { <li><a href={url.to_string()} part="link">{ text }</a></li> },
            None => html! { <li>{ text }</li> },
        }
    });
    html! {
        <div class="part related" part="section related">
            { heading(part_title_level(level), "part-title", None, html! { &related.title }) }
            <ul>{ for items }</ul>
        </div>
    }
}
