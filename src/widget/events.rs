//! The `detail` of each DOM event the widget sends to the host page, as plain serde data: the
//! browser glue turns them into JavaScript objects (`serde_wasm_bindgen`, `embed::events`), and
//! native code can check their field names.

use serde::Serialize;

/// `reframe:ready`: the first render is in the DOM.
#[derive(Debug, Serialize)]
pub struct ReadyDetail<'a> {
    /// The content set's id (`inline` for inline content).
    pub content: &'a str,
}

/// `reframe:toggle`: an answer opened or closed.
#[derive(Debug, Serialize)]
pub struct ToggleDetail<'a> {
    /// The question's id.
    pub id: &'a str,
    /// Whether the answer is now open.
    pub open: bool,
}

/// `reframe:search`: the search query changed.
#[derive(Debug, Serialize)]
pub struct SearchDetail<'a> {
    /// The query as typed.
    pub query: &'a str,
    /// How many questions match.
    pub count: usize,
}

/// `reframe:check`: the reader ticked or unticked an item of a self-check.
#[derive(Debug, Serialize)]
pub struct CheckDetail {
    /// How many items are ticked now.
    pub checked: usize,
}

/// `reframe:copy` of a "Try" phrase.
#[derive(Debug, Serialize)]
pub struct CopyPhraseDetail {
    /// Index of the phrase pair.
    pub index: usize,
}

/// `reframe:copy` of a link to a question.
#[derive(Debug, Serialize)]
pub struct CopyLinkDetail<'a> {
    /// The question's id.
    pub id: &'a str,
}

/// `reframe:error`: the widget cannot render.
#[derive(Debug, Serialize)]
pub struct ErrorDetail<'a> {
    /// What went wrong, as in the console.
    pub message: &'a str,
}
