//! A parsed JSON value as the content readers read it in the wasm ([`Packed`] is their
//! [`JsonValue`]): unpacked from the bundled sets' packed form (written by the build script with
//! [`super::packed_format::pack`]) without a single call into JavaScript, where reading
//! `JSON.parse`'s result calls out for every value (most of what reading a bundled set cost at
//! a cold start: 6–9 ms of the article's 15 KB); or made from `JSON.parse`'s result for inline
//! content (`embed::js_value`).

use super::packed_format::{ARRAY, FALSE, NULL, NUMBER, OBJECT, TEXT, TRUE};
use super::read::{number, JsonValue, Kind};

/// A JSON value read from its packed form.
#[derive(Debug, PartialEq)]
pub enum Packed {
    /// `null`.
    Null,
    /// `true` or `false`.
    Boolean(bool),
    /// A number.
    Number(f64),
    /// A string.
    Text(String),
    /// An array's items, in order.
    Array(Vec<Packed>),
    /// An object's fields, in order.
    Object(Vec<(String, Packed)>),
    /// Something JSON does not have, such as a JavaScript function (never packed: only an
    /// object from JavaScript holds one, `embed::js_value`).
    Other,
}

impl Packed {
    /// Reads the packed form of one value; `None` if the bytes are not one (the build script
    /// wrote them, so that is a bug).
    pub fn unpack(bytes: &[u8]) -> Option<Packed> {
        let mut reader = Reader { bytes, at: 0 };
        let value = reader.value()?;
        (reader.at == bytes.len()).then_some(value)
    }
}

impl JsonValue for Packed {
    fn is_null(&self) -> bool {
        matches!(self, Packed::Null)
    }

    fn classify(self) -> Kind<Self> {
        match self {
            Packed::Null => Kind::Null,
            Packed::Boolean(flag) => Kind::Boolean(flag),
            Packed::Number(value) => number(value),
            Packed::Text(text) => Kind::Text(text),
            Packed::Array(items) => Kind::Array(items),
            Packed::Object(fields) => Kind::Object(fields),
            Packed::Other => Kind::Other,
        }
    }
}

/// A position in packed bytes.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let taken = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(taken)
    }

    /// A LEB128 length or count: seven bits a byte, low bits first, the high bit set on every
    /// byte but the last.
    fn count(&mut self) -> Option<usize> {
        let mut count = 0usize;
        for shift in (0..usize::BITS).step_by(7) {
            let byte = *self.take(1)?.first()?;
            count |= usize::from(byte & 0x7f).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                return Some(count);
            }
        }
        None
    }

    fn text(&mut self) -> Option<String> {
        let len = self.count()?;
        String::from_utf8(self.take(len)?.to_vec()).ok()
    }

    fn value(&mut self) -> Option<Packed> {
        Some(match *self.take(1)?.first()? {
            NULL => Packed::Null,
            FALSE => Packed::Boolean(false),
            TRUE => Packed::Boolean(true),
            NUMBER => Packed::Number(f64::from_le_bytes(self.take(8)?.try_into().ok()?)),
            TEXT => Packed::Text(self.text()?),
            ARRAY => {
                let count = self.count()?;
                let mut items = Vec::with_capacity(count.min(self.bytes.len()));
                for _ in 0..count {
                    items.push(self.value()?);
                }
                Packed::Array(items)
            }
            OBJECT => {
                let count = self.count()?;
                let mut fields = Vec::with_capacity(count.min(self.bytes.len()));
                for _ in 0..count {
                    fields.push((self.text()?, self.value()?));
                }
                Packed::Object(fields)
            }
            _ => return None,
        })
    }
}
