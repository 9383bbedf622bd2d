//! The content sets bundled at build time (see `build.rs`), validated and with their mentions
//! linked before they got here, as minified JSON: the CLI reads it with serde_json, the wasm
//! with the browser's `JSON.parse` and serde-wasm-bindgen (`embed::bundled_sets`).

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The ids of the bundled sets, sorted; the first is the default.
pub fn ids() -> impl Iterator<Item = &'static str> {
    IDS.iter().copied()
}

/// The minified JSON of the bundled set with this id.
pub fn json(id: &str) -> Option<&'static str> {
    IDS.iter().position(|i| *i == id).map(|at| JSON[at])
}
