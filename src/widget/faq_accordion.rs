//! The FAQ as an accordion, following the WAI-ARIA APG accordion pattern.

use super::accordion_state::{AccordionAction, AccordionState};
use super::app::Toggle;
use super::faq_item::FaqItemView;
use super::heading::{part_title_level, Heading};
use crate::content::model::Faq;
use crate::embed::options::Mode;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Most panels that may be open together and still be `role="region"`: more landmarks than
/// this makes region navigation noisy (APG).
const MAX_REGIONS: usize = 6;

/// Properties of [`FaqAccordion`].
#[derive(Properties, PartialEq)]
pub struct FaqAccordionProps {
    /// The questions and answers.
    pub faq: Faq,
    /// Heading level of the questions.
    pub level: u8,
    /// Single or multiple open answers.
    pub mode: Mode,
    /// Ids of the answers open at first render (changing it requires a new `key`).
    pub open: Vec<String>,
    /// Called when a visitor opens or closes an answer.
    pub on_toggle: Callback<Toggle>,
}

/// Renders the title and one [`FaqItemView`] per question; owns the open/closed state and the
/// Up/Down/Home/End keyboard navigation between question buttons.
#[function_component]
pub fn FaqAccordion(props: &FaqAccordionProps) -> Html {
    // `open` and `mode` seed the state; the parent keys this component on them, so new values
    // start a fresh accordion rather than patching a visitor's choices.
    let state = use_reducer_eq(|| AccordionState::new(props.open.clone(), props.mode));
    let count = props.faq.items.len();
    // One distinct ref per button (`vec![NodeRef; n]` would clone one shared ref).
    let buttons = use_memo(count, |count| {
        (0..*count).map(|_| NodeRef::default()).collect::<Vec<_>>()
    });

    let on_toggle = {
        let state = state.clone();
        let notify = props.on_toggle.clone();
        Callback::from(move |id: String| {
            let open = !state.is_open(&id);
            state.dispatch(AccordionAction::Toggle(id.clone()));
            notify.emit(Toggle { id, open });
        })
    };
    let on_reveal = {
        let state = state.clone();
        let notify = props.on_toggle.clone();
        Callback::from(move |id: String| {
            if !state.is_open(&id) {
                state.dispatch(AccordionAction::Reveal(id.clone()));
                notify.emit(Toggle { id, open: true });
            }
        })
    };
    let on_keydown = {
        let buttons = buttons.clone();
        Callback::from(move |(index, event): (usize, KeyboardEvent)| {
            let target = match event.key().as_str() {
                "ArrowDown" => (index + 1) % count,
                "ArrowUp" => (index + count - 1) % count,
                "Home" => 0,
                "End" => count - 1,
                _ => return,
            };
            event.prevent_default();
            if let Some(button) = buttons[target].get() {
                if let Ok(button) = button.dyn_into::<HtmlElement>() {
                    let _ = button.focus();
                }
            }
        })
    };

    let region = count <= MAX_REGIONS || props.mode == Mode::Single;
    let items = props.faq.items.iter().enumerate().map(|(index, item)| {
        html! {
            <FaqItemView
                key={item.id.clone()}
                item={item.clone()}
                {index}
                level={props.level}
                open={state.is_open(&item.id)}
                {region}
                button_ref={buttons[index].clone()}
                on_toggle={on_toggle.clone()}
                on_reveal={on_reveal.clone()}
                on_keydown={on_keydown.clone()}
            />
        }
    });
    html! {
        <div class="part faq" part="section faq">
            <Heading level={part_title_level(props.level)} class="part-title">{ &props.faq.title }</Heading>
            <div class="accordion" part="accordion">{ for items }</div>
        </div>
    }
}
