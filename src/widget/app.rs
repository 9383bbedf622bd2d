//! The root component: the chosen parts of one content set, in the chosen order.

use super::article_section::ArticleSection;
use super::faq_accordion::FaqAccordion;
use super::phrase_cards::PhraseCards;
use super::related_links::RelatedLinks;
use super::summary_box::SummaryBox;
use crate::content::ContentSet;
use crate::embed::options::Options;
use std::rc::Rc;
use yew::prelude::*;

/// What the host learns when an answer opens or closes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toggle {
    /// The question's id.
    pub id: String,
    /// Whether the answer is now open.
    pub open: bool,
}

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The content set to show.
    pub content: Rc<ContentSet>,
    /// Resolved options.
    pub options: Options,
    /// Called when a visitor opens or closes an answer.
    #[prop_or_default]
    pub on_toggle: Callback<Toggle>,
    /// Called once, after the first render is in the DOM.
    #[prop_or_default]
    pub on_ready: Callback<()>,
}

/// The widget's root.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    {
        let on_ready = props.on_ready.clone();
        use_effect_with((), move |_| on_ready.emit(()));
    }
    let content = &props.content;
    let options = &props.options;
    let level = options.heading_level;
    let parts = options.show.iter().map(|name| match name.as_str() {
        "summary" => content
            .summary
            .as_ref()
            .map(|summary| html! { <SummaryBox summary={summary.clone()} /> }),
        "faq" => content.faq.as_ref().map(|faq| {
            html! {
                <FaqAccordion
                    key={format!("{:?} {}", options.mode, options.open.join(" "))}
                    faq={faq.clone()}
                    {level}
                    mode={options.mode}
                    open={options.open.clone()}
                    on_toggle={props.on_toggle.clone()}
                />
            }
        }),
        "phrases" => content.phrases.as_ref().map(|phrases| {
            html! { <PhraseCards phrases={phrases.clone()} lang={content.lang.clone()} {level} /> }
        }),
        "related" => content
            .related
            .as_ref()
            .map(|related| html! { <RelatedLinks related={related.clone()} {level} /> }),
        id => content
            .section(id)
            .map(|section| html! { <ArticleSection section={section.clone()} {level} /> }),
    });
    html! {
        <div
            class={classes!("reframe", format!("theme-{}", options.theme.name()))}
            part="root"
            lang={content.lang.clone()}
            dir={content.direction()}
        >
            { for parts.flatten() }
        </div>
    }
}
