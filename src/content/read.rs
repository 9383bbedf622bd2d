//! Reading a content set from a parsed JSON value, by hand, with serde's errors.
//!
//! In the wasm these readers read `content::packed::Packed` values: the bundled sets unpacked
//! from the form the build script packed them in, and inline content as the browser's
//! `JSON.parse` returns it, made `Packed` (`embed::js_value`). In the wasm they replace serde's
//! derived visitors, which cost about 57 KB there (18 KB gzipped). The build script and the
//! CLI still read content files with serde (`content::load`); the errors here are serde_json's
//! and serde_path_to_error's for the same input, word for word and at the same path, and
//! `tests/reader_matches_serde.rs` checks the two readers against each other natively (over
//! `serde_json::Value`).
//!
//! Known differences, where the browser cannot see what serde sees:
//! - numbers are JavaScript numbers (`f64`): one that is not an integer below 9e15 is "a
//!   number" (serde: "floating point `1.5`"; float formatting would add 14 KB to the wasm), and
//!   `2.0` is "integer `2`";
//! - a repeated key is no error (serde: "duplicate field", or "expected value" in a block):
//!   `JSON.parse` keeps the last value;
//! - `Object.keys` puts keys that look like array indices (`"0"`) first, so when an object holds
//!   several errors the browser may report another one first.

mod error;
mod json_value;
mod model;
#[cfg(not(target_arch = "wasm32"))]
mod serde_value;
mod shapes;

pub use error::Error;
pub use json_value::{number, JsonValue, Kind};
pub use model::content_set;
