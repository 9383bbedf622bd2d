//! DOM listeners the widget adds and removes itself, instead of Yew's `onclick={...}` props.
//!
//! Yew 0.23 delegates every `on*` prop to one capturing listener per event type on the app's
//! root element, and never removes it: the listener's closure is leaked on purpose
//! (`Closure::forget` in `yew::dom_bundle::subtree_root`) and holds the app's subtree data,
//! which holds the root element. Once a widget has used one `on*` prop, its root element and
//! those listeners outlive `AppHandle::destroy()` for the life of the page (measured: one DOM
//! node and one listener per event type for each mounted and destroyed widget). The widget
//! therefore uses no `on*` props: [`use_listener`] attaches a `gloo_events` listener to the
//! element itself, and removes it when the component goes.

use gloo_events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};
use yew::prelude::*;

/// Calls `callback` with each `event_type` event that reaches the element `node` refers to
/// (its own, and those that bubble up from inside it), from the render that puts the element in
/// the DOM until the component unmounts. The callback of the latest render is the one called;
/// a new element in `node` (one that came and went) gets the listener again. The listener is
/// not passive: the callback may call `prevent_default`. `E` is the event's type in `web_sys`,
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
    let latest = use_mut_ref(|| callback.clone());
    *latest.borrow_mut() = callback;
    let attached: Rc<RefCell<Option<(Element, EventListener)>>> = use_mut_ref(|| None);
    {
        let attached = attached.clone();
        use_effect(move || {
            let element = node.cast::<Element>();
            let mut slot = attached.borrow_mut();
            let current = slot.as_ref().map(|(element, _)| element);
            if current != element.as_ref() {
                *slot = element.map(|element| {
                    let options = EventListenerOptions::enable_prevent_default();
                    let listener =
                        EventListener::new_with_options(&element, event_type, options, move |e| {
                            // Cloned out first: the callback may render this component again.
                            let callback = latest.borrow().clone();
                            callback.emit(e.clone());
                        });
                    (element, listener)
                });
            }
        });
    }
    use_effect_with((), move |_| move || drop(attached.borrow_mut().take()));
}
