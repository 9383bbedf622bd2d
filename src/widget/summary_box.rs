//! The article's short answer, as a highlighted box.

use super::rich_text_view::rich_text;
use crate::content::model::Summary;
use crate::content::search::Query;
use yew::prelude::*;

/// Properties of [`SummaryBox`].
#[derive(Properties, PartialEq)]
pub struct SummaryBoxProps {
    /// The label and the answer.
    pub summary: Summary,
}

/// Renders the label and the short answer.
#[function_component]
pub fn SummaryBox(props: &SummaryBoxProps) -> Html {
    html! {
        <div class="part summary" part="summary">
            <p><strong class="summary-label">{ &props.summary.label }</strong>{" "}{ rich_text(&props.summary.text, &Query::default()) }</p>
        </div>
    }
}
