//! A serde `Deserializer` over a value the browser parsed (`JSON.parse`, or an options object
//! from JavaScript) that reports where an error is, as a field path such as
//! `faq.items[1].answer[0]`.
//!
//! It replaces serde-wasm-bindgen and serde_path_to_error in the wasm: the path wrapper
//! monomorphised a copy of every visitor and cost about 49 KB of the 454 KB binary, and number
//! errors pulled in float formatting (14 KB). The content files read at build time and by the CLI
//! still go through serde_json and serde_path_to_error (`content::load`), with the same types and
//! the same rules, so both report the same field paths.

use js_sys::{Array, Object, Reflect};
use serde::de::{self, DeserializeSeed, IntoDeserializer, Unexpected, Visitor};
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};

/// Deserializes `T` from `value`; the error names the field path where reading stopped.
pub fn from_value<T: de::DeserializeOwned>(value: JsValue) -> Result<T, Error> {
    T::deserialize(Value(value))
}

/// What went wrong (`message`) and where (`path`, empty at the root).
#[derive(Debug)]
pub struct Error {
    path: String,
    message: String,
}

impl Error {
    /// The field path, `(root)` for the whole value.
    pub fn path(&self) -> &str {
        if self.path.is_empty() {
            "(root)"
        } else {
            &self.path
        }
    }

    /// The message without the path.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The same error seen from the array that holds it: `[index]` goes in front.
    #[cold]
    #[inline(never)]
    fn within_index(self, index: u32) -> Self {
        self.within(&format!("[{index}]"))
    }

    /// The same error seen from the parent: `key` (a field) or `[index]` goes in front.
    #[cold]
    #[inline(never)]
    fn within(mut self, segment: &str) -> Self {
        let separator = if self.path.is_empty() || self.path.starts_with('[') {
            ""
        } else {
            "."
        };
        self.path = format!("{segment}{separator}{}", self.path);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path(), self.message)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error {
            path: String::new(),
            message: message.to_string(),
        }
    }

    /// Worded as serde_json words it (JSON's `null` is "null"), and without serde's float
    /// formatting, which would bring 14 KB of code for a case the browser never produces.
    fn invalid_type(unexpected: Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        let found = match unexpected {
            Unexpected::Bool(value) => format!("boolean `{value}`"),
            Unexpected::Signed(value) => format!("integer `{value}`"),
            Unexpected::Unsigned(value) => format!("integer `{value}`"),
            Unexpected::Str(value) => format!("string {value:?}"),
            Unexpected::Unit => "null".into(),
            Unexpected::Seq => "sequence".into(),
            Unexpected::Map => "map".into(),
            Unexpected::Other(what) => what.into(),
            _ => "a value of another kind".into(),
        };
        de::Error::custom(format_args!("invalid type: {found}, expected {expected}"))
    }
}

/// One value of the parsed tree.
struct Value(JsValue);

/// What a value is. Found by one non-generic function, so that each visitor's copy of
/// `deserialize_any` is only a dispatch (serde makes one copy per type read).
enum Kind {
    Text(String),
    Flag(bool),
    Integer(i64),
    Null,
    List(Items),
    Object(Fields),
    /// Something JSON has but no content field takes (a number with a fraction), or
    /// something only JavaScript has (a function).
    Other(&'static str),
}

#[inline(never)]
fn classify(value: JsValue) -> Kind {
    if let Some(text) = value.as_string() {
        Kind::Text(text)
    } else if let Some(flag) = value.as_bool() {
        Kind::Flag(flag)
    } else if let Some(number) = value.as_f64() {
        // Integers as serde sees them; other numbers without float formatting (no content
        // field is a number, so the exact value adds nothing to the message).
        if number.fract() == 0.0 && number.abs() < 9.0e15 {
            Kind::Integer(number as i64)
        } else {
            Kind::Other("a number")
        }
    } else if value.is_null() || value.is_undefined() {
        Kind::Null
    } else if Array::is_array(&value) {
        Kind::List(Items {
            items: value.unchecked_into(),
            next: 0,
        })
    } else if value.is_object() {
        let object: Object = value.unchecked_into();
        Kind::Object(Fields {
            keys: Object::keys(&object),
            object,
            next: 0,
            key: String::new(),
        })
    } else {
        Kind::Other("a JavaScript value")
    }
}

impl<'de> de::Deserializer<'de> for Value {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match classify(self.0) {
            Kind::Text(text) => visitor.visit_string(text),
            Kind::Flag(flag) => visitor.visit_bool(flag),
            Kind::Integer(number) => visitor.visit_i64(number),
            Kind::Null => visitor.visit_unit(),
            Kind::List(items) => visitor.visit_seq(items),
            Kind::Object(fields) => visitor.visit_map(fields),
            Kind::Other(what) => Err(de::Error::invalid_type(Unexpected::Other(what), &visitor)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.0.is_null() || self.0.is_undefined() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    /// Externally tagged: `"variant"` or `{ "variant": value }`.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if let Some(variant) = self.0.as_string() {
            let unit: de::value::StringDeserializer<Error> = variant.into_deserializer();
            return visitor.visit_enum(unit);
        }
        let keys = self
            .0
            .dyn_ref::<Object>()
            .filter(|_| !Array::is_array(&self.0))
            .map(Object::keys);
        match keys {
            Some(keys) if keys.length() == 1 => {
                let variant = keys.get(0).as_string().unwrap_or_default();
                let value = Reflect::get(&self.0, &keys.get(0)).unwrap_or(JsValue::UNDEFINED);
                visitor.visit_enum(Variant { variant, value })
            }
            _ => Err(de::Error::invalid_type(
                Unexpected::Other("a value that is not an object with one key"),
                &visitor,
            )),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

/// The items of an array, in order.
struct Items {
    items: Array,
    next: u32,
}

impl Items {
    #[inline(never)]
    fn take(&mut self) -> Option<(u32, JsValue)> {
        let index = self.next;
        (index < self.items.length()).then(|| {
            self.next += 1;
            (index, self.items.get(index))
        })
    }
}

impl<'de> de::SeqAccess<'de> for Items {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        match self.take() {
            None => Ok(None),
            Some((index, value)) => seed
                .deserialize(Value(value))
                .map(Some)
                .map_err(|e| e.within_index(index)),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some((self.items.length() - self.next) as usize)
    }
}

/// The own fields of an object, in the order `Object.keys` gives.
struct Fields {
    object: Object,
    keys: Array,
    next: u32,
    /// The key whose value comes next.
    key: String,
}

impl Fields {
    /// Moves to the next key; false when there is none.
    #[inline(never)]
    fn advance(&mut self) -> bool {
        if self.next >= self.keys.length() {
            return false;
        }
        self.key = self.keys.get(self.next).as_string().unwrap_or_default();
        self.next += 1;
        true
    }

    #[inline(never)]
    fn value(&self) -> JsValue {
        Reflect::get(&self.object, &JsValue::from_str(&self.key)).unwrap_or(JsValue::UNDEFINED)
    }
}

impl<'de> de::MapAccess<'de> for Fields {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        if !self.advance() {
            return Ok(None);
        }
        let key: de::value::StrDeserializer<'_, Error> = self.key.as_str().into_deserializer();
        seed.deserialize(key)
            .map(Some)
            .map_err(|e| e.within(&self.key))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(Value(self.value()))
            .map_err(|e| e.within(&self.key))
    }

    fn size_hint(&self) -> Option<usize> {
        Some((self.keys.length() - self.next) as usize)
    }
}

/// `{ "variant": value }` of an externally tagged enum.
struct Variant {
    variant: String,
    value: JsValue,
}

impl<'de> de::EnumAccess<'de> for Variant {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self), Error> {
        let key: de::value::StrDeserializer<'_, Error> = self.variant.as_str().into_deserializer();
        // An unknown variant is the enum's own error (serde_path_to_error words it so too).
        let tag = seed.deserialize(key)?;
        Ok((tag, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        de::Deserialize::deserialize(Value(self.value)).map_err(|e: Error| e.within(&self.variant))
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(Value(self.value))
            .map_err(|e| e.within(&self.variant))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_seq(Value(self.value), visitor)
            .map_err(|e| e.within(&self.variant))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_map(Value(self.value), visitor)
            .map_err(|e| e.within(&self.variant))
    }
}
