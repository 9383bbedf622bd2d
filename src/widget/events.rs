//! The `detail` of each DOM event the widget sends to the host page, as plain serde data: the
//! browser glue turns them into JavaScript objects (`serde_wasm_bindgen`, `embed::events`), and
//! native code can check their field names.

use super::keyword::keywords;
use serde::Serialize;

keywords! {
    /// Why the widget could not render: `reframe:error`'s `reason`, telling failures apart.
    pub enum ErrorReason {
        /// WebAssembly is unavailable, or the widget's own files failed to load.
        Wasm = "wasm",
        /// `src` could not be fetched: offline, refused by CORS or CSP, not a URL.
        Network = "network",
        /// The server answered `src` with an HTTP error status.
        Http = "http",
        /// The content is over the size limit of a content set.
        TooLarge = "too-large",
        /// The content is not JSON.
        NotJson = "not-json",
        /// The content is JSON, but not a valid content set.
        Invalid = "invalid",
        /// Anything else (an element that cannot have a shadow root, unreadable options).
        Other = "other",
    }
}

/// The second name each event is sent under, with a dash for the colon: `reframe-toggle` for
/// `reframe:toggle`. The JSX compilers most React projects use (Babel, SWC: Next.js, Vite's
/// React plugins) refuse an attribute name with a colon (`onreframe:toggle`), and Angular
/// reads `(reframe:toggle)` as the event `toggle` of a target `reframe`; `onreframe-toggle`
/// and `(reframe-toggle)` bind.
pub fn dashed_name(name: &str) -> String {
    name.replacen(':', "-", 1)
}

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

/// `reframe:error`: the widget cannot render. The loader sends the same shape for the
/// failures it finds itself (WebAssembly, fetching `src`).
#[derive(Debug, Serialize)]
pub struct ErrorDetail<'a> {
    /// What went wrong, as in the console.
    pub message: &'a str,
    /// Which kind of failure: an [`ErrorReason`]'s name.
    pub reason: &'static str,
    /// The URL the content came from, when it came from `src` (absolute).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub src: Option<&'a str>,
    /// The HTTP status, when the server answered `src` with an error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
}
