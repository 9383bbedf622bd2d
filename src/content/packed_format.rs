//! The packed form of a JSON value, in which the build script bundles the content sets and
//! `content::packed` reads them: a tag byte, then nothing (`null`, `false`, `true`); eight bytes
//! of a little-endian `f64` (a number); a length and UTF-8 bytes (a string); a count and the
//! items (an array); a count and, for each field, its name as a string without its tag, then
//! its value (an object). Lengths and counts are LEB128 (seven bits a byte, low bits first,
//! the high bit set on every byte but the last). (Included by `build.rs`.)

/// Tag of `null`.
pub const NULL: u8 = 0;
/// Tag of `false`.
pub const FALSE: u8 = 1;
/// Tag of `true`.
pub const TRUE: u8 = 2;
/// Tag of a number.
pub const NUMBER: u8 = 3;
/// Tag of a string.
pub const TEXT: u8 = 4;
/// Tag of an array.
pub const ARRAY: u8 = 5;
/// Tag of an object.
pub const OBJECT: u8 = 6;

/// Appends the packed form of `value` to `out` (the build script, for each bundled set).
#[cfg(not(target_arch = "wasm32"))]
pub fn pack(value: &serde_json::Value, out: &mut Vec<u8>) {
    use serde_json::Value;
    let count = |out: &mut Vec<u8>, mut n: usize| loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            break out.push(low);
        }
        out.push(low | 0x80);
    };
    let text = |out: &mut Vec<u8>, s: &str| {
        count(out, s.len());
        out.extend_from_slice(s.as_bytes());
    };
    match value {
        Value::Null => out.push(NULL),
        Value::Bool(false) => out.push(FALSE),
        Value::Bool(true) => out.push(TRUE),
        Value::Number(n) => {
            out.push(NUMBER);
            let n = n.as_f64().expect("a JSON number is an f64");
            out.extend_from_slice(&n.to_le_bytes());
        }
        Value::String(s) => {
            out.push(TEXT);
            text(out, s);
        }
        Value::Array(items) => {
            out.push(ARRAY);
            count(out, items.len());
            for item in items {
                pack(item, out);
            }
        }
        Value::Object(fields) => {
            out.push(OBJECT);
            count(out, fields.len());
            for (name, value) in fields {
                text(out, name);
                pack(value, out);
            }
        }
    }
}
