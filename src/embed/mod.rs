//! The browser glue (on `wasm32`): mounts the widget in a shadow root and reports to the host
//! page.

#[cfg(target_arch = "wasm32")]
mod bundled_sets;
#[cfg(target_arch = "wasm32")]
mod events;
#[cfg(target_arch = "wasm32")]
mod js_value;
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
