//! The Yew components of the widget, one per file, and the accordion's state.

pub mod accordion_state;
pub mod app;
pub mod article_section;
pub mod clipboard;
pub mod faq_accordion;
pub mod faq_item;
pub mod heading;
pub mod paragraphs;
pub mod phrase_card;
pub mod phrase_cards;
pub mod related_links;
pub mod rich_text_view;
pub mod search_box;
pub mod strings;
pub mod summary_box;

pub use app::{App, AppProps};
