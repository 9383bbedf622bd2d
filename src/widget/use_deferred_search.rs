//! The FAQ search: what a change of the search box's text does, and when.

use super::accordion_state::{AccordionAction, AccordionState};
use super::after_paint::AfterPaint;
use super::app::WidgetEvent;
use super::faq_questions::Questions;
use super::strings::UiStrings;
use crate::content::search::Query;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// The callback for the search box's text: it shows the matching questions open (or, for an
/// empty box, every question as before the search), says how many match in the live region when
/// that number (or the no-match message) changes, and reports the search to the host.
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
    // The count this search last said in the live region (None: nothing yet, or cleared).
    let said = use_memo((), |_| Cell::new(None::<usize>));
    let apply = Callback::from(move |text: String| {
        let items = &questions.items;
        let query = Query::new(&text);
        let count = if query.is_empty() {
            dispatcher.dispatch(AccordionAction::Search {
                query: text.clone(),
                matching: None,
            });
            announce.emit(String::new());
            said.set(None);
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
            // A keystroke that leaves the count as it was says nothing: the live region repeats
            // a message it is given twice (for copy, copy), which under Orca said "1 question
            // matches" again at every letter typed after the first match. No match is said
            // with the query, which each keystroke changes.
            if count == 0 {
                announce.emit(ui.no_matches(&text));
            } else if said.get() != Some(count) {
                announce.emit(ui.matches(count));
            }
            said.set(Some(count));
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
