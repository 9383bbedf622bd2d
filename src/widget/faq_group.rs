//! A run of consecutive questions, rendered by a component of its own so that a long accordion
//! re-renders only the runs a change touches (a toggle compares one run, not every question);
//! and puts what its first render left out (closed answers, or the whole run) in the DOM right
//! after it, one run per task.

use super::faq_item::FaqItemView;
use super::strings::UiStrings;
use crate::content::model::FaqItem;
use crate::content::search::Query;
use gloo_timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;
use yew::virtual_dom::Key;

/// What of a run waits for a task of its own, right after the accordion's first render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Defer {
    /// Nothing: the run is there whole at once (a short accordion).
    Nothing,
    /// Its closed answers (in a long accordion, its first runs and any run with an open answer).
    ClosedAnswers,
    /// The whole run, questions and answers (in a long accordion, the later runs while all their
    /// answers are closed).
    Everything,
}

/// Properties of [`FaqGroup`]: one entry per question of the run in each list.
#[derive(Properties, PartialEq)]
pub struct FaqGroupProps {
    /// The questions and answers (shared: an unchanged item compares equal by address).
    pub items: Vec<Rc<FaqItem>>,
    /// Their keys.
    pub keys: Vec<Key>,
    /// Which answers are open.
    pub open: Vec<bool>,
    /// Which questions a search shows (all, when there is no search).
    pub shown: Vec<bool>,
    /// Search matches to mark (empty when the run shows no question).
    pub highlight: Query,
    /// Heading level of the questions.
    pub level: u8,
    /// Whether the panels are labelled regions.
    pub region: bool,
    /// The widget's own words.
    pub ui: Rc<UiStrings>,
    /// What waits until after the first render.
    pub defer: Defer,
}

/// Renders each question of the run in the `.faq-item` box it is hidden by when a search leaves
/// it out (it stays mounted, so clearing a search builds nothing). A hidden question is given no
/// query, so its props stay equal while a search runs.
///
/// With `defer`, the run's closed answers are left empty in its first render (or the whole run
/// is, [`Defer::Everything`]) and filled in a task of their own right after it; an open answer
/// always has its text, and a run that comes to hold one (a link to it, a search) is there at
/// once. Find-in-page finds the text once filled. Which runs defer what is the accordion's
/// choice ([`super::long_list`]).
#[function_component]
pub fn FaqGroup(props: &FaqGroupProps) -> Html {
    let filled = use_state(|| super::STATIC || props.defer == Defer::Nothing);
    {
        let filled = filled.clone();
        use_effect_with((), move |_| {
            let timeout = (!*filled).then(|| Timeout::new(0, move || filled.set(true)));
            move || drop(timeout)
        });
    }
    if props.defer == Defer::Everything && !*filled {
        return Html::default();
    }
    props
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (key, open, hidden) = (props.keys[i].clone(), props.open[i], !props.shown[i]);
            let view = html! {
                <FaqItemView
                    item={item.clone()}
                    level={props.level}
                    {open}
                    filled={*filled}
                    region={props.region}
                    highlight={if hidden { Query::default() } else { props.highlight.clone() }}
                    ui={props.ui.clone()}
                />
            };
            // The static fallback's question is a native disclosure, so that it opens and
            // closes with no script at all; the widget's is a heading button (FaqItemView).
            if super::STATIC {
                html! { <details {key} class="faq-item" part="faq-item" {open}>{ view }</details> }
            } else {
                html! { <div {key} class="faq-item" part="faq-item" {hidden}>{ view }</div> }
            }
        })
        .collect()
}
