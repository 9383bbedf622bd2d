//! The FAQ's search box: a labelled input; Escape clears it.

use super::listen::use_listener;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`SearchBox`].
#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    /// The current query.
    pub value: String,
    /// The visible label.
    pub label: AttrValue,
    /// How many questions match, shown under the box while searching.
    pub status: Option<String>,
    /// Called with the new query on each change.
    pub on_input: Callback<String>,
}

/// Renders the label, the input and the match count. The count is announced by the widget's
/// live region, not here, so it is heard once: the count is not the input's description
/// either, since Orca speaks a focused input's changed description, which said each count twice.
#[function_component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let oninput = {
        let on_input = props.on_input.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_input.emit(input.value());
        })
    };
    let onkeydown = {
        let on_input = props.on_input.clone();
        let empty = props.value.is_empty();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && !empty {
                event.prevent_default();
                let input: HtmlInputElement = event.target_unchecked_into();
                input.set_value("");
                on_input.emit(String::new());
            }
        })
    };
    let input = use_node_ref();
    use_listener(input.clone(), "input", oninput);
    use_listener(input.clone(), "keydown", onkeydown);
    html! {
        <div class="search" part="search">
            <label for="rf-search" class="search-label">{ props.label.clone() }</label>
            <input
                id="rf-search"
                class="search-input"
                part="search-input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                value={props.value.clone()}
                ref={input}
            />
            <p class="search-status">{ props.status.clone().unwrap_or_default() }</p>
        </div>
    }
}
