//! `JSON.parse`'s result (or an object from JavaScript) as a [`Packed`] value, for the content
//! readers (`content::read`): the wasm then holds one copy of the readers, over `Packed`, for
//! inline content and the bundled sets alike.

use crate::content::packed::Packed;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// The value and everything in it, asked of JavaScript once each.
pub fn to_packed(value: JsValue) -> Packed {
    if let Some(text) = value.as_string() {
        Packed::Text(text)
    } else if let Some(flag) = value.as_bool() {
        Packed::Boolean(flag)
    } else if let Some(number) = value.as_f64() {
        Packed::Number(number)
    } else if value.is_null() || value.is_undefined() {
        Packed::Null
    } else if Array::is_array(&value) {
        Packed::Array(
            value
                .unchecked_into::<Array>()
                .iter()
                .map(to_packed)
                .collect(),
        )
    } else if value.is_object() {
        let object: Object = value.unchecked_into();
        let keys = Object::keys(&object);
        let fields = keys.iter().map(|key| {
            let value = Reflect::get(&object, &key).unwrap_or(JsValue::UNDEFINED);
            (key.as_string().unwrap_or_default(), to_packed(value))
        });
        Packed::Object(fields.collect())
    } else {
        Packed::Other
    }
}
