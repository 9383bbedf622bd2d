//! The FAQ's search box: a labelled input; Escape clears it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The label, the input holding `value`, and `status` (how many questions match) under it while
/// searching; `on_input` gets the new query on each change. The count is announced by the
/// widget's live region, not here, so it is heard once. A function, not a component: it holds no
/// state, and a component costs its own copy of Yew's lifecycle in the wasm.
pub fn search_box(
    value: &str,
    label: &'static str,
    status: Option<String>,
    on_input: &Callback<String>,
) -> Html {
    let oninput = {
        let on_input = on_input.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_input.emit(input.value());
        })
    };
    let onkeydown = {
        let on_input = on_input.clone();
        let empty = value.is_empty();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && !empty {
                event.prevent_default();
                let input: HtmlInputElement = event.target_unchecked_into();
                input.set_value("");
                on_input.emit(String::new());
            }
        })
    };
    html! {
        <div class="search" part="search">
            <label for="rf-search" class="search-label">{ label }</label>
            <input
                id="rf-search"
                class="search-input"
                part="search-input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="rf-search-status"
                value={value.to_string()}
                {oninput}
                {onkeydown}
            />
            <p id="rf-search-status" class="search-status">{ status.unwrap_or_default() }</p>
        </div>
    }
}
