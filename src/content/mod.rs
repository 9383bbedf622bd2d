//! Content: the data model, its validation rules and the sets bundled into the build.

pub mod bundled;
#[cfg(not(target_arch = "wasm32"))]
pub mod import;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod mentions;
pub mod model;
pub mod rich_text;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod search;
pub mod structured_data;
pub mod unicode;
pub mod validate;

pub use model::ContentSet;
