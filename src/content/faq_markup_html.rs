//! FAQ markup from an HTML page's text, parsed as browsers parse it (html5ever), for
//! `reframe check page.html` and the native tests: the same [`Markup`] tree the widget builds
//! from the live DOM.

use super::faq_markup::{is_ignored, Budget, Element, Markup, MarkupError};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// One `<reframe-widget>` of a page.
#[derive(Debug)]
pub struct PageWidget {
    /// Its `id`, if any, to name it in messages.
    pub id: Option<String>,
    /// Whether it has content of its own (a `content` or `src` attribute, or a JSON script
    /// child), so that its children are only its fallback.
    pub has_content: bool,
    /// Its language: its `lang`, else its nearest ancestor's.
    pub lang: String,
    /// Its children as markup, or why they could not be read.
    pub markup: Result<Vec<Markup>, MarkupError>,
}

/// Every `<reframe-widget>` of the page `html`, in document order.
pub fn page_widgets(html: &str) -> Vec<PageWidget> {
    let dom = parse(html);
    let mut widgets = Vec::new();
    // Iterative: a page may nest elements deeper than a stack would go.
    let mut stack: Vec<(Handle, Option<String>)> = vec![(dom.document.clone(), None)];
    while let Some((node, lang)) = stack.pop() {
        let lang = attribute(&node, "lang").or(lang);
        if tag(&node).as_deref() == Some("reframe-widget") {
            let has_json = node.children.borrow().iter().any(|child| {
                tag(child).as_deref() == Some("script")
                    && attribute(child, "type").is_some_and(|t| t.trim() == "application/json")
            });
            widgets.push(PageWidget {
                id: attribute(&node, "id"),
                // As the widget picks its source (`pick_source`): an empty `src` is absent.
                has_content: has_json
                    || attribute(&node, "content").is_some()
                    || attribute(&node, "src").is_some_and(|src| !src.trim().is_empty()),
                lang: lang.clone().unwrap_or_default(),
                markup: children(&node),
            });
            continue;
        }
        let children = node.children.borrow();
        stack.extend(children.iter().rev().map(|c| (c.clone(), lang.clone())));
    }
    widgets
}

/// The markup of an HTML fragment (what goes inside an element), as a widget would read it.
pub fn fragment(html: &str) -> Result<Vec<Markup>, MarkupError> {
    let dom = parse(&format!("<!DOCTYPE html><html><body>{html}"));
    let html = dom.document.children.borrow().last().cloned();
    let body = html.and_then(|h| h.children.borrow().last().cloned());
    body.map_or(Ok(Vec::new()), |body| children(&body))
}

fn parse(html: &str) -> RcDom {
    html5ever::parse_document(RcDom::default(), Default::default()).one(html)
}

fn tag(node: &Handle) -> Option<String> {
    match &node.data {
        NodeData::Element { name, .. } => Some(name.local.to_string()),
        _ => None,
    }
}

fn attribute(node: &Handle, key: &str) -> Option<String> {
    match &node.data {
        NodeData::Element { attrs, .. } => attrs
            .borrow()
            .iter()
            .find(|a| &*a.name.local == key && a.name.ns.is_empty())
            .map(|a| a.value.to_string()),
        _ => None,
    }
}

fn children(node: &Handle) -> Result<Vec<Markup>, MarkupError> {
    let mut budget = Budget::default();
    read_children(node, 1, &mut budget)
}

/// Recursive, with the depth held to the limit by `budget`.
fn read_children(
    node: &Handle,
    depth: usize,
    budget: &mut Budget,
) -> Result<Vec<Markup>, MarkupError> {
    let mut out = Vec::new();
    for child in node.children.borrow().iter() {
        match &child.data {
            NodeData::Text { contents } => {
                budget.node(depth)?;
                let text = contents.borrow();
                budget.text(text.len())?;
                out.push(Markup::Text(text.to_string()));
            }
            NodeData::Element { .. } => {
                let tag = tag(child).unwrap_or_default();
                if is_ignored(&tag) {
                    continue;
                }
                budget.node(depth)?;
                out.push(Markup::Element(Element {
                    children: read_children(child, depth + 1, budget)?,
                    id: attribute(child, "id"),
                    class: attribute(child, "class"),
                    href: attribute(child, "href"),
                    tag,
                }));
            }
            _ => {}
        }
    }
    Ok(out)
}
