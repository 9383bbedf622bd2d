//! The readers over `serde_json::Value`, natively: tests check them against serde's derived
//! `Deserialize` on the same JSON.

use super::json_value::{number, JsonValue, Kind};
use serde_json::Value;

impl JsonValue for &Value {
    fn is_null(&self) -> bool {
        Value::is_null(self)
    }

    /// Numbers as the browser sees them: a JavaScript number is an `f64`.
    fn classify(self) -> Kind<Self> {
        match self {
            Value::Null => Kind::Null,
            Value::Bool(flag) => Kind::Boolean(*flag),
            Value::Number(n) => number(n.as_f64().unwrap_or(f64::NAN)),
            Value::String(text) => Kind::Text(text.clone()),
            Value::Array(items) => Kind::Array(items.iter().collect()),
            Value::Object(fields) => {
                Kind::Object(fields.iter().map(|(k, v)| (k.clone(), v)).collect())
            }
        }
    }
}
