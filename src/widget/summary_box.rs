//! The article's short answer, as a highlighted box.

use super::rich_text_view::rich_text;
use crate::content::model::Summary;
use crate::content::search::Query;
use yew::prelude::*;

/// The label and the short answer. A function, not a component: it holds no state, and a
/// component costs its own copy of Yew's lifecycle in the wasm.
pub fn summary_box(summary: &Summary) -> Html {
    html! {
        <div class="part summary" part="summary">
            <p><strong class="summary-label">{ &summary.label }</strong>{" "}{ rich_text(&summary.text, &Query::default()) }</p>
        </div>
    }
}
