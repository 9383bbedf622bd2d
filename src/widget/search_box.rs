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

/// What the box shows against what the widget's state says: see [`SearchBox`].
#[derive(Default)]
struct Typed {
    /// The query the widget's state held at the last render.
    shown: String,
    /// Text typed into the box that the state has not caught up with yet, if any.
    ahead: Option<String>,
}

/// Renders the label, the input and the match count. The count is announced by the widget's
/// live region, not here, so it is heard once.
///
/// The box is not bound to `value` while the visitor types: a long FAQ applies a search after
/// the next paint, so the state may render a query a keystroke or two behind the box, and
/// writing that into the box would drop what was typed since. The state's query is written
/// into the box only when it changes with nothing typed ahead of it (`search()`, a new set).
#[function_component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let input = use_node_ref();
    let typed = use_mut_ref(Typed::default);
    let oninput = {
        let on_input = props.on_input.clone();
        let typed = typed.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let text = input.value();
            let mut typed = typed.borrow_mut();
            typed.ahead = (text != typed.shown).then(|| text.clone());
            drop(typed);
            on_input.emit(text);
        })
    };
    let onkeydown = {
        let on_input = props.on_input.clone();
        let typed = typed.clone();
        Callback::from(move |event: KeyboardEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if event.key() == "Escape" && !input.value().is_empty() {
                event.prevent_default();
                input.set_value("");
                let mut typed = typed.borrow_mut();
                typed.ahead = (!typed.shown.is_empty()).then(String::new);
                drop(typed);
                on_input.emit(String::new());
            }
        })
    };
    {
        let input = input.clone();
        use_effect_with(props.value.clone(), move |value| {
            let mut typed = typed.borrow_mut();
            typed.shown = value.clone();
            match &typed.ahead {
                // The state is behind what was typed: leave the box alone.
                Some(ahead) if ahead != value => {}
                _ => {
                    typed.ahead = None;
                    if let Some(input) = input.cast::<HtmlInputElement>() {
                        if input.value() != *value {
                            input.set_value(value);
                        }
                    }
                }
            }
        });
    }
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
                aria-describedby="rf-search-status"
                ref={input}
            />
            <p id="rf-search-status" class="search-status">{ props.status.clone().unwrap_or_default() }</p>
        </div>
    }
}
