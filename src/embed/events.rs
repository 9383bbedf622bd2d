//! DOM events the widget sends to the host page: `reframe:ready`, `reframe:toggle`,
//! `reframe:search`, `reframe:check`, `reframe:copy`, `reframe:error`, each with its `detail`
//! (`widget::events`) made a JavaScript object by serde-wasm-bindgen.

use crate::widget::app::WidgetEvent;
use crate::widget::events::{
    dashed_name, CheckDetail, CopyLinkDetail, CopyPhraseDetail, ErrorDetail, ReadyDetail,
    SearchDetail, ToggleDetail,
};
use serde::Serialize;
use web_sys::{CustomEvent, CustomEventInit, Element};

/// Dispatches a bubbling, composed `CustomEvent` named `name` on `host`, with `detail` as a
/// plain JavaScript object, then the same under the event's dashed name ([`dashed_name`]).
pub fn dispatch(host: &Element, name: &str, detail: &impl Serialize) {
    // The details hold strings, numbers and booleans only: they always serialize.
    let Ok(detail) = serde_wasm_bindgen::to_value(detail) else {
        return;
    };
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    for name in [name, &dashed_name(name)] {
        if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = host.dispatch_event(&event);
        }
    }
}

/// `reframe:ready`, once the first render is in the DOM.
///
/// Called from an effect, inside Yew's render loop; the event is dispatched in a microtask of
/// its own, once that loop has finished. A host listener that clicks a question or updates the
/// widget is then answered at once: inside the loop, its change would wait behind the loop's
/// remaining work, and for a task of its own (Yew yields to the browser after a frame's time)
/// if the first render was long.
pub fn ready(host: Element, content: &'static str) {
    wasm_bindgen_futures::spawn_local(async move {
        dispatch(&host, "reframe:ready", &ReadyDetail { content });
    });
}

/// The DOM event for a visitor's action.
pub fn report(host: &Element, event: &WidgetEvent) {
    match event {
        WidgetEvent::Toggle { id, open } => {
            dispatch(host, "reframe:toggle", &ToggleDetail { id, open: *open })
        }
        WidgetEvent::Search { query, count } => dispatch(
            host,
            "reframe:search",
            &SearchDetail {
                query,
                count: *count,
            },
        ),
        WidgetEvent::Check { checked } => {
            dispatch(host, "reframe:check", &CheckDetail { checked: *checked })
        }
        WidgetEvent::CopyPhrase { index } => {
            dispatch(host, "reframe:copy", &CopyPhraseDetail { index: *index })
        }
        WidgetEvent::CopyLink { id } => dispatch(host, "reframe:copy", &CopyLinkDetail { id }),
    }
}

/// `reframe:error`, when the widget cannot render: `message` as in the console, `reason` an
/// `ErrorReason`'s name, `src` the URL the content came from.
pub fn error(host: &Element, message: &str, reason: &'static str, src: Option<&str>) {
    let detail = ErrorDetail {
        message,
        reason,
        src,
        status: None,
    };
    dispatch(host, "reframe:error", &detail);
}
