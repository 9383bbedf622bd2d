//! Bundled content sets, read once per page and shared by all widgets: their minified JSON
//! (`content::bundled`), parsed by the browser's `JSON.parse` and read like inline content
//! (`from_js`), so the wasm holds one copy of the model's readers.

use super::from_js::from_js;
use crate::content::{bundled, ContentSet};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;

thread_local! {
    /// The sets read so far, by id: a list, as there are only a few bundled sets (a hash map
    /// would add its code for `&str` keys to the wasm).
    static CACHE: RefCell<Vec<(&'static str, Rc<ContentSet>)>> = const { RefCell::new(Vec::new()) };
}

/// The bundled set with this id, read on first use and shared by every widget after that.
pub fn load(id: &'static str) -> Result<Rc<ContentSet>, JsValue> {
    let cached = |cache: &RefCell<Vec<(&str, Rc<ContentSet>)>>| {
        let cache = cache.borrow();
        cache
            .iter()
            .find(|(i, _)| *i == id)
            .map(|(_, set)| set.clone())
    };
    if let Some(set) = CACHE.with(cached) {
        return Ok(set);
    }
    // The build script validated the set and linked its mentions before embedding it.
    let json = bundled::json(id).ok_or_else(|| JsValue::from_str("unknown content set"))?;
    let set: ContentSet = from_js(js_sys::JSON::parse(json)?).map_err(|e| JsValue::from_str(&e))?;
    let set = Rc::new(set);
    CACHE.with(|cache| cache.borrow_mut().push((id, set.clone())));
    Ok(set)
}
