//! The entry points `reframe.js` calls: prepare a widget on an element and show it, update it,
//! destroy it.

use super::read_content::{self, Refusal};
use super::{bundled_sets, events, read_markup, shadow, structured_data};
use crate::content::{bundled, limits, ContentSet, Part};
use crate::widget::commands::{Command, Commands, Outcome};
use crate::widget::events::ErrorReason;
use crate::widget::keyword::Keyword;
use crate::widget::listen;
use crate::widget::markup_content::{from_markup, MarkupContent};
use crate::widget::options::{pick_content, pick_source, resolve, RawOptions, Source, Warning};
use crate::widget::{App, AppProps};
use gloo_events::EventListener;
use js_sys::{JsString, Object, Reflect};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, Callback, Renderer};

/// A mounted widget, returned to JavaScript by [`mount`].
#[wasm_bindgen]
pub struct WidgetHandle {
    host: Element,
    stage: Stage,
    raw: RawOptions,
    /// The FAQPage JSON-LD this widget added to the page's `<head>` (`structured-data`).
    json_ld: Option<Element>,
    /// The page's requests to the FAQ on screen (the element's methods).
    commands: Commands,
    /// The content set last read from the page's own content, kept for the next update.
    own: Option<OwnContent>,
}

/// A content set read from the inline JSON or `src`'s text of the options, and which of the
/// two: an update that changes other options only (a theme, a `lang`, `open`) shows it again
/// instead of reading it again, as parsing, checking and linking a set are most of an update's
/// work. (The FAQ markup is read again at each update: the page may change the children, and
/// the DOM walk that tells is most of what reading them costs.)
struct OwnContent {
    /// [`Source::Inline`] or [`Source::Src`]; the text is the options' ([`content_changed`]).
    from: Source,
    set: Rc<ContentSet>,
}

/// Where a widget is between [`prepare`], [`WidgetHandle::show`] and
/// [`WidgetHandle::destroy`].
enum Stage {
    /// Read, not shown yet: the props of its latest update (none if that update's content was
    /// invalid, or it was destroyed).
    Prepared(Option<AppProps>),
    /// Shown: its app, and the DOM listeners that call the app's event handlers (see
    /// [`listen::attach`]); none while the fallback shows (invalid content, destroyed).
    Shown(Option<(AppHandle<App>, Vec<EventListener>)>),
}

/// Renders a widget into `host`'s open shadow root. `options` is an object whose keys are the
/// attribute names (`content`, `show`, `mode`, `open`, `heading-level`, `theme`) and whose
/// values are strings; absent keys take their defaults. Each bad value logs one console warning
/// naming the attribute and the allowed values, and its default is used. `inline` (JSON text of
/// a whole content set), or `fetched` (the JSON text the loader fetched from `src`, which is
/// then its absolute URL), replaces the bundled set (see `pick_source`); if it is invalid, one
/// console error lists the problems with their field paths, `reframe:error` fires (its
/// `reason` tells too large, not JSON and invalid apart), and the fallback stays.
///
/// [`prepare`] and [`WidgetHandle::show`] in one call (`reframe.js` runs them in separate tasks).
pub fn mount(host: Element, options: JsValue) -> Result<WidgetHandle, JsError> {
    let mut handle = prepare(host, options)?;
    handle.show()?;
    Ok(handle)
}

/// [`mount`] in two steps, which `reframe.js` runs in separate tasks, so that the main thread is
/// never held for both at once: `prepare` reads the options and the content (warnings, and an
/// invalid content's error, come now) and leaves the page as it is; [`WidgetHandle::show`]
/// attaches the shadow root and renders.
#[wasm_bindgen]
pub fn prepare(host: Element, options: JsValue) -> Result<WidgetHandle, JsError> {
    let mut handle = WidgetHandle {
        host,
        stage: Stage::Prepared(None),
        raw: RawOptions::default(),
        json_ld: None,
        commands: Commands::default(),
        own: None,
    };
    handle.update(options)?;
    Ok(handle)
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Applies new options (same shape as [`mount`]'s); warns only about values that changed.
    pub fn update(&mut self, options: JsValue) -> Result<(), JsError> {
        let raw = read_options(&options);
        let first = self.raw == RawOptions::default();
        let (source, source_warnings) = pick_source(&raw);
        for warning in &source_warnings {
            if first || attribute_changed(&self.raw, &raw, warning) {
                web_sys::console::warn_1(&warning.to_string().into());
            }
        }
        let read = match source {
            Source::Inline | Source::Src => Some(self.text_content(&raw, source, first)),
            // No content of its own: the FAQ markup among the element's children, if any.
            Source::Bundled => self.markup(&raw),
        };
        let (content_id, content, content_warning) = match read {
            Some((id, Ok(set))) => (id, set, None),
            Some((id, Err(refusal))) => {
                if first || content_changed(&self.raw, &raw) {
                    let src = raw.src.as_deref().filter(|_| source == Source::Src);
                    let what = match (src, id) {
                        (Some(url), _) => format!("content from {url}"),
                        (None, "markup") => "FAQ markup".into(),
                        (None, _) => "inline content".into(),
                    };
                    let message = format!(
                        "<reframe-widget>: invalid {what}, showing the fallback instead:\n  {}",
                        refusal.problems.join("\n  ")
                    );
                    web_sys::console::error_1(&message.as_str().into());
                    events::error(&self.host, &message, refusal.reason.name(), src);
                }
                self.destroy();
                self.raw = raw;
                return Ok(());
            }
            None => {
                let ids: Vec<&'static str> = bundled::ids().collect();
                let (id, warning) = pick_content(raw.content.as_deref(), &ids);
                let set = bundled_sets::load(id)
                    .map_err(|_| JsError::new("reframe: the bundled content could not be read"))?;
                (id, set, warning)
            }
        };
        let (options, warnings) = resolve(&raw, &content);
        for warning in content_warning.iter().chain(&warnings) {
            if first || attribute_changed(&self.raw, &raw, warning) {
                web_sys::console::warn_1(&warning.to_string().into());
            }
        }
        self.raw = raw;
        self.remove_json_ld();
        if options.structured_data && options.show.contains(&Part::Faq) {
            self.json_ld = structured_data::add(&self.host, &content);
        }
        let props = AppProps {
            content,
            options,
            on_event: {
                let host = self.host.clone();
                Callback::from(move |event| events::report(&host, &event))
            },
            on_ready: {
                let host = self.host.clone();
                Callback::from(move |()| events::ready(host.clone(), content_id))
            },
            commands: self.commands.clone(),
        };
        match &mut self.stage {
            Stage::Prepared(unshown) => *unshown = Some(props),
            Stage::Shown(Some((app, _))) => app.update(props),
            Stage::Shown(None) => self.render(props)?,
        }
        Ok(())
    }

    /// Renders a widget made by [`prepare`] (with the options of its latest update); once
    /// shown, every update renders at once.
    pub fn show(&mut self) -> Result<(), JsError> {
        if let Stage::Prepared(unshown) = &mut self.stage {
            let props = unshown.take();
            self.stage = Stage::Shown(None);
            if let Some(props) = props {
                self.render(props)?;
            }
        }
        Ok(())
    }

    /// The element's methods, by name: `open` and `close` (`argument`: a question's id),
    /// `toggleAll` (`true`, `false`, or `undefined`: as the "Show all" button) and `search`
    /// (`argument`: the text). The loader has checked the argument's type. One entry point
    /// rather than four, for the wasm's size.
    pub fn command(&self, name: &str, argument: JsValue) {
        let text = argument.as_string().unwrap_or_default();
        let (call, command) = match name {
            "open" => (format!("open({text:?})"), Command::Open(text)),
            "close" => (format!("close({text:?})"), Command::Close(text)),
            "search" => ("search()".into(), Command::Search(text)),
            "toggleAll" => ("toggleAll()".into(), Command::ToggleAll(argument.as_bool())),
            // Not one of the element's methods: a loader of another version, say.
            _ => {
                let message = format!("<reframe-widget>: no method {name:?}; nothing changed");
                web_sys::console::warn_1(&message.as_str().into());
                return;
            }
        };
        let why = match self.commands.send(command) {
            Outcome::Done => return,
            Outcome::UnknownId => "the FAQ has no question with this id",
            Outcome::NoFaq => "the widget shows no FAQ",
        };
        let message = format!("<reframe-widget>: {call}: {why}; nothing changed");
        web_sys::console::warn_1(&message.as_str().into());
    }

    /// Removes the widget, and the JSON-LD it added; the element's own children (the fallback)
    /// show again.
    pub fn destroy(&mut self) {
        self.remove_json_ld();
        match &mut self.stage {
            Stage::Prepared(unshown) => *unshown = None,
            Stage::Shown(shown) => {
                if let Some((app, listeners)) = shown.take() {
                    drop(listeners);
                    app.destroy();
                    shadow::release(&self.host);
                }
            }
        }
    }
}

impl WidgetHandle {
    /// The set in the inline JSON or `src`'s text of `raw` (`source` says which): the one read
    /// last if that text has not changed since, else read now, and kept if valid.
    fn text_content(&mut self, raw: &RawOptions, source: Source, first: bool) -> Read {
        if !first && !content_changed(&self.raw, raw) {
            if let Some(own) = self.own.as_ref().filter(|own| own.from == source) {
                return ("inline", Ok(own.set.clone()));
            }
        }
        let (too_long, text) = match source {
            Source::Src => (raw.fetched_too_long, raw.fetched.as_deref()),
            _ => (raw.inline_too_long, raw.inline.as_deref()),
        };
        let read = match too_long {
            Some(length) => Err(Refusal {
                reason: ErrorReason::TooLarge,
                problems: limits::set_size(length)
                    .iter()
                    .map(ToString::to_string)
                    .collect(),
            }),
            None => read_content::parse(text.unwrap_or_default()),
        };
        let read = read.map(Rc::new);
        self.own = read.as_ref().ok().map(|set| OwnContent {
            from: source,
            set: set.clone(),
        });
        ("inline", read)
    }

    /// The FAQ markup among the element's children, read when the widget is given no content
    /// of its own (no inline JSON, no `src`, and no `content` either): `None` when there is
    /// none, so the default bundled set shows. The markup's language is the element's, else
    /// the page's.
    fn markup(&self, raw: &RawOptions) -> Option<Read> {
        if raw.content.is_some() {
            return None;
        }
        let lang = [&raw.lang, &raw.page_lang]
            .into_iter()
            .flatten()
            .find(|lang| !lang.trim().is_empty())
            .map_or("", String::as_str);
        let nodes = read_markup::children(&self.host);
        let read = match from_markup(nodes, lang) {
            MarkupContent::Faq(set) => Ok(*set),
            MarkupContent::NoFaq => return None,
            MarkupContent::Invalid(problems) => Err(Refusal {
                reason: ErrorReason::Invalid,
                problems,
            }),
        };
        Some(("markup", read.map(Rc::new)))
    }

    /// Attaches the shadow root and renders the app into it.
    fn render(&mut self, props: AppProps) -> Result<(), JsError> {
        let root = shadow::prepare(&self.host)
            .map_err(|_| JsError::new("reframe: cannot attach a shadow root to this element"))?;
        let listeners = listen::attach(&root);
        let app = Renderer::<App>::with_root_and_props(root, props).render();
        self.stage = Stage::Shown(Some((app, listeners)));
        Ok(())
    }

    fn remove_json_ld(&mut self) {
        if let Some(script) = self.json_ld.take() {
            script.remove();
        }
    }
}

/// A content set read from the page's own content, or why it is refused, with
/// `reframe:ready`'s name for where it came from.
type Read = (&'static str, Result<Rc<ContentSet>, Refusal>);

/// The options object as [`RawOptions`]. Only its own properties count: a page that adds `theme`
/// to `Object.prototype` sets no widget's theme (serde-wasm-bindgen reads a struct's fields by
/// name, which would find inherited ones, so they are copied onto an object without a
/// prototype first). Values that are not strings count as absent; an object that cannot be
/// read at all (a throwing getter, a symbol as a value) warns and leaves every option at its
/// default. Nothing here throws into the page.
fn read_options(options: &JsValue) -> RawOptions {
    let own = Object::<JsValue>::create(JsValue::NULL.unchecked_ref());
    let read = Object::try_assign(&own, options.unchecked_ref())
        .map_err(|_| "a property could not be read".to_string())
        .and_then(|own| {
            let inline_too_long = take_oversized(&own, "inline");
            let fetched_too_long = take_oversized(&own, "fetched");
            serde_wasm_bindgen::from_value(own.into())
                .map(|raw| RawOptions {
                    inline_too_long,
                    fetched_too_long,
                    ..raw
                })
                .map_err(|e| e.to_string())
        });
    read.unwrap_or_else(|error| {
        let message = format!("<reframe-widget>: ignoring the options: {error}");
        web_sys::console::warn_1(&message.as_str().into());
        RawOptions::default()
    })
}

/// Removes content text (`inline`, or `fetched` from `src`) longer than a content set may be
/// from the options object, before anything copies it into the wasm (a page may hand over a
/// string of any size, and the wasm instance is shared by every widget of the page), and
/// returns its length. The length is in UTF-16 code units, of which the text's UTF-8 has at
/// least as many, so nothing within the byte limit is refused here (`read_content::parse`
/// checks the exact bytes).
fn take_oversized(options: &Object, key: &str) -> Option<usize> {
    let key = JsValue::from_str(key);
    let text = Reflect::get(options, &key)
        .ok()?
        .dyn_into::<JsString>()
        .ok()?;
    let length = text.length() as usize;
    limits::set_size(length)?;
    let _ = Reflect::delete_property(options, &key);
    Some(length)
}

/// Whether the content's text or its origin changed (an invalid content is told once).
fn content_changed(before: &RawOptions, after: &RawOptions) -> bool {
    before.inline != after.inline
        || before.inline_too_long != after.inline_too_long
        || before.src != after.src
        || before.fetched != after.fetched
        || before.fetched_too_long != after.fetched_too_long
}

/// Whether the attribute a warning is about has a new value (warn once per bad value).
fn attribute_changed(before: &RawOptions, after: &RawOptions, warning: &Warning) -> bool {
    before.value(warning.attribute) != after.value(warning.attribute)
}
