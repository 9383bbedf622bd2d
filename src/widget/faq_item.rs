//! One accordion entry: a heading whose only child is the toggle button, and the answer panel.

use super::heading::heading;
use super::paragraphs::paragraphs;
use super::rich_text_view::marked;
use super::strings::UiStrings;
use crate::content::model::FaqItem;
use crate::content::search::Query;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`FaqItemView`].
#[derive(Properties, PartialEq)]
pub struct FaqItemViewProps {
    /// The question and answer (shared: an unchanged item compares equal by address).
    pub item: Rc<FaqItem>,
    /// Position in the accordion, for keyboard navigation.
    pub index: usize,
    /// Heading level of the question.
    pub level: u8,
    /// Whether the answer is shown.
    pub open: bool,
    /// Whether the panel is a labelled `role="region"`.
    pub region: bool,
    /// Search matches to mark.
    pub highlight: Query,
    /// The widget's own words.
    pub ui: &'static UiStrings,
    /// Reference to the question button, so the accordion can move focus to it.
    pub button_ref: NodeRef,
    /// Called with the item's id and its new state when the button is activated (click, Enter
    /// or Space).
    pub on_toggle: Callback<(String, bool)>,
    /// Called with the item's index and the event on any key press on the button.
    pub on_keydown: Callback<(usize, KeyboardEvent)>,
    /// Called with the item's id to copy a link to it.
    pub on_copy_link: Callback<String>,
}

/// Renders the question button and the answer panel. A closed panel carries
/// `hidden="until-found"`, so the browser's find-in-page can still reveal it; browsers without
/// that feature treat it as plain `hidden`.
///
/// In the static fallback ([`super::STATIC`]) the question is the heading's text and the answer
/// follows as plain paragraphs, always shown. Plain headings and paragraphs rather than a
/// closed `<details>`: with no script and no stylesheet they read as a normal article, every
/// answer is there for crawlers, readers, find-in-page and printers in every engine, and a
/// screen reader's heading navigation still lists the questions; a button would do nothing.
#[function_component]
pub fn FaqItemView(props: &FaqItemViewProps) -> Html {
    let id = &props.item.id;
    if super::STATIC {
        return html! {
            <div class="faq-item" part="faq-item">
                { heading(props.level, "faq-heading", Some(AttrValue::from(id.clone())), html! { &props.item.question }) }
                <div class="faq-answer" part="answer">
                    { paragraphs(&props.item.answer, &Query::default()) }
                </div>
            </div>
        };
    }
    let button_id = format!("rf-q-{id}");
    let panel_id = format!("rf-a-{id}");
    let onclick = {
        let on_toggle = props.on_toggle.clone();
        let id = id.clone();
        let open = !props.open;
        Callback::from(move |_: MouseEvent| on_toggle.emit((id.clone(), open)))
    };
    let onkeydown = {
        let on_keydown = props.on_keydown.clone();
        let index = props.index;
        Callback::from(move |event: KeyboardEvent| on_keydown.emit((index, event)))
    };
    let on_copy_link = {
        let on_copy_link = props.on_copy_link.clone();
        let id = id.clone();
        Callback::from(move |_: MouseEvent| on_copy_link.emit(id.clone()))
    };
    let mut answer = html! {
        <div
            id={panel_id.clone()}
            class="faq-answer"
            part="answer"
            role={props.region.then_some("region")}
            aria-labelledby={props.region.then_some(button_id.clone())}
        >
            { paragraphs(&props.item.answer, &props.highlight) }
            <button type="button" class="copy-link" part="copy-link" onclick={on_copy_link}>
                { props.ui.copy_link }
            </button>
        </div>
    };
    if !props.open {
        // `html!` treats `hidden` as a boolean; set the keyword in the same render instead.
        if let Html::VTag(tag) = &mut answer {
            std::rc::Rc::make_mut(tag).add_attribute("hidden", "until-found");
        }
    }
    html! {
        <div class={classes!("faq-item", props.open.then_some("is-open"))} part="faq-item">
            { heading(props.level, "faq-heading", None, html! {
                <button
                    ref={props.button_ref.clone()}
                    type="button"
                    class="faq-button"
                    part="question"
                    id={button_id.clone()}
                    aria-expanded={props.open.to_string()}
                    aria-controls={panel_id}
                    {onclick}
                    {onkeydown}
                >
                    <span class="faq-question">{ marked(&props.item.question, &props.highlight) }</span>
                    <span class="faq-icon" aria-hidden="true"></span>
                </button>
            }) }
            { answer }
        </div>
    }
}
