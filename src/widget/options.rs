//! Widget options from attribute values: parsing, defaults and warnings for bad values.
//!
//! Pure Rust (no browser types) so native tests cover every rule. A bad value never fails: it
//! yields a [`Warning`] naming the attribute and the allowed values, and the default is used.

use crate::content::validate::{is_safe_url, is_slug};
use crate::content::ContentSet;
use std::fmt;

/// Attribute values as the page gave them (`None` when absent). Keys are the attribute names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawOptions {
    /// `content`: id of a bundled content set.
    pub content: Option<String>,
    /// `show`: space-separated part names, in display order.
    pub show: Option<String>,
    /// `mode`: `single` or `multiple`.
    pub mode: Option<String>,
    /// `open`: `first`, or space-separated question ids.
    pub open: Option<String>,
    /// `heading-level`: 2 to 6.
    pub heading_level: Option<String>,
    /// `theme`: `light`, `dark` or `auto`.
    pub theme: Option<String>,
    /// A whole content set as JSON text, from a `<script type="application/json">` child;
    /// when present it is shown instead of a bundled set.
    pub inline: Option<String>,
    /// `search`: present (or `true`) shows the search box.
    pub search: Option<String>,
    /// `structured-data`: present (or `true`) adds the FAQ's schema.org FAQPage JSON-LD to the
    /// page's `<head>`.
    pub structured_data: Option<String>,
    /// `phrases-mode`: `cards` or `practice`.
    pub phrases_mode: Option<String>,
    /// `lang`: language of the widget's own words (`en`, `es`).
    pub lang: Option<String>,
    /// `cta-href`: where the call to action links (the practice's contact page).
    pub cta_href: Option<String>,
    /// The computed `color-scheme` of the element on the page: with `theme="auto"`, a page that
    /// declares only `dark` (or only `light`) decides the theme.
    pub page_color_scheme: Option<String>,
    /// The nearest ancestor's `lang`, used when `lang` is absent (never warned about).
    pub page_lang: Option<String>,
}

impl RawOptions {
    /// Reads every option by its attribute name (`heading-level`, `page-lang`, ...) from `get`:
    /// in the browser, the options object the loader built. Names `get` knows nothing of are
    /// absent.
    pub fn read(mut get: impl FnMut(&str) -> Option<String>) -> Self {
        RawOptions {
            content: get("content"),
            show: get("show"),
            mode: get("mode"),
            open: get("open"),
            heading_level: get("heading-level"),
            theme: get("theme"),
            inline: get("inline"),
            search: get("search"),
            structured_data: get("structured-data"),
            phrases_mode: get("phrases-mode"),
            lang: get("lang"),
            cta_href: get("cta-href"),
            page_color_scheme: get("page-color-scheme"),
            page_lang: get("page-lang"),
        }
    }
}

/// How phrase cards show their "Try" side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PhrasesMode {
    /// Both sides visible.
    #[default]
    Cards,
    /// "Try" hidden until the reader reveals it.
    Practice,
}

/// Languages the widget's own words exist in.
pub const UI_LANGUAGES: [&str; 2] = ["en", "es"];

/// How many FAQ answers may be open at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Opening one answer closes the others.
    Single,
    /// Answers open and close independently.
    #[default]
    Multiple,
}

impl Mode {
    /// The attribute value naming this mode.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Single => "single",
            Mode::Multiple => "multiple",
        }
    }
}

/// Colour scheme of the widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Dark text on a light background.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
    /// Follows the visitor's `prefers-color-scheme`.
    Auto,
}

impl Theme {
    /// The attribute value naming this theme.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// Resolved options for one content set: always valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Parts to render, in order; each is a name from [`ContentSet::part_names`].
    pub show: Vec<String>,
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
    /// Language of the widget's own words: one of [`UI_LANGUAGES`].
    pub ui_lang: &'static str,
    /// The call to action's URL from `cta-href`, when it is safe.
    pub cta_href: Option<String>,
}

/// Default of `heading-level`.
pub const DEFAULT_HEADING_LEVEL: u8 = 3;
/// Default of `show`: these parts, where the content set has them.
pub const DEFAULT_SHOW: [&str; 2] = ["faq", "phrases"];

/// A bad attribute value that was replaced by its default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The attribute's name.
    pub attribute: &'static str,
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
            self.attribute, self.value, self.allowed, self.used
        )
    }
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
                attribute: "content",
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
    let mode = match keyword(
        &raw.mode,
        &["single", "multiple"],
        "mode",
        "multiple",
        &mut warnings,
    ) {
        Some("single") => Mode::Single,
        _ => Mode::Multiple,
    };
    let theme = match keyword(
        &raw.theme,
        &["light", "dark", "auto"],
        "theme",
        "light",
        &mut warnings,
    ) {
        Some("dark") => Theme::Dark,
        Some("auto") => page_theme(raw.page_color_scheme.as_deref()),
        _ => Theme::Light,
    };
    let heading_level = heading_level(raw.heading_level.as_deref(), &mut warnings);
    let search = flag(&raw.search, "search", &mut warnings);
    let structured_data = flag(&raw.structured_data, "structured-data", &mut warnings);
    let phrases_mode = match keyword(
        &raw.phrases_mode,
        &["cards", "practice"],
        "phrases-mode",
        "cards",
        &mut warnings,
    ) {
        Some("practice") => PhrasesMode::Practice,
        _ => PhrasesMode::Cards,
    };
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

/// A boolean attribute: absent is off; present and empty, `true` or `on` is on; `false` or
/// `off` is off; anything else warns and is off.
fn flag(raw: &Option<String>, attribute: &'static str, warnings: &mut Vec<Warning>) -> bool {
    match raw.as_deref().map(str::trim) {
        None => false,
        Some("") => true,
        Some(_) => matches!(
            keyword(
                raw,
                &["true", "on", "false", "off"],
                attribute,
                "off",
                warnings
            ),
            Some("true" | "on")
        ),
    }
}

/// Matches a keyword attribute case-insensitively; a bad value warns (naming `default`, which
/// the caller uses) and yields `None`.
fn keyword(
    raw: &Option<String>,
    allowed: &[&'static str],
    attribute: &'static str,
    default: &str,
    warnings: &mut Vec<Warning>,
) -> Option<&'static str> {
    let value = raw.as_deref().map(str::trim).filter(|v| !v.is_empty())?;
    let found = allowed
        .iter()
        .copied()
        .find(|a| a.eq_ignore_ascii_case(value));
    if found.is_none() {
        warnings.push(Warning {
            attribute,
            value: value.into(),
            allowed: allowed.join(", "),
            used: format!("the default \"{default}\""),
        });
    }
    found
}

/// The language of the widget's words: the `lang` attribute, else the page's, else the
/// content's, else English; only an unsupported `lang` attribute warns.
fn ui_lang(raw: &RawOptions, set: &ContentSet, warnings: &mut Vec<Warning>) -> &'static str {
    let supported = |tag: &str| {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        UI_LANGUAGES.iter().copied().find(|l| *l == primary)
    };
    if let Some(value) = raw.lang.as_deref().filter(|v| !v.trim().is_empty()) {
        match supported(value) {
            Some(lang) => return lang,
            None => warnings.push(Warning {
                attribute: "lang",
                value: value.trim().into(),
                allowed: UI_LANGUAGES.join(", "),
                used: "the page's or the content's language, else English".into(),
            }),
        }
    }
    raw.page_lang
        .as_deref()
        .and_then(supported)
        .or_else(|| supported(&set.lang))
        .unwrap_or("en")
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
        attribute: "cta-href",
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
        Ok(level @ 2..=6) => level,
        _ => {
            warnings.push(Warning {
                attribute: "heading-level",
                value: value.into(),
                allowed: "2, 3, 4, 5, 6".into(),
                used: format!("the default \"{DEFAULT_HEADING_LEVEL}\""),
            });
            DEFAULT_HEADING_LEVEL
        }
    }
}

fn show(raw: Option<&str>, set: &ContentSet, warnings: &mut Vec<Warning>) -> Vec<String> {
    let names = set.part_names();
    let default: Vec<String> = DEFAULT_SHOW
        .iter()
        .filter(|name| names.contains(name))
        .map(|name| name.to_string())
        .collect();
    let Some(value) = raw.map(str::trim).filter(|v| !v.is_empty()) else {
        return default;
    };
    let mut picked: Vec<String> = Vec::new();
    let mut rejected = Vec::new();
    for token in value.split_ascii_whitespace() {
        let token = token.to_ascii_lowercase();
        if !names.contains(&token.as_str()) {
            rejected.push(token);
        } else {
            push_unique(&mut picked, &token);
        }
    }
    let fallback = picked.is_empty();
    if !rejected.is_empty() {
        warnings.push(Warning {
            attribute: "show",
            value: rejected.join(" "),
            allowed: names.join(", "),
            used: if fallback {
                format!("the default \"{}\"", default.join(" "))
            } else {
                format!("\"{}\"", picked.join(" "))
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
                push_unique(&mut picked, first);
            }
        } else if ids.contains(&token) && is_slug(token) {
            push_unique(&mut picked, token);
        } else {
            rejected.push(token.to_string());
        }
    }
    if mode == Mode::Single && picked.len() > 1 {
        let extra: Vec<String> = picked.split_off(1);
        warnings.push(Warning {
            attribute: "open",
            value: extra.join(" "),
            allowed: "one question id, or \"first\", when mode=\"single\"".into(),
            used: format!("\"{}\"", picked[0]),
        });
    }
    if !rejected.is_empty() {
        warnings.push(Warning {
            attribute: "open",
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

fn push_unique(list: &mut Vec<String>, item: &str) {
    if !list.iter().any(|i| i == item) {
        list.push(item.to_string());
    }
}
