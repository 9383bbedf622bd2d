//! `JSON.parse`'s result (or an object from JavaScript) as a [`Packed`] value, for the content
//! readers (`content::read`): the wasm then holds one copy of the readers, over `Packed`, for
//! inline content and the bundled sets alike.

use crate::content::packed::Packed;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// How deep values are made `Packed`; deeper ones are left out as [`Packed::Other`]. A content
/// set is about ten levels deep and the readers go no deeper than its shape, so they never
/// reach one; hostile inline JSON nested thousands deep would otherwise exhaust the stack.
const DEEPEST: usize = 64;

/// The value and everything in it, asked of JavaScript once each.
pub fn to_packed(value: JsValue) -> Packed {
    packed_at(value, 0)
}

fn packed_at(value: JsValue, depth: usize) -> Packed {
    if let Some(text) = value.as_string() {
        Packed::Text(text)
    } else if let Some(flag) = value.as_bool() {
        Packed::Boolean(flag)
    } else if let Some(number) = value.as_f64() {
        Packed::Number(number)
    } else if value.is_null() || value.is_undefined() {
        Packed::Null
    } else if depth == DEEPEST {
        Packed::Other
    } else if Array::is_array(&value) {
        let items: Array = value.unchecked_into();
        Packed::Array(
            items
                .iter()
                .map(|item| packed_at(item, depth + 1))
                .collect(),
        )
    } else if value.is_object() {
        let object: Object = value.unchecked_into();
        let keys = Object::keys(&object);
        let fields = keys.iter().map(|key| {
            let value = Reflect::get(&object, &key).unwrap_or(JsValue::UNDEFINED);
            (
                key.as_string().unwrap_or_default(),
                packed_at(value, depth + 1),
            )
        });
        Packed::Object(fields.collect())
    } else {
        Packed::Other
    }
}
