//! The `structured-data` attribute: the FAQ's schema.org FAQPage JSON-LD, added to the page's
//! `<head>` while the widget is mounted. A `<script type="application/ld+json">` is a data
//! block, never run, so a strict Content-Security-Policy allows it. Off by default: search
//! engines want one FAQ marked up on one page only, so a site that shows the same FAQ on
//! several pages turns it on for one of them.

use crate::content::structured_data::{faq_page, script_text, Json};
use crate::content::ContentSet;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::Element;

/// Adds the set's FAQPage to the `<head>` of `host`'s document; returns the script element to
/// remove later, or `None` when the set has no FAQ or the page has no `<head>`. The text is
/// escaped as the static renderer's ([`script_text`]): setting `textContent` is safe in the
/// live page, but a tool that serializes the page (`innerHTML`, "save page", prerendering)
/// writes a script element's text out as is, and a raw `</script>` in a question would then
/// end the element and turn the rest into markup.
pub fn add(host: &Element, set: &ContentSet) -> Option<Element> {
    let json = String::from(js_sys::JSON::stringify(&to_js(&faq_page(set)?)).ok()?);
    let text = script_text(&json);
    let document = host.owner_document()?;
    let script = document.create_element("script").ok()?;
    script.set_attribute("type", "application/ld+json").ok()?;
    script.set_attribute("data-reframe", "faq-page").ok()?;
    script.set_text_content(Some(&text));
    document.head()?.append_child(&script).ok()?;
    Some(script)
}

fn to_js(json: &Json) -> JsValue {
    match json {
        Json::Text(text) => JsValue::from_str(text),
        Json::List(items) => items.iter().map(to_js).collect::<Array>().into(),
        Json::Object(fields) => {
            let object = Object::new();
            for (key, value) in fields {
                let _ = Reflect::set(&object, &JsValue::from_str(key), &to_js(value));
            }
            object.into()
        }
    }
}
