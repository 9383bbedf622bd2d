//! Up, Down, Home and End move the focus between the accordion's questions (WAI-ARIA APG).

use super::accordion_ids::{item_of_question, question_button};
use super::faq_questions::Questions;
use super::listen::use_listener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// Where `key` moves the focus among `count` questions from the one at `current` (positions
/// among the questions a search shows): Up and Down wrap around. `None` for other keys.
pub fn moved_focus(key: &str, current: usize, count: usize) -> Option<usize> {
    if current >= count {
        return None;
    }
    match key {
        "ArrowDown" => Some((current + 1) % count),
        "ArrowUp" => Some((current + count - 1) % count),
        "Home" => Some(0),
        "End" => Some(count - 1),
        _ => None,
    }
}

/// Moves the focus as [`moved_focus`] says when a question button inside `accordion` gets one of
/// its keys; `shown` says which of `questions` a search shows (all, when there is none).
#[hook]
pub fn use_arrow_keys(accordion: NodeRef, questions: Rc<Questions>, shown: Rc<[bool]>) {
    let within = accordion.clone();
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let target_id = target.id();
        let Some(id) = item_of_question(&target_id) else {
            return;
        };
        let order: Vec<usize> = (0..shown.len()).filter(|&i| shown[i]).collect();
        let Some(current) = order.iter().position(|&i| questions.items[i].id == id) else {
            return;
        };
        let Some(next) = moved_focus(&event.key(), current, order.len()) else {
            return;
        };
        if let Some(button) = within
            .cast::<Element>()
            .and_then(|root| question_button(&root, &questions.items[order[next]].id))
        {
            event.prevent_default();
            let _ = button.focus();
        }
    });
    use_listener(accordion, "keydown", onkeydown);
}

#[cfg(test)]
mod tests {
    use super::moved_focus;

    #[test]
    fn down_and_up_wrap_around() {
        assert_eq!(moved_focus("ArrowDown", 0, 6), Some(1));
        assert_eq!(moved_focus("ArrowDown", 5, 6), Some(0));
        assert_eq!(moved_focus("ArrowUp", 1, 6), Some(0));
        assert_eq!(moved_focus("ArrowUp", 0, 6), Some(5));
    }

    #[test]
    fn home_and_end_go_to_the_ends() {
        assert_eq!(moved_focus("Home", 3, 6), Some(0));
        assert_eq!(moved_focus("End", 3, 6), Some(5));
    }

    #[test]
    fn a_single_question_keeps_the_focus() {
        for key in ["ArrowDown", "ArrowUp", "Home", "End"] {
            assert_eq!(moved_focus(key, 0, 1), Some(0), "{key}");
        }
    }

    #[test]
    fn other_keys_and_no_questions_move_nothing() {
        assert_eq!(moved_focus("x", 0, 6), None);
        assert_eq!(moved_focus("Enter", 0, 6), None);
        assert_eq!(moved_focus("ArrowDown", 0, 0), None);
    }
}
