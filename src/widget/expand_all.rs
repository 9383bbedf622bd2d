//! The control that opens or closes every answer at once (multiple mode only). A hook and a
//! view function rather than a component: a component of its own costs the wasm more than this
//! one button does.

use super::accordion_state::{AccordionAction, AccordionState};
use super::faq_questions::Questions;
use super::listen::use_listener;
use super::strings::UiStrings;
use std::rc::Rc;
use yew::prelude::*;

/// Makes a click on the control `button` refers to open every answer of `questions`, or close
/// them all when all are open (each answer that changes is reported by `use_toggle_events`).
/// Returns whether all are open.
#[hook]
pub fn use_expand_all(
    button: NodeRef,
    state: UseReducerHandle<AccordionState>,
    questions: Rc<Questions>,
) -> bool {
    let all_open = questions.items.iter().all(|item| state.is_open(&item.id));
    let onclick = Callback::from(move |_: MouseEvent| {
        let open = !all_open;
        let all_ids: Vec<String> = questions.items.iter().map(|i| i.id.clone()).collect();
        state.dispatch(AccordionAction::SetOpen(if open {
            all_ids
        } else {
            Vec::new()
        }));
    });
    use_listener(button, "click", onclick);
    all_open
}

/// The control: a toggle button saying "show all" or "hide all", with `aria-expanded` telling
/// which; `hidden` while a search runs.
pub fn expand_all_button(button: NodeRef, all_open: bool, hidden: bool, ui: &UiStrings) -> Html {
    html! {
        <button
            ref={button}
            type="button"
            class="expand-all"
            part="expand-all"
            aria-expanded={all_open.to_string()}
            {hidden}
        >
            { if all_open { ui.hide_all.to_string() } else { ui.show_all.to_string() } }
        </button>
    }
}
