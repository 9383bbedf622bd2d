//! Option values as the page gave them, before any rule applies: read with serde from an
//! object keyed by attribute name (in the browser, the one the loader builds).

use super::keyword::keywords;
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;

keywords! {
    /// The attributes of `<reframe-widget>` that become options (the loader's own `loading`
    /// never reaches the widget).
    pub enum Attribute {
        /// Id of a bundled content set.
        Content = "content",
        /// URL of a content set's JSON, fetched by the loader.
        Src = "src",
        /// Space-separated part names, in display order.
        Show = "show",
        /// How many answers may be open at once ([`Mode`](super::options::Mode)).
        Mode = "mode",
        /// `first`, or space-separated question ids.
        Open = "open",
        /// Level of the question headings.
        HeadingLevel = "heading-level",
        /// Colour scheme ([`Theme`](super::options::Theme)).
        Theme = "theme",
        /// Whether the FAQ has a search box (a flag).
        Search = "search",
        /// How phrase cards show their "Try" side ([`PhrasesMode`](super::options::PhrasesMode)).
        PhrasesMode = "phrases-mode",
        /// Language of the widget's own words ([`UiLang`](super::options::UiLang)).
        Lang = "lang",
        /// Where the call to action links.
        CtaHref = "cta-href",
        /// Whether the widget adds the FAQ's JSON-LD to the page (a flag).
        StructuredData = "structured-data",
    }
}

/// Option values as the page gave them (`None` when absent), read with serde from an object
/// whose keys are the attribute names (`heading-level`): in the browser, the options object
/// the loader built. Keys it knows nothing of are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct RawOptions {
    /// `content`: id of a bundled content set.
    #[serde(deserialize_with = "text")]
    pub content: Option<String>,
    /// `src`: URL of a content set's JSON (the loader fetches it; see `fetched`).
    #[serde(deserialize_with = "text")]
    pub src: Option<String>,
    /// The text the loader fetched from `src` (the absolute URL it resolved `src` to is what
    /// it passes as `src` then): read by exactly the rules of `inline`.
    #[serde(deserialize_with = "text")]
    pub fetched: Option<String>,
    /// In place of `fetched`, its length when over the limit of a content set (as
    /// `inline_too_long`).
    #[serde(skip)]
    pub fetched_too_long: Option<usize>,
    /// `show`: space-separated part names, in display order.
    #[serde(deserialize_with = "text")]
    pub show: Option<String>,
    /// `mode`: `single` or `multiple`.
    #[serde(deserialize_with = "text")]
    pub mode: Option<String>,
    /// `open`: `first`, or space-separated question ids.
    #[serde(deserialize_with = "text")]
    pub open: Option<String>,
    /// `heading-level`: 2 to 6.
    #[serde(deserialize_with = "text")]
    pub heading_level: Option<String>,
    /// `theme`: `light`, `dark` or `auto`.
    #[serde(deserialize_with = "text")]
    pub theme: Option<String>,
    /// A whole content set as JSON text, from a `<script type="application/json">` child;
    /// when present it is shown instead of a bundled set.
    #[serde(deserialize_with = "text")]
    pub inline: Option<String>,
    /// In place of `inline`, the length of inline content over the limit of a content set
    /// (`content::limits::MAX_SET_BYTES`): the browser glue measures it before the text is
    /// copied into the wasm, and never copies it.
    #[serde(skip)]
    pub inline_too_long: Option<usize>,
    /// `search`: present (or `true`) shows the search box.
    #[serde(deserialize_with = "text")]
    pub search: Option<String>,
    /// `structured-data`: present (or `true`) adds the FAQ's schema.org FAQPage JSON-LD to the
    /// page's `<head>`.
    #[serde(deserialize_with = "text")]
    pub structured_data: Option<String>,
    /// `phrases-mode`: `cards` or `practice`.
    #[serde(deserialize_with = "text")]
    pub phrases_mode: Option<String>,
    /// `lang`: language of the widget's own words (`en`, `es`, `fr`, `de`, `pt`, `it`).
    #[serde(deserialize_with = "text")]
    pub lang: Option<String>,
    /// `cta-href`: where the call to action links (the practice's contact page).
    #[serde(deserialize_with = "text")]
    pub cta_href: Option<String>,
    /// The computed `color-scheme` of the element on the page: with `theme="auto"`, a page that
    /// declares only `dark` (or only `light`) decides the theme.
    #[serde(deserialize_with = "text")]
    pub page_color_scheme: Option<String>,
    /// The nearest ancestor's `lang`, used when `lang` is absent (never warned about).
    #[serde(deserialize_with = "text")]
    pub page_lang: Option<String>,
}

impl RawOptions {
    /// The value given for `attribute`. The match is exhaustive: a new attribute cannot be
    /// forgotten here.
    pub fn value(&self, attribute: Attribute) -> &Option<String> {
        match attribute {
            Attribute::Content => &self.content,
            Attribute::Src => &self.src,
            Attribute::Show => &self.show,
            Attribute::Mode => &self.mode,
            Attribute::Open => &self.open,
            Attribute::HeadingLevel => &self.heading_level,
            Attribute::Theme => &self.theme,
            Attribute::Search => &self.search,
            Attribute::PhrasesMode => &self.phrases_mode,
            Attribute::Lang => &self.lang,
            Attribute::CtaHref => &self.cta_href,
            Attribute::StructuredData => &self.structured_data,
        }
    }
}

/// An option's value: a string, or absent. The loader passes strings only; any other value (a
/// number, `true`, an object) counts as absent, as a missing attribute would, rather than
/// failing the whole options object.
fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    struct Text;

    impl<'de> Visitor<'de> for Text {
        type Value = Option<String>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a string")
        }

        fn visit_str<E>(self, value: &str) -> Result<Self::Value, E> {
            Ok(Some(value.to_owned()))
        }

        fn visit_string<E>(self, value: String) -> Result<Self::Value, E> {
            Ok(Some(value))
        }

        fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Self::Value, D::Error> {
            inner.deserialize_any(self)
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok(None)
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(None)
        }
    }

    deserializer.deserialize_any(Text)
}
