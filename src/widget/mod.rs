//! The widget: its options and public surface, the Yew components (one per file), their
//! hooks and the accordion's state.

pub mod accordion_clicks;
pub mod accordion_ids;
pub mod accordion_keys;
pub mod accordion_state;
pub mod after_paint;
pub mod answer_blocks;
pub mod app;
pub mod article_section;
pub mod clipboard;
pub mod commands;
pub mod events;
pub mod expand_all;
pub mod faq_accordion;
pub mod faq_group;
pub mod faq_item;
pub mod faq_questions;
pub mod heading;
pub mod keyword;
pub mod listen;
pub mod long_list;
pub mod markup_content;
pub mod options;
pub mod paragraphs;
pub mod phrase_card;
pub mod phrase_cards;
pub mod raw_options;
pub mod related_links;
pub mod rich_text_view;
pub mod search_box;
pub mod strings;
pub mod summary_box;
pub mod surface;
pub mod use_deep_link;
pub mod use_deferred_search;
pub mod use_toggle_events;

#[cfg(feature = "ssr")]
pub mod static_html;

/// Whether the components render the static page fallback rather than the live widget.
///
/// Without the `csr` feature the components only ever run under Yew's `ServerRenderer`
/// (`reframe render`, feature `ssr`), where no script will follow the HTML: there they leave
/// out every control that needs script (question buttons, copy buttons, search, "show all",
/// checkboxes, the live region) and show each answer, so the output reads in full with no
/// script and no stylesheet. In the browser build (`csr`) this is `false`, and the compiler
/// removes the static branches.
pub const STATIC: bool = cfg!(not(feature = "csr"));

pub use app::{App, AppProps};
