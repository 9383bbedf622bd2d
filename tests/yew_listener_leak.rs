//! Yew 0.23 keeps an app's delegated event listeners on the element the app rendered into after
//! the app is destroyed: it leaks their closures on purpose (`Closure::forget` in
//! `yew::dom_bundle::subtree_root`), and they hold the app's subtree data and that element.
//! The widget therefore uses no `on*` props and listens through `src/widget/listen.rs`, which
//! removes its listeners on destroy. This test passes while Yew leaks; the day it fails, Yew
//! cleans up after itself, and the widget can go back to `onclick={...}` props.
#![cfg(target_arch = "wasm32")]

mod browser;

use browser::{new_host, until};
use gloo_events::EventListener;
use js_sys::Function;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Properties of [`Counter`].
#[derive(Properties, PartialEq)]
struct CounterProps {
    /// How many times the button was clicked.
    clicks: Rc<Cell<u32>>,
}

/// The smallest app with an `on*` prop: a button counting its clicks.
#[function_component]
fn Counter(props: &CounterProps) -> Html {
    let clicks = props.clicks.clone();
    html! { <button onclick={move |_| clicks.set(clicks.get() + 1)}>{ "Count" }</button> }
}

/// Makes every listener later added to `element` count its calls (a listener removed with
/// `removeEventListener` is removed as usual); returns a function that reads the count.
fn count_listener_calls(element: &Element) -> Function {
    let instrument = Function::new_with_args(
        "element",
        "let calls = 0;
         const wrappers = new Map();
         const add = element.addEventListener;
         const remove = element.removeEventListener;
         element.addEventListener = function (type, listener, options) {
           if (!wrappers.has(listener)) {
             wrappers.set(listener, function (event) { calls += 1; return listener.call(this, event); });
           }
           return add.call(this, type, wrappers.get(listener), options);
         };
         element.removeEventListener = function (type, listener, options) {
           return remove.call(this, type, wrappers.get(listener) ?? listener, options);
         };
         return () => calls;",
    );
    instrument.call1(&JsValue::NULL, element).unwrap().into()
}

/// The number of listener calls so far.
fn calls(count: &Function) -> u32 {
    count.call0(&JsValue::NULL).unwrap().as_f64().unwrap() as u32
}

/// Clicks a new element inside `root` (Yew ignores events aimed at its root itself).
fn click_inside(root: &Element) {
    let document = root.owner_document().unwrap();
    let target: HtmlElement = document.create_element("span").unwrap().unchecked_into();
    root.append_child(&target).unwrap();
    target.click();
    target.remove();
}

#[wasm_bindgen_test]
async fn yew_keeps_its_listeners_after_the_app_is_destroyed() {
    let root = new_host("");
    let count = count_listener_calls(&root);

    // The count sees a listener, and stops seeing it once it is removed: a Yew that removes its
    // listeners on destroy would make this test fail below.
    let control = EventListener::new(&root, "click", |_| {});
    click_inside(&root);
    assert_eq!(
        calls(&count),
        1,
        "the count sees a listener added to the root"
    );
    drop(control);
    click_inside(&root);
    assert_eq!(calls(&count), 1, "the count stops at a removed listener");

    let clicks = Rc::new(Cell::new(0));
    let props = CounterProps {
        clicks: clicks.clone(),
    };
    let app = yew::Renderer::<Counter>::with_root_and_props(root.clone(), props).render();
    until("the app's button", 1, || root.child_element_count()).await;
    let button: HtmlElement = root.first_element_child().unwrap().unchecked_into();
    button.click();
    assert_eq!(clicks.get(), 1, "the onclick prop ran");
    let while_mounted = calls(&count);
    assert!(
        while_mounted > 1,
        "the count saw the listener through which Yew ran the onclick prop"
    );

    app.destroy();
    until("the app to go", 0, || root.child_element_count()).await;
    click_inside(&root);
    assert!(
        calls(&count) > while_mounted,
        "Yew removed its listeners when its app was destroyed: it no longer leaks them (and \
         with them the element it rendered into). The widget can go back to Yew's on* props \
         (onclick={{...}}) and drop src/widget/listen.rs, and this test with it."
    );
    assert_eq!(clicks.get(), 1, "the destroyed app's handler did not run");
    root.remove();
}
