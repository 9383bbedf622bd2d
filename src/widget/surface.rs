//! The element's public surface, declared once: each attribute (its values, default and
//! meaning), each event (its `detail`), each CSS custom property and each `::part()` name.
//!
//! The loader's attribute list (`www/reframe.js`), the TypeScript declarations
//! (`npm/reframe.d.ts`) and the tables of both READMEs are generated from here, between
//! `reframe:surface` markers, by `reframe surface --write`; `tests/surface.rs` fails when a copy
//! is stale, and checks this table against the code: the options `RawOptions` reads, the part
//! names the components render, the custom properties the stylesheet uses, the events sent.
//!
//! A Rust table rather than a JSON file, because the allowed words and the defaults are not
//! written here at all: they come from the option types themselves (each [`Keyword`] enum's
//! names and `#[default]`, [`HEADING_LEVELS`], [`DEFAULT_SHOW`]), so renaming a keyword in
//! the code renames it in every document, and the compiler checks each entry. The wasm never
//! reads this table, so none of it ends up there.

use super::keyword::Keyword;
use super::options::{
    Attribute, FlagWord, Mode, PhrasesMode, Theme, UiLang, DEFAULT_HEADING_LEVEL, DEFAULT_SHOW,
    HEADING_LEVELS,
};
use crate::content::Part;

/// One attribute of `<reframe-widget>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributeDoc {
    /// Its name.
    pub name: &'static str,
    /// What it accepts.
    pub values: Values,
    /// Its default, as the documentation gives it (Markdown).
    pub default: String,
    /// Its default as a value, which the element's property returns while the attribute is
    /// absent or invalid (`None`: the property returns `""`, or `false` for a flag).
    pub initial: Option<String>,
    /// What it does and what its values mean, in one line (Markdown).
    pub doc: &'static str,
}

impl AttributeDoc {
    /// Whether the widget reads it; the others (`loading`) are the loader's own.
    pub fn reaches_widget(&self) -> bool {
        Attribute::from_name(self.name).is_some()
    }

    /// The element's property that reflects it: its name in camelCase, but where that name is
    /// taken. `open` and `search` name the element's methods (`open(id)`, `search(text)`), so
    /// the `open` attribute's property is `defaultOpen` (the answers open at first render, as
    /// an input's `value` attribute is its `defaultValue`) and the `search` attribute's is
    /// `searchBox`; `lang` is `HTMLElement`'s own property, which reflects it already (`None`).
    /// `content` takes a content set object too (see [`CONTENT_PROPERTY`]).
    pub fn property(&self) -> Option<String> {
        match self.name {
            "open" => Some("defaultOpen".into()),
            "search" => Some("searchBox".into()),
            "lang" => None,
            name => Some(camel_case(name)),
        }
    }
}

/// What the `content` property takes besides the attribute's id.
pub const CONTENT_PROPERTY: &str = "a string sets the `content` attribute (a bundled set's \
    id); a content set object shows that set, as inline JSON does (it wins over a JSON script \
    child, `src` and the attribute; `null` forgets it and removes the attribute); reading gives the object while one is \
    set, else the attribute";

/// `heading-level` as `headingLevel`.
pub fn camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// One of the element's methods (also on `mount()`'s handle).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MethodDoc {
    /// Its name.
    pub name: &'static str,
    /// Its parameters: name, TypeScript type, and whether it may be left out.
    pub parameters: &'static [(&'static str, &'static str, bool)],
    /// What it does (Markdown, a sentence).
    pub doc: &'static str,
}

/// The element's methods, in the order the documentation lists them. Each acts on the FAQ
/// once the widget has rendered (called before, it waits for that); each answer that opens or
/// closes fires `reframe:toggle`. A bad argument or an unknown id logs a console warning and
/// changes nothing; none throws.
pub const METHODS: &[MethodDoc] = &[
    MethodDoc {
        name: "open",
        parameters: &[("id", "string", false)],
        doc: "opens the answer to the question `id` (in `single` mode, closing the open one)",
    },
    MethodDoc {
        name: "close",
        parameters: &[("id", "string", false)],
        doc: "closes the answer to the question `id`",
    },
    MethodDoc {
        name: "toggleAll",
        parameters: &[("open", "boolean", true)],
        doc: "`true` opens every answer (in `single` mode, the first), `false` closes them all; \
              left out, as the \"Show all\" button: opens all unless all are open",
    },
    MethodDoc {
        name: "search",
        parameters: &[("text", "string", false)],
        doc: "searches the FAQ as the search box does (with or without the box shown), firing \
              `reframe:search`; `\"\"` clears the search",
    },
];

impl MethodDoc {
    /// The attribute this method shares its name with (`open`, `search`), if any. Frameworks
    /// (React 19, Vue, Svelte) hand a prop to the element's property of that name when there
    /// is one, so `<reframe-widget open="first">` arrives as `el.open = "first"`: the member
    /// is the method when read, and sets the attribute (through its property) when assigned.
    pub fn attribute(&self) -> Option<AttributeDoc> {
        attributes().into_iter().find(|a| a.name == self.name)
    }
}

/// The element's `ready` property.
pub const READY_DOC: &str = "a promise that settles once the widget is on screen or has \
    refused its content (as `mount()`'s `handle.ready`; a lazy widget's waits until it comes \
    near the viewport); it rejects if WebAssembly cannot load (the fallback stays)";

/// The values an attribute accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Values {
    /// One of these words, in any case.
    Keywords(Vec<&'static str>),
    /// A boolean: present and empty is on, or one of [`FlagWord`]'s words.
    Flag,
    /// Space-separated words (an array in `mount()`'s options).
    Words,
    /// A heading level, one of [`HEADING_LEVELS`].
    HeadingLevel,
    /// Any text: an id, a URL, a language tag.
    Text,
}

/// The value of a field of an event's `detail`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// A string.
    String,
    /// A number.
    Number,
    /// `true` or `false`.
    Boolean,
}

impl FieldType {
    /// Its name in TypeScript.
    pub fn typescript(self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::Number => "number",
            FieldType::Boolean => "boolean",
        }
    }
}

/// One shape an event's `detail` can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detail {
    /// Its fields, with their types.
    pub fields: &'static [(&'static str, FieldType)],
    /// When an event has several shapes, which is which (else empty).
    pub label: &'static str,
}

/// One event the widget dispatches on the element (bubbling, composed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventDoc {
    /// Its type.
    pub name: &'static str,
    /// When it fires (Markdown, a phrase that completes "fired when").
    pub when: &'static str,
    /// The shapes of its `detail`: one, or several alternatives.
    pub detail: &'static [Detail],
    /// What the `detail`'s fields hold, where their names do not say: `` `field`: what ``
    /// (Markdown, or empty).
    pub detail_doc: &'static str,
}

/// A documented CSS custom property or `::part()` name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameDoc {
    /// The name.
    pub name: &'static str,
    /// What it is or sets (Markdown).
    pub doc: &'static str,
}

/// Every attribute, in the order the documentation lists them.
pub fn attributes() -> Vec<AttributeDoc> {
    let code = |word: &str| format!("`{word}`");
    let parts: Vec<&str> = DEFAULT_SHOW.iter().map(Part::name).collect();
    vec![
        AttributeDoc {
            name: Attribute::Content.name(),
            values: Values::Text,
            default: "the first, alphabetically".into(),
            initial: None,
            doc: "id of a bundled content set (a file name in `content/`)",
        },
        AttributeDoc {
            name: Attribute::Src.name(),
            values: Values::Text,
            default: "none".into(),
            initial: None,
            doc: "URL of a content set's JSON (same origin, or one that allows it by CORS), \
                  fetched without cookies and read by the rules of inline content; several \
                  widgets naming one URL fetch it once. A JSON script child wins over `src`, \
                  which wins over `content`",
        },
        AttributeDoc {
            name: Attribute::Show.name(),
            values: Values::Words,
            default: code(&parts.join(" ")),
            initial: Some(parts.join(" ")),
            doc: "space-separated parts, rendered in this order: `summary`, `faq`, `phrases`, \
                  `related`, and the set's section ids (for the seed: `reasons`, `avoid`, \
                  `talk`, `next`, `signs`, `one-partner`, `takeaways`, `cta`)",
        },
        AttributeDoc {
            name: Attribute::Mode.name(),
            values: Values::Keywords(Mode::names()),
            default: code(Mode::default().name()),
            initial: Some(Mode::default().name().to_string()),
            doc: "`multiple` (answers open independently), `single` (opening one closes the \
                  others)",
        },
        AttributeDoc {
            name: Attribute::Open.name(),
            values: Values::Words,
            default: "none".into(),
            initial: None,
            doc: "`first`, or space-separated question ids, open at first render",
        },
        AttributeDoc {
            name: Attribute::HeadingLevel.name(),
            values: Values::HeadingLevel,
            default: code(&DEFAULT_HEADING_LEVEL.to_string()),
            initial: Some(DEFAULT_HEADING_LEVEL.to_string()),
            doc: "`2`–`6`: level of the question headings; part titles are one level above \
                  (never `h1`)",
        },
        AttributeDoc {
            name: Attribute::Theme.name(),
            values: Values::Keywords(Theme::names()),
            default: code(Theme::default().name()),
            initial: Some(Theme::default().name().to_string()),
            doc: "`light`, `dark`, `auto` (a page whose `color-scheme` is only `dark` or only \
                  `light` decides; otherwise the visitor's system setting)",
        },
        AttributeDoc {
            name: Attribute::Search.name(),
            values: Values::Flag,
            default: "off".into(),
            initial: None,
            doc: "present (or `true`): a search box over the questions and answers, case- and \
                  accent-insensitive; matches are marked and opened, the count is announced, \
                  Escape clears; with more than 50 questions the list is updated just after \
                  the typed character is painted, so typing never waits for it (fast typing \
                  applies the latest text only)",
        },
        AttributeDoc {
            name: Attribute::PhrasesMode.name(),
            values: Values::Keywords(PhrasesMode::names()),
            default: code(PhrasesMode::default().name()),
            initial: Some(PhrasesMode::default().name().to_string()),
            doc: "`cards` (both sides shown), `practice` (the reader thinks first, then reveals \
                  \"Try\")",
        },
        AttributeDoc {
            name: Attribute::Lang.name(),
            values: Values::Text,
            default: "the nearest ancestor's `lang`, else the content's".into(),
            initial: None,
            doc: "language of the widget's own words: `en`, `es`, `fr`, `de`, `pt`, `it` (the \
                  content's `labels` can give any other)",
        },
        AttributeDoc {
            name: Attribute::CtaHref.name(),
            values: Values::Text,
            default: "the content's link, if any".into(),
            initial: None,
            doc: "the call to action's link (your contact or booking page): shown at the end \
                  of the `cta` section, or of any section whose content has an `action`",
        },
        AttributeDoc {
            name: Attribute::StructuredData.name(),
            values: Values::Flag,
            default: "off".into(),
            initial: None,
            doc: "present (or `true`): add the FAQ's schema.org `FAQPage` JSON-LD to the \
                  page's `<head>` while the widget is there (mark one FAQ up on one page only)",
        },
        AttributeDoc {
            name: "loading",
            values: Values::Keywords(vec!["lazy", "eager"]),
            default: code("lazy"),
            initial: Some("lazy".into()),
            doc: "`lazy`: the widget renders, and the first one fetches the WebAssembly, when \
                  it comes within about 500 px of the viewport; `eager`: at once (the loader's \
                  own; `mount()` always starts at once)",
        },
    ]
}

/// The words a keyword attribute's documentation must name: its values, and for `lang` the
/// languages of the widget's words.
pub fn documented_words(attribute: &AttributeDoc) -> Vec<&'static str> {
    match &attribute.values {
        Values::Keywords(words) => words.clone(),
        _ if attribute.name == Attribute::Lang.name() => UiLang::names(),
        _ => Vec::new(),
    }
}

/// The words a boolean attribute accepts besides being present and empty: those that turn it
/// on, then those that turn it off.
pub fn flag_words() -> (Vec<&'static str>, Vec<&'static str>) {
    let (on, off): (Vec<FlagWord>, Vec<FlagWord>) =
        FlagWord::ALL.iter().partition(|word| word.is_on());
    let names = |words: Vec<FlagWord>| words.into_iter().map(FlagWord::name).collect();
    (names(on), names(off))
}

/// The levels `heading-level` accepts.
pub fn heading_levels() -> Vec<u8> {
    HEADING_LEVELS.collect()
}

/// Every event, in the order the documentation lists them.
pub const EVENTS: &[EventDoc] = &[
    EventDoc {
        name: "reframe:ready",
        when: "the widget has rendered",
        detail: &[Detail {
            fields: &[("content", FieldType::String)],
            label: "",
        }],
        detail_doc: "`content`: the content set's id (`inline` for inline JSON and content from \
                     `src`, `markup` for the page's own FAQ markup)",
    },
    EventDoc {
        name: "reframe:toggle",
        when: "an answer opened or closed, whatever did it (a click, a key, a link, \
               find-in-page, show/hide all, a search, single mode closing the open one): one \
               event per answer, once it shows its new state; an answer opened or closed in \
               the pasted fallback before the widget took over is reported right after \
               `reframe:ready`",
        detail: &[Detail {
            fields: &[("id", FieldType::String), ("open", FieldType::Boolean)],
            label: "",
        }],
        detail_doc: "",
    },
    EventDoc {
        name: "reframe:search",
        when: "the search query changed (with more than 50 questions, once for the latest text \
               of fast typing)",
        detail: &[Detail {
            fields: &[("query", FieldType::String), ("count", FieldType::Number)],
            label: "",
        }],
        detail_doc: "`count`: how many questions match",
    },
    EventDoc {
        name: "reframe:copy",
        when: "a \"Try\" phrase or a question's link was copied",
        detail: &[
            Detail {
                fields: &[("index", FieldType::Number)],
                label: "phrase",
            },
            Detail {
                fields: &[("id", FieldType::String)],
                label: "question",
            },
        ],
        detail_doc: "",
    },
    EventDoc {
        name: "reframe:check",
        when: "the reader ticked or unticked an item of a self-check",
        detail: &[Detail {
            fields: &[("checked", FieldType::Number)],
            label: "",
        }],
        detail_doc: "`checked`: how many are ticked",
    },
    EventDoc {
        name: "reframe:error",
        when: "the widget cannot render (e.g. WebAssembly unavailable, invalid inline \
               content, `src` not loaded); the fallback stays",
        detail: &[
            Detail {
                fields: &[
                    ("message", FieldType::String),
                    ("reason", FieldType::String),
                ],
                label: "",
            },
            Detail {
                fields: &[
                    ("message", FieldType::String),
                    ("reason", FieldType::String),
                    ("src", FieldType::String),
                ],
                label: "content from `src`",
            },
            Detail {
                fields: &[
                    ("message", FieldType::String),
                    ("reason", FieldType::String),
                    ("src", FieldType::String),
                    ("status", FieldType::Number),
                ],
                label: "HTTP error",
            },
        ],
        detail_doc: "`message`: as in the console; `reason`: `wasm` (WebAssembly unavailable, \
                     or the widget's files failed), `network` (`src` not fetched: offline, \
                     CORS, CSP, not a URL), `http` (an error status, in `status`), `too-large` \
                     (over the size limit), `not-json`, `invalid` (not a valid content set; \
                     the message lists the field paths), `other`; `src`: the absolute URL",
    },
];

/// Every CSS custom property the widget's stylesheet reads (set them on the element or an
/// ancestor).
pub const CUSTOM_PROPERTIES: &[NameDoc] = &[
    NameDoc {
        name: "--reframe-font-family",
        doc: "typeface (default: the system UI font)",
    },
    NameDoc {
        name: "--reframe-font-size",
        doc: "base size (default: `medium`)",
    },
    NameDoc {
        name: "--reframe-text",
        doc: "text colour",
    },
    NameDoc {
        name: "--reframe-muted",
        doc: "secondary text colour",
    },
    NameDoc {
        name: "--reframe-background",
        doc: "background colour",
    },
    NameDoc {
        name: "--reframe-surface",
        doc: "background of the summary, practice cards and hovered controls",
    },
    NameDoc {
        name: "--reframe-border",
        doc: "colour of separators",
    },
    NameDoc {
        name: "--reframe-control-border",
        doc: "border of the search box (keep it at 3:1 against the background)",
    },
    NameDoc {
        name: "--reframe-accent",
        doc: "links and icons",
    },
    NameDoc {
        name: "--reframe-focus",
        doc: "the focus ring",
    },
    NameDoc {
        name: "--reframe-highlight",
        doc: "background of search matches",
    },
    NameDoc {
        name: "--reframe-instead",
        doc: "text colour of a phrase card's \"Instead of\" side",
    },
    NameDoc {
        name: "--reframe-instead-background",
        doc: "background of a phrase card's \"Instead of\" side",
    },
    NameDoc {
        name: "--reframe-try",
        doc: "text colour of a phrase card's \"Try\" side",
    },
    NameDoc {
        name: "--reframe-try-background",
        doc: "background of a phrase card's \"Try\" side",
    },
    NameDoc {
        name: "--reframe-radius",
        doc: "corner radius of the widget",
    },
    NameDoc {
        name: "--reframe-padding",
        doc: "padding of the widget",
    },
    NameDoc {
        name: "--reframe-spacing",
        doc: "a factor on the space between parts and inside questions (default `1`)",
    },
];

/// Every `::part()` name, for styling the widget's elements from the page.
pub const PARTS: &[NameDoc] = &[
    NameDoc {
        name: "root",
        doc: "the widget's outer element",
    },
    NameDoc {
        name: "section",
        doc: "each part shown but the summary: the FAQ, the phrases, related guides, a section",
    },
    NameDoc {
        name: "summary",
        doc: "the short answer",
    },
    NameDoc {
        name: "faq",
        doc: "the FAQ",
    },
    NameDoc {
        name: "search",
        doc: "the search box and its label",
    },
    NameDoc {
        name: "search-input",
        doc: "the search field",
    },
    NameDoc {
        name: "search-empty",
        doc: "the message when no question matches",
    },
    NameDoc {
        name: "match",
        doc: "a search match, marked in the text",
    },
    NameDoc {
        name: "expand-all",
        doc: "the \"Show all answers\" button",
    },
    NameDoc {
        name: "accordion",
        doc: "the list of questions",
    },
    NameDoc {
        name: "faq-item",
        doc: "one question with its answer",
    },
    NameDoc {
        name: "question",
        doc: "a question's button",
    },
    NameDoc {
        name: "answer",
        doc: "an answer",
    },
    NameDoc {
        name: "copy-link",
        doc: "an answer's \"Copy link\" button",
    },
    NameDoc {
        name: "phrases",
        doc: "the phrase cards",
    },
    NameDoc {
        name: "phrase-card",
        doc: "one \"Instead of / Try\" card",
    },
    NameDoc {
        name: "phrase-instead",
        doc: "a card's \"Instead of\" side",
    },
    NameDoc {
        name: "phrase-try",
        doc: "a card's \"Try\" side",
    },
    NameDoc {
        name: "phrase-reveal",
        doc: "the button that reveals \"Try\" (`phrases-mode=\"practice\"`)",
    },
    NameDoc {
        name: "copy-button",
        doc: "a \"Try\" phrase's \"Copy\" button",
    },
    NameDoc {
        name: "checklist",
        doc: "a self-check's list",
    },
    NameDoc {
        name: "checkbox",
        doc: "a self-check's checkbox",
    },
    NameDoc {
        name: "checklist-message",
        doc: "the message shown once something is ticked",
    },
    NameDoc {
        name: "cta",
        doc: "the call-to-action link",
    },
    NameDoc {
        name: "related",
        doc: "the related guides",
    },
    NameDoc {
        name: "link",
        doc: "a link, in text or among related guides",
    },
];
