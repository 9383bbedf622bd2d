//! The FAQ as an accordion, following the WAI-ARIA APG accordion pattern, with search,
//! expand/collapse all and deep links.

use super::accordion_state::{AccordionAction, AccordionState};
use super::after_paint::AfterPaint;
use super::app::WidgetEvent;
use super::clipboard;
use super::faq_group::{Defer, FaqGroup, RUN};
use super::heading::{heading, part_title_level};
use super::listen::use_listener;
use super::options::Mode;
use super::search_box::SearchBox;
use super::strings::UiStrings;
use crate::content::model::{Faq, FaqItem};
use crate::content::search::{Query, SearchIndex};
use gloo_events::EventListener;
use std::cell::OnceCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node, ShadowRoot};
use yew::prelude::*;
use yew::virtual_dom::Key;

/// Most panels that may be open together and still be `role="region"`: more landmarks than
/// this makes region navigation noisy (APG).
const MAX_REGIONS: usize = 6;

/// From this many questions on, the accordion is "long": the browser may skip the layout of
/// questions far off screen (`content-visibility`, in the stylesheet); its first render holds
/// its first [`FIRST_RUNS`] runs of questions, with their closed answers empty, the runs of an
/// open answer, and every run down to a question the page's link names; the rest follows, a
/// run per task ([`FaqGroup`], [`Defer`]).
const LONG: usize = 50;

/// Runs of questions ([`RUN`] each) in a long accordion's first render: more than a screenful.
const FIRST_RUNS: usize = 2;

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
    pub ui: &'static UiStrings,
    /// Called for each toggle, search and copied link.
    pub on_event: Callback<WidgetEvent>,
    /// Says something in the widget's live region.
    pub announce: Callback<String>,
}

/// Renders the title, the search box and the expand-all control when they apply, and the
/// questions in runs ([`FaqGroup`]); a search hides the questions it leaves out. Owns the open/closed state, the Up/Down/Home/End
/// keyboard navigation, and deep links: a URL hash naming a question opens it and scrolls to it.
#[function_component]
pub fn FaqAccordion(props: &FaqAccordionProps) -> Html {
    // `open` and `mode` seed the state; the parent keys this component on them, so new values
    // start a fresh accordion rather than patching a visitor's choices.
    let state = use_reducer_eq(|| AccordionState::new(props.open.clone(), props.mode));
    let query_text = use_state(String::new);
    let root = use_node_ref();
    let focus_after_render = use_mut_ref(|| None::<String>);
    // Made once per content, and shared (an `Rc`) with the callbacks below.
    let questions = use_memo(props.faq.items.clone(), |items| {
        Questions::new(items.clone())
    });
    let Questions { items, keys, .. } = &*questions;
    let long = items.len() > LONG;
    // The question the page's link names at first render: it must be in that render to be
    // focused, and so must every question above it, or their coming in would push it out of
    // view where the browser does no scroll anchoring (WebKit).
    let linked = use_memo((), |_| {
        let items = &questions.items;
        let id = (!super::STATIC).then(|| hash_target(items)).flatten()?;
        items.iter().position(|item| item.id == id)
    });
    let query = Query::new(&query_text);
    // Questions a search leaves out stay mounted and are only hidden: clearing the box then
    // changes one attribute per question instead of building hundreds of them again.
    let mut shown = vec![query.is_empty(); items.len()];
    if !query.is_empty() {
        for i in questions.index().matching(&query) {
            shown[i] = true;
        }
    }
    let shown_count = shown.iter().filter(|&&s| s).count();

    // Deep links: the hash at load, and later hash changes, open the named question.
    {
        let state = state.clone();
        let questions = questions.clone();
        let focus_after_render = focus_after_render.clone();
        use_effect_with((), move |_| {
            let reveal = move || {
                if let Some(id) = hash_target(&questions.items) {
                    state.dispatch(AccordionAction::Reveal(id.clone()));
                    *focus_after_render.borrow_mut() = Some(id);
                }
            };
            reveal();
            let listener = web_sys::window()
                .map(|window| EventListener::new(&window, "hashchange", move |_| reveal()));
            move || drop(listener)
        });
    }
    {
        let root = root.clone();
        let focus_after_render = focus_after_render.clone();
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
    }

    // One handler each for the clicks, keys and find-in-page reveals of every question (they
    // come from inside the accordion), so a question costs no closures of its own and a toggle
    // re-renders the toggled item alone.
    let dispatcher = state.dispatcher();
    let onclick = {
        let root = root.clone();
        use_callback(
            (
                dispatcher.clone(),
                props.on_event.clone(),
                props.announce.clone(),
                props.ui,
            ),
            move |event: MouseEvent, (dispatcher, on_event, announce, ui)| {
                let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                    return;
                };
                if let Some((button, id)) = owner(&target, ".faq-button", "rf-q-") {
                    let open = button.get_attribute("aria-expanded").as_deref() != Some("true");
                    dispatcher.dispatch(AccordionAction::Toggle(id.clone()));
                    on_event.emit(WidgetEvent::Toggle { id, open });
                } else if let Some((_, id)) = owner(&target, ".faq-answer", "rf-a-")
                    .filter(|_| target.closest(".copy-link").ok().flatten().is_some())
                {
                    let Some(near) = root.cast::<Element>() else {
                        return;
                    };
                    let on_event = on_event.clone();
                    clipboard::copy_and_announce(
                        link_to(&id),
                        near,
                        announce.clone(),
                        (ui.link_copied, ui.copy_failed),
                        move || on_event.emit(WidgetEvent::CopyLink { id }),
                    );
                }
            },
        )
    };
    let onkeydown = Callback::from(|event: KeyboardEvent| {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if !target.matches(".faq-button").unwrap_or(false) {
            return;
        }
        if let Some(button) = target
            .closest(".faq-item")
            .ok()
            .flatten()
            .and_then(|item| key_target(&item, &event.key()))
            .and_then(|item| item.query_selector(".faq-button").ok().flatten())
            .and_then(|b| b.dyn_into::<HtmlElement>().ok())
        {
            event.prevent_default();
            let _ = button.focus();
        }
    });
    // Find-in-page: the browser fires `beforematch` at a collapsed answer it is about to reveal.
    let onbeforematch = use_callback(
        (dispatcher, props.on_event.clone()),
        |event: Event, (dispatcher, on_event)| {
            let Some(panel) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            if let Some(id) = panel.id().strip_prefix("rf-a-") {
                dispatcher.dispatch(AccordionAction::Reveal(id.to_string()));
                on_event.emit(WidgetEvent::Toggle {
                    id: id.to_string(),
                    open: true,
                });
            }
        },
    );
    let accordion = use_node_ref();
    use_listener(accordion.clone(), "click", onclick);
    use_listener(accordion.clone(), "keydown", onkeydown);
    use_listener(accordion.clone(), "beforematch", onbeforematch);
    let apply_search = {
        let state = state.clone();
        let query_text = query_text.clone();
        let questions = questions.clone();
        let on_event = props.on_event.clone();
        let announce = props.announce.clone();
        let ui = props.ui;
        Callback::from(move |text: String| {
            let items = &questions.items;
            let query = Query::new(&text);
            let mut count = items.len();
            if query.is_empty() {
                state.dispatch(AccordionAction::Search(None));
                announce.emit(String::new());
            } else {
                let matching: Vec<String> = questions
                    .index()
                    .matching(&query)
                    .into_iter()
                    .map(|i| items[i].id.clone())
                    .collect();
                count = matching.len();
                state.dispatch(AccordionAction::Search(Some(matching)));
                announce.emit(if count == 0 {
                    ui.no_matches(&text)
                } else {
                    ui.matches(count)
                });
            }
            on_event.emit(WidgetEvent::Search {
                query: text.clone(),
                count,
            });
            query_text.set(text);
        })
    };
    // In a long accordion, a keystroke only asks for the list to be updated after the next
    // paint, so the typed character shows at once; typing faster than the list updates applies
    // the latest text only (each keystroke replaces, and so cancels, the one waiting).
    let waiting_search = use_mut_ref(|| None::<AfterPaint>);
    let on_search = Callback::from(move |text: String| {
        if long {
            let apply_search = apply_search.clone();
            *waiting_search.borrow_mut() = Some(AfterPaint::new(move || apply_search.emit(text)));
        } else {
            apply_search.emit(text);
        }
    });

    let all_open = items.iter().all(|item| state.is_open(&item.id));
    // Yew reconciles unkeyed children from the end, so a child that comes and goes would shift
    // (and remount) its siblings, the search box among them: the control is hidden, not removed,
    // while a search runs.
    let expand_all_button = use_node_ref();
    {
        let state = state.clone();
        let on_event = props.on_event.clone();
        let questions = questions.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let open = !all_open;
            let all_ids: Vec<String> = questions.items.iter().map(|i| i.id.clone()).collect();
            for id in all_ids.iter().filter(|id| state.is_open(id) != open) {
                on_event.emit(WidgetEvent::Toggle {
                    id: id.clone(),
                    open,
                });
            }
            state.dispatch(AccordionAction::SetOpen(if open {
                all_ids
            } else {
                Vec::new()
            }));
        });
        use_listener(expand_all_button.clone(), "click", onclick);
    }
    let expand_all =
        (!super::STATIC && props.mode == Mode::Multiple && items.len() > 1).then(|| {
            html! {
                <button
                    ref={expand_all_button}
                    type="button"
                    class="expand-all"
                    part="expand-all"
                    aria-expanded={all_open.to_string()}
                    hidden={!query.is_empty()}
                >
                    { if all_open { props.ui.hide_all } else { props.ui.show_all } }
                </button>
            }
        });

    let region = items.len() <= MAX_REGIONS || props.mode == Mode::Single;
    let rendered = (0..items.len()).step_by(RUN).map(|start| {
        let run = start..(start + RUN).min(items.len());
        let shown = &shown[run.clone()];
        let open: Vec<bool> = run.clone().map(|i| state.is_open(&items[i].id)).collect();
        let defer = if !long {
            Defer::Nothing
        } else if start < FIRST_RUNS * RUN
            || open.contains(&true)
            || linked.is_some_and(|i| start <= i)
        {
            Defer::ClosedAnswers
        } else {
            Defer::Everything
        };
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
                ui={props.ui}
                {defer}
            />
        }
    });
    let searching = !query.is_empty();
    let no_results = searching && shown_count == 0;
    let status = searching.then(|| {
        if no_results {
            props.ui.no_matches(&query_text)
        } else {
            props.ui.matches(shown_count)
        }
    });
    html! {
        <div class="part faq" part="section faq" ref={root}>
            { heading(part_title_level(props.level), "part-title", None, html! { &props.faq.title }) }
            if props.search && !super::STATIC {
                <SearchBox
                    value={(*query_text).clone()}
                    label={props.ui.search_label}
                    {status}
                    on_input={on_search}
                />
            }
            { for expand_all }
            if no_results {
                <p class="search-empty" part="search-empty">
                    { props.ui.no_matches(&query_text) }<br />{ props.ui.no_matches_hint }
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

/// What the accordion derives from its questions once per content.
struct Questions {
    /// The questions, in order.
    items: Vec<Rc<FaqItem>>,
    /// Their keys for Yew's keyed lists.
    keys: Vec<Key>,
    /// Their folded text, made at the first search (most visitors never search).
    index: OnceCell<SearchIndex>,
}

impl Questions {
    fn new(items: Vec<Rc<FaqItem>>) -> Questions {
        Questions {
            keys: items
                .iter()
                .map(|item| Key::from(item.id.as_str()))
                .collect(),
            index: OnceCell::new(),
            items,
        }
    }

    /// The search index, made on first use.
    fn index(&self) -> &SearchIndex {
        self.index
            .get_or_init(|| SearchIndex::new(self.items.iter().map(|item| &**item)))
    }
}

/// The element matching `selector` that holds `target` (or is it), with its id after `prefix`.
fn owner(target: &Element, selector: &str, prefix: &str) -> Option<(Element, String)> {
    let element = target.closest(selector).ok().flatten()?;
    let id = element.id().strip_prefix(prefix)?.to_string();
    Some((element, id))
}

/// The question box Up, Down, Home or End moves to from `item`, among those a search shows;
/// Up and Down wrap around. `None` for other keys.
fn key_target(item: &Element, key: &str) -> Option<Element> {
    let parent = item.parent_element()?;
    let next = Element::next_element_sibling;
    let previous = Element::previous_element_sibling;
    let first = || shown_from(parent.first_element_child(), next);
    let last = || shown_from(parent.last_element_child(), previous);
    match key {
        "ArrowDown" => shown_from(next(item), next).or_else(first),
        "ArrowUp" => shown_from(previous(item), previous).or_else(last),
        "Home" => first(),
        "End" => last(),
        _ => None,
    }
}

/// The first element from `at` on, going by `step`, that a search has not hidden.
fn shown_from(mut at: Option<Element>, step: fn(&Element) -> Option<Element>) -> Option<Element> {
    while let Some(element) = at {
        if !element.has_attribute("hidden") {
            return Some(element);
        }
        at = step(&element);
    }
    None
}

/// The question button of item `id` inside `root`.
fn question_button(root: &Element, id: &str) -> Option<HtmlElement> {
    root.query_selector(&format!("[id=\"rf-q-{id}\"]"))
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
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

/// The id of the question the page's URL hash names (`#question-id`), if any.
fn hash_target(items: &[Rc<FaqItem>]) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let name = js_sys::decode_uri_component(hash.trim_start_matches('#')).ok()?;
    let name = String::from(name);
    items.iter().any(|item| item.id == name).then_some(name)
}

/// The page's URL with `#id` as its hash: a link that opens this question.
fn link_to(id: &str) -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{id}")
}
