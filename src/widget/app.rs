//! The root component: the chosen parts of one content set, in the chosen order, and the live
//! region that announces what the widget did.

use super::article_section::ArticleSection;
use super::commands::Commands;
use super::faq_accordion::FaqAccordion;
use super::keyword::Keyword;
use super::options::Options;
use super::phrase_cards::PhraseCards;
use super::related_links::related_links;
use super::strings;
use super::summary_box::summary_box;
use crate::content::{ContentSet, Part};
use std::rc::Rc;
use yew::prelude::*;

/// Something a visitor did that the host page hears about (as a DOM event).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WidgetEvent {
    /// An answer opened or closed (`reframe:toggle`).
    Toggle {
        /// The question's id.
        id: String,
        /// Whether the answer is now open.
        open: bool,
    },
    /// The search query changed (`reframe:search`).
    Search {
        /// The query as typed.
        query: String,
        /// How many questions match.
        count: usize,
    },
    /// The reader ticked or unticked an item of a self-check (`reframe:check`).
    Check {
        /// How many items are ticked now.
        checked: usize,
    },
    /// A "Try" phrase was copied (`reframe:copy`).
    CopyPhrase {
        /// Index of the phrase pair.
        index: usize,
    },
    /// A link to a question was copied (`reframe:copy`).
    CopyLink {
        /// The question's id.
        id: String,
    },
}

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The content set to show.
    pub content: Rc<ContentSet>,
    /// Resolved options.
    pub options: Options,
    /// Called for each [`WidgetEvent`].
    #[prop_or_default]
    pub on_event: Callback<WidgetEvent>,
    /// Called once, after the first render is in the DOM.
    #[prop_or_default]
    pub on_ready: Callback<()>,
    /// The page's requests to the FAQ (the element's methods).
    #[prop_or_default]
    pub commands: Commands,
}

/// The widget's root.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    {
        let on_ready = props.on_ready.clone();
        use_effect_with((), move |_| on_ready.emit(()));
    }
    // Live region: a changed text is announced; a zero-width space toggles so that the same
    // message twice (copy, copy) is announced twice.
    let announcement = use_state(String::new);
    let announce = {
        let announcement = announcement.clone();
        Callback::from(move |message: String| {
            let message = if *announcement == message {
                format!("{message}\u{200B}")
            } else {
                message
            };
            announcement.set(message);
        })
    };
    let content = &props.content;
    let options = &props.options;
    // Built once per language and labels, and shared: views compare it by address.
    let ui = use_memo(
        (options.ui_lang, content.labels.clone()),
        |(lang, labels)| strings::words(*lang, labels.as_deref()),
    );
    let level = options.heading_level;
    let parts = options.show.iter().map(|part| match part {
        Part::Summary => content.summary.as_ref().map(summary_box),
        Part::Faq => content.faq.as_ref().map(|faq| {
            html! {
                <FaqAccordion
                    key={format!("{} {}", options.mode.name(), options.open.join(" "))}
                    faq={faq.clone()}
                    {level}
                    mode={options.mode}
                    open={options.open.clone()}
                    search={options.search}
                    ui={ui.clone()}
                    on_event={props.on_event.clone()}
                    announce={announce.clone()}
                    commands={props.commands.clone()}
                />
            }
        }),
        Part::Phrases => content.phrases.as_ref().map(|phrases| {
            html! {
                <PhraseCards
                    phrases={phrases.clone()}
                    mode={options.phrases_mode}
                    ui={ui.clone()}
                    {level}
                    on_event={props.on_event.clone()}
                    announce={announce.clone()}
                />
            }
        }),
        Part::Related => content
            .related
            .as_ref()
            .map(|related| related_links(related, level)),
        Part::Section(id) => content.section(id).map(|section| {
            html! {
                <ArticleSection
                    section={section.clone()}
                    {level}
                    ui={ui.clone()}
                    cta_href={options.cta_href.clone()}
                    on_event={props.on_event.clone()}
                    announce={announce.clone()}
                />
            }
        }),
    });
    html! {
        <div
            class={classes!("reframe", format!("theme-{}", options.theme.name()))}
            part="root"
            lang={content.lang.clone()}
            dir={content.direction()}
        >
            { for parts.flatten() }
            if !super::STATIC {
                <p class="visually-hidden" role="status" aria-live="polite">{ (*announcement).clone() }</p>
            }
        </div>
    }
}
