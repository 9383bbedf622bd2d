//! Component tests in a real browser (wasm-bindgen-test, headless Chromium): mount a widget into
//! a fresh element, drive it, and check the DOM and ARIA state it shows.
#![cfg(target_arch = "wasm32")]

mod browser;

use browser::*;
use js_sys::{Array, Function};
use reframe_core::embed::{mount, prepare};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{HtmlInputElement, InputEvent};

wasm_bindgen_test_configure!(run_in_browser);

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

/// A toggle changes the DOM of the toggled item only (keyed items, and views that re-render only
/// when their own props change).
#[wasm_bindgen_test]
async fn a_toggle_touches_only_the_toggled_item() {
    let f = Fixture::new(&[("show", "faq"), ("mode", "single"), ("open", "first")]).await;
    let watch = Function::new_with_args(
        "root",
        "const records = [];
         const observer = new MutationObserver((r) => records.push(...r));
         observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
         return () => {
           records.push(...observer.takeRecords());
           observer.disconnect();
           const items = [...root.querySelectorAll('.faq-item')];
           const owner = (r) => {
             const node = r.target.nodeType === Node.ELEMENT_NODE ? r.target : r.target.parentElement;
             return items.findIndex((item) => item.contains(node));
           };
           return [...new Set(records.map(owner))].sort();
         };",
    );
    let stop = Function::from(watch.call1(&JsValue::NULL, &f.root()).unwrap());
    f.buttons()[3].click();
    f.until_expanded([false, false, false, true, false, false])
        .await;
    sleep(20).await;
    let touched: Vec<i32> = Array::from(&stop.call0(&JsValue::NULL).unwrap())
        .iter()
        .map(|v| v.as_f64().unwrap() as i32)
        .collect();
    // Single mode: opening the fourth closes the first; nothing else may change.
    assert_eq!(touched, vec![0, 3]);
    f.remove();
}

#[wasm_bindgen_test]
async fn click_toggles_and_reports_to_the_host() {
    let f = Fixture::new(&[]).await;
    let events = recorded(
        &f.host,
        "reframe:toggle",
        "[e.detail.id, e.detail.open, e.bubbles, e.composed]",
    );
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

/// Every answer that opens or closes is one `reframe:toggle`, whatever moved it: a click, single
/// mode closing the open answer, find-in-page, a search and its clearing.
#[wasm_bindgen_test]
async fn every_answer_that_opens_or_closes_is_one_toggle_event() {
    let f = Fixture::new(&[("mode", "single"), ("search", "")]).await;
    let events = recorded(
        &f.host,
        "reframe:toggle",
        "`${e.detail.id} ${e.detail.open}`",
    );
    let seen = || -> Vec<String> { events.iter().map(|e| e.as_string().unwrap()).collect() };
    let ids: Vec<String> = f
        .buttons()
        .iter()
        .map(|b| b.id().trim_start_matches("rf-q-").to_string())
        .collect();
    let expect = |changes: &[(usize, bool)]| -> Vec<String> {
        changes
            .iter()
            .map(|(i, open)| format!("{} {open}", ids[*i]))
            .collect()
    };

    f.buttons()[0].click();
    until("a click", expect(&[(0, true)]), seen).await;
    f.buttons()[3].click();
    // Single mode: the open answer closes, and says so, before the new one opens.
    until(
        "single mode",
        expect(&[(0, true), (0, false), (3, true)]),
        seen,
    )
    .await;
    let panel = f.one(&format!("#rf-a-{}", ids[4]));
    Function::new_with_args(
        "panel",
        "panel.dispatchEvent(new Event('beforematch', { bubbles: true })); panel.removeAttribute('hidden');",
    )
    .call1(&JsValue::NULL, &panel)
    .unwrap();
    until(
        "find-in-page",
        expect(&[(0, true), (0, false), (3, true), (3, false), (4, true)]),
        seen,
    )
    .await;
    f.buttons()[4].click();
    until(
        "closing by click",
        expect(&[
            (0, true),
            (0, false),
            (3, true),
            (3, false),
            (4, true),
            (4, false),
        ]),
        seen,
    )
    .await;
    events.set_length(0);

    // A search opens the answer it matches; clearing it closes it again.
    let input: HtmlInputElement = f.one("input[type=search]").dyn_into().unwrap();
    input.set_value("discernment");
    input
        .dispatch_event(&InputEvent::new("input").unwrap())
        .unwrap();
    until("a search", expect(&[(5, true)]), seen).await;
    input.set_value("");
    input
        .dispatch_event(&InputEvent::new("input").unwrap())
        .unwrap();
    until(
        "clearing the search",
        expect(&[(5, true), (5, false)]),
        seen,
    )
    .await;
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

/// The keys move among the questions a search shows, skipping those it hides.
#[wasm_bindgen_test]
async fn arrow_keys_move_among_the_questions_a_search_shows() {
    let f = Fixture::new(&[("search", "")]).await;
    let input: HtmlInputElement = f.one("input[type=search]").dyn_into().unwrap();
    input.set_value("couples");
    input
        .dispatch_event(&InputEvent::new("input").unwrap())
        .unwrap();
    until("the search to filter", true, || {
        (2..6).contains(&f.buttons().len())
    })
    .await;
    let all: Vec<String> = f.all(".faq-button").iter().map(|b| b.id()).collect();
    let shown = f.buttons();
    let last = shown.len() - 1;
    let next_in_dom = &all[all.iter().position(|id| *id == shown[0].id()).unwrap() + 1];
    shown[0].focus().unwrap();
    key(&shown[0], "ArrowDown");
    assert_eq!(f.active_id(), shown[1].id());
    assert_ne!(
        *next_in_dom,
        shown[1].id(),
        "the matches are not neighbours"
    );
    assert_eq!(
        f.all(&format!(".faq-item[hidden] #{next_in_dom}")).len(),
        1,
        "{next_in_dom}, skipped, is hidden by the search"
    );
    key(&shown[1], "ArrowUp");
    assert_eq!(f.active_id(), shown[0].id());
    key(&shown[0], "ArrowUp");
    assert_eq!(
        f.active_id(),
        shown[last].id(),
        "Up wraps to the last match"
    );
    key(&shown[last], "ArrowDown");
    assert_eq!(
        f.active_id(),
        shown[0].id(),
        "Down wraps to the first match"
    );
    key(&shown[0], "End");
    assert_eq!(f.active_id(), shown[last].id());
    key(&shown[last], "Home");
    assert_eq!(f.active_id(), shown[0].id());
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

/// `prepare` reads without touching the page; an update before `show` is what shows; a widget
/// destroyed before `show` never renders (`reframe.js` runs the two in separate tasks).
#[wasm_bindgen_test]
async fn prepare_leaves_the_page_alone_until_show_renders_the_latest_options() {
    let host = new_host("<p>Fallback</p>");
    let ready = recorded(&host, "reframe:ready", "e");

    let mut handle = prepare(host.clone(), object(&[("show", "faq")])).unwrap();
    sleep(50).await;
    assert!(host.shadow_root().is_none(), "prepared, not shown");
    assert_eq!(ready.length(), 0);
    handle.update(object(&[("show", "phrases")])).unwrap();
    sleep(50).await;
    assert!(host.shadow_root().is_none(), "an update does not show it");

    handle.show().unwrap();
    until("reframe:ready", 1, || ready.length()).await;
    let root = host.shadow_root().unwrap();
    assert!(
        root.query_selector(".card").unwrap().is_some(),
        "the phrases of the update"
    );
    assert!(root.query_selector(".faq-button").unwrap().is_none());
    handle.update(object(&[("show", "faq")])).unwrap();
    until("an update once shown renders", true, || {
        root.query_selector(".faq-button").unwrap().is_some()
    })
    .await;
    handle.destroy();
    host.remove();

    let host = new_host("");
    let mut handle = prepare(host.clone(), JsValue::UNDEFINED).unwrap();
    handle.destroy();
    handle.show().unwrap();
    sleep(50).await;
    assert!(
        host.shadow_root().is_none(),
        "destroyed before show: nothing renders"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn fires_ready_after_the_first_render() {
    let host = new_host("");
    let seen = recorded(
        &host,
        "reframe:ready",
        "[e.detail.content, !!e.target.shadowRoot.querySelector('.faq-button')]",
    );
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
    // What the browser does when find-in-page matches text in a hidden="until-found" panel:
    // a `beforematch` event that bubbles (HTML's ancestor revealing algorithm), then no `hidden`.
    Function::new_with_args(
        "panel",
        "panel.dispatchEvent(new Event('beforematch', { bubbles: true })); panel.removeAttribute('hidden');",
    )
    .call1(&JsValue::NULL, &panel)
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

/// An update that changes other options only shows the inline set read before: the page's
/// `JSON.parse` (which the wasm calls for inline text) is not called again until the text
/// itself changes.
#[wasm_bindgen_test]
async fn an_update_reads_inline_content_again_only_when_it_changed() {
    let count_parses = Function::new_no_args(
        "const parse = JSON.parse; const calls = { n: 0 };
         JSON.parse = function (...args) { calls.n += 1; return parse.apply(this, args); };
         return { calls, restore() { JSON.parse = parse; } };",
    )
    .call0(&JsValue::NULL)
    .unwrap();
    let calls = js_sys::Reflect::get(&count_parses, &"calls".into()).unwrap();
    let parses = || {
        js_sys::Reflect::get(&calls, &"n".into())
            .unwrap()
            .as_f64()
            .unwrap() as u32
    };
    let mut f = Fixture::new(&[("inline", INLINE)]).await;
    let first = parses();
    assert!(first >= 1, "the inline text was parsed");
    f.handle
        .update(object(&[
            ("inline", INLINE),
            ("theme", "dark"),
            ("open", "first"),
        ]))
        .unwrap();
    until("the first answer open", vec![true, false], || f.expanded()).await;
    assert_eq!(parses(), first, "same text, no new parse");
    let changed = INLINE.replace("Second?", "Second, changed?");
    f.handle
        .update(object(&[("inline", &changed), ("theme", "dark")]))
        .unwrap();
    until(
        "the changed question",
        "Second, changed?".to_string(),
        || f.buttons()[1].text_content().unwrap(),
    )
    .await;
    assert_eq!(parses(), first + 1, "a new text is parsed once");
    let restore = js_sys::Reflect::get(&count_parses, &"restore".into()).unwrap();
    restore
        .unchecked_ref::<Function>()
        .call0(&count_parses)
        .unwrap();
    f.remove();
}

#[wasm_bindgen_test]
async fn invalid_inline_content_logs_one_error_with_the_path_and_keeps_the_fallback() {
    let host = new_host("<p>Fallback</p>");
    let events = recorded(&host, "reframe:error", "e.detail.message");
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

/// The browser names the same field path as the build and `reframe check`, with the same message
/// but where `browser_error` says otherwise (numbers and enums: see `embed::from_js`).
/// tests/error_paths.rs checks the native side of the same cases.
#[wasm_bindgen_test]
async fn inline_content_errors_name_the_same_paths_as_the_cli() {
    let cases = js_sys::JSON::parse(include_str!("fixtures/invalid-paths.json")).unwrap();
    let cases = Array::from(&cases);
    assert!(cases.length() >= 40);
    for case in cases.iter() {
        let field = |name: &str| js_sys::Reflect::get(&case, &name.into()).unwrap();
        let text = String::from(js_sys::JSON::stringify(&field("content")).unwrap());
        let expected = field("browser_error")
            .as_string()
            .or_else(|| field("error").as_string())
            .unwrap();
        let host = new_host("");
        let mut handle = None;
        let errors = capture_console("error", async {
            handle = Some(mount(host.clone(), object(&[("inline", &text)])).unwrap());
        })
        .await;
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(
            errors[0].ends_with(&format!("\n  {expected}")),
            "{}: {}",
            field("what").as_string().unwrap(),
            errors[0]
        );
        handle.unwrap().destroy();
        host.remove();
    }
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

#[wasm_bindgen_test]
async fn options_are_the_objects_own_string_properties() {
    // `theme` inherited from the prototype, `mode` a number, `show` an array: none counts,
    // and nothing throws or warns.
    let prototype: js_sys::Object = object(&[("theme", "dark")]).unchecked_into();
    let options = js_sys::Object::create(&prototype);
    js_sys::Reflect::set(&options, &"mode".into(), &JsValue::from(1)).unwrap();
    js_sys::Reflect::set(&options, &"show".into(), &Array::of1(&"phrases".into())).unwrap();
    js_sys::Reflect::set(&options, &"heading-level".into(), &"4".into()).unwrap();
    let host = new_host("<p>Fallback</p>");
    let ready = recorded(&host, "reframe:ready", "e");
    let mut handle = None;
    let warnings = capture_warnings(async {
        handle = Some(mount(host.clone(), options.into()).unwrap());
        until("reframe:ready", 1, || ready.length()).await;
    })
    .await;
    assert_eq!(warnings, Vec::<String>::new());
    let f = Fixture {
        host,
        handle: handle.unwrap(),
    };
    assert!(f.one(".reframe").class_name().contains("theme-light"));
    assert_eq!(
        f.buttons().len(),
        6,
        "show keeps its default, the FAQ first"
    );
    assert_eq!(f.buttons()[0].parent_element().unwrap().tag_name(), "H4");
    f.remove();
}

/// Inline content over the size limit is refused before the wasm copies it: one console error
/// naming the limit, `reframe:error`, the fallback kept, the wasm's memory not grown by the
/// text, and the next widget of the page renders.
#[wasm_bindgen_test]
async fn inline_content_over_the_size_limit_is_refused_before_it_is_copied() {
    use reframe_core::content::limits::MAX_SET_BYTES;
    let memory = || {
        wasm_bindgen::memory()
            .unchecked_into::<js_sys::WebAssembly::Memory>()
            .buffer()
            .unchecked_into::<js_sys::ArrayBuffer>()
            .byte_length() as usize
    };
    let host = new_host("<p>Fallback</p>");
    let events = recorded(&host, "reframe:error", "e.detail.message");
    // Ten times the limit, built in JavaScript: the test never holds it in the wasm either.
    let huge: js_sys::JsString = js_sys::JsString::from(" ").repeat((10 * MAX_SET_BYTES) as i32);
    let options = object(&[]);
    js_sys::Reflect::set(&options, &"inline".into(), &huge).unwrap();
    let before = memory();
    let errors = capture_console("error", async {
        let _ = mount(host.clone(), options.clone()).unwrap();
        sleep(50).await;
    })
    .await;
    assert!(
        memory() < before + MAX_SET_BYTES,
        "the text reached the wasm: {before} -> {} bytes",
        memory()
    );
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].contains(&format!(
            "(root): the content is longer than the limit of {MAX_SET_BYTES} bytes (at least {})",
            10 * MAX_SET_BYTES
        )),
        "{}",
        errors[0]
    );
    assert_eq!(events.length(), 1);
    assert!(host.shadow_root().is_none(), "nothing hides the fallback");
    assert_eq!(
        reframe_core::embed::validate_content(huge),
        [format!(
            "(root): the content is longer than the limit of {MAX_SET_BYTES} bytes (at least {})",
            10 * MAX_SET_BYTES
        )]
    );
    let next = Fixture::new(&[]).await;
    assert!(!next.buttons().is_empty(), "the next widget renders");
    next.remove();
}

/// Text the loader fetched from `src` is read by the rules of inline content: its errors name
/// the URL, and `reframe:error`'s `reason` tells not JSON, invalid and too large apart.
#[wasm_bindgen_test]
async fn content_fetched_from_src_is_read_as_inline_content_and_its_failures_told_apart() {
    const URL: &str = "https://example.org/faq.json";
    let f = Fixture::new(&[("src", URL), ("fetched", INLINE)]).await;
    assert_eq!(f.buttons().len(), 2, "valid fetched content renders");
    f.remove();
    let oversized = " ".repeat(reframe_core::content::limits::MAX_SET_BYTES + 1);
    let invalid = INLINE.replace("https://example.org/a", "javascript:alert(1)");
    for (text, reason, problem) in [
        ("<!doctype html>", "not-json", "(root): not valid JSON"),
        (
            invalid.as_str(),
            "invalid",
            "faq.items[0].answer[0]: unsafe",
        ),
        (
            oversized.as_str(),
            "too-large",
            "(root): the content is longer",
        ),
    ] {
        let host = new_host("<p>Fallback</p>");
        let events = recorded(
            &host,
            "reframe:error",
            "[e.detail.reason, e.detail.src, e.detail.message, 'status' in e.detail].join('|')",
        );
        let errors = capture_console("error", async {
            let _ = mount(host.clone(), object(&[("src", URL), ("fetched", text)])).unwrap();
            sleep(50).await;
        })
        .await;
        assert_eq!(errors.len(), 1, "{reason}: {errors:#?}");
        let expected = format!("<reframe-widget>: invalid content from {URL}, showing the fallback instead:\n  {problem}");
        assert!(errors[0].starts_with(&expected), "{reason}: {}", errors[0]);
        assert_eq!(events.length(), 1, "{reason}");
        let detail = events.get(0).as_string().unwrap();
        assert_eq!(detail, format!("{reason}|{URL}|{}|false", errors[0]));
        assert!(
            host.shadow_root().is_none(),
            "{reason}: nothing hides the fallback"
        );
        host.remove();
    }
}
