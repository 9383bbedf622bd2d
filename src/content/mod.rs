//! Content: the data model, its validation rules and the sets bundled into the build.

pub mod bundled;
pub mod faq_markup;
#[cfg(feature = "cli")]
pub mod faq_markup_html;
#[cfg(feature = "cli")]
pub mod import;
pub mod limits;
#[cfg(feature = "cli")]
pub mod load;
pub mod mentions;
pub mod model;
pub mod rich_text;
#[cfg(feature = "cli")]
pub mod schema;
pub mod search;
pub mod slug;
pub mod structured_data;
pub mod unicode;
pub mod validate;
#[cfg(test)]
pub(crate) mod work;

pub use model::{ContentSet, Labels, Part, PluralLabel};
