//! The page fallback, rendered on the server from the widget's own components: the HTML a site
//! owner pastes inside `<reframe-widget>` (`reframe render`), and the FAQPage structured data
//! (schema.org JSON-LD, see [`crate::content::structured_data`]) that goes with it.

use super::options::Options;
use super::{App, AppProps};
use crate::content::structured_data::{faq_page, script_text};
use crate::content::{ContentSet, Part};
use serde::Serialize;
use std::rc::Rc;
use yew::LocalServerRenderer;

/// The components' static HTML for `content` with `options` (see [`super::STATIC`]), one block
/// element a line so that the pasted snippet stays readable.
pub fn html(content: Rc<ContentSet>, options: Options) -> String {
    let props = AppProps {
        content,
        options,
        on_event: Default::default(),
        on_ready: Default::default(),
        commands: Default::default(),
    };
    let renderer = LocalServerRenderer::<App>::with_props(props).hydratable(false);
    let html = futures_executor::block_on(renderer.render());
    break_lines(&html)
}

/// `value` as a `<script type="application/ld+json">` element, its text escaped by
/// [`script_text`] (still the same JSON), so no text can close the element or open a comment
/// in it.
pub fn json_ld_script(value: &impl Serialize) -> String {
    let json = script_text(
        &serde_json::to_string_pretty(value).expect("structured data always serializes"),
    );
    format!("<script type=\"application/ld+json\">\n{json}\n</script>")
}

/// The whole fallback: the HTML, then the FAQPage JSON-LD when the FAQ is among the parts shown.
pub fn fallback(content: Rc<ContentSet>, options: Options) -> String {
    let structured = options
        .show
        .contains(&Part::Faq)
        .then(|| faq_page(&content))
        .flatten();
    let mut out = html(content, options);
    if let Some(value) = structured {
        out.push('\n');
        out.push_str(&json_ld_script(&value));
    }
    out
}

/// A line break after each closing tag of a block element. Whitespace between blocks renders
/// as nothing, so the text a reader sees is unchanged.
fn break_lines(html: &str) -> String {
    const BLOCK_ENDS: [&str; 12] = [
        "</div>",
        "</p>",
        "</ul>",
        "</li>",
        "</h2>",
        "</h3>",
        "</h4>",
        "</h5>",
        "</h6>",
        "<ul>",
        "</summary>",
        "</details>",
    ];
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html;
    while let Some((at, tag)) = BLOCK_ENDS
        .iter()
        .filter_map(|tag| rest.find(tag).map(|at| (at, *tag)))
        .min()
    {
        let end = at + tag.len();
        out.push_str(&rest[..end]);
        out.push('\n');
        rest = &rest[end..];
    }
    out.push_str(rest);
    out.trim_end().to_string()
}
