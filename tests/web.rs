//! Component tests in a real browser (wasm-bindgen-test, headless Chromium): mount a widget into
//! a fresh element, drive it, and check the DOM and ARIA state it shows.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Function, Object, Promise, Reflect};
use reframe_core::embed::{mount, WidgetHandle};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

const FIRST: &str = "what-to-do-if-partner-refuses";

/// A fresh `<div>` in the document with a widget mounted on it.
struct Fixture {
    host: Element,
    handle: WidgetHandle,
}

impl Fixture {
    async fn new(options: &[(&str, &str)]) -> Self {
        let document = web_sys::window().unwrap().document().unwrap();
        let host = document.create_element("div").unwrap();
        host.set_inner_html("<p class=\"fallback\">Fallback text</p>");
        document.body().unwrap().append_child(&host).unwrap();
        let ready = Array::new();
        let listener = Function::new_with_args("e", "this.push(e)").bind0(&ready);
        host.add_event_listener_with_callback("reframe:ready", &listener)
            .unwrap();
        let handle = mount(host.clone(), object(options)).unwrap();
        until("reframe:ready", 1, || ready.length()).await;
        Fixture { host, handle }
    }

    fn root(&self) -> ShadowRoot {
        self.host
            .shadow_root()
            .expect("the widget attached a shadow root")
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root().query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().dyn_into().unwrap())
            .collect()
    }

    fn one(&self, selector: &str) -> Element {
        self.root()
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    fn buttons(&self) -> Vec<HtmlElement> {
        self.all(".faq-button")
            .into_iter()
            .map(|e| e.dyn_into().unwrap())
            .collect()
    }

    fn expanded(&self) -> Vec<bool> {
        self.buttons()
            .iter()
            .map(|b| b.get_attribute("aria-expanded").unwrap() == "true")
            .collect()
    }

    /// Checks that every button's `aria-expanded` matches whether its panel is shown.
    fn assert_aria_consistent(&self) {
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
    async fn until_expanded<const N: usize>(&self, expected: [bool; N]) {
        until("aria-expanded states", expected.to_vec(), || {
            self.expanded()
        })
        .await;
    }

    fn active_id(&self) -> String {
        self.root()
            .active_element()
            .map(|e| e.id())
            .unwrap_or_default()
    }

    fn remove(mut self) {
        self.handle.destroy();
        self.host.remove();
    }
}

fn object(pairs: &[(&str, &str)]) -> JsValue {
    let object = Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &(*key).into(), &(*value).into()).unwrap();
    }
    object.into()
}

/// Waits `ms` milliseconds, letting Yew's scheduler run (it renders in microtasks, and yields
/// to the browser after 16 ms of work).
async fn sleep(ms: i32) {
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
async fn until<T: PartialEq + std::fmt::Debug>(what: &str, expected: T, read: impl Fn() -> T) {
    for _ in 0..500 {
        if read() == expected {
            return;
        }
        sleep(10).await;
    }
    assert_eq!(read(), expected, "timed out waiting for {what}");
}

fn key(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Records the messages of `console[method]` while `run` runs.
async fn capture_console<F: std::future::Future<Output = ()>>(method: &str, run: F) -> Vec<String> {
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
async fn capture_warnings<F: std::future::Future<Output = ()>>(run: F) -> Vec<String> {
    capture_console("warn", run).await
}

#[wasm_bindgen_test]
async fn renders_the_faq_as_an_apg_accordion() {
    let f = Fixture::new(&[]).await;
    let buttons = f.buttons();
    assert_eq!(buttons.len(), 6);
    assert_eq!(
        buttons[0].text_content().unwrap(),
        "What should I do if my partner refuses couples therapy?"
    );
    for button in &buttons {
        let heading = button.parent_element().unwrap();
        assert_eq!(heading.tag_name(), "H3", "default heading-level is 3");
        assert_eq!(
            heading.child_element_count(),
            1,
            "the button is the heading's only child"
        );
        assert_eq!(button.get_attribute("type").unwrap(), "button");
        assert_eq!(button.get_attribute("aria-expanded").unwrap(), "false");
        let panel = f
            .root()
            .get_element_by_id(&button.get_attribute("aria-controls").unwrap())
            .unwrap();
        assert_eq!(panel.get_attribute("role").unwrap(), "region");
        assert_eq!(panel.get_attribute("aria-labelledby").unwrap(), button.id());
    }
    assert_eq!(f.one(".faq .part-title").tag_name(), "H2");
    f.assert_aria_consistent();
    assert_eq!(f.all(".card").len(), 3, "three phrase cards by default");
    f.remove();
}

#[wasm_bindgen_test]
async fn phrase_cards_have_visible_text_labels() {
    let f = Fixture::new(&[("show", "phrases")]).await;
    let cards = f.all(".card");
    assert_eq!(cards.len(), 3);
    let labels: Vec<String> = f
        .all(".card-label")
        .iter()
        .map(|l| l.text_content().unwrap())
        .collect();
    assert_eq!(labels.len(), 6);
    for pair in labels.chunks(2) {
        assert!(pair[0].ends_with("Instead of"), "{pair:?}");
        assert!(pair[1].ends_with("Try"), "{pair:?}");
    }
    let text = cards[0].text_content().unwrap();
    assert!(text.contains("“You need therapy.”"), "{text}");
    assert!(
        f.all(".faq-button").is_empty(),
        "show=\"phrases\" leaves the FAQ out"
    );
    f.remove();
}

#[wasm_bindgen_test]
async fn click_toggles_and_reports_to_the_host() {
    let f = Fixture::new(&[]).await;
    let events = Array::new();
    let listener = Function::new_with_args(
        "e",
        "this.push([e.detail.id, e.detail.open, e.bubbles, e.composed])",
    )
    .bind0(&events);
    f.host
        .add_event_listener_with_callback("reframe:toggle", &listener)
        .unwrap();
    f.buttons()[1].click();
    f.until_expanded([false, true, false, false, false, false])
        .await;
    f.assert_aria_consistent();
    f.buttons()[1].click();
    f.until_expanded([false; 6]).await;
    f.assert_aria_consistent();
    let seen: Vec<String> = events.iter().map(|e| format!("{e:?}")).collect();
    assert_eq!(events.length(), 2, "{seen:?}");
    let first = Array::from(&events.get(0));
    assert_eq!(
        first.get(0).as_string().unwrap(),
        "can-one-person-improve-relationship"
    );
    assert_eq!(first.get(1), JsValue::TRUE);
    assert_eq!(first.get(2), JsValue::TRUE, "bubbles");
    assert_eq!(first.get(3), JsValue::TRUE, "composed");
    assert_eq!(Array::from(&events.get(1)).get(1), JsValue::FALSE);
    f.remove();
}

#[wasm_bindgen_test]
async fn multiple_mode_keeps_answers_open_independently() {
    let f = Fixture::new(&[]).await;
    f.buttons()[0].click();
    f.until_expanded([true, false, false, false, false, false])
        .await;
    f.buttons()[2].click();
    f.until_expanded([true, false, true, false, false, false])
        .await;
    f.assert_aria_consistent();
    f.remove();
}

#[wasm_bindgen_test]
async fn single_mode_closes_the_others() {
    let f = Fixture::new(&[("mode", "single"), ("open", "first")]).await;
    assert_eq!(f.expanded(), [true, false, false, false, false, false]);
    f.buttons()[3].click();
    f.until_expanded([false, false, false, true, false, false])
        .await;
    f.buttons()[3].click();
    f.until_expanded([false; 6]).await;
    f.assert_aria_consistent();
    f.remove();
}

#[wasm_bindgen_test]
async fn open_accepts_first_and_ids() {
    let f = Fixture::new(&[("open", "first")]).await;
    assert_eq!(f.expanded(), [true, false, false, false, false, false]);
    f.assert_aria_consistent();
    f.remove();
    let f = Fixture::new(&[(
        "open",
        "is-refusal-a-red-flag what-is-discernment-counseling",
    )])
    .await;
    assert_eq!(f.expanded(), [false, false, false, false, true, true]);
    f.assert_aria_consistent();
    f.remove();
}

#[wasm_bindgen_test]
async fn arrow_home_end_move_focus_between_questions() {
    let f = Fixture::new(&[]).await;
    let buttons = f.buttons();
    buttons[0].focus().unwrap();
    assert_eq!(f.active_id(), format!("rf-q-{FIRST}"));
    key(&buttons[0], "ArrowDown");
    assert_eq!(f.active_id(), buttons[1].id());
    key(&buttons[1], "ArrowUp");
    assert_eq!(f.active_id(), buttons[0].id());
    key(&buttons[0], "ArrowUp");
    assert_eq!(
        f.active_id(),
        buttons[5].id(),
        "Up from the first wraps to the last"
    );
    key(&buttons[5], "ArrowDown");
    assert_eq!(
        f.active_id(),
        buttons[0].id(),
        "Down from the last wraps to the first"
    );
    key(&buttons[0], "End");
    assert_eq!(f.active_id(), buttons[5].id());
    key(&buttons[5], "Home");
    assert_eq!(f.active_id(), buttons[0].id());
    key(&buttons[0], "x");
    assert_eq!(f.active_id(), buttons[0].id(), "other keys do nothing");
    assert_eq!(f.expanded(), [false; 6], "moving focus opens nothing");
    f.remove();
}

#[wasm_bindgen_test]
async fn heading_level_sets_question_and_title_levels() {
    let f = Fixture::new(&[("heading-level", "5")]).await;
    assert_eq!(f.buttons()[0].parent_element().unwrap().tag_name(), "H5");
    assert_eq!(f.one(".faq .part-title").tag_name(), "H4");
    f.remove();
}

#[wasm_bindgen_test]
async fn bad_attributes_warn_once_each_and_use_defaults() {
    let mut fixture = None;
    let warnings = capture_warnings(async {
        fixture = Some(
            Fixture::new(&[
                ("mode", "sideways"),
                ("heading-level", "9"),
                ("theme", "neon"),
                ("show", "faq gossip"),
                ("content", "nope"),
            ])
            .await,
        );
    })
    .await;
    assert_eq!(warnings.len(), 5, "{warnings:#?}");
    for attribute in ["mode", "heading-level", "theme", "show", "content"] {
        let naming: Vec<&String> = warnings
            .iter()
            .filter(|w| w.contains(&format!(" {attribute}=\"")))
            .collect();
        assert_eq!(
            naming.len(),
            1,
            "one warning for {attribute}: {warnings:#?}"
        );
        assert!(naming[0].contains("allowed: "), "{}", naming[0]);
    }
    let f = fixture.unwrap();
    assert_eq!(f.buttons().len(), 6, "the widget still renders");
    assert_eq!(f.buttons()[0].parent_element().unwrap().tag_name(), "H3");
    assert!(f.one(".reframe").class_name().contains("theme-light"));
    assert!(f.all(".card").is_empty(), "show keeps its valid part only");

    // Updating another attribute does not repeat the warnings.
    let mut f = f;
    let again = capture_warnings(async {
        f.handle
            .update(object(&[
                ("mode", "sideways"),
                ("heading-level", "9"),
                ("theme", "dark"),
                ("show", "faq gossip"),
                ("content", "nope"),
            ]))
            .unwrap();
        until("the dark theme", true, || {
            f.one(".reframe").class_name().contains("theme-dark")
        })
        .await;
    })
    .await;
    assert!(again.is_empty(), "{again:#?}");
    f.remove();
}

#[wasm_bindgen_test]
async fn update_rerenders_and_destroy_restores_the_fallback() {
    let mut f = Fixture::new(&[("show", "faq")]).await;
    assert!(f.all(".card").is_empty());
    f.handle.update(object(&[("show", "phrases faq")])).unwrap();
    until("phrase cards", 3, || f.all(".card").len()).await;
    let parts: Vec<String> = f.all(".part").iter().map(|p| p.class_name()).collect();
    assert!(
        parts[0].contains("phrases") && parts[1].contains("faq"),
        "{parts:?}"
    );
    f.handle.destroy();
    until("the widget to go", 0, || f.all(".faq-button").len()).await;
    assert_eq!(
        f.all("slot").len(),
        1,
        "a slot shows the light-DOM fallback again"
    );
    f.host.remove();
}

#[wasm_bindgen_test]
async fn fires_ready_after_the_first_render() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let seen = Array::new();
    let listener = Function::new_with_args(
        "e",
        "this.push([e.detail.content, !!e.target.shadowRoot.querySelector('.faq-button')])",
    )
    .bind0(&seen);
    host.add_event_listener_with_callback("reframe:ready", &listener)
        .unwrap();
    let mut handle = mount(host.clone(), JsValue::UNDEFINED).unwrap();
    until("reframe:ready", 1, || seen.length()).await;
    sleep(50).await;
    assert_eq!(seen.length(), 1, "ready fires once");
    let detail = Array::from(&seen.get(0));
    assert_eq!(
        detail.get(0).as_string().unwrap(),
        "partner-refuses-therapy"
    );
    assert_eq!(detail.get(1), JsValue::TRUE, "rendered before ready fired");
    handle.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn widgets_on_one_page_are_independent() {
    let a = Fixture::new(&[("mode", "single")]).await;
    let b = Fixture::new(&[]).await;
    b.buttons()[0].click();
    b.until_expanded([true, false, false, false, false, false])
        .await;
    a.buttons()[1].click();
    a.until_expanded([false, true, false, false, false, false])
        .await;
    b.buttons()[2].click();
    b.until_expanded([true, false, true, false, false, false])
        .await;
    assert_eq!(a.expanded(), [false, true, false, false, false, false]);
    a.remove();
    b.remove();
}

#[wasm_bindgen_test]
async fn find_in_page_reveal_opens_the_answer() {
    let f = Fixture::new(&[]).await;
    let panel = f.one("#rf-a-is-refusal-a-red-flag");
    assert_eq!(panel.get_attribute("hidden").unwrap(), "until-found");
    // What the browser does when find-in-page matches text in a hidden="until-found" panel.
    panel.remove_attribute("hidden").unwrap();
    panel
        .dispatch_event(&web_sys::Event::new("beforematch").unwrap())
        .unwrap();
    f.until_expanded([false, false, false, false, true, false])
        .await;
    f.assert_aria_consistent();
    f.remove();
}

const INLINE: &str = r#"{
  "lang": "en",
  "title": "Inline",
  "faq": { "title": "Questions", "items": [
    { "id": "first-one", "question": "Is <b>this</b> text?", "answer": ["Yes, *only* text: <img src=x onerror=alert(1)> and [a link](https://example.org/a)."] },
    { "id": "second-one", "question": "Second?", "answer": ["Two."] }
  ] }
}"#;

#[wasm_bindgen_test]
async fn inline_content_replaces_the_bundled_set() {
    let f = Fixture::new(&[("inline", INLINE), ("open", "first")]).await;
    let buttons = f.buttons();
    assert_eq!(buttons.len(), 2);
    assert_eq!(buttons[0].text_content().unwrap(), "Is <b>this</b> text?");
    assert!(f.all("b, img").is_empty(), "markup in content stays text");
    let answer = f.one("#rf-a-first-one p");
    assert_eq!(
        answer.text_content().unwrap(),
        "Yes, only text: <img src=x onerror=alert(1)> and a link."
    );
    assert_eq!(f.one("#rf-a-first-one em").text_content().unwrap(), "only");
    let link = f.one("#rf-a-first-one a");
    assert_eq!(link.get_attribute("href").unwrap(), "https://example.org/a");
    f.remove();
}

#[wasm_bindgen_test]
async fn invalid_inline_content_logs_one_error_with_the_path_and_keeps_the_fallback() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_inner_html("<p>Fallback</p>");
    document.body().unwrap().append_child(&host).unwrap();
    let events = Array::new();
    let listener = Function::new_with_args("e", "this.push(e.detail.message)").bind0(&events);
    host.add_event_listener_with_callback("reframe:error", &listener)
        .unwrap();
    let bad = INLINE.replace("https://example.org/a", "javascript:alert(1)");
    let mut handle = None;
    let errors = capture_console("error", async {
        handle = Some(mount(host.clone(), object(&[("inline", &bad)])).unwrap());
        sleep(50).await;
    })
    .await;
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].contains(
            "faq.items[0].answer[0]: unsafe or unsupported link URL \"javascript:alert(1)\""
        ),
        "{}",
        errors[0]
    );
    assert_eq!(events.length(), 1);
    assert!(host.shadow_root().is_none(), "nothing hides the fallback");

    let broken = capture_console("error", async {
        handle
            .as_mut()
            .unwrap()
            .update(object(&[("inline", "{ \"lang\": ")]))
            .unwrap();
    })
    .await;
    assert_eq!(broken.len(), 1);
    assert!(
        broken[0].contains("(root): not valid JSON"),
        "{}",
        broken[0]
    );

    let typed = capture_console("error", async {
        handle
            .as_mut()
            .unwrap()
            .update(object(&[("inline", &INLINE.replace("\"Two.\"", "2"))]))
            .unwrap();
    })
    .await;
    assert_eq!(typed.len(), 1);
    assert!(
        typed[0].contains("faq.items[1].answer[0]: invalid type"),
        "{}",
        typed[0]
    );
    handle.unwrap().destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn content_selects_a_bundled_set() {
    let f = Fixture::new(&[
        ("content", "repair-after-an-argument"),
        ("show", "summary faq"),
    ])
    .await;
    let questions: Vec<String> = f
        .buttons()
        .iter()
        .map(|b| b.text_content().unwrap())
        .collect();
    assert_eq!(
        questions,
        [
            "How soon should we talk after an argument?",
            "Does it matter who reaches out first?",
            "What if we keep having the same fight?"
        ]
    );
    assert_eq!(
        f.one(".summary strong:not(.summary-label)")
            .text_content()
            .unwrap(),
        "slows things down"
    );
    f.remove();
}
