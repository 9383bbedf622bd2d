//! The FAQ search: what a change of the search box's text does, and when.

use super::accordion_state::{AccordionAction, AccordionState};
use super::after_paint::AfterPaint;
use super::app::WidgetEvent;
use super::faq_questions::Questions;
use super::strings::UiStrings;
use crate::content::search::Query;
use std::rc::Rc;
use yew::prelude::*;

/// The callback for the search box's text: it shows the matching questions open (or, for an
/// empty box, every question as before the search), says how many match in the live region, and
/// reports the search to the host.
///
/// In a `long` accordion, a keystroke only asks for that to happen after the next paint, so the
/// typed character shows at once; typing faster than the list updates applies the latest text
/// only (each keystroke replaces, and so cancels, the one waiting).
#[hook]
pub fn use_deferred_search(
    questions: Rc<Questions>,
    dispatcher: UseReducerDispatcher<AccordionState>,
    long: bool,
    on_event: Callback<WidgetEvent>,
    announce: Callback<String>,
    ui: Rc<UiStrings>,
) -> Callback<String> {
    let apply = Callback::from(move |text: String| {
        let items = &questions.items;
        let query = Query::new(&text);
        let count = if query.is_empty() {
            dispatcher.dispatch(AccordionAction::Search {
                query: text.clone(),
                matching: None,
            });
            announce.emit(String::new());
            items.len()
        } else {
            let matching: Vec<String> = questions
                .index()
                .matching(&query)
                .into_iter()
                .map(|i| items[i].id.clone())
                .collect();
            let count = matching.len();
            dispatcher.dispatch(AccordionAction::Search {
                query: text.clone(),
                matching: Some(matching),
            });
            announce.emit(if count == 0 {
                ui.no_matches(&text)
            } else {
                ui.matches(count)
            });
            count
        };
        on_event.emit(WidgetEvent::Search { query: text, count });
    });
    let waiting = use_mut_ref(|| None::<AfterPaint>);
    Callback::from(move |text: String| {
        if long {
            let apply = apply.clone();
            *waiting.borrow_mut() = Some(AfterPaint::new(move || apply.emit(text)));
        } else {
            apply.emit(text);
        }
    })
}
