//! The content sets bundled at build time (see `build.rs`), validated and with their mentions
//! linked before they got here: as minified JSON (the CLI and the tests) and in packed form
//! (the wasm, `content::packed`).

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The ids of the bundled sets, sorted; the first is the default.
pub fn ids() -> impl Iterator<Item = &'static str> {
    IDS.iter().copied()
}

/// The minified JSON of the bundled set with this id.
pub fn json(id: &str) -> Option<&'static str> {
    IDS.iter().position(|i| *i == id).map(|at| JSON[at])
}

/// The packed form of the bundled set with this id.
pub fn packed(id: &str) -> Option<&'static [u8]> {
    IDS.iter().position(|i| *i == id).map(|at| PACKED[at])
}
