//! The DOM ids of a question's button and answer panel, made here only: the item's view writes
//! them, `aria-controls` and `aria-labelledby` point at them, and the accordion's handlers read
//! which question an event came from.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// What a question button's id starts with (the rest is the question's content id).
const QUESTION: &str = "rf-q-";
/// What an answer panel's id starts with.
const ANSWER: &str = "rf-a-";

/// The id of the button of the question whose content id is `item_id`.
pub fn question_id(item_id: &str) -> String {
    format!("{QUESTION}{item_id}")
}

/// The id of the answer panel of the question whose content id is `item_id`.
pub fn answer_id(item_id: &str) -> String {
    format!("{ANSWER}{item_id}")
}

/// The content id of the question whose button has the DOM id `id`, if it is a question button.
pub fn item_of_question(id: &str) -> Option<&str> {
    id.strip_prefix(QUESTION)
}

/// The content id of the question whose answer panel has the DOM id `id`, if it is a panel.
pub fn item_of_answer(id: &str) -> Option<&str> {
    id.strip_prefix(ANSWER)
}

/// The button of the question `item_id` inside `root`, if it is rendered.
pub fn question_button(root: &Element, item_id: &str) -> Option<HtmlElement> {
    root.query_selector(&format!("[id=\"{}\"]", question_id(item_id)))
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_back_as_the_item_they_were_made_from() {
        assert_eq!(item_of_question(&question_id("a-b")), Some("a-b"));
        assert_eq!(item_of_answer(&answer_id("a-b")), Some("a-b"));
        assert_eq!(item_of_question(&answer_id("a-b")), None);
        assert_eq!(item_of_answer(&question_id("a-b")), None);
        assert_eq!(item_of_question("rf-search"), None);
    }
}
