//! A reading error: serde's message and the field path where reading stopped.

use super::json_value::Kind;
use std::fmt::{self, Write as _};

/// Why a value could not be read (`message`) and where (`path`), both as serde_json and
/// serde_path_to_error give them for the same input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    message: String,
    /// From the value that failed up to the root: the path is built on the way out of the
    /// readers, only when something failed.
    segments: Vec<Segment>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Key(String),
    Index(usize),
}

impl Error {
    /// An error at the value being read.
    #[cold]
    #[inline(never)]
    pub(super) fn new(message: String) -> Self {
        Error {
            message,
            segments: Vec::new(),
        }
    }

    /// `invalid type: map, expected a string`: the value is not of the kind `expected` names.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_type<V>(found: &Kind<V>, expected: &str) -> Self {
        let found = match found {
            Kind::Text(text) => format!("string {text:?}"),
            Kind::Boolean(flag) => format!("boolean `{flag}`"),
            Kind::Integer(number) => format!("integer `{number}`"),
            Kind::Number => "a number".into(),
            Kind::Null => "null".into(),
            Kind::Array(_) => "sequence".into(),
            Kind::Object(_) => "map".into(),
            Kind::Other => "a JavaScript value".into(),
        };
        Error::new(format!("invalid type: {found}, expected {expected}"))
    }

    /// The same error seen from the object that holds the value under `key`.
    #[cold]
    #[inline(never)]
    pub(super) fn at_key(mut self, key: &str) -> Self {
        self.segments.push(Segment::Key(key.to_owned()));
        self
    }

    /// The same error seen from the array that holds the value at `index`.
    #[cold]
    #[inline(never)]
    pub(super) fn at_index(mut self, index: usize) -> Self {
        self.segments.push(Segment::Index(index));
        self
    }

    /// The field path as serde_path_to_error writes it (`faq.items[1].answer[0]`), `(root)` for
    /// the whole value.
    pub fn path(&self) -> String {
        if self.segments.is_empty() {
            return "(root)".into();
        }
        let mut path = String::new();
        for (i, segment) in self.segments.iter().rev().enumerate() {
            match segment {
                Segment::Key(key) => {
                    if i > 0 {
                        path.push('.');
                    }
                    path.push_str(key);
                }
                Segment::Index(index) => {
                    let _ = write!(path, "[{index}]");
                }
            }
        }
        path
    }

    /// The message without the path.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path(), self.message)
    }
}

impl std::error::Error for Error {}
