//! Readers for the shapes of JSON the content model uses, with serde's errors: strings,
//! booleans, optional values, arrays, structs (objects with known fields) and enums (objects
//! with one key). The model's readers pass their own parts in (`fn` pointers, `&mut dyn FnMut`
//! callbacks), so the work here is compiled once per kind of [`JsonValue`], not once per type
//! read; only `optional`, `array` and `tagged` have a thin copy per type.

use super::error::Error;
use super::json_value::{JsonValue, Kind};

/// Reads a string.
pub(super) fn string<V: JsonValue>(value: V) -> Result<String, Error> {
    match value.classify() {
        Kind::Text(text) => Ok(text),
        other => Err(Error::invalid_type(&other, "a string")),
    }
}

/// Reads `true` or `false`.
pub(super) fn boolean<V: JsonValue>(value: V) -> Result<bool, Error> {
    match value.classify() {
        Kind::Boolean(flag) => Ok(flag),
        other => Err(Error::invalid_type(&other, "a boolean")),
    }
}

/// Reads an `Option`: `null` is `None`, anything else is read by `read`.
pub(super) fn optional<V: JsonValue, T>(
    value: V,
    read: fn(V) -> Result<T, Error>,
) -> Result<Option<T>, Error> {
    if value.is_null() {
        Ok(None)
    } else {
        read(value).map(Some)
    }
}

/// Reads an array, each item by `read`.
pub(super) fn array<V: JsonValue, T>(
    value: V,
    read: fn(V) -> Result<T, Error>,
) -> Result<Vec<T>, Error> {
    let mut out = Vec::new();
    items(value, &mut |item| {
        out.push(read(item)?);
        Ok(())
    })?;
    Ok(out)
}

/// Passes each item of an array to `read`; an item's error gets its index in the path. (The
/// part of [`array`] that does not depend on what the items are.)
fn items<V: JsonValue>(
    value: V,
    read: &mut dyn FnMut(V) -> Result<(), Error>,
) -> Result<(), Error> {
    match value.classify() {
        Kind::Array(items) => {
            for (index, item) in items.into_iter().enumerate() {
                read(item).map_err(|e| e.at_index(index))?;
            }
            Ok(())
        }
        other => Err(Error::invalid_type(&other, "a sequence")),
    }
}

/// A struct as serde derives it, with `deny_unknown_fields`.
pub(super) struct Shape {
    /// The type's name (`Faq`; messages say `struct Faq`).
    pub name: &'static str,
    /// The fields, in declaration order, by their JSON names (32 at most).
    pub fields: &'static [Field],
}

/// One field of a [`Shape`].
pub(super) struct Field {
    name: &'static str,
    /// False for an `Option` or a `#[serde(default)]` field, which may be left out.
    required: bool,
}

impl Field {
    /// A field that must be present.
    pub(super) const fn required(name: &'static str) -> Field {
        Field {
            name,
            required: true,
        }
    }

    /// A field that may be left out (an `Option`, or a field with `#[serde(default)]`).
    pub(super) const fn optional(name: &'static str) -> Field {
        Field {
            name,
            required: false,
        }
    }
}

/// Reads a struct of this `shape`, passing each field's name and value to `read`, in the order
/// the value gives them (so the first error is serde's). Like serde, it takes an object, or an
/// array of the field values in declaration order (serde's other form of a struct).
pub(super) fn object<V: JsonValue>(
    value: V,
    shape: &Shape,
    read: &mut dyn FnMut(&'static str, V) -> Result<(), Error>,
) -> Result<(), Error> {
    match value.classify() {
        Kind::Object(entries) => {
            // Bit `i`: field `i` was given.
            let mut seen = 0u32;
            for (key, value) in entries {
                let Some(index) = shape.fields.iter().position(|f| f.name == key) else {
                    return Err(unknown_field(&key, shape).at_key(&key));
                };
                seen |= 1 << index;
                read(shape.fields[index].name, value).map_err(|e| e.at_key(&key))?;
            }
            let mut fields = shape.fields.iter().enumerate();
            match fields.find(|(i, f)| f.required && seen & 1 << i == 0) {
                Some((_, field)) => Err(missing_field(field.name)),
                None => Ok(()),
            }
        }
        Kind::Array(items) => {
            let count = items.len();
            for (index, (item, field)) in items.into_iter().zip(shape.fields).enumerate() {
                read(field.name, item).map_err(|e| e.at_index(index))?;
            }
            // serde stops at the first required field without an item, and does not read
            // items beyond the last field.
            let missing = shape.fields.iter().skip(count).position(|f| f.required);
            if let Some(missing) = missing {
                Err(invalid_length(count + missing, shape))
            } else if count > shape.fields.len() {
                Err(Error::new("trailing characters".into()))
            } else {
                Ok(())
            }
        }
        other => Err(Error::invalid_type(
            &other,
            &format!("struct {}", shape.name),
        )),
    }
}

#[cold]
#[inline(never)]
fn missing_field(name: &str) -> Error {
    Error::new(format!("missing field `{name}`"))
}

#[cold]
#[inline(never)]
fn invalid_length(count: usize, shape: &Shape) -> Error {
    Error::new(format!(
        "invalid length {count}, expected struct {} with {} elements",
        shape.name,
        shape.fields.len()
    ))
}

#[cold]
#[inline(never)]
fn unknown_field(key: &str, shape: &Shape) -> Error {
    let names: Vec<&str> = shape.fields.iter().map(|f| f.name).collect();
    Error::new(format!(
        "unknown field `{key}`, expected {}",
        one_of(&names)
    ))
}

/// Reads an externally tagged enum whose variants all hold a value (`{ "variant": value }`),
/// passing the variant's name and value to `read`, with serde_json's errors for anything else.
pub(super) fn tagged<V: JsonValue, T>(
    value: V,
    variants: &'static [&'static str],
    read: fn(&'static str, V) -> Result<T, Error>,
) -> Result<T, Error> {
    let variant = |name: &str| variants.iter().copied().find(|v| *v == name);
    match value.classify() {
        // A bare name is how serde writes a variant without a value.
        Kind::Text(name) => Err(match variant(&name) {
            Some(_) => Error::new("invalid type: unit variant, expected newtype variant".into())
                .at_key(&name),
            None => unknown_variant(&name, variants),
        }),
        Kind::Object(entries) => {
            let more = entries.len() > 1;
            let Some((name, value)) = entries.into_iter().next() else {
                return Err(expected_value());
            };
            let Some(known) = variant(&name) else {
                return Err(unknown_variant(&name, variants));
            };
            let read = read(known, value).map_err(|e| e.at_key(&name))?;
            // serde_json reads the first key only, then wants the object to end.
            if more {
                return Err(expected_value());
            }
            Ok(read)
        }
        _ => Err(expected_value()),
    }
}

#[cold]
#[inline(never)]
fn unknown_variant(name: &str, variants: &[&str]) -> Error {
    Error::new(format!(
        "unknown variant `{name}`, expected {}",
        one_of(variants)
    ))
}

/// serde_json's word for an enum that is neither a string nor an object with one key (it
/// stopped where it wanted a value it could read as the enum).
#[cold]
#[inline(never)]
fn expected_value() -> Error {
    Error::new("expected value".into())
}

/// serde's list of what was expected: `` `a` ``, `` `a` or `b` ``, or `` one of `a`, `b`, `c` ``.
fn one_of(names: &[&str]) -> String {
    let mut list = String::from(if names.len() > 2 { "one of " } else { "" });
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            list.push_str(if names.len() == 2 { " or " } else { ", " });
        }
        list.push('`');
        list.push_str(name);
        list.push('`');
    }
    list
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use serde::Deserialize;

    /// serde_json's message for `text`, without the position.
    fn serde_message<T: for<'de> Deserialize<'de>>(text: &str) -> String {
        let message = serde_json::from_str::<T>(text).err().unwrap().to_string();
        message.rsplit_once(" at line ").unwrap().0.to_string()
    }

    fn hand_message(text: &str, shape: &Shape) -> String {
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        object(&value, shape, &mut |_, _| Ok(()))
            .unwrap_err()
            .message()
            .to_string()
    }

    /// The model's structs all have two fields or more: a struct of one field and one of three
    /// check the other forms of the list of expected fields.
    #[test]
    fn unknown_field_lists_one_two_or_more_fields() {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct One {
            a: Option<String>,
        }
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Two {
            a: Option<String>,
            b: Option<String>,
        }
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Three {
            a: Option<String>,
            b: Option<String>,
            c: Option<String>,
        }
        const ONE: Shape = Shape {
            name: "One",
            fields: &[Field::optional("a")],
        };
        const TWO: Shape = Shape {
            name: "Two",
            fields: &[Field::optional("a"), Field::optional("b")],
        };
        const THREE: Shape = Shape {
            name: "Three",
            fields: &[
                Field::optional("a"),
                Field::optional("b"),
                Field::optional("c"),
            ],
        };
        let text = r#"{"x": 1}"#;
        assert_eq!(hand_message(text, &ONE), serde_message::<One>(text));
        assert_eq!(hand_message(text, &TWO), serde_message::<Two>(text));
        assert_eq!(hand_message(text, &THREE), serde_message::<Three>(text));
        assert_eq!(hand_message(text, &ONE), "unknown field `x`, expected `a`");
    }
}
