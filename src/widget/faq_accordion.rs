//! The FAQ as an accordion, following the WAI-ARIA APG accordion pattern, with search,
//! expand/collapse all and deep links.

use super::accordion_state::{AccordionAction, AccordionState};
use super::app::WidgetEvent;
use super::clipboard;
use super::faq_item::FaqItemView;
use super::heading::{heading, part_title_level};
use super::search_box::SearchBox;
use super::strings::UiStrings;
use crate::content::model::Faq;
use crate::content::search::{Query, SearchIndex};
use crate::embed::options::Mode;
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Most panels that may be open together and still be `role="region"`: more landmarks than
/// this makes region navigation noisy (APG).
const MAX_REGIONS: usize = 6;

/// From this many questions on, the accordion is "long": the browser may skip the layout of
/// questions far off screen (`content-visibility`, in the stylesheet).
const LONG: usize = 50;

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

/// Renders the title, the search box and the expand-all control when they apply, and one
/// [`FaqItemView`] per (matching) question. Owns the open/closed state, the Up/Down/Home/End
/// keyboard navigation, and deep links: a URL hash naming a question opens it and scrolls to it.
#[function_component]
pub fn FaqAccordion(props: &FaqAccordionProps) -> Html {
    // `open` and `mode` seed the state; the parent keys this component on them, so new values
    // start a fresh accordion rather than patching a visitor's choices.
    let state = use_reducer_eq(|| AccordionState::new(props.open.clone(), props.mode));
    let query_text = use_state(String::new);
    let root = use_node_ref();
    let items = &props.faq.items;
    // One distinct ref per button (`vec![NodeRef; n]` would clone one shared ref).
    let buttons = use_memo(items.len(), |n| {
        (0..*n).map(|_| NodeRef::default()).collect::<Vec<_>>()
    });
    let focus_after_render = use_mut_ref(|| None::<usize>);

    // Folded once per content, and only when the search box is there: nothing else sets a query.
    let index = use_memo((items.clone(), props.search), |(items, search)| {
        if *search {
            SearchIndex::new(items.iter().map(|item| &**item))
        } else {
            SearchIndex::default()
        }
    });
    let query = Query::new(&query_text);
    let visible: Vec<usize> = if query.is_empty() {
        (0..items.len()).collect()
    } else {
        index.matching(&query)
    };

    // Deep links: the hash at load, and later hash changes, open the named question.
    {
        let state = state.clone();
        let ids: Vec<String> = items.iter().map(|i| i.id.clone()).collect();
        let focus_after_render = focus_after_render.clone();
        use_effect_with((), move |_| {
            let reveal = move || {
                if let Some(index) = hash_target(&ids) {
                    state.dispatch(AccordionAction::Reveal(ids[index].clone()));
                    *focus_after_render.borrow_mut() = Some(index);
                }
            };
            reveal();
            let listener = web_sys::window()
                .map(|window| EventListener::new(&window, "hashchange", move |_| reveal()));
            move || drop(listener)
        });
    }
    {
        let buttons = buttons.clone();
        let focus_after_render = focus_after_render.clone();
        use_effect(move || {
            if let Some(index) = focus_after_render.borrow_mut().take() {
                if let Some(button) = buttons[index].cast::<HtmlElement>() {
                    button.scroll_into_view();
                    let _ = button.focus();
                }
            }
        });
    }

    // The callbacks each item gets are made once (and again only when what they use changes),
    // so a toggle re-renders the toggled item alone: its siblings' props stay equal.
    let dispatcher = state.dispatcher();
    let on_toggle = use_callback(
        (dispatcher.clone(), props.on_event.clone()),
        |(id, open): (String, bool), (dispatcher, on_event)| {
            dispatcher.dispatch(AccordionAction::Toggle(id.clone()));
            on_event.emit(WidgetEvent::Toggle { id, open });
        },
    );
    // Find-in-page: the browser fires `beforematch` (it bubbles) at a collapsed answer it is
    // about to reveal. One listener on the accordion serves every item.
    {
        let root = root.clone();
        use_effect_with(
            (dispatcher, props.on_event.clone()),
            move |(dispatcher, on_event)| {
                let (dispatcher, on_event) = (dispatcher.clone(), on_event.clone());
                let listener = root.cast::<Element>().map(|root| {
                    EventListener::new(&root, "beforematch", move |event| {
                        let Some(panel) = event.target().and_then(|t| t.dyn_into::<Element>().ok())
                        else {
                            return;
                        };
                        if let Some(id) = panel.id().strip_prefix("rf-a-") {
                            dispatcher.dispatch(AccordionAction::Reveal(id.to_string()));
                            on_event.emit(WidgetEvent::Toggle {
                                id: id.to_string(),
                                open: true,
                            });
                        }
                    })
                });
                move || drop(listener)
            },
        );
    }
    let on_keydown = use_callback(
        (buttons.clone(), visible.clone()),
        |(index, event): (usize, KeyboardEvent), (buttons, visible)| {
            let Some(at) = visible.iter().position(|&i| i == index) else {
                return;
            };
            let n = visible.len();
            let target = match event.key().as_str() {
                "ArrowDown" => (at + 1) % n,
                "ArrowUp" => (at + n - 1) % n,
                "Home" => 0,
                "End" => n - 1,
                _ => return,
            };
            event.prevent_default();
            if let Some(button) = buttons[visible[target]].cast::<HtmlElement>() {
                let _ = button.focus();
            }
        },
    );
    let on_copy_link = {
        let root = root.clone();
        use_callback(
            (props.on_event.clone(), props.announce.clone(), props.ui),
            move |id: String, (on_event, announce, ui)| {
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
            },
        )
    };
    let on_search = {
        let state = state.clone();
        let query_text = query_text.clone();
        let items = items.clone();
        let index = index.clone();
        let on_event = props.on_event.clone();
        let announce = props.announce.clone();
        let ui = props.ui;
        Callback::from(move |text: String| {
            let query = Query::new(&text);
            let matching: Vec<String> = index
                .matching(&query)
                .into_iter()
                .map(|i| items[i].id.clone())
                .collect();
            let count = matching.len();
            if query.is_empty() {
                state.dispatch(AccordionAction::Search(None));
                announce.emit(String::new());
            } else {
                state.dispatch(AccordionAction::Search(Some(matching)));
                announce.emit(if count == 0 {
                    no_matches(ui, &text)
                } else {
                    ui.matches(count)
                });
            }
            on_event.emit(WidgetEvent::Search {
                query: text.clone(),
                count: if query.is_empty() { items.len() } else { count },
            });
            query_text.set(text);
        })
    };

    let all_ids: Vec<String> = items.iter().map(|i| i.id.clone()).collect();
    let all_open = all_ids.iter().all(|id| state.is_open(id));
    // Yew reconciles unkeyed children from the end, so a child that comes and goes would shift
    // (and remount) its siblings, the search box among them: the control is hidden, not removed,
    // while a search runs.
    let expand_all =
        (!super::STATIC && props.mode == Mode::Multiple && items.len() > 1).then(|| {
            let state = state.clone();
            let on_event = props.on_event.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                let target = if all_open {
                    Vec::new()
                } else {
                    all_ids.clone()
                };
                for id in &all_ids {
                    let open = target.contains(id);
                    if state.is_open(id) != open {
                        on_event.emit(WidgetEvent::Toggle {
                            id: id.clone(),
                            open,
                        });
                    }
                }
                state.dispatch(AccordionAction::SetOpen(target));
            });
            html! {
                <button
                    type="button"
                    class="expand-all"
                    part="expand-all"
                    aria-expanded={all_open.to_string()}
                    hidden={!query.is_empty()}
                    {onclick}
                >
                    { if all_open { props.ui.hide_all } else { props.ui.show_all } }
                </button>
            }
        });

    let region = items.len() <= MAX_REGIONS || props.mode == Mode::Single;
    let rendered = visible.iter().map(|&index| {
        let item = &items[index];
        html! {
            <FaqItemView
                key={item.id.clone()}
                item={item.clone()}
                {index}
                level={props.level}
                open={state.is_open(&item.id)}
                {region}
                highlight={query.clone()}
                ui={props.ui}
                button_ref={buttons[index].clone()}
                on_toggle={on_toggle.clone()}
                on_keydown={on_keydown.clone()}
                on_copy_link={on_copy_link.clone()}
            />
        }
    });
    let searching = !query.is_empty();
    html! {
        <div class="part faq" part="section faq" ref={root}>
            { heading(part_title_level(props.level), "part-title", None, html! { &props.faq.title }) }
            if props.search && !super::STATIC {
                <SearchBox
                    value={(*query_text).clone()}
                    label={props.ui.search_label}
                    status={if searching { Some(if visible.is_empty() { no_matches(props.ui, &query_text) } else { props.ui.matches(visible.len()) }) } else { None }}
                    on_input={on_search}
                />
            }
            { for expand_all }
            if searching && visible.is_empty() {
                <p class="search-empty" part="search-empty">
                    { no_matches(props.ui, &query_text) }<br />{ props.ui.no_matches_hint }
                </p>
            } else {
                <div class={classes!("accordion", (items.len() > LONG).then_some("is-long"))} part="accordion">{ for rendered }</div>
            }
        </div>
    }
}

fn no_matches(ui: &UiStrings, query: &str) -> String {
    ui.no_matches.replace("{q}", query.trim())
}

/// The index of the question the page's URL hash names (`#question-id`), if any.
fn hash_target(ids: &[String]) -> Option<usize> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let name = js_sys::decode_uri_component(hash.trim_start_matches('#')).ok()?;
    let name = String::from(name);
    ids.iter().position(|id| *id == name)
}

/// The page's URL with `#id` as its hash: a link that opens this question.
fn link_to(id: &str) -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{id}")
}
