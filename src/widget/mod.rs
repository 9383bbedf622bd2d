//! The Yew components of the widget, one per file, and the accordion's state.

pub mod accordion_state;
pub mod after_paint;
pub mod app;
pub mod article_section;
pub mod clipboard;
pub mod events;
pub mod faq_accordion;
pub mod faq_group;
pub mod faq_item;
pub mod heading;
pub mod listen;
pub mod paragraphs;
pub mod phrase_card;
pub mod phrase_cards;
pub mod related_links;
pub mod rich_text_view;
pub mod search_box;
pub mod strings;
pub mod summary_box;

#[cfg(not(target_arch = "wasm32"))]
pub mod static_html;

/// Whether the components render the static page fallback rather than the live widget.
///
/// Native builds only ever run the components under Yew's `ServerRenderer` (`reframe render`),
/// where no script will follow the HTML: there they leave out every control that needs script
/// (question buttons, copy buttons, search, "show all", checkboxes, the live region) and show
/// each answer, so the output reads in full with no script and no stylesheet. In the wasm this
/// is `false`, and the compiler removes the static branches.
pub const STATIC: bool = cfg!(not(target_arch = "wasm32"));

pub use app::{App, AppProps};
