//! The widget's event handling, instead of Yew's `onclick={...}` props.
//!
//! Yew 0.23 delegates every `on*` prop to one capturing listener per event type on the app's
//! root element, and never removes it: the listener's closure is leaked on purpose
//! (`Closure::forget` in `yew::dom_bundle::subtree_root`) and holds the app's subtree data,
//! which holds the root element. Once a widget has used one `on*` prop, its root element and
//! those listeners outlive `AppHandle::destroy()` for the life of the page, for each widget
//! mounted and destroyed (`tests/yew_listener_leak.rs` fails the day Yew stops leaking; this
//! module can go then). The widget therefore uses no `on*` props. Instead, [`attach`] puts one
//! listener per event type on the element the widget renders into, before the first render, and
//! the widget's handle removes them on destroy; components register their handlers with
//! [`use_listener`] while they render, so a control answers from the moment it is in the DOM
//! (Yew may run effects a frame after a large render).

use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, Node};
use yew::prelude::*;

/// The event types the widget handles.
const EVENT_TYPES: [&str; 5] = ["click", "keydown", "input", "change", "beforematch"];

/// One registered handler: events of `event_type` from inside the element `node` refers to.
struct Handler {
    node: NodeRef,
    event_type: &'static str,
    callback: Rc<RefCell<Callback<Event>>>,
}

thread_local! {
    /// The handlers of every widget on the page; an event goes to those whose element holds
    /// its target, so each widget's listeners only ever reach its own.
    static HANDLERS: RefCell<Vec<Handler>> = const { RefCell::new(Vec::new()) };
}

/// Listens on `root` (the element a widget renders into) for every event type the widget
/// handles, and calls the registered handlers; the listeners are removed when the returned
/// values are dropped. In the capture phase, as Yew listens, so that events which do not bubble
/// reach the handlers too; not passive: a handler may call `prevent_default`.
pub fn attach(root: &Element) -> Vec<EventListener> {
    EVENT_TYPES
        .iter()
        .map(|&event_type| {
            let options = EventListenerOptions {
                phase: EventListenerPhase::Capture,
                passive: false,
            };
            EventListener::new_with_options(root, event_type, options, dispatch)
        })
        .collect()
}

/// Calls the handlers of `event`'s type whose element holds its target.
fn dispatch(event: &Event) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Node>().ok()) else {
        return;
    };
    let event_type = event.type_();
    // Collected first: a handler may render components, which register and unregister.
    let callbacks: Vec<Callback<Event>> = HANDLERS.with_borrow(|handlers| {
        handlers
            .iter()
            .filter(|h| h.event_type == event_type)
            .filter(|h| h.node.get().is_some_and(|n| n.contains(Some(&target))))
            .map(|h| h.callback.borrow().clone())
            .collect()
    });
    for callback in callbacks {
        callback.emit(event.clone());
    }
}

/// Calls `callback` with each `event_type` event that reaches the element `node` refers to
/// (its own, and those that bubble up from inside it) while the component is mounted; the
/// callback of the latest render is the one called. `event_type` must be one the widget
/// listens for (`click`, `keydown`, `input`, `change`, `beforematch`). `E` is the event's type in `web_sys`,
/// such as `MouseEvent`; it is not checked.
#[hook]
pub fn use_listener<E>(node: NodeRef, event_type: &'static str, callback: Callback<E>)
where
    E: JsCast + 'static,
{
    // Only this conversion is made once per event type; the hook itself is one function.
    use_event_listener(
        node,
        event_type,
        callback.reform(|e: Event| e.unchecked_into()),
    );
}

/// [`use_listener`] for a plain `Event`.
#[hook]
fn use_event_listener(node: NodeRef, event_type: &'static str, callback: Callback<Event>) {
    debug_assert!(
        EVENT_TYPES.contains(&event_type),
        "{event_type} is not listened for"
    );
    let registered = use_mut_ref(|| {
        let latest = Rc::new(RefCell::new(Callback::noop()));
        // The static render has no events (and never unmounts).
        if !super::STATIC {
            HANDLERS.with_borrow_mut(|handlers| {
                handlers.push(Handler {
                    node,
                    event_type,
                    callback: latest.clone(),
                })
            });
        }
        latest
    });
    *registered.borrow().borrow_mut() = callback;
    use_effect_with((), move |_| {
        move || {
            let latest = registered.borrow();
            HANDLERS
                .with_borrow_mut(|handlers| handlers.retain(|h| !Rc::ptr_eq(&h.callback, &latest)));
        }
    });
}
