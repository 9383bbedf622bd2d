//! A heading whose level (h2–h6) is chosen by the embedding page.

use yew::prelude::*;

/// Properties of [`Heading`].
#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// Heading level; clamped to 2–6.
    pub level: u8,
    /// CSS class of the heading element.
    #[prop_or_default]
    pub class: Classes,
    /// Element id, for `aria-labelledby` references.
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// The heading's content.
    pub children: Html,
}

/// Renders `<hN>` with N = `level`.
#[function_component]
pub fn Heading(props: &HeadingProps) -> Html {
    let tag = format!("h{}", props.level.clamp(2, 6));
    html! {
        <@{tag} class={props.class.clone()} id={props.id.clone()}>{ props.children.clone() }</@>
    }
}

/// Level of a part's title (such as "FAQ") given the configured question level: one above it,
/// but never `h1`, which belongs to the host page.
pub fn part_title_level(item_level: u8) -> u8 {
    item_level.saturating_sub(1).clamp(2, 6)
}
