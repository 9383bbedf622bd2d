//! Text the widget itself shows and announces (labels not taken from content), per language.

use super::options::UiLang;

/// The widget's own words in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct UiStrings {
    /// Label of the phrase to avoid.
    pub instead_of: &'static str,
    /// Label of the phrase to use.
    pub try_: &'static str,
    /// Label of the search box.
    pub search_label: &'static str,
    /// "N questions match": singular, and plural with `{n}`.
    pub matches_one: &'static str,
    /// See `matches_one`.
    pub matches_many: &'static str,
    /// Empty state of a search, with `{q}` for the query.
    pub no_matches: &'static str,
    /// Hint under the empty state.
    pub no_matches_hint: &'static str,
    /// The expand-all control.
    pub show_all: &'static str,
    /// The collapse-all control.
    pub hide_all: &'static str,
    /// Copy button of a phrase.
    pub copy: &'static str,
    /// Announcement after copying a phrase.
    pub copied: &'static str,
    /// Copy-link button of a question.
    pub copy_link: &'static str,
    /// Announcement after copying a link.
    pub link_copied: &'static str,
    /// Announcement when copying failed.
    pub copy_failed: &'static str,
    /// Practice mode: reveal the "Try" phrase.
    pub show_try: &'static str,
    /// Practice mode: hide it again.
    pub hide_try: &'static str,
    /// Practice mode prompt before the reveal.
    pub think_first: &'static str,
    /// Shown once the reader has ticked something in a self-check.
    pub checklist_message: &'static str,
    /// Text of a call-to-action link when the content gives none.
    pub cta_default: &'static str,
}

impl UiStrings {
    /// "N questions match" in this language.
    pub fn matches(&self, n: usize) -> String {
        if n == 1 {
            self.matches_one.to_string()
        } else {
            fill(self.matches_many, &n.to_string())
        }
    }

    /// The empty state of a search for `query` (trimmed) in this language.
    pub fn no_matches(&self, query: &str) -> String {
        fill(self.no_matches, query.trim())
    }
}

/// `template` with its placeholder (`{n}`, `{q}`: the first `{...}`) replaced by `value`. Each
/// template has one placeholder; this finds it by its braces, without the string search code of
/// `str::replace` in the wasm.
fn fill(template: &str, value: &str) -> String {
    let Some((before, rest)) = template.split_once('{') else {
        return template.to_string();
    };
    let after = rest.split_once('}').map_or("", |(_, after)| after);
    let mut text = String::with_capacity(template.len() + value.len());
    text.push_str(before);
    text.push_str(value);
    text.push_str(after);
    text
}

/// English.
pub const EN: UiStrings = UiStrings {
    instead_of: "Instead of",
    try_: "Try",
    search_label: "Search the questions",
    matches_one: "1 question matches",
    matches_many: "{n} questions match",
    no_matches: "No questions match “{q}”.",
    no_matches_hint: "Try fewer or different words.",
    show_all: "Show all answers",
    hide_all: "Hide all answers",
    copy: "Copy",
    copied: "Copied to the clipboard",
    copy_link: "Copy link",
    link_copied: "Link copied to the clipboard",
    copy_failed: "Could not copy; select the text and copy it instead",
    show_try: "Show what to try",
    hide_try: "Hide",
    think_first: "How could you say this differently?",
    checklist_message: "Thank you for checking. If some of these feel familiar, you don’t have to wait for your partner to be ready: support can start with you.",
    cta_default: "Talk with a counselor",
};

/// Spanish.
pub const ES: UiStrings = UiStrings {
    instead_of: "En lugar de",
    try_: "Prueba",
    search_label: "Buscar en las preguntas",
    matches_one: "1 pregunta coincide",
    matches_many: "{n} preguntas coinciden",
    no_matches: "Ninguna pregunta coincide con «{q}».",
    no_matches_hint: "Prueba con menos palabras o con otras.",
    show_all: "Mostrar todas las respuestas",
    hide_all: "Ocultar todas las respuestas",
    copy: "Copiar",
    copied: "Copiado al portapapeles",
    copy_link: "Copiar enlace",
    link_copied: "Enlace copiado al portapapeles",
    copy_failed: "No se pudo copiar; selecciona el texto y cópialo",
    show_try: "Ver qué decir",
    hide_try: "Ocultar",
    think_first: "¿Cómo podrías decirlo de otra manera?",
    checklist_message: "Gracias por revisarlo. Si algo de esto te resulta familiar, no tienes que esperar a que tu pareja esté lista: el apoyo puede empezar contigo.",
    cta_default: "Hablar con un consejero",
};

/// The strings in `lang`.
pub fn for_lang(lang: UiLang) -> &'static UiStrings {
    match lang {
        UiLang::En => &EN,
        UiLang::Es => &ES,
    }
}
