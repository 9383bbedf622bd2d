//! What the accordion derives from its questions once per content.

use crate::content::model::FaqItem;
use crate::content::search::{Query, SearchIndex};
use std::cell::OnceCell;
use std::rc::Rc;
use yew::virtual_dom::Key;

/// The accordion's questions with their list keys and, once searched, their search index.
pub struct Questions {
    /// The questions, in order.
    pub items: Vec<Rc<FaqItem>>,
    /// Their keys for Yew's keyed lists.
    pub keys: Vec<Key>,
    /// Their folded text, made at the first search (most visitors never search).
    index: OnceCell<SearchIndex>,
}

impl Questions {
    /// The questions `items`, with no search index yet.
    pub fn new(items: Vec<Rc<FaqItem>>) -> Questions {
        Questions {
            keys: items
                .iter()
                .map(|item| Key::from(item.id.as_str()))
                .collect(),
            index: OnceCell::new(),
            items,
        }
    }

    /// The search index, made on first use.
    pub fn index(&self) -> &SearchIndex {
        self.index
            .get_or_init(|| SearchIndex::new(self.items.iter().map(|item| &**item)))
    }

    /// Which questions `query` shows, in order: all of them when it is empty.
    pub fn shown(&self, query: &Query) -> Rc<[bool]> {
        let mut shown = vec![query.is_empty(); self.items.len()];
        if !query.is_empty() {
            for i in self.index().matching(query) {
                shown[i] = true;
            }
        }
        shown.into()
    }
}
