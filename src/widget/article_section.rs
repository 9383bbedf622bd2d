//! One of the article's other parts: paragraphs, lists and sub-headed paragraphs; a self-check
//! when the content marks it as a checklist, and a call to action when it has one.

use super::app::WidgetEvent;
use super::heading::{heading, part_title_level};
use super::listen::use_listener;
use super::paragraphs::paragraphs;
use super::rich_text_view::rich_text;
use super::strings::UiStrings;
use crate::content::model::{Block, ListItem, Section};
use crate::content::search::Query;
use crate::content::validate::is_safe_url;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`ArticleSection`].
#[derive(Properties, PartialEq)]
pub struct ArticleSectionProps {
    /// The section.
    pub section: Section,
    /// Configured question heading level; sub-headings use it.
    pub level: u8,
    /// The widget's own words.
    pub ui: Rc<UiStrings>,
    /// The `cta-href` attribute: the call to action's URL (the `cta` section, or any section
    /// with an action).
    pub cta_href: Option<String>,
    /// Called when the reader ticks a self-check item.
    pub on_event: Callback<WidgetEvent>,
    /// Says something in the widget's live region.
    pub announce: Callback<String>,
}

/// Renders the section's title and blocks, the self-check and the call to action.
#[function_component]
pub fn ArticleSection(props: &ArticleSectionProps) -> Html {
    let ticked = use_state(Vec::<usize>::new);
    // One listener for every self-check box of the section; a box says which it is.
    let root = use_node_ref();
    let onchange = {
        let ticked = ticked.clone();
        let on_event = props.on_event.clone();
        let announce = props.announce.clone();
        let message = props.ui.checklist_message.to_string();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(index) = input
                .get_attribute("data-index")
                .and_then(|i| i.parse::<usize>().ok())
            else {
                return;
            };
            let mut now: Vec<usize> = ticked.iter().copied().filter(|i| *i != index).collect();
            if input.checked() {
                now.push(index);
            }
            if ticked.is_empty() && !now.is_empty() {
                announce.emit(message.to_string());
            }
            on_event.emit(WidgetEvent::Check { checked: now.len() });
            ticked.set(now);
        })
    };
    use_listener(root.clone(), "change", onchange);
    let section = &props.section;
    let mut item_index = 0;
    let blocks: Vec<Html> = section
        .blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph(text) => html! { <p>{ rich_text(text, &Query::default()) }</p> },
            Block::List(items) if section.checklist && !super::STATIC => {
                let rows = items.iter().map(|item| {
                    let index = item_index;
                    item_index += 1;
                    html! {
                        <li>
                            <label class="check">
                                <input type="checkbox" part="checkbox" data-index={index.to_string()} />
                                <span>{ list_item(item) }</span>
                            </label>
                        </li>
                    }
                });
                html! { <ul class="checklist" part="checklist">{ for rows }</ul> }
            }
            Block::List(items) => html! {
                <ul>{ for items.iter().map(|item| html! { <li>{ list_item(item) }</li> }) }</ul>
            },
            Block::Subsection(sub) => html! {
                <>
                    { heading(props.level, "sub-title", None, html! { &sub.title }) }
                    { paragraphs(&sub.paragraphs, &Query::default()) }
                </>
            },
        })
        .collect();
    let action = section
        .action
        .as_ref()
        .map(|a| {
            (
                a.label.clone(),
                props.cta_href.clone().or_else(|| a.url.clone()),
            )
        })
        .or_else(|| {
            (section.id == "cta")
                .then(|| (props.ui.cta_default.to_string(), props.cta_href.clone()))
        })
        .and_then(|(label, url)| Some((label, url.filter(|u| is_safe_url(u))?)));
    html! {
        <div class="part article-section" part="section" data-part={section.id.clone()} ref={root}>
            { heading(part_title_level(props.level), "part-title", None, html! { &section.title }) }
            { for blocks }
            if section.checklist && !super::STATIC {
                <p class="checklist-message" part="checklist-message" hidden={ticked.is_empty()}>
                    { props.ui.checklist_message.to_string() }
                </p>
            }
            if let Some((label, url)) = action {
                <p class="cta"><a class="cta-link" part="cta" href={url}>{ label }</a></p>
            }
        </div>
    }
}

fn list_item(item: &ListItem) -> Html {
    html! {
        <>
            if let Some(term) = &item.term {
                <strong>{ term }{ ":" }</strong>{ " " }
            }
            { rich_text(&item.text, &Query::default()) }
        </>
    }
}
