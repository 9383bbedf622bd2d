//! `reframe:toggle` for every answer that opens or closes, whatever opened or closed it: a click,
//! the keyboard, a link, find-in-page, show or hide all, a search, or single mode closing the
//! answer that was open. The events come from the state itself, after the render that shows the
//! change, so no path can forget one and a host listener reads the new `aria-expanded`.

use super::accordion_state::AccordionState;
use super::app::WidgetEvent;
use super::faq_questions::Questions;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Compares the open answers with those of the previous render and reports each change with
/// `on_event`: first the answers that closed, then those that opened, each in the FAQ's order.
/// The first render reports nothing (what is open then is the `open` attribute's choice).
#[hook]
pub fn use_toggle_events(
    state: &AccordionState,
    questions: Rc<Questions>,
    on_event: Callback<WidgetEvent>,
) {
    let before: Rc<RefCell<Option<Vec<String>>>> = use_mut_ref(|| None);
    use_effect_with(state.open.clone(), move |open| {
        let previous = before.borrow_mut().replace(open.clone());
        if let Some(previous) = previous {
            for (id, now_open) in changes(&questions, &previous, open) {
                on_event.emit(WidgetEvent::Toggle { id, open: now_open });
            }
        }
    });
}

/// The answers whose state differs between `before` and `after` (both sorted, as
/// [`AccordionState::open`] is): the closed ones, then the opened ones, each in the FAQ's order.
fn changes(questions: &Questions, before: &[String], after: &[String]) -> Vec<(String, bool)> {
    let is_in = |ids: &[String], id: &str| ids.binary_search_by(|o| o.as_str().cmp(id)).is_ok();
    let mut closed = Vec::new();
    let mut opened = Vec::new();
    for item in questions.items.iter() {
        match (is_in(before, &item.id), is_in(after, &item.id)) {
            (true, false) => closed.push((item.id.clone(), false)),
            (false, true) => opened.push((item.id.clone(), true)),
            _ => {}
        }
    }
    closed.extend(opened);
    closed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::FaqItem;

    fn questions(ids: &[&str]) -> Questions {
        Questions::new(
            ids.iter()
                .map(|id| {
                    Rc::new(FaqItem {
                        id: id.to_string(),
                        question: format!("{id}?"),
                        answer: Vec::new(),
                    })
                })
                .collect(),
        )
    }

    fn sorted(ids: &[&str]) -> Vec<String> {
        let mut ids: Vec<String> = ids.iter().map(|id| id.to_string()).collect();
        ids.sort();
        ids
    }

    #[test]
    fn single_mode_reports_the_answer_it_closed_and_then_the_one_it_opened() {
        let faq = questions(&["zeta", "alpha", "mid"]);
        assert_eq!(
            changes(&faq, &sorted(&["mid"]), &sorted(&["zeta"])),
            vec![("mid".to_string(), false), ("zeta".to_string(), true)]
        );
    }

    #[test]
    fn show_all_reports_each_answer_that_changed_in_the_faq_order_and_no_other() {
        let faq = questions(&["zeta", "alpha", "mid"]);
        assert_eq!(
            changes(
                &faq,
                &sorted(&["alpha"]),
                &sorted(&["zeta", "alpha", "mid"])
            ),
            vec![("zeta".to_string(), true), ("mid".to_string(), true)]
        );
        assert_eq!(
            changes(&faq, &sorted(&["alpha"]), &sorted(&["alpha"])),
            vec![]
        );
    }
}
