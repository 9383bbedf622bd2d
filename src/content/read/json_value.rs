//! What the readers need to know of a parsed JSON value, whoever parsed it.

/// A parsed JSON value, classified; items and fields are values of the same kind `V`.
pub enum Kind<V> {
    /// A string.
    Text(String),
    /// `true` or `false`.
    Boolean(bool),
    /// A number the messages show as an integer (see [`number`]).
    Integer(i64),
    /// Any other number; the messages call it "a number".
    Number,
    /// `null` (or JavaScript's `undefined`).
    Null,
    /// An array's items, in order.
    Array(Vec<V>),
    /// An object's keys, in order, with their values.
    Object(Vec<(String, V)>),
    /// Something JSON does not have, such as a JavaScript function.
    Other,
}

/// A parsed JSON value: a `content::packed::Packed` (in the wasm, from the bundled sets' packed
/// form or from `JSON.parse`), or a `serde_json::Value` natively.
pub trait JsonValue: Sized {
    /// Whether the value is `null` (or JavaScript's `undefined`): an `Option` reads it as `None`.
    fn is_null(&self) -> bool;

    /// What the value is.
    fn classify(self) -> Kind<Self>;
}

/// Classifies a number as both sides see it: a JavaScript number is an `f64`, so integers are
/// told from other numbers by their value, and only below 9e15 (where every integer is exact).
pub fn number<V>(value: f64) -> Kind<V> {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        Kind::Integer(value as i64)
    } else {
        Kind::Number
    }
}
