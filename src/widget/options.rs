//! Widget options from attribute values: parsing, defaults and warnings for bad values.
//!
//! Pure Rust (no browser types) so native tests cover every rule. A bad value never fails: it
//! yields a [`Warning`] naming the attribute and the allowed values, and the default is used.

use super::keyword::{keywords, Keyword};
pub use super::raw_options::{Attribute, RawOptions};
use crate::content::validate::{is_safe_url, is_slug};
use crate::content::{ContentSet, Part};
use std::fmt;

keywords! {
    /// How phrase cards show their "Try" side.
    #[derive(Default)]
    pub enum PhrasesMode {
        /// Both sides visible.
        #[default]
        Cards = "cards",
        /// "Try" hidden until the reader reveals it.
        Practice = "practice",
    }
}

keywords! {
    /// Languages the widget's own words exist in ([`super::strings`]).
    #[derive(Default)]
    pub enum UiLang {
        /// English.
        #[default]
        En = "en",
        /// Spanish.
        Es = "es",
        /// French.
        Fr = "fr",
        /// German.
        De = "de",
        /// Portuguese.
        Pt = "pt",
        /// Italian.
        It = "it",
    }
}

keywords! {
    /// How many FAQ answers may be open at once.
    #[derive(Default)]
    pub enum Mode {
        /// Opening one answer closes the others.
        Single = "single",
        /// Answers open and close independently.
        #[default]
        Multiple = "multiple",
    }
}

keywords! {
    /// Colour scheme of the widget.
    #[derive(Default)]
    pub enum Theme {
        /// Dark text on a light background.
        #[default]
        Light = "light",
        /// Light text on a dark background.
        Dark = "dark",
        /// Follows the visitor's `prefers-color-scheme`.
        Auto = "auto",
    }
}

keywords! {
    /// The words a boolean attribute accepts besides being present and empty (which is on).
    #[derive(Default)]
    pub enum FlagWord {
        /// On.
        True = "true",
        /// On.
        On = "on",
        /// Off.
        False = "false",
        /// Off, as an absent attribute.
        #[default]
        Off = "off",
    }
}

impl FlagWord {
    /// Whether this word turns the option on.
    pub fn is_on(self) -> bool {
        matches!(self, FlagWord::True | FlagWord::On)
    }
}

/// Resolved options for one content set: always valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Parts to render, in order; each is one of [`ContentSet::parts`].
    pub show: Vec<Part>,
    /// Accordion mode.
    pub mode: Mode,
    /// FAQ item ids open at first render.
    pub open: Vec<String>,
    /// Level of the question headings (2–6); part titles are one level above, at least 2.
    pub heading_level: u8,
    /// Colour scheme.
    pub theme: Theme,
    /// Whether the FAQ has a search box.
    pub search: bool,
    /// Whether the widget adds the FAQ's FAQPage JSON-LD to the page's `<head>` (off by
    /// default: one FAQ shown on several pages must be marked up on one of them only).
    pub structured_data: bool,
    /// How phrase cards show their "Try" side.
    pub phrases_mode: PhrasesMode,
    /// Language of the widget's own words.
    pub ui_lang: UiLang,
    /// The call to action's URL from `cta-href`, when it is safe.
    pub cta_href: Option<String>,
}

/// The levels `heading-level` accepts.
pub const HEADING_LEVELS: std::ops::RangeInclusive<u8> = 2..=6;
/// Default of `heading-level`.
pub const DEFAULT_HEADING_LEVEL: u8 = 3;
/// Default of `show`: these parts, where the content set has them.
pub const DEFAULT_SHOW: [Part; 2] = [Part::Faq, Part::Phrases];

/// A bad attribute value that was replaced by its default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The attribute.
    pub attribute: Attribute,
    /// The value that was rejected (or the rejected part of it).
    pub value: String,
    /// What the attribute accepts.
    pub allowed: String,
    /// What is used instead.
    pub used: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "<reframe-widget>: ignoring {}=\"{}\"; allowed: {}. Using {}.",
            self.attribute.name(),
            self.value,
            self.allowed,
            self.used
        )
    }
}

/// Where a widget's content comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A `<script type="application/json">` child (or `mount()`'s `inline`).
    Inline,
    /// The JSON at `src`, which the loader fetched.
    Src,
    /// A bundled set, by `content` (see [`pick_content`]).
    Bundled,
}

/// What the warnings about an ignored source say is allowed.
const ONE_SOURCE: &str = "one source of content, the first of: a JSON script child, src, content";

/// Picks the source of the content by precedence: a JSON script child (inline content), else
/// `src`, else `content`. The content on the page wins because it needs no request and is what
/// the page's author wrote last; a `src` wins over a bundled id because naming a URL is the more
/// specific choice. Each source given but not used warns, naming its attribute.
pub fn pick_source(raw: &RawOptions) -> (Source, Vec<Warning>) {
    let given = |value: &Option<String>| {
        value
            .as_deref()
            .map(str::trim)
            .filter(|value| !value.is_empty())
            .map(str::to_string)
    };
    let (source, used) = if raw.inline.is_some() || raw.inline_too_long.is_some() {
        (Source::Inline, "the JSON script child")
    } else if given(&raw.src).is_some() {
        (Source::Src, "the JSON from src")
    } else {
        (Source::Bundled, "the bundled set")
    };
    let mut warnings = Vec::new();
    for (attribute, rank) in [
        (Attribute::Src, Source::Src),
        (Attribute::Content, Source::Bundled),
    ] {
        if rank == source {
            continue;
        }
        // A source ranked above the one used is absent, so whatever is given here is ignored.
        if let Some(value) = given(raw.value(attribute)) {
            warnings.push(Warning {
                attribute,
                value,
                allowed: ONE_SOURCE.into(),
                used: used.into(),
            });
        }
    }
    (source, warnings)
}

/// Picks the content set: the named bundled id, or the first of `ids` (with a warning when the
/// name is unknown).
pub fn pick_content<'a>(raw: Option<&str>, ids: &[&'a str]) -> (&'a str, Option<Warning>) {
    let first = ids.first().copied().unwrap_or_default();
    let Some(value) = raw.map(str::trim).filter(|v| !v.is_empty()) else {
        return (first, None);
    };
    match ids.iter().find(|id| **id == value) {
        Some(id) => (id, None),
        None => (
            first,
            Some(Warning {
                attribute: Attribute::Content,
                value: value.into(),
                allowed: ids.join(", "),
                used: format!("\"{first}\""),
            }),
        ),
    }
}

/// Resolves every option but `content` against the chosen set.
pub fn resolve(raw: &RawOptions, set: &ContentSet) -> (Options, Vec<Warning>) {
    let mut warnings = Vec::new();
    let mode = keyword(raw, Attribute::Mode, &mut warnings);
    let theme = match keyword(raw, Attribute::Theme, &mut warnings) {
        Theme::Auto => page_theme(raw.page_color_scheme.as_deref()),
        theme => theme,
    };
    let heading_level = heading_level(raw.heading_level.as_deref(), &mut warnings);
    let search = flag(raw, Attribute::Search, &mut warnings);
    let structured_data = flag(raw, Attribute::StructuredData, &mut warnings);
    let phrases_mode = keyword(raw, Attribute::PhrasesMode, &mut warnings);
    let ui_lang = ui_lang(raw, set, &mut warnings);
    let cta_href = cta_href(raw.cta_href.as_deref(), &mut warnings);
    let show = show(raw.show.as_deref(), set, &mut warnings);
    let open = open(raw.open.as_deref(), set, mode, &mut warnings);
    let options = Options {
        show,
        mode,
        open,
        heading_level,
        theme,
        search,
        structured_data,
        phrases_mode,
        ui_lang,
        cta_href,
    };
    (options, warnings)
}

/// A boolean attribute: absent is off; present and empty is on; else one of [`FlagWord`]
/// (anything else warns and is off).
fn flag(raw: &RawOptions, attribute: Attribute, warnings: &mut Vec<Warning>) -> bool {
    match raw.value(attribute).as_deref().map(str::trim) {
        None => false,
        Some("") => true,
        Some(_) => keyword::<FlagWord>(raw, attribute, warnings).is_on(),
    }
}

/// A keyword attribute, matched case-insensitively; absent is the default, and a bad value
/// warns (naming the allowed words and the default) and is the default.
fn keyword<K: Keyword + Default>(
    raw: &RawOptions,
    attribute: Attribute,
    warnings: &mut Vec<Warning>,
) -> K {
    let Some(value) = raw
        .value(attribute)
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
    else {
        return K::default();
    };
    K::from_name(value).unwrap_or_else(|| {
        warnings.push(Warning {
            attribute,
            value: value.into(),
            allowed: K::names().join(", "),
            used: format!("the default \"{}\"", K::default().name()),
        });
        K::default()
    })
}

/// The language of the widget's words for a BCP 47 tag (`fr-CA`), if the widget has them.
pub fn supported_lang(tag: &str) -> Option<UiLang> {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
    UiLang::from_name(primary)
}

/// The language of the widget's words: the `lang` attribute, else the page's, else the
/// content's, else English; only an unsupported `lang` attribute warns.
fn ui_lang(raw: &RawOptions, set: &ContentSet, warnings: &mut Vec<Warning>) -> UiLang {
    if let Some(value) = raw.lang.as_deref().filter(|v| !v.trim().is_empty()) {
        match supported_lang(value) {
            Some(lang) => return lang,
            None => warnings.push(Warning {
                attribute: Attribute::Lang,
                value: value.trim().into(),
                allowed: UiLang::names().join(", "),
                used: "the page's or the content's language, else English".into(),
            }),
        }
    }
    raw.page_lang
        .as_deref()
        .and_then(supported_lang)
        .or_else(|| supported_lang(&set.lang))
        .unwrap_or_default()
}

/// `theme="auto"`: the page's `color-scheme` when it names one scheme only, else the visitor's
/// system setting.
fn page_theme(color_scheme: Option<&str>) -> Theme {
    let words: Vec<&str> = color_scheme
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    match (words.contains(&"light"), words.contains(&"dark")) {
        (false, true) => Theme::Dark,
        (true, false) => Theme::Light,
        _ => Theme::Auto,
    }
}

fn cta_href(raw: Option<&str>, warnings: &mut Vec<Warning>) -> Option<String> {
    let value = raw.map(str::trim).filter(|v| !v.is_empty())?;
    if is_safe_url(value) {
        return Some(value.to_string());
    }
    warnings.push(Warning {
        attribute: Attribute::CtaHref,
        value: value.into(),
        allowed: "an https:, http:, mailto: or tel: URL, or a relative one".into(),
        used: "the content's link, if any".into(),
    });
    None
}

fn heading_level(raw: Option<&str>, warnings: &mut Vec<Warning>) -> u8 {
    let Some(value) = raw.map(str::trim).filter(|v| !v.is_empty()) else {
        return DEFAULT_HEADING_LEVEL;
    };
    match value.parse::<u8>() {
        Ok(level) if HEADING_LEVELS.contains(&level) => level,
        _ => {
            let allowed: Vec<String> = HEADING_LEVELS.map(|level| level.to_string()).collect();
            warnings.push(Warning {
                attribute: Attribute::HeadingLevel,
                value: value.into(),
                allowed: allowed.join(", "),
                used: format!("the default \"{DEFAULT_HEADING_LEVEL}\""),
            });
            DEFAULT_HEADING_LEVEL
        }
    }
}

fn show(raw: Option<&str>, set: &ContentSet, warnings: &mut Vec<Warning>) -> Vec<Part> {
    let parts = set.parts();
    let default: Vec<Part> = DEFAULT_SHOW
        .iter()
        .filter(|part| parts.contains(part))
        .cloned()
        .collect();
    let Some(value) = raw.map(str::trim).filter(|v| !v.is_empty()) else {
        return default;
    };
    let mut picked: Vec<Part> = Vec::new();
    let mut rejected = Vec::new();
    for token in value.split_ascii_whitespace() {
        let token = token.to_ascii_lowercase();
        match parts.iter().find(|part| part.name() == token) {
            Some(part) => push_unique(&mut picked, part),
            None => rejected.push(token),
        }
    }
    let fallback = picked.is_empty();
    if !rejected.is_empty() {
        warnings.push(Warning {
            attribute: Attribute::Show,
            value: rejected.join(" "),
            allowed: join(&parts, ", "),
            used: if fallback {
                format!("the default \"{}\"", join(&default, " "))
            } else {
                format!("\"{}\"", join(&picked, " "))
            },
        });
    }
    if fallback {
        default
    } else {
        picked
    }
}

fn open(
    raw: Option<&str>,
    set: &ContentSet,
    mode: Mode,
    warnings: &mut Vec<Warning>,
) -> Vec<String> {
    let ids: Vec<&str> = set
        .faq
        .iter()
        .flat_map(|faq| faq.items.iter().map(|item| item.id.as_str()))
        .collect();
    let Some(value) = raw.map(str::trim).filter(|v| !v.is_empty()) else {
        return Vec::new();
    };
    let mut picked: Vec<String> = Vec::new();
    let mut rejected = Vec::new();
    for token in value.split_ascii_whitespace() {
        if token.eq_ignore_ascii_case("first") {
            if let Some(first) = ids.first() {
                push_unique(&mut picked, &first.to_string());
            }
        } else if ids.contains(&token) && is_slug(token) {
            push_unique(&mut picked, &token.to_string());
        } else {
            rejected.push(token.to_string());
        }
    }
    if mode == Mode::Single && picked.len() > 1 {
        let extra: Vec<String> = picked.split_off(1);
        warnings.push(Warning {
            attribute: Attribute::Open,
            value: extra.join(" "),
            allowed: format!(
                "one question id, or \"first\", when mode=\"{}\"",
                Mode::Single.name()
            ),
            used: format!("\"{}\"", picked[0]),
        });
    }
    if !rejected.is_empty() {
        warnings.push(Warning {
            attribute: Attribute::Open,
            value: rejected.join(" "),
            allowed: format!("first, {}", ids.join(", ")),
            used: if picked.is_empty() {
                "none (all answers closed)".into()
            } else {
                format!("\"{}\"", picked.join(" "))
            },
        });
    }
    picked
}

/// The names of `parts`, joined with `separator`.
fn join(parts: &[Part], separator: &str) -> String {
    let names: Vec<&str> = parts.iter().map(Part::name).collect();
    names.join(separator)
}

fn push_unique<T: PartialEq + Clone>(list: &mut Vec<T>, item: &T) {
    if !list.contains(item) {
        list.push(item.clone());
    }
}
