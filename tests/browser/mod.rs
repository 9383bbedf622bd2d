//! Shared helpers for the browser tests (wasm-bindgen-test): a fresh element with a widget
//! mounted on it, queries into its shadow root, waiting for outcomes, console capture.
#![allow(dead_code)] // each test crate uses its own subset

use js_sys::{Array, Function, Object, Promise, Reflect};
use reframe_core::embed::{mount, WidgetHandle};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit, ShadowRoot};

pub const FIRST: &str = "what-to-do-if-partner-refuses";

/// A fresh `<div>` in the document with a widget mounted on it.
pub struct Fixture {
    /// The element the widget is mounted on.
    pub host: Element,
    /// The widget.
    pub handle: WidgetHandle,
}

/// A fresh `<div>` at the end of the document's body, holding `fallback` (HTML).
pub fn new_host(fallback: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_inner_html(fallback);
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// What `record` (the body of a JavaScript function of the event `e`, returning a value) gives
/// for each `event_type` event that reaches `element`, in order, as they come.
pub fn recorded(element: &Element, event_type: &str, record: &str) -> Array {
    let seen = Array::new();
    let listener = Function::new_with_args("e", &format!("this.push({record})")).bind0(&seen);
    element
        .add_event_listener_with_callback(event_type, &listener)
        .unwrap();
    seen
}

impl Fixture {
    pub async fn new(options: &[(&str, &str)]) -> Self {
        let host = new_host("<p class=\"fallback\">Fallback text</p>");
        let ready = recorded(&host, "reframe:ready", "e");
        let handle = mount(host.clone(), object(options)).unwrap();
        until("reframe:ready", 1, || ready.length()).await;
        Fixture { host, handle }
    }

    pub fn root(&self) -> ShadowRoot {
        self.host
            .shadow_root()
            .expect("the widget attached a shadow root")
    }

    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root().query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().dyn_into().unwrap())
            .collect()
    }

    pub fn one(&self, selector: &str) -> Element {
        self.root()
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    /// The question buttons a visitor can see (a search hides the others).
    pub fn buttons(&self) -> Vec<HtmlElement> {
        self.all(".faq-item:not([hidden]) .faq-button")
            .into_iter()
            .map(|e| e.dyn_into().unwrap())
            .collect()
    }

    pub fn expanded(&self) -> Vec<bool> {
        self.buttons()
            .iter()
            .map(|b| b.get_attribute("aria-expanded").unwrap() == "true")
            .collect()
    }

    /// Checks that every button's `aria-expanded` matches whether its panel is shown.
    pub fn assert_aria_consistent(&self) {
        for button in self.buttons() {
            let panel_id = button.get_attribute("aria-controls").unwrap();
            let panel = self
                .root()
                .get_element_by_id(&panel_id)
                .unwrap_or_else(|| panic!("aria-controls={panel_id} is not in the shadow root"));
            let expanded = button.get_attribute("aria-expanded").unwrap() == "true";
            assert_eq!(panel.has_attribute("hidden"), !expanded, "panel {panel_id}");
            if !expanded {
                assert_eq!(panel.get_attribute("hidden").unwrap(), "until-found");
            }
        }
    }

    /// Waits until the buttons' `aria-expanded` states are `expected`.
    pub async fn until_expanded<const N: usize>(&self, expected: [bool; N]) {
        until("aria-expanded states", expected.to_vec(), || {
            self.expanded()
        })
        .await;
    }

    pub fn active_id(&self) -> String {
        self.root()
            .active_element()
            .map(|e| e.id())
            .unwrap_or_default()
    }

    pub fn remove(mut self) {
        self.handle.destroy();
        self.host.remove();
    }
}

pub fn object(pairs: &[(&str, &str)]) -> JsValue {
    let object = Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &(*key).into(), &(*value).into()).unwrap();
    }
    object.into()
}

/// Waits `ms` milliseconds, letting Yew's scheduler run (it renders in microtasks, and yields
/// to the browser after 16 ms of work).
pub async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Polls `read` until it returns `expected` (5 s at most), then returns; panics with `what`
/// and the last value otherwise. Rendering is asynchronous, so tests wait for outcomes rather
/// than for fixed times.
pub async fn until<T: PartialEq + std::fmt::Debug>(what: &str, expected: T, read: impl Fn() -> T) {
    for _ in 0..500 {
        if read() == expected {
            return;
        }
        sleep(10).await;
    }
    assert_eq!(read(), expected, "timed out waiting for {what}");
}

pub fn key(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Records the messages of `console[method]` while `run` runs.
pub async fn capture_console<F: std::future::Future<Output = ()>>(
    method: &str,
    run: F,
) -> Vec<String> {
    let console = Reflect::get(&js_sys::global(), &"console".into()).unwrap();
    let original = Reflect::get(&console, &method.into()).unwrap();
    let store = Array::new();
    let record = Function::new_with_args("message", "this.push(String(message))").bind0(&store);
    Reflect::set(&console, &method.into(), &record).unwrap();
    run.await;
    Reflect::set(&console, &method.into(), &original).unwrap();
    store.iter().map(|m| m.as_string().unwrap()).collect()
}

/// Records `console.warn` messages while `run` runs.
pub async fn capture_warnings<F: std::future::Future<Output = ()>>(run: F) -> Vec<String> {
    capture_console("warn", run).await
}
