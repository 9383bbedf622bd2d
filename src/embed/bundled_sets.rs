//! Bundled content sets, read once per page (see `read_content`) and shared by all widgets.

use super::read_content;
use crate::content::{bundled, ContentSet};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsValue;

thread_local! {
    static CACHE: RefCell<HashMap<&'static str, Rc<ContentSet>>> = RefCell::default();
}

/// The bundled set with this id, parsed on first use and shared by every widget after that.
pub fn load(id: &'static str) -> Result<Rc<ContentSet>, JsValue> {
    if let Some(set) = CACHE.with(|cache| cache.borrow().get(id).cloned()) {
        return Ok(set);
    }
    let json = bundled::json(id).ok_or_else(|| JsValue::from_str("unknown content set"))?;
    let set = Rc::new(read_content::parse(json).map_err(|e| JsValue::from_str(&e.join("; ")))?);
    CACHE.with(|cache| cache.borrow_mut().insert(id, set.clone()));
    Ok(set)
}
