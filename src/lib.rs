//! reframe: an embeddable, accessible FAQ accordion and "Instead of / Try" phrase cards.
//!
//! `content` is the platform-independent content model; `embed::options` turns attribute values
//! into widget options. The Yew components (`widget`) and the browser glue (`embed`) exist only
//! on `wasm32`.

#![warn(missing_docs)]

pub mod content;
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod widget;
