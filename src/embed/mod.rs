//! The browser glue (feature `csr` on `wasm32`): mounts the widget in a shadow root, reads the
//! options and content JavaScript gives it, and reports to the host page.

mod bundled_sets;
mod events;
mod from_js;
mod mount;
mod read_content;
mod read_markup;
mod shadow;
mod structured_data;

pub use mount::{mount, prepare, WidgetHandle};
pub use read_content::validate_content;
