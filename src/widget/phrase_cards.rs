//! The "Instead of / Try" phrase cards.

use super::heading::{part_title_level, Heading};
use super::paragraphs::Paragraphs;
use super::strings;
use crate::content::model::Phrases;
use yew::prelude::*;

/// Properties of [`PhraseCards`].
#[derive(Properties, PartialEq)]
pub struct PhraseCardsProps {
    /// The section with its pairs.
    pub phrases: Phrases,
    /// Language of the content, for the widget's own labels.
    pub lang: AttrValue,
    /// Configured question heading level.
    pub level: u8,
}

/// Renders the title, intro, one card per pair (each with visible "Instead of" and "Try"
/// labels, so meaning never rests on colour) and the closing text.
#[function_component]
pub fn PhraseCards(props: &PhraseCardsProps) -> Html {
    let ui = strings::for_lang(&props.lang);
    let cards = props.phrases.pairs.iter().map(|pair| {
        html! {
            <li class="card" part="phrase-card">
                <div class="card-side card-instead" part="phrase-instead">
                    <span class="card-label"><span class="card-icon" aria-hidden="true">{ "✕" }</span>{ ui.instead_of }</span>
                    <p class="card-text">{ &pair.instead }</p>
                </div>
                <div class="card-side card-try" part="phrase-try">
                    <span class="card-label"><span class="card-icon" aria-hidden="true">{ "✓" }</span>{ ui.try_ }</span>
                    <p class="card-text">{ &pair.try_ }</p>
                </div>
            </li>
        }
    });
    html! {
        <div class="part phrases" part="section phrases">
            <Heading level={part_title_level(props.level)} class="part-title">{ &props.phrases.title }</Heading>
            <Paragraphs texts={props.phrases.intro.clone()} />
            <ul class="cards" role="list">{ for cards }</ul>
            <Paragraphs texts={props.phrases.outro.clone()} />
        </div>
    }
}
