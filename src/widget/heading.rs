//! A heading whose level (h2–h6) is chosen by the embedding page.

use yew::prelude::*;

/// `<hN class id>content</hN>` with N = `level` clamped to 2–6. A function, not a component:
/// a long FAQ has one per question, and a component each would cost a scope and a scheduled
/// render apiece.
pub fn heading(level: u8, class: &'static str, id: Option<AttrValue>, content: Html) -> Html {
    let tag = format!("h{}", level.clamp(2, 6));
    html! {
        <@{tag} {class} {id}>{ content }</@>
    }
}

/// Level of a part's title (such as "FAQ") given the configured question level: one above it,
/// but never `h1`, which belongs to the host page.
pub fn part_title_level(item_level: u8) -> u8 {
    item_level.saturating_sub(1).clamp(2, 6)
}
