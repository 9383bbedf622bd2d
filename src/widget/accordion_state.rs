//! The FAQ accordion's state: which answers are open and what the visitor searches for, in one
//! reducer.

use super::options::Mode;
use std::rc::Rc;
use yew::Reducible;

/// The ids of the open answers, the mode that limits them, the search, and what was open before
/// it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccordionState {
    /// Open answer ids, sorted: a long accordion asks for each of them on every render.
    pub open: Vec<String>,
    /// Whether opening one closes the others.
    pub mode: Mode,
    /// The search box's text (the list shows what it matches).
    pub query: String,
    /// The open answers from before the current search, restored when it is cleared.
    before_search: Option<Vec<String>>,
}

/// What can happen to the accordion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccordionAction {
    /// Open a closed answer or close an open one.
    Toggle(String),
    /// Open an answer (find-in-page revealed it, or a link targeted it).
    Reveal(String),
    /// Close an answer (the page's `close(id)`).
    Close(String),
    /// Open exactly these answers (expand all, collapse all).
    SetOpen(Vec<String>),
    /// The search box's text is now `query`.
    Search {
        /// The search box's text.
        query: String,
        /// The ids of the questions it matches, shown open; `None` when it searches for nothing
        /// (an empty box), so what was open before the search comes back.
        matching: Option<Vec<String>>,
    },
}

impl AccordionState {
    /// The state at first render.
    pub fn new(open: Vec<String>, mode: Mode) -> Self {
        let mut state = Self {
            open: Vec::new(),
            mode,
            query: String::new(),
            before_search: None,
        };
        for id in open {
            state.set_open(&id);
        }
        state
    }

    /// Whether this answer is open.
    pub fn is_open(&self, id: &str) -> bool {
        self.open
            .binary_search_by(|open| open.as_str().cmp(id))
            .is_ok()
    }

    fn set_open(&mut self, id: &str) {
        if self.is_open(id) {
            return;
        }
        if self.mode == Mode::Single {
            self.open.clear();
        }
        let at = self.open.partition_point(|open| open.as_str() < id);
        self.open.insert(at, id.to_string());
    }

    /// Opens exactly `ids`; in single mode, only the first of them.
    fn set_all(&mut self, ids: Vec<String>) {
        self.open.clear();
        let limit = if self.mode == Mode::Single {
            1
        } else {
            ids.len()
        };
        for id in ids.into_iter().take(limit) {
            self.set_open(&id);
        }
    }
}

impl Reducible for AccordionState {
    type Action = AccordionAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            AccordionAction::Toggle(id) if next.is_open(&id) => {
                next.open.retain(|open| *open != id)
            }
            AccordionAction::Toggle(id) | AccordionAction::Reveal(id) => next.set_open(&id),
            AccordionAction::Close(id) => next.open.retain(|open| *open != id),
            AccordionAction::SetOpen(ids) => next.set_all(ids),
            AccordionAction::Search {
                query,
                matching: Some(matching),
            } => {
                if next.before_search.is_none() {
                    next.before_search = Some(next.open.clone());
                }
                next.query = query;
                next.set_all(matching);
            }
            AccordionAction::Search {
                query,
                matching: None,
            } => {
                next.query = query;
                if let Some(before) = next.before_search.take() {
                    next.open = before;
                }
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(state: AccordionState, actions: Vec<AccordionAction>) -> AccordionState {
        let mut state = Rc::new(state);
        for action in actions {
            state = state.reduce(action);
        }
        (*state).clone()
    }

    fn ids(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|id| id.to_string()).collect()
    }

    #[test]
    fn single_mode_keeps_one_answer_open() {
        let state = after(
            AccordionState::new(ids(&["a", "b"]), Mode::Single),
            vec![AccordionAction::Toggle("c".into())],
        );
        assert_eq!(state.open, ids(&["c"]));
        let state = after(state, vec![AccordionAction::Toggle("c".into())]);
        assert!(state.open.is_empty());
    }

    #[test]
    fn close_closes_an_open_answer_and_leaves_a_closed_one_as_it_was() {
        let start = Rc::new(AccordionState::new(ids(&["a", "b"]), Mode::Multiple));
        let closed = start.clone().reduce(AccordionAction::Close("a".into()));
        assert_eq!(closed.open, ids(&["b"]));
        // Nothing changed: the same state, so no render and no event.
        let again = closed.clone().reduce(AccordionAction::Close("a".into()));
        assert!(Rc::ptr_eq(&closed, &again));
    }

    #[test]
    fn clearing_a_search_brings_back_what_was_open_before_it() {
        let state = after(
            AccordionState::new(ids(&["b"]), Mode::Multiple),
            vec![
                AccordionAction::Search {
                    query: "x".into(),
                    matching: Some(ids(&["c", "a"])),
                },
                AccordionAction::Search {
                    query: "xy".into(),
                    matching: Some(ids(&["c"])),
                },
            ],
        );
        assert_eq!(
            (state.query.as_str(), state.open.clone()),
            ("xy", ids(&["c"]))
        );
        let cleared = AccordionAction::Search {
            query: String::new(),
            matching: None,
        };
        let state = after(state, vec![cleared]);
        assert_eq!((state.query.as_str(), state.open), ("", ids(&["b"])));
    }
}
