//! One of the article's other parts: paragraphs, lists and sub-headed paragraphs.

use super::heading::{part_title_level, Heading};
use super::paragraphs::Paragraphs;
use super::rich_text_view::RichTextView;
use crate::content::model::{Block, Section};
use yew::prelude::*;

/// Properties of [`ArticleSection`].
#[derive(Properties, PartialEq)]
pub struct ArticleSectionProps {
    /// The section.
    pub section: Section,
    /// Configured question heading level; sub-headings use it.
    pub level: u8,
}

/// Renders the section's title and blocks.
#[function_component]
pub fn ArticleSection(props: &ArticleSectionProps) -> Html {
    let blocks = props.section.blocks.iter().map(|block| match block {
        Block::Paragraph(text) => html! { <p><RichTextView text={text.clone()} /></p> },
        Block::List(items) => html! {
            <ul>
                { for items.iter().map(|item| html! {
                    <li>
                        if let Some(term) = &item.term {
                            <strong>{ term }{ ":" }</strong>{ " " }
                        }
                        <RichTextView text={item.text.clone()} />
                    </li>
                }) }
            </ul>
        },
        Block::Subsection(sub) => html! {
            <>
                <Heading level={props.level} class="sub-title">{ &sub.title }</Heading>
                <Paragraphs texts={sub.paragraphs.clone()} />
            </>
        },
    });
    html! {
        <div class="part article-section" part="section" data-part={props.section.id.clone()}>
            <Heading level={part_title_level(props.level)} class="part-title">{ &props.section.title }</Heading>
            { for blocks }
        </div>
    }
}
