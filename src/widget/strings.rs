//! Text the widget itself shows (labels not taken from content).

/// The widget's own labels in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct UiStrings {
    /// Label of the phrase to avoid.
    pub instead_of: &'static str,
    /// Label of the phrase to use.
    pub try_: &'static str,
}

/// English labels.
pub const EN: UiStrings = UiStrings {
    instead_of: "Instead of",
    try_: "Try",
};

/// Labels for a BCP 47 language tag; English until other languages are added.
pub fn for_lang(_lang: &str) -> &'static UiStrings {
    &EN
}
