//! DOM events the widget sends to the host page: `reframe:ready`, `reframe:toggle`,
//! `reframe:error`.

use crate::widget::app::Toggle;
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
pub fn ready(host: &Element, content: &str) {
    dispatch(
        host,
        "reframe:ready",
        &object(&[("content", content.into())]),
    );
}

/// `reframe:toggle`, when an answer opens or closes. `detail`: `{ id, open }`.
pub fn toggle(host: &Element, toggle: &Toggle) {
    let detail = object(&[
        ("id", toggle.id.as_str().into()),
        ("open", toggle.open.into()),
    ]);
    dispatch(host, "reframe:toggle", &detail);
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
