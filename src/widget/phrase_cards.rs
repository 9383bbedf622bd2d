//! The "Instead of / Try" phrase cards section.

use super::app::WidgetEvent;
use super::clipboard;
use super::heading::{heading, part_title_level};
use super::options::PhrasesMode;
use super::paragraphs::paragraphs;
use super::phrase_card::PhraseCard;
use super::strings::UiStrings;
use crate::content::model::Phrases;
use crate::content::search::Query;
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// Properties of [`PhraseCards`].
#[derive(Properties, PartialEq)]
pub struct PhraseCardsProps {
    /// The section with its pairs.
    pub phrases: Phrases,
    /// Cards or practice.
    pub mode: PhrasesMode,
    /// The widget's own words.
    pub ui: Rc<UiStrings>,
    /// Configured question heading level.
    pub level: u8,
    /// Called when a phrase is copied.
    pub on_event: Callback<WidgetEvent>,
    /// Says something in the widget's live region.
    pub announce: Callback<String>,
}

/// Renders the title, intro, one [`PhraseCard`] per pair and the closing text; copies a "Try"
/// phrase (without its quotation marks) when asked.
#[function_component]
pub fn PhraseCards(props: &PhraseCardsProps) -> Html {
    let root = use_node_ref();
    let on_copy = {
        let root = root.clone();
        let pairs = props.phrases.pairs.clone();
        let on_event = props.on_event.clone();
        let announce = props.announce.clone();
        let ui = props.ui.clone();
        Callback::from(move |index: usize| {
            let (Some(near), Some(pair)) = (root.cast::<Element>(), pairs.get(index)) else {
                return;
            };
            let text = pair.try_.trim().trim_matches(['“', '”', '"']).to_string();
            let on_event = on_event.clone();
            let messages = (ui.copied.to_string(), ui.copy_failed.to_string());
            clipboard::copy_and_announce(text, near, announce.clone(), messages, move || {
                on_event.emit(WidgetEvent::CopyPhrase { index })
            });
        })
    };
    let cards = props.phrases.pairs.iter().enumerate().map(|(index, pair)| {
        html! {
            <PhraseCard pair={pair.clone()} {index} mode={props.mode} ui={props.ui.clone()} on_copy={on_copy.clone()} />
        }
    });
    html! {
        <div class="part phrases" part="section phrases" ref={root}>
            { heading(part_title_level(props.level), "part-title", None, html! { &props.phrases.title }) }
            { paragraphs(&props.phrases.intro, &Query::default()) }
            <ul class="cards" role="list">{ for cards }</ul>
            { paragraphs(&props.phrases.outro, &Query::default()) }
        </div>
    }
}
