//! The content sets bundled at build time (see `build.rs`), validated before they got here.

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The ids of the bundled sets, sorted; the first is the default.
pub fn ids() -> impl Iterator<Item = &'static str> {
    BUNDLED.iter().map(|(id, _)| *id)
}

/// The minified JSON of the bundled set with this id.
pub fn json(id: &str) -> Option<&'static str> {
    BUNDLED
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, json)| *json)
}
