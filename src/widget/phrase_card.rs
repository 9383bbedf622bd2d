//! One "Instead of / Try" card: visible labels (meaning never rests on colour), a copy button
//! for the "Try" phrase, and in practice mode a button that reveals it.

use super::listen::use_listener;
use super::options::PhrasesMode;
use super::strings::UiStrings;
use crate::content::model::PhrasePair;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`PhraseCard`].
#[derive(Properties, PartialEq)]
pub struct PhraseCardProps {
    /// The pair.
    pub pair: PhrasePair,
    /// Its position, for ids and events.
    pub index: usize,
    /// Cards or practice.
    pub mode: PhrasesMode,
    /// The widget's own words.
    pub ui: Rc<UiStrings>,
    /// Called with `index` when the visitor asks to copy the "Try" phrase.
    pub on_copy: Callback<usize>,
}

/// Renders the card.
#[function_component]
pub fn PhraseCard(props: &PhraseCardProps) -> Html {
    let revealed = use_state(|| false);
    let ui = &props.ui;
    // The static fallback shows both sides, with nothing to press.
    let practice = props.mode == PhrasesMode::Practice && !super::STATIC;
    // Ids only where something refers to them: the static fallback may sit on a page twice.
    let try_id = (!super::STATIC).then(|| format!("rf-try-{}", props.index));
    let try_text_id = (!super::STATIC).then(|| format!("rf-try-text-{}", props.index));
    let on_reveal = {
        let revealed = revealed.clone();
        Callback::from(move |_: MouseEvent| revealed.set(!*revealed))
    };
    let on_copy = {
        let on_copy = props.on_copy.clone();
        let index = props.index;
        Callback::from(move |_: MouseEvent| on_copy.emit(index))
    };
    let reveal_button = use_node_ref();
    let copy_button = use_node_ref();
    use_listener(reveal_button.clone(), "click", on_reveal);
    use_listener(copy_button.clone(), "click", on_copy);
    html! {
        <li class="card" part="phrase-card">
            <div class="card-side card-instead" part="phrase-instead">
                <span class="card-label"><span class="card-icon" aria-hidden="true">{ "✕" }</span>{ ui.instead_of.to_string() }</span>
                <p class="card-text">{ &props.pair.instead }</p>
            </div>
            if practice {
                <div class="card-practice">
                    <p class="card-prompt" hidden={*revealed}>{ ui.think_first.to_string() }</p>
                    <button
                        type="button"
                        class="card-reveal"
                        part="phrase-reveal"
                        aria-expanded={revealed.to_string()}
                        aria-controls={try_id.clone()}
                        ref={reveal_button}
                    >
                        { if *revealed { ui.hide_try.to_string() } else { ui.show_try.to_string() } }
                    </button>
                </div>
            }
            <div id={try_id} class="card-side card-try" part="phrase-try" hidden={practice && !*revealed}>
                <span class="card-label"><span class="card-icon" aria-hidden="true">{ "✓" }</span>{ ui.try_.to_string() }</span>
                <p class="card-text" id={try_text_id.clone()}>{ &props.pair.try_ }</p>
                if !super::STATIC {
                <button type="button" class="card-copy" part="copy-button" aria-describedby={try_text_id} ref={copy_button}>
                    { ui.copy.to_string() }
                </button>
                }
            </div>
        </li>
    }
}
