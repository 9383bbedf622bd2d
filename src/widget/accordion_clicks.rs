//! What happens inside the accordion's list: a question clicked opens or closes its answer, an
//! answer's copy button copies a link to it, and the browser's find-in-page opens the answer it
//! found. One listener each for every question, so a question costs no closures of its own and
//! a toggle re-renders the toggled item alone.

use super::accordion_ids::{item_of_answer, item_of_question};
use super::accordion_state::{AccordionAction, AccordionState};
use super::app::WidgetEvent;
use super::clipboard;
use super::listen::use_listener;
use super::strings::UiStrings;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// Listens inside `accordion` for clicks on questions and on copy buttons, and for find-in-page
/// reveals; reports copies with `on_event` (toggles are reported from the state:
/// `use_toggle_events`), and says in the live region (`announce`)
/// how a copy went, from next to `near`.
#[hook]
pub fn use_accordion_clicks(
    accordion: NodeRef,
    near: NodeRef,
    state: UseReducerHandle<AccordionState>,
    on_event: Callback<WidgetEvent>,
    announce: Callback<String>,
    ui: Rc<UiStrings>,
) {
    let onclick = {
        let state = state.clone();
        let on_event = on_event.clone();
        Callback::from(move |event: MouseEvent| {
            let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            if let Some(id) = owner(&target, ".faq-button", item_of_question) {
                state.dispatch(AccordionAction::Toggle(id));
            } else if let Some(id) = owner(&target, ".faq-answer", item_of_answer)
                .filter(|_| target.closest(".copy-link").ok().flatten().is_some())
            {
                let Some(near) = near.cast::<Element>() else {
                    return;
                };
                let on_event = on_event.clone();
                clipboard::copy_and_announce(
                    link_to(&id),
                    near,
                    announce.clone(),
                    (ui.link_copied.to_string(), ui.copy_failed.to_string()),
                    move || on_event.emit(WidgetEvent::CopyLink { id }),
                );
            }
        })
    };
    // Find-in-page: the browser fires `beforematch` at a collapsed answer it is about to reveal.
    let onbeforematch = Callback::from(move |event: Event| {
        let Some(panel) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if let Some(id) = item_of_answer(&panel.id()) {
            state.dispatch(AccordionAction::Reveal(id.to_string()));
        }
    });
    use_listener(accordion.clone(), "click", onclick);
    use_listener(accordion, "beforematch", onbeforematch);
}

/// The content id of the question whose element matching `selector` holds `target` (or is it),
/// read from that element's id by `item_of`.
fn owner(target: &Element, selector: &str, item_of: fn(&str) -> Option<&str>) -> Option<String> {
    let element = target.closest(selector).ok().flatten()?;
    item_of(&element.id()).map(str::to_string)
}

/// The page's URL with `#id` as its hash: a link that opens this question.
fn link_to(id: &str) -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{id}")
}
