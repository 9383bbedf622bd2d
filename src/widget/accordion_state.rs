//! The FAQ accordion's state: which answers are open, in one reducer.

use crate::embed::options::Mode;
use std::rc::Rc;
use yew::Reducible;

/// The ids of the open answers, and the mode that limits them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccordionState {
    /// Open answer ids.
    pub open: Vec<String>,
    /// Whether opening one closes the others.
    pub mode: Mode,
}

/// What can happen to the accordion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccordionAction {
    /// Open a closed answer or close an open one.
    Toggle(String),
    /// Open an answer (find-in-page revealed it, or a link targeted it).
    Reveal(String),
}

impl AccordionState {
    /// The state at first render.
    pub fn new(open: Vec<String>, mode: Mode) -> Self {
        let mut state = Self {
            open: Vec::new(),
            mode,
        };
        for id in open {
            state.set_open(&id);
        }
        state
    }

    /// Whether this answer is open.
    pub fn is_open(&self, id: &str) -> bool {
        self.open.iter().any(|open| open == id)
    }

    fn set_open(&mut self, id: &str) {
        if self.is_open(id) {
            return;
        }
        if self.mode == Mode::Single {
            self.open.clear();
        }
        self.open.push(id.to_string());
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
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
