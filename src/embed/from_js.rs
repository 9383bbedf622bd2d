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
//! an integer. [`Shape`] takes only the kind of value the model's shape reads and refuses the
//! others itself, so no visitor's code for a kind it never takes is linked (a struct written as
//! an array, which serde_json accepts, is refused here).
//!
//! One visitor, [`Shape`], reads every struct, sequence, string and boolean, whatever the type
//! read: it takes an object's entries or an array's items as serde-wasm-bindgen hands them over,
//! unread (`serde_wasm_bindgen::preserve`), and the model's visitors read them from serde's own
//! `MapDeserializer` and `SeqDeserializer`. So serde-wasm-bindgen's `deserialize_any`, and its
//! two ways of walking an object (a plain object's entries, or any iterable's), are in the wasm
//! once, not once inlined into each type of the model.
//!
//! Reading goes no deeper than the model's own shape: a value nested where the model has a
//! string or a field it does not know fails there, unread, so hostile JSON nested thousands
//! deep cannot exhaust the stack.

use serde::de::value::{MapDeserializer, SeqDeserializer};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, Expected, IntoDeserializer, MapAccess,
    SeqAccess, Unexpected, VariantAccess, Visitor,
};
use serde_wasm_bindgen::Error;
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};

/// Reads `value` as a `T`. The error is `path: message`, the path as serde_path_to_error
/// writes it (`faq.items[1].answer[0]`), `(root)` for the whole value.
pub fn from_js<T: DeserializeOwned>(value: JsValue) -> Result<T, String> {
    let deserializer = AsJson(serde_wasm_bindgen::Deserializer::from(value));
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let path = error.path().to_string();
        let path = if path == "." { "(root)" } else { &path };
        format!("{path}: {}", Message(error.into_inner().into()))
    })
}

/// A serde-wasm-bindgen error's text: its errors are JavaScript `Error`s, whose `message` is
/// serde's (their `Display` would add JavaScript's `Error: `).
struct Message(JsValue);

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let error = &self.0;
        match error.dyn_ref::<js_sys::Error>() {
            Some(error) => f.write_str(&String::from(error.message())),
            None => write!(f, "{error:?}"),
        }
    }
}

/// Takes over a value that serde's generic code hands back as some `Deserializer` (an option's
/// content, an enum's payload, an entry): serde-wasm-bindgen's, whose `JsValue` `preserve`
/// passes through unread.
fn adopt<'de, D: de::Deserializer<'de>>(value: D) -> Result<AsJson, D::Error> {
    let value: JsValue = serde_wasm_bindgen::preserve::deserialize(value)?;
    Ok(AsJson(value.into()))
}

/// Reads `value` with `seed`, as [`AsJson`]; its error handed back as the caller's type.
fn read_adopted<'de, S: DeserializeSeed<'de>, D: de::Deserializer<'de>>(
    seed: S,
    value: D,
) -> Result<S::Value, D::Error> {
    seed.deserialize(adopt(value)?)
        .map_err(|error| de::Error::custom(Message(error.into())))
}

/// serde-wasm-bindgen's deserializer, reading the content model's shapes (structs, sequences,
/// strings, booleans, options, enums) as serde_json reads them (see the module's doc); what it
/// reads is read as `AsJson` again, all the way down. Other types are read as
/// serde-wasm-bindgen reads them.
struct AsJson(serde_wasm_bindgen::Deserializer);

impl AsJson {
    /// The value, if it is of the `kind` the model wants here; else serde_json's error.
    fn read(self, kind: Kind, expected: &dyn Expected) -> Result<Read, Error> {
        de::Deserializer::deserialize_any(self.0, Shape { kind, expected })
    }
}

impl<'de> IntoDeserializer<'de, Error> for AsJson {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

/// The `deserialize_*` methods the model does not use for its own shapes: serde-wasm-bindgen's.
macro_rules! forward_to_inner {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
                self.0.$method(visitor)
            }
        )*
    };
}

impl<'de> de::Deserializer<'de> for AsJson {
    type Error = Error;

    /// An object, read as a map: the derived visitor sees every key.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.read(Kind::Map, &visitor)? {
            Read::Map(entries) => visitor.visit_map(MapDeserializer::new(entries.into_iter())),
            _ => unreachable!("read returns only the kind asked for"),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.read(Kind::Seq, &visitor)? {
            Read::Seq(items) => visitor.visit_seq(SeqDeserializer::new(items.into_iter())),
            _ => unreachable!("read returns only the kind asked for"),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.read(Kind::Text, &visitor)? {
            Read::Text(text) => visitor.visit_string(text),
            _ => unreachable!("read returns only the kind asked for"),
        }
    }

    /// A key: object keys are strings.
    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.read(Kind::Flag, &visitor)? {
            Read::Flag(flag) => visitor.visit_bool(flag),
            _ => unreachable!("read returns only the kind asked for"),
        }
    }

    /// `null` (or `undefined`) is `None`, anything else `Some`.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_option(Nested(visitor))
    }

    /// A variant's name, or an object with one key, the variant's, as serde_json writes enums.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.0.deserialize_enum(name, variants, Nested(visitor))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.0.deserialize_unit_struct(name, visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Error> {
        self.0.deserialize_tuple(len, visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.0.deserialize_tuple_struct(name, len, visitor)
    }

    forward_to_inner! {
        deserialize_any deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64
        deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char deserialize_bytes
        deserialize_byte_buf deserialize_unit deserialize_ignored_any
    }
}

/// The kinds of value the model's shapes take.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Map,
    Seq,
    Text,
    Flag,
}

/// A value of one [`Kind`]: an object's entries and an array's items still unread.
enum Read {
    Map(Vec<(AsJson, AsJson)>),
    Seq(Vec<AsJson>),
    Text(String),
    Flag(bool),
}

/// The visitor of every struct, sequence, string and boolean: takes a value of its `kind`,
/// refuses any other in serde_json's words ("integer `2`", "null"), naming what the model's
/// visitor expects.
struct Shape<'a> {
    kind: Kind,
    expected: &'a dyn Expected,
}

impl Shape<'_> {
    fn refuse<E: de::Error>(&self, unexpected: Unexpected) -> E {
        E::invalid_type(unexpected, self.expected)
    }
}

impl<'de> Visitor<'de> for Shape<'_> {
    type Value = Read;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        self.expected.fmt(formatter)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Read, E> {
        if self.kind == Kind::Flag {
            Ok(Read::Flag(v))
        } else {
            Err(self.refuse(Unexpected::Bool(v)))
        }
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Read, E> {
        Err(self.refuse(Unexpected::Signed(v)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Read, E> {
        Err(self.refuse(Unexpected::Unsigned(v)))
    }

    /// A number that is not a safe integer. JavaScript may have rounded its digits already, so
    /// the message names no value.
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Read, E> {
        Err(self.refuse(Unexpected::Other("a number")))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Read, E> {
        if self.kind == Kind::Text {
            Ok(Read::Text(v.to_owned()))
        } else {
            Err(self.refuse(Unexpected::Str(v)))
        }
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Read, E> {
        if self.kind == Kind::Text {
            Ok(Read::Text(v))
        } else {
            Err(self.refuse(Unexpected::Str(&v)))
        }
    }

    /// `null` where the model wants a value (an absent `Option` is read before this): called
    /// `null`, as in JSON.
    fn visit_unit<E: de::Error>(self) -> Result<Read, E> {
        Err(self.refuse(Unexpected::Other("null")))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Read, A::Error> {
        if self.kind != Kind::Seq {
            return Err(self.refuse(Unexpected::Seq));
        }
        let mut read = Vec::new();
        while let Some(item) = items.next_element_seed(Unread)? {
            read.push(item);
        }
        Ok(Read::Seq(read))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Read, A::Error> {
        if self.kind != Kind::Map {
            return Err(self.refuse(Unexpected::Map));
        }
        let mut read = Vec::new();
        while let Some(key) = entries.next_key_seed(Unread)? {
            read.push((key, entries.next_value_seed(Unread)?));
        }
        Ok(Read::Map(read))
    }
}

/// An entry's key or value, or an item, kept unread for the model's visitor.
struct Unread;

impl<'de> DeserializeSeed<'de> for Unread {
    type Value = AsJson;

    fn deserialize<D: de::Deserializer<'de>>(self, value: D) -> Result<AsJson, D::Error> {
        adopt(value)
    }
}

/// A visitor of the model's for an option or an enum, which serde-wasm-bindgen calls with the
/// value inside: read as [`AsJson`] again.
struct Nested<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for Nested<V> {
    type Value = V::Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        self.0.expecting(formatter)
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }

    fn visit_some<D: de::Deserializer<'de>>(self, value: D) -> Result<V::Value, D::Error> {
        let value = adopt(value)?;
        self.0
            .visit_some(value)
            .map_err(|error| de::Error::custom(Message(error.into())))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(Nested(data))
    }
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Nested<A> {
    type Error = A::Error;
    type Variant = Nested<A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let (name, value) = self.0.variant_seed(seed)?;
        Ok((name, Nested(value)))
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Nested<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        self.0.newtype_variant_seed(Adopted(seed))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0.newtype_variant_seed(Adopted(Struct(visitor)))
    }
}

/// A seed reading what it is handed as [`AsJson`].
struct Adopted<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Adopted<S> {
    type Value = S::Value;

    fn deserialize<D: de::Deserializer<'de>>(self, value: D) -> Result<S::Value, D::Error> {
        read_adopted(self.0, value)
    }
}

/// A struct variant's visitor as a seed: its payload read as an object.
struct Struct<V>(V);

impl<'de, V: Visitor<'de>> DeserializeSeed<'de> for Struct<V> {
    type Value = V::Value;

    fn deserialize<D: de::Deserializer<'de>>(self, value: D) -> Result<V::Value, D::Error> {
        value.deserialize_map(self.0)
    }
}
