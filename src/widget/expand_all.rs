//! The control that opens or closes every answer at once (multiple mode only).

use super::listen::use_listener;
use super::strings::UiStrings;
use yew::prelude::*;

/// Properties of [`ExpandAll`].
#[derive(Properties, PartialEq)]
pub struct ExpandAllProps {
    /// Whether every answer is open: the control then closes them all.
    pub all_open: bool,
    /// Whether the control is hidden (while a search runs).
    pub hidden: bool,
    /// The widget's own words.
    pub ui: &'static UiStrings,
    /// Called with `true` to open every answer, `false` to close them all.
    pub on_set_all: Callback<bool>,
}

/// A toggle button saying "show all" or "hide all", with `aria-expanded` telling which.
#[function_component]
pub fn ExpandAll(props: &ExpandAllProps) -> Html {
    let button = use_node_ref();
    let onclick = props.on_set_all.reform({
        let open = !props.all_open;
        move |_: MouseEvent| open
    });
    use_listener(button.clone(), "click", onclick);
    html! {
        <button
            ref={button}
            type="button"
            class="expand-all"
            part="expand-all"
            aria-expanded={props.all_open.to_string()}
            hidden={props.hidden}
        >
            { if props.all_open { props.ui.hide_all } else { props.ui.show_all } }
        </button>
    }
}
