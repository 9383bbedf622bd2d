//! Copying text for the visitor: the Clipboard API, or a selected hidden textarea and
//! `execCommand("copy")` where the API is missing or refused (older engines, insecure pages),
//! and saying in the live region how it went.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlDocument, HtmlTextAreaElement};

/// Copies `text` in the background, then announces `copied` (and calls `on_copied`) or
/// `failed`.
pub fn copy_and_announce(
    text: String,
    near: Element,
    announce: yew::Callback<String>,
    (copied, failed): (String, String),
    on_copied: impl FnOnce() + 'static,
) {
    yew::platform::spawn_local(async move {
        if copy(&text, &near).await {
            announce.emit(copied);
            on_copied();
        } else {
            announce.emit(failed);
        }
    });
}

/// Copies `text`; `near` is an element of the widget (the fallback's textarea goes next to it,
/// inside the shadow root). Resolves to whether it worked.
pub async fn copy(text: &str, near: &Element) -> bool {
    if let Some(window) = web_sys::window() {
        let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into())
            .ok()
            .filter(|c| !c.is_undefined());
        if clipboard.is_some()
            && JsFuture::from(window.navigator().clipboard().write_text(text))
                .await
                .is_ok()
        {
            return true;
        }
    }
    copy_with_selection(text, near).unwrap_or(false)
}

fn copy_with_selection(text: &str, near: &Element) -> Option<bool> {
    let document = near.owner_document()?;
    let area: HtmlTextAreaElement = document.create_element("textarea").ok()?.dyn_into().ok()?;
    area.set_value(text);
    area.set_attribute("readonly", "").ok()?;
    area.set_class_name("copy-buffer");
    near.append_child(&area).ok()?;
    area.select();
    let copied = document
        .dyn_into::<HtmlDocument>()
        .ok()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    Some(copied)
}
