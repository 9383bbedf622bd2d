//! The FAQ accordion's state: which answers are open, in one reducer.

use super::options::Mode;
use std::rc::Rc;
use yew::Reducible;

/// The ids of the open answers, the mode that limits them, and what was open before a search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccordionState {
    /// Open answer ids, sorted (an accordion of 1,000 asks for each of them on every render).
    pub open: Vec<String>,
    /// Whether opening one closes the others.
    pub mode: Mode,
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
    /// Open exactly these answers (expand all, collapse all).
    SetOpen(Vec<String>),
    /// A search shows these matching answers open (`None`: the search was cleared, so what was
    /// open before comes back).
    Search(Option<Vec<String>>),
}

impl AccordionState {
    /// The state at first render.
    pub fn new(open: Vec<String>, mode: Mode) -> Self {
        let mut state = Self {
            open: Vec::new(),
            mode,
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
            AccordionAction::SetOpen(ids) => next.set_all(ids),
            AccordionAction::Search(Some(matching)) => {
                if next.before_search.is_none() {
                    next.before_search = Some(next.open.clone());
                }
                next.set_all(matching);
            }
            AccordionAction::Search(None) => {
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
