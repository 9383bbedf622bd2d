//! What the page asks of a widget through the element's methods (`open(id)`, `close(id)`,
//! `toggleAll(open)`, `search(text)`): a channel from whoever holds the widget (the embed
//! layer) into the FAQ accordion, which carries them out on its own state, so each answer that
//! changes fires `reframe:toggle` as a click's would.

use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// One request of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Open this question's answer.
    Open(String),
    /// Close this question's answer.
    Close(String),
    /// Open every answer (`true`), close them all (`false`), or, `None`, as the "Show all"
    /// button does.
    ToggleAll(Option<bool>),
    /// Search the FAQ for this text (`""` clears the search).
    Search(String),
}

/// What became of a [`Command`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Carried out.
    Done,
    /// The FAQ has no question with that id.
    UnknownId,
    /// The widget shows no FAQ (not in `show`, or not in the content, or not rendered).
    NoFaq,
}

/// The handler the rendered accordion registered, with the token of the component that did.
type Slot = Option<(Rc<()>, Callback<Command, Outcome>)>;

/// The channel: cloned into the app's props by its holder, which sends through it; the
/// accordion on screen handles what is sent.
#[derive(Clone, Default)]
pub struct Commands(Rc<RefCell<Slot>>);

impl PartialEq for Commands {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Commands {
    /// Hands `command` to the accordion on screen.
    pub fn send(&self, command: Command) -> Outcome {
        // Taken out first: the handler dispatches, and a render it runs registers again.
        let handler = self.0.borrow().as_ref().map(|(_, handler)| handler.clone());
        handler.map_or(Outcome::NoFaq, |handler| handler.emit(command))
    }
}

/// Makes `handler` the one `commands` calls, from this render on, until the component
/// unmounts. Set at each render (not in an effect) so that it sees this render's state, and is
/// there as soon as the widget is. The registration is a hook's state, so Yew drops it when the
/// component unmounts, which clears the channel unless another accordion (a new `mode` or
/// `open` mounts a fresh one) has registered since: the token tells them apart.
#[hook]
pub fn use_commands(commands: &Commands, handler: Callback<Command, Outcome>) {
    let registration = use_memo((), |_| Registration(commands.clone(), Rc::new(())));
    let Registration(slot, token) = &*registration;
    *slot.0.borrow_mut() = Some((token.clone(), handler));
}

/// A component's registration on a channel: clears it when dropped, if it is still this one's.
struct Registration(Commands, Rc<()>);

impl Drop for Registration {
    fn drop(&mut self) {
        let mut slot = (self.0).0.borrow_mut();
        if slot
            .as_ref()
            .is_some_and(|(mine, _)| Rc::ptr_eq(mine, &self.1))
        {
            *slot = None;
        }
    }
}
