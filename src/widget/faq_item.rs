//! One accordion entry: a heading whose only child is the toggle button, and the answer panel.

use super::accordion_ids::{answer_id, question_id};
use super::answer_blocks::answer_blocks;
use super::heading::heading;
use super::rich_text_view::marked;
use super::strings::UiStrings;
use crate::content::model::FaqItem;
use crate::content::search::Query;
use std::rc::Rc;
use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes, VTag};

/// Properties of [`FaqItemView`]. Compared on every render of a long accordion, so the item and
/// the words are compared by address.
#[derive(Properties)]
pub struct FaqItemViewProps {
    /// The question and answer (shared, so an unchanged item is the same allocation).
    pub item: Rc<FaqItem>,
    /// Heading level of the question.
    pub level: u8,
    /// Whether the answer is shown.
    pub open: bool,
    /// Whether a closed answer has its text in the DOM yet (an open one always has).
    pub filled: bool,
    /// Whether the panel is a labelled `role="region"`.
    pub region: bool,
    /// Search matches to mark.
    pub highlight: Query,
    /// The widget's own words.
    pub ui: Rc<UiStrings>,
}

impl PartialEq for FaqItemViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.item, &other.item)
            && Rc::ptr_eq(&self.ui, &other.ui)
            && (self.level, self.open, self.filled, self.region)
                == (other.level, other.open, other.filled, other.region)
            && self.highlight == other.highlight
    }
}

/// Renders the question button and the answer panel, inside the `.faq-item` box the accordion
/// gives each question; the accordion handles their clicks and keys (one listener for all). A
/// closed panel carries `hidden="until-found"`, so the browser's find-in-page can still reveal
/// it; browsers without that feature treat it as plain `hidden`.
///
/// In the static fallback ([`super::STATIC`]) the `.faq-item` box is a `<details>` (open as
/// the widget's answer would be at first render, [`super::faq_group`]) whose `<summary>` holds
/// the question's heading, followed by the answer. A native disclosure rather than plain
/// paragraphs: it opens and closes with no script, before the WebAssembly arrives or when it
/// never does, with the keyboard and screen readers' own handling; engines reveal a closed
/// `<details>` for find-in-page, the loader's print stylesheet shows every answer, and the text
/// is in the markup for crawlers. The heading inside the summary (which HTML allows) keeps the
/// questions in a screen reader's heading list, and its id is the question's, so a link to
/// a question still lands on it.
#[function_component]
pub fn FaqItemView(props: &FaqItemViewProps) -> Html {
    let id = &props.item.id;
    if super::STATIC {
        return html! {
            <>
                <summary class="faq-summary">
                    { heading(props.level, "faq-heading", Some(AttrValue::from(id.clone())), html! { &props.item.question }) }
                </summary>
                <div class="faq-answer" part="answer">
                    { answer_blocks(&props.item.answer, &Query::default()) }
                </div>
            </>
        };
    }
    let button_id = question_id(id);
    let panel_id = answer_id(id);
    let mut answer = VTag::new("div");
    answer.set_attributes(panel_attributes(
        panel_id.clone(),
        props.region.then(|| button_id.clone()),
        !props.open,
    ));
    answer.add_children([
        if props.open || props.filled {
            answer_blocks(&props.item.answer, &props.highlight)
        } else {
            Html::default()
        },
        // Only an open answer has its copy button: a closed one could not be reached, and a
        // long FAQ renders many closed answers.
        if props.open {
            html! {
                <button type="button" class="copy-link" part="copy-link">
                    { props.ui.copy_link.to_string() }
                </button>
            }
        } else {
            Html::default()
        },
    ]);
    html! {
        <>
            { heading(props.level, "faq-heading", None, html! {
                <button
                    type="button"
                    class="faq-button"
                    part="question"
                    id={button_id}
                    aria-expanded={props.open.to_string()}
                    aria-controls={panel_id}
                >
                    <span class="faq-question">{ marked(&props.item.question, &props.highlight) }</span>
                    <span class="faq-icon" aria-hidden="true"></span>
                </button>
            }) }
            { answer }
        </>
    }
}

/// The answer panel's attributes: its id, a `role="region"` labelled by the question when
/// `labelled_by` is given, and `hidden="until-found"` when it is closed.
///
/// Set as one fixed list on a `VTag` rather than written in `html!`, because `html!` only takes
/// a `bool` for `hidden` (a boolean attribute to Yew 0.23's macro, whose value it writes
/// itself), so it cannot write `until-found`. This example does not compile; the day it does,
/// the panel can go back to `html!` (and this test fails to say so):
///
/// ```compile_fail,E0308
/// use yew::prelude::*;
/// let closed = Some(AttrValue::from("until-found"));
/// let _ = html! { <div hidden={closed}></div> };
/// ```
///
/// while a boolean, and the same `Option` for another attribute, do:
///
/// ```
/// use yew::prelude::*;
/// let closed = Some(AttrValue::from("until-found"));
/// let _ = html! { <div hidden={true} data-hidden={closed}></div> };
/// ```
fn panel_attributes(id: String, labelled_by: Option<String>, closed: bool) -> Attributes {
    let value = |v: String| Some(AttributeOrProperty::Attribute(v.into()));
    let fixed = |v: &'static str| Some(AttributeOrProperty::Static(v));
    Attributes::Dynamic {
        keys: &["id", "class", "part", "role", "aria-labelledby", "hidden"],
        values: Box::new([
            value(id),
            fixed("faq-answer"),
            fixed("answer"),
            labelled_by.as_ref().and(fixed("region")),
            labelled_by.and_then(value),
            if closed { fixed("until-found") } else { None },
        ]),
    }
}
