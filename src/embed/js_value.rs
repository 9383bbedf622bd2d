//! The content readers (`content::read`) over what the browser parsed: `JSON.parse`'s result, or
//! an object from JavaScript.

use crate::content::read::{number, JsonValue, Kind};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

impl JsonValue for JsValue {
    fn is_null(&self) -> bool {
        JsValue::is_null(self) || self.is_undefined()
    }

    #[inline(never)]
    fn classify(self) -> Kind<Self> {
        if let Some(text) = self.as_string() {
            Kind::Text(text)
        } else if let Some(flag) = self.as_bool() {
            Kind::Boolean(flag)
        } else if let Some(value) = self.as_f64() {
            number(value)
        } else if JsonValue::is_null(&self) {
            Kind::Null
        } else if Array::is_array(&self) {
            Kind::Array(self.unchecked_into::<Array>().to_vec())
        } else if self.is_object() {
            let object: Object = self.unchecked_into();
            let keys = Object::keys(&object);
            let fields = keys.iter().map(|key| {
                let value = Reflect::get(&object, &key).unwrap_or(JsValue::UNDEFINED);
                (key.as_string().unwrap_or_default(), value)
            });
            Kind::Object(fields.collect())
        } else {
            Kind::Other
        }
    }
}
