//! reframe: an embeddable, accessible FAQ accordion and "Instead of / Try" phrase cards.
//!
//! `content` is the platform-independent content model; `widget` turns attribute values into
//! options (`widget::options`) and holds the Yew components, which compile everywhere: the wasm
//! runs them in the browser, the native CLI renders them to static HTML
//! (`widget::static_html`, feature `ssr`). The browser glue (`embed`) exists only in the
//! browser build: feature `csr` on `wasm32`.

#![warn(missing_docs)]

pub mod content;
#[cfg(all(feature = "csr", target_arch = "wasm32"))]
pub mod embed;
pub mod widget;

/// The wasm's allocator: Talc, smaller and faster than Rust's default (dlmalloc); it grows the
/// wasm memory as needed.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
