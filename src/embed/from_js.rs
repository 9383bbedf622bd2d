//! Reading a JavaScript value (what the browser's `JSON.parse` returns) into a serde type with
//! `serde_wasm_bindgen`, with the errors serde_json gives for the same JSON text, at the same
//! field paths (`serde_path_to_error`): the build and `reframe check` name a problem in a
//! content file as the browser names it in inline content.
//!
//! serde-wasm-bindgen reads a struct by looking up its declared fields only, so
//! `#[serde(deny_unknown_fields)]` never sees a key the model does not have
//! (RReverser/serde-wasm-bindgen#39); and a number or `null` in the wrong place is reported in
//! its own words ("floating point `2.0`", "unit value"). [`AsJson`] asks it for each struct,
//! sequence, string and boolean as what the value is (`deserialize_any`), as serde_json does: an
//! object is then read as a map, whose every key the derived visitors check, and an integer is
//! an integer. [`Expect`] hands the visitor only the kind of value its shape reads and refuses
//! the others itself, so no visitor's code for a kind it never takes is linked (a struct
//! written as an array, which serde_json accepts, is refused here).
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

/// The `deserialize_*` methods the model does not use for its own shapes: serde-wasm-bindgen's.
macro_rules! forward_to_inner {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                self.0.$method(visitor)
            }
        )*
    };
}

/// A deserializer, seed or access of serde-wasm-bindgen's, reading the content model's shapes
/// (structs, sequences, strings, booleans, options, enums) as serde_json reads them (see the
/// module's doc); what it reads is wrapped again, all the way down. Other types are read as
/// serde-wasm-bindgen reads them.
struct AsJson<T>(T);

impl<'de, D: de::Deserializer<'de>> de::Deserializer<'de> for AsJson<D> {
    type Error = D::Error;

    /// An object, read as a map: the derived visitor sees every key.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(Expect::<V, MAP>(visitor))
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(Expect::<V, MAP>(visitor))
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(Expect::<V, SEQ>(visitor))
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(Expect::<V, TEXT>(visitor))
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(Expect::<V, TEXT>(visitor))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(Expect::<V, FLAG>(visitor))
    }

    /// `null` (or `undefined`) is `None`, anything else `Some`.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_option(Expect::<V, OPTION>(visitor))
    }

    /// A variant's name, or an object with one key, the variant's, as serde_json writes enums.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_enum(name, variants, Expect::<V, ENUM>(visitor))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, visitor)
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(name, len, visitor)
    }

    forward_to_inner! {
        deserialize_any deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64
        deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char deserialize_bytes
        deserialize_byte_buf deserialize_unit deserialize_identifier deserialize_ignored_any
    }
}

// The kinds of value an [`Expect`] takes.
const MAP: u8 = 0;
const SEQ: u8 = 1;
const TEXT: u8 = 2;
const FLAG: u8 = 3;
const OPTION: u8 = 4;
const ENUM: u8 = 5;

/// A visitor that takes only the kind of value `KIND` names. Any other is refused here, in
/// serde_json's words ("integer `2`", "null"), so the wrapped visitor's code for kinds it never
/// takes (a struct's reading from an array, say) is not in the wasm.
struct Expect<V, const KIND: u8>(V);

impl<'de, V: Visitor<'de>, const KIND: u8> Visitor<'de> for Expect<V, KIND> {
    type Value = V::Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        self.0.expecting(formatter)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<V::Value, E> {
        if KIND == FLAG {
            self.0.visit_bool(v)
        } else {
            Err(E::invalid_type(Unexpected::Bool(v), &self))
        }
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<V::Value, E> {
        Err(E::invalid_type(Unexpected::Signed(v), &self))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<V::Value, E> {
        Err(E::invalid_type(Unexpected::Unsigned(v), &self))
    }

    /// A number that is not a safe integer. JavaScript may have rounded its digits already, so
    /// the message names no value.
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<V::Value, E> {
        Err(E::invalid_type(Unexpected::Other("a number"), &self))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        if KIND == TEXT {
            self.0.visit_str(v)
        } else {
            Err(E::invalid_type(Unexpected::Str(v), &self))
        }
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        if KIND == TEXT {
            self.0.visit_string(v)
        } else {
            Err(E::invalid_type(Unexpected::Str(&v), &self))
        }
    }

    /// `null` where the model wants a value (an absent `Option` is `visit_none`): called
    /// `null`, as in JSON.
    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        Err(E::invalid_type(Unexpected::Other("null"), &self))
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        if KIND == OPTION {
            self.0.visit_none()
        } else {
            Err(E::invalid_type(Unexpected::Other("null"), &self))
        }
    }

    fn visit_some<D: de::Deserializer<'de>>(self, value: D) -> Result<V::Value, D::Error> {
        if KIND == OPTION {
            self.0.visit_some(AsJson(value))
        } else {
            Err(de::Error::invalid_type(Unexpected::Option, &self))
        }
    }

    fn visit_seq<A: SeqAccess<'de>>(self, items: A) -> Result<V::Value, A::Error> {
        if KIND == SEQ {
            self.0.visit_seq(AsJson(items))
        } else {
            Err(de::Error::invalid_type(Unexpected::Seq, &self))
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, entries: A) -> Result<V::Value, A::Error> {
        if KIND == MAP {
            self.0.visit_map(AsJson(entries))
        } else {
            Err(de::Error::invalid_type(Unexpected::Map, &self))
        }
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        if KIND == ENUM {
            self.0.visit_enum(AsJson(data))
        } else {
            Err(de::Error::invalid_type(Unexpected::Enum, &self))
        }
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
        self.0.tuple_variant(len, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0.struct_variant(fields, Expect::<V, MAP>(visitor))
    }
}
