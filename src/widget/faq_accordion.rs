//! The FAQ as an accordion, following the WAI-ARIA APG accordion pattern, with search,
//! expand/collapse all and deep links.

use super::accordion_clicks::use_accordion_clicks;
use super::accordion_keys::use_arrow_keys;
use super::accordion_state::{AccordionAction, AccordionState};
use super::app::WidgetEvent;
use super::commands::{use_commands, Command, Commands, Outcome};
use super::expand_all::{expand_all_button, use_expand_all};
use super::faq_group::FaqGroup;
use super::faq_questions::Questions;
use super::heading::{heading, part_title_level};
use super::long_list;
use super::options::Mode;
use super::search_box::SearchBox;
use super::strings::UiStrings;
use super::use_deep_link::use_deep_link;
use super::use_deferred_search::use_deferred_search;
use super::use_toggle_events::use_toggle_events;
use crate::content::model::Faq;
use crate::content::search::Query;
use std::rc::Rc;
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
    /// Whether to show the search box.
    pub search: bool,
    /// The widget's own words.
    pub ui: Rc<UiStrings>,
    /// Called for each toggle, search and copied link.
    pub on_event: Callback<WidgetEvent>,
    /// Says something in the widget's live region.
    pub announce: Callback<String>,
    /// The page's requests (the element's methods), handled here.
    #[prop_or_default]
    pub commands: Commands,
}

/// Renders the title, the search box and the expand-all control when they apply, and the
/// questions in runs ([`FaqGroup`], [`long_list`]); a search hides the questions it leaves out.
/// Its state is one reducer ([`AccordionState`]); hooks of their own handle deep links
/// ([`use_deep_link`]), the search ([`use_deferred_search`]), the keyboard
/// ([`use_arrow_keys`]), the clicks ([`use_accordion_clicks`]) and expand-all
/// ([`use_expand_all`]); every answer that opens or closes is reported by
/// [`use_toggle_events`].
#[function_component]
pub fn FaqAccordion(props: &FaqAccordionProps) -> Html {
    // `open` and `mode` seed the state; the parent keys this component on them, so new values
    // start a fresh accordion rather than patching a visitor's choices.
    let state = use_reducer_eq(|| AccordionState::new(props.open.clone(), props.mode));
    let root = use_node_ref();
    let accordion = use_node_ref();
    // Made once per content, and shared (an `Rc`) with the hooks and handlers below.
    let questions = use_memo(props.faq.items.clone(), |items| {
        Questions::new(items.clone())
    });
    use_toggle_events(&state, questions.clone(), props.on_event.clone());
    let Questions { items, keys, .. } = &*questions;
    let long = long_list::is_long(items.len());
    let linked = use_deep_link(questions.clone(), state.dispatcher(), root.clone());
    let on_search = use_deferred_search(
        questions.clone(),
        state.dispatcher(),
        long,
        props.on_event.clone(),
        props.announce.clone(),
        props.ui.clone(),
    );
    let query = Query::new(&state.query);
    // Questions a search leaves out stay mounted and are only hidden: clearing the box then
    // changes one attribute per question instead of building them all again.
    let shown = questions.shown(&query);
    let shown_count = shown.iter().filter(|&&s| s).count();
    use_arrow_keys(accordion.clone(), questions.clone(), shown.clone());
    use_accordion_clicks(
        accordion.clone(),
        root.clone(),
        state.clone(),
        props.on_event.clone(),
        props.announce.clone(),
        props.ui.clone(),
    );

    let expand_all = use_node_ref();
    let all_open = use_expand_all(expand_all.clone(), state.clone(), questions.clone());
    let handler = {
        let questions = questions.clone();
        let dispatcher = state.dispatcher();
        let on_search = on_search.clone();
        Callback::from(move |command| {
            let items = &questions.items;
            let action = match command {
                Command::Open(id) | Command::Close(id) if !items.iter().any(|i| i.id == id) => {
                    return Outcome::UnknownId;
                }
                Command::Open(id) => AccordionAction::Reveal(id),
                Command::Close(id) => AccordionAction::Close(id),
                Command::ToggleAll(open) => {
                    AccordionAction::SetOpen(if open.unwrap_or(!all_open) {
                        items.iter().map(|item| item.id.clone()).collect()
                    } else {
                        Vec::new()
                    })
                }
                Command::Search(text) => {
                    on_search.emit(text);
                    return Outcome::Done;
                }
            };
            dispatcher.dispatch(action);
            Outcome::Done
        })
    };
    use_commands(&props.commands, handler);

    let region = items.len() <= MAX_REGIONS || props.mode == Mode::Single;
    let rendered = long_list::runs(items.len()).map(|run| {
        let shown = &shown[run.clone()];
        let open: Vec<bool> = run.clone().map(|i| state.is_open(&items[i].id)).collect();
        let defer = long_list::defer(long, &run, open.contains(&true), linked);
        let start = run.start;
        html! {
            <FaqGroup
                key={start}
                items={items[run.clone()].to_vec()}
                keys={keys[run].to_vec()}
                {open}
                shown={shown.to_vec()}
                highlight={if shown.contains(&true) { query.clone() } else { Query::default() }}
                level={props.level}
                {region}
                ui={props.ui.clone()}
                {defer}
            />
        }
    });
    let searching = !query.is_empty();
    let no_results = searching && shown_count == 0;
    let status = searching.then(|| {
        if no_results {
            props.ui.no_matches(&state.query)
        } else {
            props.ui.matches(shown_count)
        }
    });
    html! {
        <div class="part faq" part="section faq" ref={root}>
            { heading(part_title_level(props.level), "part-title", None, html! { &props.faq.title }) }
            if props.search && !super::STATIC {
                <SearchBox
                    value={state.query.clone()}
                    label={props.ui.search_label.to_string()}
                    {status}
                    on_input={on_search}
                />
            }
            // Yew reconciles unkeyed children from the end, so a child that comes and goes
            // would shift (and remount) its siblings, the search box among them: the control is
            // hidden, not removed, while a search runs.
            if !super::STATIC && props.mode == Mode::Multiple && items.len() > 1 {
                { expand_all_button(expand_all, all_open, searching, &props.ui) }
            }
            if no_results {
                <p class="search-empty" part="search-empty">
                    { props.ui.no_matches(&state.query) }<br />{ props.ui.no_matches_hint.to_string() }
                </p>
            }
            <div
                class={classes!("accordion", long.then_some("is-long"))}
                part="accordion"
                hidden={no_results}
                ref={accordion}
            >
                { for rendered }
            </div>
        </div>
    }
}
