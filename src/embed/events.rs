//! DOM events the widget sends to the host page: `reframe:ready`, `reframe:toggle`,
//! `reframe:search`, `reframe:copy`, `reframe:error`.

use crate::widget::app::WidgetEvent;
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

/// Dispatches a bubbling, composed `CustomEvent` named `name` on `host`.
pub fn dispatch(host: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// `reframe:ready`, once the first render is in the DOM. `detail`: `{ content }`, the set's id.
///
/// Called from an effect, inside Yew's render loop; the event is dispatched in a microtask of
/// its own, once that loop has finished. A host listener that clicks a question or updates the
/// widget is then answered at once: inside the loop, its change would wait behind the loop's
/// remaining work, and for a task of its own (Yew yields to the browser after 16 ms, a frame or
/// more) if the first render was long.
pub fn ready(host: Element, content: &'static str) {
    wasm_bindgen_futures::spawn_local(async move {
        dispatch(
            &host,
            "reframe:ready",
            &object(&[("content", content.into())]),
        );
    });
}

/// The DOM event for a visitor's action: `reframe:toggle` `{ id, open }`, `reframe:search`
/// `{ query, count }`, `reframe:check` `{ checked }`, `reframe:copy` `{ index }` (a phrase) or
/// `{ id }` (a question's link).
pub fn report(host: &Element, event: &WidgetEvent) {
    let (name, detail) = match event {
        WidgetEvent::Toggle { id, open } => (
            "reframe:toggle",
            object(&[("id", id.as_str().into()), ("open", (*open).into())]),
        ),
        WidgetEvent::Search { query, count } => (
            "reframe:search",
            object(&[
                ("query", query.as_str().into()),
                ("count", (*count as u32).into()),
            ]),
        ),
        WidgetEvent::Check { checked } => (
            "reframe:check",
            object(&[("checked", (*checked as u32).into())]),
        ),
        WidgetEvent::CopyPhrase { index } => {
            ("reframe:copy", object(&[("index", (*index as u32).into())]))
        }
        WidgetEvent::CopyLink { id } => ("reframe:copy", object(&[("id", id.as_str().into())])),
    };
    dispatch(host, name, &detail);
}

/// `reframe:error`, when the widget cannot render. `detail`: `{ message }`.
pub fn error(host: &Element, message: &str) {
    dispatch(
        host,
        "reframe:error",
        &object(&[("message", message.into())]),
    );
}

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}
