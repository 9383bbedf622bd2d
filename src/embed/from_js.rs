//! Reading a JavaScript value (what the browser's `JSON.parse` returns) into a serde type with
//! `serde_wasm_bindgen`, with the errors serde_json gives for the same JSON text, at the same
//! field paths (`serde_path_to_error`): the build and `reframe check` name a problem in a
//! content file as the browser names it in inline content.
//!
//! serde-wasm-bindgen reads a struct by looking up its declared fields only, so
//! `#[serde(deny_unknown_fields)]` never sees a key the model does not have
//! (RReverser/serde-wasm-bindgen#39); and a number or `null` in the wrong place is reported in
//! its own words ("floating point `2.0`", "unit value"). [`AsJson`] asks it for each value as
//! what the value is (`deserialize_any`), as serde_json does: an object is then read as a map,
//! whose every key the derived visitors check, and an integer is an integer.
//!
//! Reading goes no deeper than the model's own shape: a value nested where the model has a
//! string or a field it does not know fails there, unread, so hostile JSON nested thousands
//! deep cannot exhaust the stack.

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, MapAccess, SeqAccess, Unexpected,
    VariantAccess, Visitor,
};
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};

/// Reads `value` as a `T`. The error is `path: message`, the path as serde_path_to_error
/// writes it (`faq.items[1].answer[0]`), `(root)` for the whole value.
pub fn from_js<T: DeserializeOwned>(value: JsValue) -> Result<T, String> {
    let deserializer = AsJson(serde_wasm_bindgen::Deserializer::from(value));
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let path = error.path().to_string();
        let path = if path == "." { "(root)" } else { &path };
        // serde-wasm-bindgen's errors are JavaScript `Error`s; their `message` is serde's.
        let error = JsValue::from(error.into_inner());
        let message = match error.dyn_ref::<js_sys::Error>() {
            Some(error) => String::from(error.message()),
            None => format!("{error:?}"),
        };
        format!("{path}: {message}")
    })
}

/// A deserializer, visitor, seed or access of serde-wasm-bindgen's, asking for every value as
/// `deserialize_any` finds it (see the module's doc); what it reads is wrapped again, all the
/// way down.
struct AsJson<T>(T);

impl<'de, D: de::Deserializer<'de>> de::Deserializer<'de> for AsJson<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(AsJson(visitor))
    }

    /// `null` (or `undefined`) is `None`, anything else `Some`.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_option(AsJson(visitor))
    }

    /// A variant's name, or an object with one key, the variant's, as serde_json writes enums.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_enum(name, variants, AsJson(visitor))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, AsJson(visitor))
    }

    /// Units and floats are read as they are, by visitors that want `null` or a fraction.
    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit(visitor)
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, visitor)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_f32(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_f64(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_ignored_any(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 char str string bytes byte_buf seq tuple
        tuple_struct map struct identifier
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for AsJson<V> {
    type Value = V::Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        self.0.expecting(formatter)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<V::Value, E> {
        self.0.visit_bool(v)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<V::Value, E> {
        self.0.visit_i64(v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<V::Value, E> {
        self.0.visit_u64(v)
    }

    /// A number that is not a safe integer, where the model wants no number (a float field
    /// reads its value through `deserialize_f64`, without this visitor). JavaScript may have
    /// rounded its digits already, so the message names no value.
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<V::Value, E> {
        Err(E::invalid_type(Unexpected::Other("a number"), &self.0))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        self.0.visit_str(v)
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        self.0.visit_string(v)
    }

    fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<V::Value, E> {
        self.0.visit_byte_buf(v)
    }

    /// `null` where the model wants a value (an absent `Option` reads it through
    /// `deserialize_option`, a unit through `deserialize_unit`): called `null`, as in JSON.
    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        Err(E::invalid_type(Unexpected::Other("null"), &self.0))
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }

    fn visit_some<D: de::Deserializer<'de>>(self, value: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(AsJson(value))
    }

    fn visit_newtype_struct<D: de::Deserializer<'de>>(
        self,
        value: D,
    ) -> Result<V::Value, D::Error> {
        self.0.visit_newtype_struct(AsJson(value))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, items: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(AsJson(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, entries: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(AsJson(entries))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(AsJson(data))
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for AsJson<S> {
    type Value = S::Value;

    fn deserialize<D: de::Deserializer<'de>>(self, value: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(AsJson(value))
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for AsJson<A> {
    type Error = A::Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        self.0.next_element_seed(AsJson(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for AsJson<A> {
    type Error = A::Error;

    fn next_key_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        self.0.next_key_seed(AsJson(seed))
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.0.next_value_seed(AsJson(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for AsJson<A> {
    type Error = A::Error;
    type Variant = AsJson<A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let (name, value) = self.0.variant_seed(AsJson(seed))?;
        Ok((name, AsJson(value)))
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for AsJson<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        self.0.newtype_variant_seed(AsJson(seed))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, AsJson(visitor))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0.struct_variant(fields, AsJson(visitor))
    }
}
