//! Reader features in a real browser (wasm-bindgen-test, headless Chromium): search, expand
//! all, deep links, copying, practice mode, languages.
#![cfg(target_arch = "wasm32")]

mod browser;

use browser::*;
use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, InputEvent};

wasm_bindgen_test_configure!(run_in_browser);

/// Records the host's `name` events' details as JSON strings.
fn record(f: &Fixture, name: &str) -> Array {
    recorded(&f.host, name, "JSON.stringify(e.detail)")
}

fn strings(array: &Array) -> Vec<String> {
    array.iter().map(|v| v.as_string().unwrap()).collect()
}

fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    input
        .dispatch_event(&InputEvent::new("input").unwrap())
        .unwrap();
}

fn live_region(f: &Fixture) -> String {
    f.one("[role=status]")
        .text_content()
        .unwrap()
        .replace('\u{200B}', "")
}

/// Replaces `navigator.clipboard.writeText` with a recorder; returns what it records.
fn fake_clipboard() -> Array {
    let written = Array::new();
    let fake = Function::new_with_args(
        "written",
        "Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t) => { written.push(t); return Promise.resolve(); } } });",
    );
    fake.call1(&JsValue::NULL, &written).unwrap();
    written
}

#[wasm_bindgen_test]
async fn search_filters_marks_opens_and_announces() {
    let f = Fixture::new(&[("search", "")]).await;
    let searches = record(&f, "reframe:search");
    let input: HtmlInputElement = f.one("input[type=search]").dyn_into().unwrap();
    let label = f.one("label[for=rf-search]");
    assert_eq!(label.text_content().unwrap(), "Search the questions");

    type_into(&input, "DISCERNMENT");
    until("one match", 1, || f.buttons().len()).await;
    assert_eq!(f.buttons()[0].id(), "rf-q-what-is-discernment-counseling");
    f.until_expanded([true]).await;
    let marks: Vec<String> = f
        .all("mark")
        .iter()
        .map(|m| m.text_content().unwrap())
        .collect();
    assert!(
        marks.iter().all(|m| m.eq_ignore_ascii_case("discernment")),
        "{marks:?}"
    );
    assert!(
        marks.len() >= 2,
        "question and answer are marked: {marks:?}"
    );
    until("the announcement", "1 question matches".to_string(), || {
        live_region(&f)
    })
    .await;

    assert!(
        input.is_connected(),
        "the search box stays the same element (focus stays in it)"
    );
    type_into(&input, "thérapy");
    until("accent-insensitive matches", true, || f.buttons().len() > 1).await;

    type_into(&input, "zebra");
    until("the empty state", true, || {
        !f.all(".search-empty").is_empty()
    })
    .await;
    assert!(f
        .one(".search-empty")
        .text_content()
        .unwrap()
        .contains("No questions match “zebra”."));
    until(
        "the announcement",
        "No questions match “zebra”.".to_string(),
        || live_region(&f),
    )
    .await;

    // Escape clears the search and brings back what was open before.
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    input
        .dispatch_event(
            &web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap(),
        )
        .unwrap();
    until("all questions back", 6, || f.buttons().len()).await;
    f.until_expanded([false; 6]).await;
    assert_eq!(input.value(), "");
    assert!(input.is_connected());
    assert!(f.all("mark").is_empty());
    let seen = strings(&searches);
    assert_eq!(
        seen.first().unwrap(),
        r#"{"query":"DISCERNMENT","count":1}"#
    );
    assert_eq!(seen.last().unwrap(), r#"{"query":"","count":6}"#);
    f.remove();
}

/// Inline content of `n` questions, about chores (every third), budget or sleep.
fn many_questions(n: usize) -> String {
    let items: Vec<String> = (1..=n)
        .map(|i| {
            let topic = ["chores", "budget", "sleep"][i % 3];
            format!(
                r#"{{ "id": "q{i}", "question": "Question {i}: how do we discuss {topic}?", "answer": ["Answer {i}."] }}"#
            )
        })
        .collect();
    format!(
        r#"{{ "lang": "en", "title": "Many", "faq": {{ "title": "Questions", "items": [{}] }} }}"#,
        items.join(",")
    )
}

#[wasm_bindgen_test]
async fn a_long_accordions_search_lets_the_keystroke_paint_first_and_applies_the_latest_text() {
    let f = Fixture::new(&[("inline", &many_questions(60)), ("search", "")]).await;
    until("every question", 60, || f.buttons().len()).await;
    let searches = record(&f, "reframe:search");
    let input: HtmlInputElement = f.one("input[type=search]").dyn_into().unwrap();

    // Two keystrokes in one frame: "c" would match every question ("discuss"), "ch" a third.
    type_into(&input, "c");
    type_into(&input, "ch");
    // Yew renders in a microtask queued by the keystroke: it has run once this one has.
    JsFuture::from(Promise::resolve(&JsValue::NULL))
        .await
        .unwrap();
    assert_eq!(f.buttons().len(), 60, "the list waits for the next paint");
    until("the matches of the latest text", 20, || f.buttons().len()).await;
    sleep(50).await;
    assert_eq!(
        strings(&searches),
        [r#"{"query":"ch","count":20}"#],
        "one search, of the latest text"
    );
    assert_eq!(input.value(), "ch");

    // A widget destroyed while its search waits does nothing more.
    type_into(&input, "");
    f.remove();
    sleep(100).await;
    assert_eq!(searches.length(), 1, "no search after destroy");
}

/// The search box alone, its `value` (the widget state's query) set by the test.
#[derive(yew::Properties, PartialEq)]
struct SearchBoxAlone {
    value: String,
}

#[yew::function_component]
fn SearchBoxHost(props: &SearchBoxAlone) -> yew::Html {
    use reframe_core::widget::search_box::SearchBox;
    yew::html! {
        <SearchBox value={props.value.clone()} label="Search" status={None::<String>}
            on_input={yew::Callback::noop()} />
    }
}

#[wasm_bindgen_test]
async fn the_search_box_keeps_what_was_typed_ahead_of_a_state_that_is_behind() {
    let root = new_host("");
    // The widget's listeners, as `mount` attaches them.
    let listeners = reframe_core::widget::listen::attach(&root);
    let mut app = yew::Renderer::<SearchBoxHost>::with_root_and_props(
        root.clone(),
        SearchBoxAlone {
            value: String::new(),
        },
    )
    .render();
    sleep(0).await;
    let input: HtmlInputElement = root
        .query_selector("input")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let render = |app: &mut yew::AppHandle<SearchBoxHost>, value: &str| {
        app.update(SearchBoxAlone {
            value: value.into(),
        })
    };
    // A long FAQ applies a search after the next paint: the state can render "a" while the
    // box already holds "ab". Writing "a" back would lose the "b" and every key after it.
    type_into(&input, "a");
    type_into(&input, "ab");
    render(&mut app, "a");
    sleep(0).await;
    assert_eq!(
        input.value(),
        "ab",
        "a state behind the typing leaves the box alone"
    );
    render(&mut app, "ab");
    sleep(0).await;
    assert_eq!(input.value(), "ab");
    // A query that comes from elsewhere (`search()`) shows in the box.
    render(&mut app, "sleep");
    sleep(0).await;
    assert_eq!(input.value(), "sleep");
    type_into(&input, "");
    render(&mut app, "");
    sleep(0).await;
    assert_eq!(input.value(), "");
    app.destroy();
    drop(listeners);
    root.remove();
}

#[wasm_bindgen_test]
async fn there_is_no_search_box_unless_asked() {
    let f = Fixture::new(&[]).await;
    assert!(f.all("input").is_empty());
    f.remove();
}

#[wasm_bindgen_test]
async fn expand_all_and_collapse_all() {
    let f = Fixture::new(&[]).await;
    let toggles = record(&f, "reframe:toggle");
    let control: HtmlElement = f.one(".expand-all").dyn_into().unwrap();
    assert_eq!(control.get_attribute("aria-expanded").unwrap(), "false");
    assert_eq!(control.text_content().unwrap(), "Show all answers");
    control.click();
    f.until_expanded([true; 6]).await;
    assert_eq!(control.get_attribute("aria-expanded").unwrap(), "true");
    assert_eq!(control.text_content().unwrap(), "Hide all answers");
    f.assert_aria_consistent();
    control.click();
    f.until_expanded([false; 6]).await;
    assert_eq!(
        toggles.length(),
        12,
        "one toggle event per answer that changed"
    );
    f.remove();
    let single = Fixture::new(&[("mode", "single")]).await;
    assert!(
        single.all(".expand-all").is_empty(),
        "no expand-all in single mode"
    );
    single.remove();
}

#[wasm_bindgen_test]
async fn a_hash_naming_a_question_opens_and_focuses_it() {
    let window = web_sys::window().unwrap();
    let before = window.location().href().unwrap();
    window.location().set_hash("is-refusal-a-red-flag").unwrap();
    let f = Fixture::new(&[]).await;
    f.until_expanded([false, false, false, false, true, false])
        .await;
    until(
        "focus on the linked question",
        "rf-q-is-refusal-a-red-flag".to_string(),
        || f.active_id(),
    )
    .await;
    // A later hash change opens another, without the widget touching the URL itself.
    window
        .location()
        .set_hash("why-partner-avoids-therapy")
        .unwrap();
    f.until_expanded([false, false, true, false, true, false])
        .await;
    assert!(window
        .location()
        .href()
        .unwrap()
        .ends_with("#why-partner-avoids-therapy"));
    window.location().set_hash("").unwrap();
    f.remove();
    assert!(before.split('#').next() == window.location().href().unwrap().split('#').next());
}

#[wasm_bindgen_test]
async fn copy_link_and_copy_phrase() {
    let written = fake_clipboard();
    let f = Fixture::new(&[("open", "first")]).await;
    let copies = record(&f, "reframe:copy");
    let copy_link: HtmlElement = f
        .one("#rf-a-what-to-do-if-partner-refuses .copy-link")
        .dyn_into()
        .unwrap();
    assert_eq!(copy_link.text_content().unwrap(), "Copy link");
    copy_link.click();
    until("the link in the clipboard", 1, || written.length()).await;
    let link = written.get(0).as_string().unwrap();
    assert!(link.ends_with("#what-to-do-if-partner-refuses"), "{link}");
    until(
        "the announcement",
        "Link copied to the clipboard".to_string(),
        || live_region(&f),
    )
    .await;

    let copy: Vec<HtmlElement> = f
        .all(".card-copy")
        .into_iter()
        .map(|e| e.dyn_into().unwrap())
        .collect();
    assert_eq!(copy.len(), 3);
    copy[1].click();
    until("the phrase in the clipboard", 2, || written.length()).await;
    assert_eq!(
        written.get(1).as_string().unwrap(),
        "I notice we both get frustrated and stop hearing each other. I want us to find a better way through that."
    );
    until(
        "the announcement",
        "Copied to the clipboard".to_string(),
        || live_region(&f),
    )
    .await;
    assert_eq!(
        strings(&copies),
        [
            r#"{"id":"what-to-do-if-partner-refuses"}"#,
            r#"{"index":1}"#
        ]
    );
    Reflect::delete_property(&web_sys::window().unwrap().navigator(), &"clipboard".into()).unwrap();
    f.remove();
}

#[wasm_bindgen_test]
async fn practice_mode_reveals_try_on_request() {
    let f = Fixture::new(&[("show", "phrases"), ("phrases-mode", "practice")]).await;
    let reveal: Vec<HtmlElement> = f
        .all(".card-reveal")
        .into_iter()
        .map(|e| e.dyn_into().unwrap())
        .collect();
    assert_eq!(reveal.len(), 3);
    let tries = f.all(".card-try");
    assert!(tries.iter().all(|t| t.has_attribute("hidden")));
    assert_eq!(
        reveal[0].get_attribute("aria-controls").unwrap(),
        tries[0].id()
    );
    assert_eq!(reveal[0].get_attribute("aria-expanded").unwrap(), "false");
    reveal[0].click();
    until("the first Try shown", false, || {
        f.all(".card-try")[0].has_attribute("hidden")
    })
    .await;
    assert_eq!(reveal[0].get_attribute("aria-expanded").unwrap(), "true");
    assert!(f.all(".card-try")[1].has_attribute("hidden"));
    f.remove();
}

#[wasm_bindgen_test]
async fn words_follow_lang_then_the_page() {
    let f = Fixture::new(&[("lang", "es"), ("search", "")]).await;
    assert_eq!(
        f.one(".expand-all").text_content().unwrap(),
        "Mostrar todas las respuestas"
    );
    assert_eq!(
        f.one("label[for=rf-search]").text_content().unwrap(),
        "Buscar en las preguntas"
    );
    let labels: Vec<String> = f
        .all(".card-label")
        .iter()
        .map(|l| l.text_content().unwrap())
        .collect();
    assert_eq!(labels[0], "✕En lugar de");
    assert_eq!(labels[1], "✓Prueba");
    f.remove();
    let page = Fixture::new(&[("page-lang", "es-MX")]).await;
    assert_eq!(
        page.one(".expand-all").text_content().unwrap(),
        "Mostrar todas las respuestas"
    );
    page.remove();
    let mut fixture = None;
    let warnings = capture_warnings(async {
        fixture = Some(Fixture::new(&[("lang", "ja"), ("page-lang", "ko")]).await);
    })
    .await;
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].contains("lang=\"ja\"; allowed: en, es, fr, de, pt, it"),
        "{}",
        warnings[0]
    );
    let f = fixture.unwrap();
    assert_eq!(
        f.one(".expand-all").text_content().unwrap(),
        "Show all answers",
        "content language"
    );
    f.remove();
}

#[wasm_bindgen_test]
async fn french_words_and_plurals_with_lang_fr() {
    let f = Fixture::new(&[("lang", "fr"), ("search", "")]).await;
    assert_eq!(
        f.one(".expand-all").text_content().unwrap(),
        "Afficher toutes les réponses"
    );
    assert_eq!(
        f.one("label[for=rf-search]").text_content().unwrap(),
        "Rechercher dans les questions"
    );
    assert_eq!(f.all(".card-label")[1].text_content().unwrap(), "✓Essayez");
    let input: HtmlInputElement = f.one("input[type=search]").dyn_into().unwrap();
    type_into(&input, "discernment");
    until("one match", 1, || f.buttons().len()).await;
    until("singular", "1 question correspond".to_string(), || {
        live_region(&f)
    })
    .await;
    type_into(&input, "zzzz");
    until("none", 0, || f.buttons().len()).await;
    until(
        "empty state",
        "Aucune question ne correspond à «\u{a0}zzzz\u{a0}».".to_string(),
        || live_region(&f),
    )
    .await;
    f.remove();
}

/// An Arabic content set whose `labels` give the widget's words.
const LABELLED: &str = r#"{
  "lang": "ar",
  "title": "أسئلة",
  "labels": {
    "searchLabel": "ابحث في الأسئلة",
    "showAll": "اعرض كل الإجابات",
    "matches": { "one": "سؤال واحد يطابق", "other": "{n} أسئلة تطابق" }
  },
  "faq": { "title": "الأسئلة", "items": [
    { "id": "one", "question": "السؤال الأول؟", "answer": ["الجواب الأول."] },
    { "id": "two", "question": "السؤال الثاني؟", "answer": ["الجواب الثاني."] }
  ] }
}"#;

#[wasm_bindgen_test]
async fn content_labels_replace_the_widgets_words() {
    let f = Fixture::new(&[("inline", LABELLED), ("search", "")]).await;
    assert_eq!(
        f.one(".expand-all").text_content().unwrap(),
        "اعرض كل الإجابات"
    );
    assert_eq!(
        f.one("label[for=rf-search]").text_content().unwrap(),
        "ابحث في الأسئلة"
    );
    assert_eq!(f.one(".reframe").get_attribute("dir").unwrap(), "rtl");
    let input: HtmlInputElement = f.one("input[type=search]").dyn_into().unwrap();
    type_into(&input, "السؤال");
    until("both match", 2, || f.buttons().len()).await;
    until("plural", "2 أسئلة تطابق".to_string(), || {
        live_region(&f)
    })
    .await;
    type_into(&input, "الأول");
    until("one match", 1, || f.buttons().len()).await;
    until(
        "singular",
        "سؤال واحد يطابق".to_string(),
        || live_region(&f),
    )
    .await;
    f.remove();
}

#[wasm_bindgen_test]
async fn the_signs_self_check_and_the_call_to_action() {
    let f = Fixture::new(&[("show", "signs cta"), ("cta-href", "/contact")]).await;
    let checks = record(&f, "reframe:check");
    let boxes: Vec<HtmlInputElement> = f
        .all("input[type=checkbox]")
        .into_iter()
        .map(|e| e.dyn_into().unwrap())
        .collect();
    assert_eq!(boxes.len(), 4);
    let message = f.one(".checklist-message");
    assert!(message.has_attribute("hidden"));
    boxes[0].click();
    boxes[2].click();
    until("the message", false, || {
        f.one(".checklist-message").has_attribute("hidden")
    })
    .await;
    until("the announcement", true, || {
        live_region(&f).starts_with("Thank you for checking.")
    })
    .await;
    boxes[0].click();
    until("two check events then one", 3, || checks.length()).await;
    assert_eq!(
        strings(&checks),
        [r#"{"checked":1}"#, r#"{"checked":2}"#, r#"{"checked":1}"#]
    );
    let cta = f.one(".cta-link");
    assert_eq!(cta.get_attribute("href").unwrap(), "/contact");
    assert_eq!(cta.text_content().unwrap(), "Talk with a counselor");
    f.remove();

    let mut fixture = None;
    let warnings = capture_warnings(async {
        fixture = Some(Fixture::new(&[("show", "cta"), ("cta-href", "javascript:alert(1)")]).await);
    })
    .await;
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].contains("cta-href=\"javascript:alert(1)\""),
        "{}",
        warnings[0]
    );
    let f = fixture.unwrap();
    assert!(f.all("a").is_empty(), "no link without a safe URL");
    f.remove();
}

#[wasm_bindgen_test]
async fn right_to_left_content_is_laid_out_right_to_left() {
    let arabic = r#"{
      "lang": "ar",
      "title": "أسئلة",
      "faq": { "title": "الأسئلة الشائعة", "items": [
        { "id": "first", "question": "ماذا أفعل إذا رفض شريكي العلاج؟", "answer": ["ابدأ بنفسك."] }
      ] }
    }"#;
    let f = Fixture::new(&[("inline", arabic), ("open", "first")]).await;
    let root = f.one(".reframe");
    assert_eq!(root.get_attribute("dir").unwrap(), "rtl");
    assert_eq!(root.get_attribute("lang").unwrap(), "ar");
    let icon = f.one(".faq-icon").get_bounding_client_rect();
    let text = f.one(".faq-question").get_bounding_client_rect();
    assert!(
        icon.right() <= text.left() + 0.5,
        "the icon sits at the end, which is the left in RTL"
    );
    let label = f.one(".faq-question").get_bounding_client_rect();
    let button = f.buttons()[0].get_bounding_client_rect();
    assert!(
        (button.right() - label.right()).abs() < 12.0,
        "the question starts at the right"
    );
    f.remove();
}

/// JSON nested far deeper than the model is refused at the first value the model does not
/// expect, without reading deeper: a clear content error, not an exhausted stack.
#[wasm_bindgen_test]
fn content_nested_50000_deep_is_refused_where_the_model_stops() {
    let n = 50_000;
    let deep = format!("{}{}", "[".repeat(n), "]".repeat(n));
    let in_a_text = format!(
        r#"{{"lang":"en","title":{deep},"faq":{{"title":"FAQ","items":[{{"id":"a","question":"Q?","answer":["A."]}}]}}}}"#
    );
    assert_eq!(
        reframe_core::embed::validate_content(in_a_text.as_str().into()),
        ["title: invalid type: sequence, expected a string"]
    );
    let in_a_list = format!(
        r#"{{"lang":"en","title":"T","faq":{{"title":"FAQ","items":[{{"id":"a","question":"Q?","answer":{deep}}}]}}}}"#
    );
    assert_eq!(
        reframe_core::embed::validate_content(in_a_list.as_str().into()),
        ["faq.items[0].answer[0]: invalid type: sequence, expected a string or a list object"]
    );
}
