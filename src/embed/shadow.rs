//! The widget's open shadow root and its stylesheet.

use js_sys::Reflect;
use std::cell::OnceCell;
use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, Element, ShadowRootInit, ShadowRootMode};

/// The widget's stylesheet (`www/reframe.css`, minified by the build script), compiled into
/// the wasm.
const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/reframe.min.css"));

thread_local! {
    /// One constructed stylesheet shared by every widget on the page.
    static SHEET: OnceCell<Option<CssStyleSheet>> = const { OnceCell::new() };
}

/// Returns an empty element to render into, inside `host`'s open shadow root (created if
/// needed) that carries the widget's stylesheet. The stylesheet is adopted, not a `<style>`
/// element, so a strict `style-src 'self'` policy allows it; browsers without constructable
/// stylesheets get a `<style>` element instead.
pub fn prepare(host: &Element) -> Result<Element, JsValue> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    root.set_inner_html("");
    let document = host.owner_document().ok_or("the element has no document")?;
    match SHEET.with(|sheet| sheet.get_or_init(constructed_sheet).clone()) {
        Some(sheet) => root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet)),
        None => {
            let style = document.create_element("style")?;
            style.set_text_content(Some(STYLESHEET));
            root.append_child(&style)?;
        }
    }
    let mount = document.create_element("div")?;
    mount.set_class_name("mount");
    root.append_child(&mount)?;
    Ok(mount)
}

/// Empties the shadow root and leaves a `<slot>` in it, so the host's light-DOM children (the
/// fallback) show again.
pub fn release(host: &Element) {
    if let Some(root) = host.shadow_root() {
        root.set_inner_html("<slot></slot>");
    }
}

fn constructed_sheet() -> Option<CssStyleSheet> {
    let class = Reflect::get(&js_sys::global(), &"ShadowRoot".into()).ok()?;
    let prototype = Reflect::get(&class, &"prototype".into()).ok()?;
    if !Reflect::has(&prototype, &"adoptedStyleSheets".into()).unwrap_or(false) {
        return None;
    }
    let sheet = CssStyleSheet::new().ok()?;
    sheet.replace_sync(STYLESHEET).ok()?;
    Some(sheet)
}
