//! Bundled content sets, read once per page from their packed form (`content::packed`) and
//! shared by all widgets.

use crate::content::packed::Packed;
use crate::content::{bundled, read, ContentSet};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;

thread_local! {
    /// The sets read so far, by id: a list, as there are only a few bundled sets (a hash map
    /// would add its code for `&str` keys to the wasm).
    static CACHE: RefCell<Vec<(&'static str, Rc<ContentSet>)>> = const { RefCell::new(Vec::new()) };
}

/// The bundled set with this id, parsed on first use and shared by every widget after that.
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
    // The build script validated the set and linked its mentions before packing it.
    let set = bundled::packed(id)
        .and_then(Packed::unpack)
        .ok_or_else(|| JsValue::from_str("unknown content set"))?;
    let set = Rc::new(read::content_set(set).map_err(|e| JsValue::from_str(&e.to_string()))?);
    CACHE.with(|cache| cache.borrow_mut().push((id, set.clone())));
    Ok(set)
}
