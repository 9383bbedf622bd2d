//! Deep links: a URL hash naming a question (`#question-id`) opens it, scrolls to it and focuses
//! it, at load and on every later hash change.

use super::accordion_ids::question_button;
use super::accordion_state::{AccordionAction, AccordionState};
use super::faq_questions::Questions;
use crate::content::model::FaqItem;
use gloo_events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, ShadowRoot};
use yew::prelude::*;

/// Opens the question the page's URL hash names, now and at each `hashchange`, and moves the
/// focus to it once it is rendered inside `root`. Returns the index of the question the hash
/// named at first render: the accordion renders it, and every question above it, at once.
#[hook]
pub fn use_deep_link(
    questions: Rc<Questions>,
    dispatcher: UseReducerDispatcher<AccordionState>,
    root: NodeRef,
) -> Option<usize> {
    let focus_after_render = use_mut_ref(|| None::<String>);
    let linked = use_memo((), |_| {
        let items = &questions.items;
        let id = (!super::STATIC).then(|| hash_target(items)).flatten()?;
        items.iter().position(|item| item.id == id)
    });
    {
        let focus_after_render = focus_after_render.clone();
        use_effect_with((), move |_| {
            let reveal = move || {
                if let Some(id) = hash_target(&questions.items) {
                    dispatcher.dispatch(AccordionAction::Reveal(id.clone()));
                    *focus_after_render.borrow_mut() = Some(id);
                }
            };
            reveal();
            let listener = web_sys::window()
                .map(|window| EventListener::new(&window, "hashchange", move |_| reveal()));
            move || drop(listener)
        });
    }
    use_effect(move || {
        if let Some(id) = focus_after_render.borrow_mut().take() {
            if let Some(button) = root
                .cast::<Element>()
                .and_then(|r| question_button(&r, &id))
                .filter(|button| !taken_earlier(button))
            {
                button.scroll_into_view();
                let _ = button.focus();
            }
        }
    });
    *linked
}

/// The id of the question the page's URL hash names (`#question-id`), if any.
fn hash_target(items: &[Rc<FaqItem>]) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let name = js_sys::decode_uri_component(hash.trim_start_matches('#')).ok()?;
    let name = String::from(name);
    items.iter().any(|item| item.id == name).then_some(name)
}

/// Whether the same question in a widget earlier in the page has the focus: that one keeps the
/// page's link, as the first of two equal ids would, whichever widget renders first.
fn taken_earlier(button: &Element) -> bool {
    let Some(host) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.active_element())
    else {
        return false;
    };
    let mut focused = host.clone();
    while let Some(inner) = focused.shadow_root().and_then(|root| root.active_element()) {
        focused = inner;
    }
    let ours = button
        .get_root_node()
        .dyn_into::<ShadowRoot>()
        .map(|root| root.host());
    focused.id() == button.id()
        && ours.is_ok_and(|ours| {
            host.compare_document_position(&ours) & Node::DOCUMENT_POSITION_FOLLOWING != 0
        })
}
