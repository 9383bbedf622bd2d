//! A widget's light-DOM children as FAQ markup (`content::faq_markup`): the page's own FAQ,
//! which the widget enhances when it is given no content.

use crate::content::faq_markup::{
    is_ignored, Budget, Element as MarkupElement, Markup, MarkupError,
};
use wasm_bindgen::JsCast;
use web_sys::{CharacterData, Element, Node};

/// The children of `host`, read as far as the limits allow: the nodes are counted and the
/// text measured before any of it is copied into the wasm. Comments and the ignored elements
/// (scripts, styles, images, ...) are skipped unread.
pub fn children(host: &Element) -> Result<Vec<Markup>, MarkupError> {
    read_children(host, 1, &mut Budget::default())
}

/// Recursive, with the depth held to the limit by `budget`.
fn read_children(
    parent: &Node,
    depth: usize,
    budget: &mut Budget,
) -> Result<Vec<Markup>, MarkupError> {
    let mut out = Vec::new();
    let mut next = parent.first_child();
    while let Some(node) = next {
        next = node.next_sibling();
        match node.node_type() {
            Node::TEXT_NODE => {
                budget.node(depth)?;
                let text: &CharacterData = node.unchecked_ref();
                budget.text(text.length() as usize)?;
                out.push(Markup::Text(text.data()));
            }
            Node::ELEMENT_NODE => {
                let element: &Element = node.unchecked_ref();
                let tag = element.local_name();
                if is_ignored(&tag) {
                    continue;
                }
                budget.node(depth)?;
                out.push(Markup::Element(MarkupElement {
                    children: read_children(&node, depth + 1, budget)?,
                    id: element.get_attribute("id"),
                    class: element.get_attribute("class"),
                    href: element.get_attribute("href"),
                    tag,
                }));
            }
            _ => {}
        }
    }
    Ok(out)
}
