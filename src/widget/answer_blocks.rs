//! An answer's blocks: its paragraphs and lists.

use super::paragraphs::paragraphs;
use super::rich_text_view::rich_text;
use crate::content::model::AnswerBlock;
use crate::content::search::Query;
use yew::prelude::*;

/// Each paragraph as a `<p>` and each list as a `<ul>` (an `<ol>` when numbered), with the
/// matches of `highlight` marked. A function, as [`paragraphs`].
pub fn answer_blocks(blocks: &[AnswerBlock], highlight: &Query) -> Html {
    blocks
        .iter()
        .map(|block| match block {
            AnswerBlock::Paragraph(text) => paragraphs(std::slice::from_ref(text), highlight),
            AnswerBlock::List(list) => {
                let entries: Html = list
                    .list
                    .iter()
                    .map(|entry| html! { <li>{ rich_text(entry, highlight) }</li> })
                    .collect();
                if list.ordered {
                    html! { <ol>{ entries }</ol> }
                } else {
                    html! { <ul>{ entries }</ul> }
                }
            }
        })
        .collect()
}
