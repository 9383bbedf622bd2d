//! Embedding: attribute values to options everywhere; on `wasm32`, the browser glue that mounts
//! the widget in a shadow root and reports to the host page.

pub mod options;

#[cfg(target_arch = "wasm32")]
mod bundled_sets;
#[cfg(target_arch = "wasm32")]
mod events;
#[cfg(target_arch = "wasm32")]
mod from_js;
#[cfg(target_arch = "wasm32")]
mod mount;
#[cfg(target_arch = "wasm32")]
mod read_content;
#[cfg(target_arch = "wasm32")]
mod shadow;
#[cfg(target_arch = "wasm32")]
mod structured_data;

#[cfg(target_arch = "wasm32")]
pub use mount::{mount, prepare, WidgetHandle};
#[cfg(target_arch = "wasm32")]
pub use read_content::validate_content;
