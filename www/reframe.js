// reframe.js: the one file a page includes. It defines <reframe-widget>, loads the widget's
// WebAssembly (once per page, next to this file) and exports `mount(element, options)`.
//
//   <script type="module" src="https://HOST/reframe/reframe.js"></script>
//   <reframe-widget content="partner-refuses-therapy" show="faq phrases"></reframe-widget>
//
// Until the widget has rendered, and whenever WebAssembly cannot load, the element's own
// children stay visible as the fallback. Nothing here throws into the host page.
//
// Content from a URL (`src`) is fetched here, alongside the WebAssembly rather than after it,
// once per URL however many widgets name it, and handed to the wasm as text, which reads it by
// exactly the rules of inline content.
//
// Lazy start: a <reframe-widget> renders (and the first one fetches and compiles the wasm)
// only when it comes within NEAR of the viewport; with loading="eager" at once, and so does
// `mount()`. A hidden widget (display: none) never intersects, so it renders when shown. A URL
// hash that names no element of the page may name a widget's question: every widget starts.
//
// The release build bundles wasm-bindgen's glue into this file (scripts/post-build.mjs), so a
// page makes two requests, this file and the wasm, and the wasm's is the only one a widget
// waits for. Development builds import the glue from the file next to this one.

import * as glue from "./reframe-core.js";
import { carriedOpen, handOver, readFallback, styleFallbacks } from "./fallback.js";

const CORE_WASM = new URL("./reframe-core_bg.wasm", import.meta.url);
/**
 * Subresource Integrity of the wasm, written in by the release build (scripts/post-build.mjs):
 * a changed file on a CDN is refused and the fallback stays. Empty in development builds, which
 * load without the check. (This file's own integrity is the host page's `integrity` attribute.)
 */
const INTEGRITY = { wasm: "" };
const TAG = "reframe-widget";
/** How close to the viewport a lazy widget must come to start (IntersectionObserver margin). */
const NEAR = "500px";
// The attributes the widget reads (from src/widget/surface.rs: `reframe surface --write`).
// reframe:surface js-attributes
const ATTRIBUTES = [
  "content",
  "src",
  "show",
  "mode",
  "open",
  "heading-level",
  "theme",
  "search",
  "phrases-mode",
  "lang",
  "cta-href",
  "structured-data",
];
// /reframe:surface
// The element's properties, each reflecting an attribute (from src/widget/surface.rs).
// reframe:surface js-properties
// [property, attribute, kind, default, values it accepts]
const PROPERTIES = [
  ["content", "content", "text", ""],
  ["src", "src", "text", ""],
  ["show", "show", "words", "faq phrases"],
  ["mode", "mode", "keyword", "multiple", ["single","multiple"]],
  ["defaultOpen", "open", "words", ""],
  ["headingLevel", "heading-level", "level", 3, [2,3,4,5,6]],
  ["theme", "theme", "keyword", "light", ["light","dark","auto"]],
  ["searchBox", "search", "flag", false, ["","true","on"]],
  ["phrasesMode", "phrases-mode", "keyword", "cards", ["cards","practice"]],
  ["ctaHref", "cta-href", "text", ""],
  ["structuredData", "structured-data", "flag", false, ["","true","on"]],
  ["loading", "loading", "keyword", "lazy", ["lazy","eager"]],
];
// /reframe:surface
// reframe:surface js-method-attributes
const METHOD_ATTRIBUTES = ["open", "search"];
// /reframe:surface
// The most bytes of a content set's JSON (from src/content/limits.rs): a `src` over it is
// refused before it is read whole.
// reframe:surface js-limits
const MAX_SET_BYTES = 2000000;
// /reframe:surface

// The platform globals the loader calls later, taken once, now, and checked for their type.
// Where the engine lacks one, an element of the page can stand in its place (an element's id,
// or a form's name, is a global of that name: DOM clobbering), so `<form name="scheduler">`
// with an `<input name="yield">` would make `scheduler.yield` an element; and a page script may
// replace a global after this file ran. Each has a fallback, so a widget starts either way.
const platform = {
  /** `scheduler.yield()` where the engine has it, else null (then a zero timeout). */
  yieldTask:
    typeof globalThis.scheduler?.yield === "function"
      ? globalThis.scheduler.yield.bind(globalThis.scheduler)
      : null,
  /** The IntersectionObserver constructor, or null: then lazy widgets start at once. */
  IntersectionObserver: typeof globalThis.IntersectionObserver === "function" ? globalThis.IntersectionObserver : null,
  /** The CustomEvent constructor, or null: then `reframe:error` is not sent (the console still says it). */
  CustomEvent: typeof globalThis.CustomEvent === "function" ? globalThis.CustomEvent : null,
  /** `fetch`, or null: then neither the WebAssembly nor a `src` loads (the fallback stays). */
  fetch: typeof globalThis.fetch === "function" ? globalThis.fetch.bind(globalThis) : null,
  /** The TextDecoder constructor, or null: then a `src` is read with `response.text()`. */
  TextDecoder: typeof globalThis.TextDecoder === "function" ? globalThis.TextDecoder : null,
  setTimeout: globalThis.setTimeout.bind(globalThis),
  queueMicrotask:
    typeof globalThis.queueMicrotask === "function"
      ? globalThis.queueMicrotask.bind(globalThis)
      : (callback) => Promise.resolve().then(callback),
  requestAnimationFrame:
    typeof globalThis.requestAnimationFrame === "function"
      ? globalThis.requestAnimationFrame.bind(globalThis)
      : (callback) => platform.setTimeout(callback, 0),
  /** `getComputedStyle`, or a stand-in that knows no colour scheme (no DOM: nothing to style). */
  getComputedStyle:
    typeof globalThis.getComputedStyle === "function"
      ? globalThis.getComputedStyle.bind(globalThis)
      : () => ({ colorScheme: "" }),
};

/**
 * `fields` as an options dictionary for a platform API. The platform reads a dictionary's
 * members through the prototype chain, so a page that sets `Object.prototype.mode` would hand
 * `fetch` an invalid `mode` and stop the WebAssembly from loading: the dictionaries the loader
 * passes have no prototype.
 */
function dictionary(fields) {
  return Object.assign(Object.create(null), fields);
}

// One registry per page, shared by every copy of this script (the same file included twice,
// or from two URLs), so the WebAssembly is fetched and instantiated once, and each `src` too
// (`sources`: absolute URL -> the promise of its text).
const registry = (globalThis[Symbol.for("reframe.registry")] ??= { core: null, mount: null });
registry.sources ??= new Map();
// A pasted fallback looks like the widget from now on, long before the WebAssembly arrives.
styleFallbacks(registry);

/**
 * Loads and instantiates the WebAssembly once; resolves to the wasm-bindgen module. The glue
 * compiles the response as it streams in (`WebAssembly.instantiateStreaming`, or `instantiate`
 * if the server sends the wrong type).
 */
function loadCore() {
  registry.core ??= (async () => {
    if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function" || !platform.fetch) {
      throw Object.assign(new Error("WebAssembly is not available in this browser"), { reason: "wasm" });
    }
    const refused = (file) => () => {
      throw new Error(
        `${file} could not be loaded, or does not match the integrity hash fixed when this version was built (a changed or mixed-up file)`,
      );
    };
    try {
      const wasm = platform.fetch(CORE_WASM, dictionary({ integrity: INTEGRITY.wasm })).catch(refused(CORE_WASM.href));
      await glue.default({ module_or_path: wasm });
      return glue;
    } catch (error) {
      // The site's own files failed (missing, changed, wrong type): the site owner must hear
      // of it, so report() says it as an error, where a browser without WebAssembly gets a warning.
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), { siteFiles: true, reason: "wasm" });
    }
  })();
  return registry.core;
}

/**
 * A failure to load the content at `url`: `fields` are `reframe:error`'s (`reason`, `status`);
 * the message is the console's sentence, `problem` then `details`, as the wasm words its own.
 */
function failure(url, fields, problem, details = "") {
  const message = `<reframe-widget>: ${problem}, showing the fallback instead${details}`;
  return Object.assign(new Error(message), fields, { src: url });
}

/** A failure for content over the size limit, in the words the wasm uses for inline content. */
function tooLarge(url, bytes) {
  const problem = `the content is longer than the limit of ${MAX_SET_BYTES} bytes (at least ${bytes})`;
  return failure(url, { reason: "too-large" }, `invalid content from ${url}`, `:\n  (root): ${problem}`);
}

/**
 * Fetches the JSON text at `url` (absolute). Without cookies (`credentials: "omit"`: the
 * content is public, and a cookie would tell its server who reads it), and with no more of the
 * page's address than its origin to another origin. The size is checked before the body is
 * read (Content-Length) and while it streams in (a header may be missing or wrong), so content
 * over the limit is never held whole. Rejects with a `failure`.
 */
async function fetchText(url) {
  let response;
  try {
    response = await platform.fetch(
      url,
      dictionary({ credentials: "omit", referrerPolicy: "strict-origin-when-cross-origin" }),
    );
  } catch (error) {
    const why = `${error?.message ?? error}: offline, or refused by CORS or by the page's CSP connect-src`;
    throw failure(url, { reason: "network" }, `could not load content from ${url} (${why})`);
  }
  const cancel = () => response.body?.cancel().catch(() => {});
  if (!response.ok) {
    cancel();
    const { status } = response;
    throw failure(url, { reason: "http", status }, `could not load content from ${url} (HTTP ${status})`);
  }
  const declared = Number(response.headers.get("content-length"));
  if (declared > MAX_SET_BYTES) {
    cancel();
    throw tooLarge(url, declared);
  }
  try {
    if (!response.body || !platform.TextDecoder) {
      const text = await response.text();
      if (text.length > MAX_SET_BYTES) throw tooLarge(url, text.length);
      return text;
    }
    const reader = response.body.getReader();
    // UTF-8, as JSON is; a byte order mark is dropped, a malformed sequence becomes U+FFFD.
    // Each chunk is decoded as it comes (a character split between chunks waits for the
    // next), so the bytes are not gathered into one more copy first.
    const decoder = new platform.TextDecoder();
    const streaming = dictionary({ stream: true });
    let text = "";
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > MAX_SET_BYTES) {
        reader.cancel().catch(() => {});
        throw tooLarge(url, bytes);
      }
      text += decoder.decode(value, streaming);
    }
    return text + decoder.decode();
  } catch (error) {
    if (error?.src) throw error;
    const why = `the connection failed while reading: ${error?.message ?? error}`;
    throw failure(url, { reason: "network" }, `could not load content from ${url} (${why})`);
  }
}

/**
 * The text at `url` (absolute) as `{ text }`, or `{ failure }`; never rejects. Fetched once
 * per page however many widgets name it, and kept for the page's life; a failure is not kept,
 * so a widget that names the URL again tries again.
 */
function loadSource(url) {
  let entry = registry.sources.get(url);
  if (!entry) {
    entry = fetchText(url).then(
      (text) => ({ text }),
      (failure) => {
        registry.sources.delete(url);
        return { failure };
      },
    );
    registry.sources.set(url, entry);
  }
  return entry;
}

/**
 * `options` with their content: `{ options }` at once when there is nothing to fetch, else
 * `{ later }`, a promise of `{ options }` with `src` made absolute and its text as `fetched`,
 * or of `{ failure }`. Inline content comes first (the wasm's rule, `pick_source`, which
 * warns about the `src` it ignores), so a `src` beside it is never fetched; an empty `src`
 * counts as absent.
 */
function withContent(options) {
  const src = options.src?.trim();
  if (!src || options.inline !== undefined) return { options };
  let url;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return { failure: failure(src, { reason: "network" }, `src="${src}" is not a URL`) };
  }
  return {
    later: loadSource(url).then(({ text, failure: refused }) =>
      refused ? { failure: refused } : { options: { ...options, src: url, fetched: text } },
    ),
  };
}

/** Lazy widgets waiting to come near the viewport: element -> its start function. */
const waiting = new Map();
let observer = null;

/**
 * Whether the URL's hash may name a widget's question: it names no element of the page, or one
 * inside a widget (the page's own FAQ markup, which a widget enhances, keeps its ids).
 */
function hashForWidget() {
  const id = location.hash.slice(1);
  if (id === "") return false;
  const target = document.getElementById(id);
  return !target || !!target.parentElement?.closest(TAG);
}

/** Calls `start` once `element` comes within NEAR of the viewport (or a link names a question). */
function whenNear(element, start) {
  if (!observer) {
    observer = new platform.IntersectionObserver(
      (entries) => {
        for (const { isIntersecting, target } of entries) {
          if (isIntersecting) waiting.get(target)?.();
        }
      },
      dictionary({ rootMargin: NEAR }),
    );
    addEventListener("hashchange", () => hashForWidget() && [...waiting.values()].forEach((go) => go()));
  }
  waiting.set(element, start);
  observer.observe(element);
}

function stopWaiting(element) {
  if (waiting.delete(element)) observer.unobserve(element);
}

/**
 * Options as the wasm expects them: attribute names as keys, string values. Arrays are joined
 * with spaces; `inline` (a content set) may be an object or its JSON text.
 */
function normalize(options) {
  const out = {};
  for (const [key, value] of Object.entries(options ?? {})) {
    if (value === undefined || value === null) continue;
    const name = key.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
    if (value === false) continue;
    if (value === true) out[name] = "";
    else if (Array.isArray(value)) out[name] = value.join(" ");
    else if (typeof value === "object") out[name] = JSON.stringify(value);
    else out[name] = String(value);
  }
  return out;
}

/**
 * Tells a failure: one console message, and `reframe:error` with the detail the wasm sends
 * (`widget::events::ErrorDetail`): `message`, `reason`, and `src` and `status` when known.
 */
function report(element, error) {
  const message = error instanceof Error ? error.message : String(error);
  const detail = { message, reason: error?.reason ?? "other" };
  if (error?.src) {
    // Content the page named could not load: a sentence of its own, as the wasm's are.
    detail.src = error.src;
    if (error.status) detail.status = error.status;
    console.error(message);
  } else {
    (error?.siteFiles ? console.error : console.warn)(`reframe: ${message}; the page's fallback content stays visible.`);
  }
  dispatch(element, "reframe:error", detail);
}

/** Dispatches the widget's event `type` with `detail` on `element` (bubbling, composed), under its dashed name too. */
function dispatch(element, type, detail) {
  if (!platform.CustomEvent) return;
  // Under its dashed name too, as every event (`widget::events::dashed_name`).
  for (const name of [type, type.replace(":", "-")]) {
    try {
      element.dispatchEvent(new platform.CustomEvent(name, dictionary({ bubbles: true, composed: true, detail })));
    } catch {
      // A host listener threw; that is the host's error, not a reason to stop.
    }
  }
}

/**
 * Renders a widget into `element` once it is started and the WebAssembly is ready, with the
 * options `read()` returns then (so an element's children, such as inline content, are read
 * when complete) and their content (a `src`, fetched meanwhile). `lazy`: start when the
 * element comes near the viewport, else at once.
 * Returns `{ ready, start(), update(options), destroy() }` right away; see `mount` below.
 */
function mountWidget(element, read, lazy = false) {
  let widget = null;
  let core = null;
  let destroyed = false;
  let latest = null; // the options of an update made before the first render
  // Counts option sets, so that content fetched for options that have since changed (a
  // slow `src` replaced by another) is dropped rather than shown.
  let generation = 0;
  let failedSrc = null; // the `src` whose failure was told last: told once, not at every update
  let held = false;
  let shown = false; // rendered (or refused): commands run at once from then on
  // The pasted fallback's open answers, carried into the widget as its `open` option at the
  // take-over (`open`), in place of the option's value then (`from`), for as long as the page
  // keeps that value: an update that changes other options keeps the reader's answers open.
  let carried = null;

  /** `options` with the fallback's open answers in place of their `open`, while it applies. */
  function carry(options) {
    return carried && options.open === carried.from ? { ...options, open: carried.open } : options;
  }
  let start;
  let leave;
  const gone = new Promise((resolve) => (leave = resolve));

  /** The first render, in two tasks (prepare, then show); settles once on screen or refused. */
  async function render(options) {
    const rendered = firstOf(element, ["reframe:ready", "reframe:error"], gone);
    // What the reader did with the pasted fallback (if any) becomes the widget's state.
    let fallback = readFallback(element);
    const keep = () => (carried = fallback && { from: options.open, open: carriedOpen(options, fallback) });
    keep();
    widget = core.prepare(element, carry(options));
    await nextTask();
    if (destroyed) return;
    // The reader may have toggled an answer in the task between.
    const now = readFallback(element);
    if (now && JSON.stringify(now.items) !== JSON.stringify(fallback?.items)) {
      fallback = now;
      keep();
      widget.update(carry(options));
    }
    if (now) fallback.focus = now.focus;
    const scroll = [scrollX, scrollY];
    // Measured after the render, before the paint (reframe:ready may come a frame late).
    const hold = holdPlace(element);
    widget.show();
    platform.requestAnimationFrame(() => {
      if (widget) held = hold();
    });
    await rendered;
    if (fallback && widget && !destroyed) {
      handOver(element, options, fallback, scroll, (id, open) => dispatch(element, "reframe:toggle", { id, open }));
    }
  }

  /** Shows `result`'s options, or tells its failure and shows the fallback. */
  function apply(result) {
    try {
      if (result.failure) {
        widget?.destroy();
        if (result.failure.src !== failedSrc) report(element, result.failure);
        failedSrc = result.failure.src;
        return;
      }
      failedSrc = null;
      if (widget) widget.update(result.options);
      else render(result.options).catch((error) => report(element, error));
    } catch (error) {
      report(element, error);
    }
  }

  const ready = new Promise((resolve) => (start = resolve)).then(async () => {
    stopWaiting(element);
    if (destroyed) return;
    // The content's download (a `src`) runs while the WebAssembly is fetched and compiled.
    let mine = generation;
    let content = withContent(latest ?? normalize(read()));
    const loaded = await loadCore();
    // Instantiating the wasm, reading the content and rendering each take a task of their own,
    // so none holds the main thread long (input is handled in between). Until the render, the
    // page shows the fallback unchanged.
    await nextTask();
    let result = await (content.later ?? content);
    while (mine !== generation && !destroyed) {
      mine = generation;
      content = withContent(latest);
      result = await (content.later ?? content);
    }
    if (destroyed) return;
    core = loaded;
    if (result.failure) return apply(result);
    // `ready` settles once the widget is on screen (or has refused its content), not when Yew
    // has merely scheduled its first render; destroy() settles it too.
    await render(result.options);
    shown = true;
  });
  ready.catch((error) => report(element, error));
  if (lazy && platform.IntersectionObserver) whenNear(element, start);
  else start();
  return {
    ready,
    start,
    /**
     * Calls the widget's method `name` (`open`, `close`, `toggleAll`, `search`) with `argument`:
     * at once once it has rendered, else when it does (nothing if it never does: destroyed,
     * WebAssembly unavailable). A call that changes nothing says why in the console.
     */
    command(name, argument) {
      const run = () => {
        if (!widget) {
          console.warn(`<reframe-widget>: ${name}(): the widget is not shown; nothing changed`);
          return;
        }
        try {
          widget.command(name, argument);
        } catch (error) {
          report(element, error);
        }
      };
      if (shown) run();
      else ready.then(() => !destroyed && run(), () => {});
    },
    update(next) {
      // Never throws into the caller: options it cannot read (a cyclic `inline` object, a
      // throwing getter) are reported like any other error, and the widget stays as it was.
      try {
        const options = carry(normalize(next));
        const mine = ++generation;
        if (!core) {
          latest = options;
          return;
        }
        const content = withContent(options);
        if (!content.later) return apply(content);
        content.later.then((result) => {
          if (mine === generation && !destroyed) apply(result);
        });
      } catch (error) {
        report(element, error);
      }
    },
    destroy() {
      destroyed = true;
      start(); // settles `ready` without loading anything if it had not started
      leave();
      if (!widget) return;
      try {
        widget.destroy();
        widget.free();
      } catch (error) {
        report(element, error);
      }
      widget = null;
      if (held) element.style.removeProperty("min-height");
    },
  };
}

/**
 * Resolves in a new task: `scheduler.yield()` where there is one (its continuation goes ahead of
 * other tasks), else a zero timeout.
 */
function nextTask() {
  return platform.yieldTask?.() ?? new Promise((resolve) => platform.setTimeout(resolve, 0));
}

/**
 * Resolves at the first of `types` dispatched on `element`, or when `cancel` resolves (the
 * widget was destroyed before it rendered); either way its listeners are removed.
 */
function firstOf(element, types, cancel) {
  return new Promise((resolve) => {
    const done = () => {
      for (const type of types) element.removeEventListener(type, done);
      resolve();
    };
    for (const type of types) element.addEventListener(type, done);
    cancel.then(done);
  });
}

/**
 * No layout shift: call before mounting; the function returned, called once the widget has
 * rendered, keeps the fallback's height (min-height) if the widget is shorter. Returns whether.
 */
function holdPlace(element) {
  let next = element;
  while (next && !next.nextElementSibling) next = next.parentElement;
  next = next?.nextElementSibling;
  if (!next) return () => false;
  const before = next.getBoundingClientRect().top;
  return () => {
    const lost = before - next.getBoundingClientRect().top;
    if (!(lost > 0.5)) return false;
    element.style.setProperty("min-height", `${element.getBoundingClientRect().height + lost}px`);
    return true;
  };
}

/** What `open(id)`, `close(id)` and `search(text)` take, as a string. */
const TEXT_ARGUMENTS = { open: "a question's id", close: "a question's id", search: "the text to search for" };

/**
 * Hands the page's call of the method `name` (of the element, or of `mount()`'s handle) to
 * `send`, its argument checked: a method that takes a string warns, and does nothing, when it
 * gets something else; `toggleAll` takes any value as a boolean (`undefined`: as the button).
 */
function command(send, name, argument) {
  if (name === "toggleAll") {
    send(name, argument === undefined ? undefined : !!argument);
  } else if (typeof argument === "string") {
    send(name, argument);
  } else {
    console.warn(`<reframe-widget>: ${name}() takes ${TEXT_ARGUMENTS[name]} as a string, not ${typeof argument}; nothing changed`);
  }
}

/**
 * The value of a property that reflects an attribute (see PROPERTIES), given the attribute's
 * value (`null` when absent): a flag is whether it is on, a keyword or a level is one the
 * widget accepts, else the default, as the widget reads them.
 */
function fromAttribute(value, kind, fallback, allowed) {
  if (kind === "flag") return value !== null && allowed.includes(value.trim().toLowerCase());
  if (value === null) return fallback;
  const word = value.trim().toLowerCase();
  if (kind === "keyword") return allowed.includes(word) ? word : fallback;
  if (kind === "level") return allowed.find((level) => String(level) === word) ?? fallback;
  return value;
}

/**
 * Sets the attribute a property reflects: `null` or `undefined` (or a false flag) removes it,
 * a true flag makes it present and empty, an array is joined with spaces. A value that cannot
 * become text (a symbol) warns; nothing is thrown into the page.
 */
function toAttribute(element, attribute, kind, value) {
  try {
    if (value === null || value === undefined || (kind === "flag" && !value)) {
      element.removeAttribute(attribute);
    } else {
      element.setAttribute(attribute, kind === "flag" ? "" : Array.isArray(value) ? value.join(" ") : String(value));
    }
  } catch (error) {
    console.warn(`<reframe-widget>: ignoring a value for ${attribute}: ${error?.message ?? error}`);
  }
}

/** The element's options: its attributes, and inline content from a JSON script child. */
function optionsOf(element) {
  const options = {};
  for (const name of ATTRIBUTES) {
    if (element.hasAttribute(name)) options[name] = element.getAttribute(name);
  }
  const inline = element.querySelector(':scope > script[type="application/json"]');
  if (inline) options.inline = inline.textContent;
  const page = element.parentElement?.closest("[lang]");
  if (page) options["page-lang"] = page.getAttribute("lang");
  options["page-color-scheme"] = platform.getComputedStyle(element).colorScheme ?? "";
  return options;
}

/** The element's `loading`: "eager" starts at once, "lazy" (the default) when near. */
function isLazy(element) {
  const value = element.getAttribute("loading");
  if (value === null || value === "lazy") return true;
  if (value === "eager") return false;
  console.warn(`<reframe-widget>: ignoring loading="${value}"; allowed: lazy, eager. Using the default "lazy".`);
  return true;
}

// A server that renders the page (Next.js, Nuxt, SvelteKit) imports this module where there is
// no DOM: the class then extends nothing of the platform, and no element is defined below.
const ElementBase = typeof globalThis.HTMLElement === "function" ? globalThis.HTMLElement : class {};

class ReframeWidget extends ElementBase {
  static get observedAttributes() {
    return [...ATTRIBUTES, "loading"];
  }

  #handle = null;
  #updateQueued = false;
  /** A content set given to the `content` property (else undefined). */
  #inline = undefined;
  /** Method calls made while the element had no widget, made once it has one. */
  #queued = [];
  /** `ready` asked for while the element had no widget, and its resolve function. */
  #pending = null;
  #settle = null;

  connectedCallback() {
    // A property set before this class was defined (a framework that sets `el.mode` first) is
    // an own property of the element, which hides the accessor: set it again through it.
    for (const property of [...PROPERTIES.map(([name]) => name), ...METHOD_ATTRIBUTES]) {
      if (Object.prototype.hasOwnProperty.call(this, property)) {
        const value = this[property];
        delete this[property];
        this[property] = value;
      }
    }
    this.#handle ??= registry.mount(this, () => this.#options(), isLazy(this) && !hashForWidget());
    this.#settle?.(this.#handle.ready);
    this.#pending = this.#settle = null;
    for (const [name, argument] of this.#queued.splice(0)) this.#handle.command?.(name, argument);
  }

  #options() {
    const options = optionsOf(this);
    if (this.#inline !== undefined) options.inline = this.#inline;
    return options;
  }

  /** Re-renders with the element's options, once for the changes made together. */
  #changed() {
    if (!this.#handle || this.#updateQueued) return;
    this.#updateQueued = true;
    platform.queueMicrotask(() => {
      this.#updateQueued = false;
      this.#handle?.update(this.#options());
    });
  }

  #send(name, argument) {
    command((...call) => (this.#handle ? this.#handle.command?.(...call) : this.#queued.push(call)), name, argument);
  }

  /**
   * The content: a string sets the `content` attribute (a bundled set's id), a content set
   * object shows that set (as a JSON script child would, which it replaces); `null` forgets
   * both. Reads as the object while one is set, else the attribute.
   */
  get content() {
    return this.#inline ?? this.getAttribute("content") ?? "";
  }

  set content(value) {
    if (value !== null && typeof value === "object") {
      this.#inline = value;
    } else {
      this.#inline = undefined;
      toAttribute(this, "content", "text", value);
    }
    this.#changed();
  }

  /** Settles once the widget is on screen or has refused its content (as `mount()`'s). */
  get ready() {
    return this.#handle?.ready ?? (this.#pending ??= new Promise((resolve) => (this.#settle = resolve)));
  }

  open(id) {
    this.#send("open", id);
  }

  close(id) {
    this.#send("close", id);
  }

  toggleAll(open) {
    this.#send("toggleAll", open);
  }

  search(text) {
    this.#send("search", text);
  }

  disconnectedCallback() {
    // A move (remove then insert) reconnects before the microtask runs: keep the widget.
    platform.queueMicrotask(() => {
      if (!this.isConnected && this.#handle) {
        this.#handle.destroy();
        this.#handle = null;
      }
    });
  }

  attributeChangedCallback(name) {
    if (name === "loading") {
      if (this.#handle && !isLazy(this)) this.#handle.start();
      return;
    }
    this.#changed();
  }
}

// A property for each attribute, reflecting it (the class defines `content` itself).
for (const [property, attribute, kind, fallback, allowed] of PROPERTIES) {
  if (Object.prototype.hasOwnProperty.call(ReframeWidget.prototype, property)) continue;
  Object.defineProperty(ReframeWidget.prototype, property, {
    configurable: true,
    enumerable: true,
    get() {
      return fromAttribute(this.getAttribute(attribute), kind, fallback, allowed);
    },
    set(value) {
      toAttribute(this, attribute, kind, value);
    },
  });
}

// `open` and `search` are methods and attribute names both. Frameworks (React 19, Vue, Svelte)
// give a prop to the element's property of that name when it has one, so
// `<reframe-widget open="first">` arrives as `el.open = "first"`, which would replace the
// method and leave the attribute unset: assigning sets the attribute as the framework would
// have (`true` present, `false` or `null` absent); reading gives the method.
for (const name of METHOD_ATTRIBUTES) {
  const call = ReframeWidget.prototype[name];
  Object.defineProperty(ReframeWidget.prototype, name, {
    configurable: true,
    get() {
      return call;
    },
    set(value) {
      toAttribute(this, name, typeof value === "boolean" ? "flag" : "words", value);
    },
  });
}

registry.mount ??= mountWidget;
// Checked as the globals above: an engine without custom elements could have an element there.
const elements = globalThis.customElements;
if (typeof elements?.define === "function" && !elements.get(TAG)) {
  elements.define(TAG, ReframeWidget);
}

/**
 * Renders a widget into `element` (any element that can have a shadow root).
 * `options` uses the attribute names of the README's table (`heading-level` or `headingLevel`;
 * `loading` does not apply), arrays joined with spaces (`search: true` turns the search box
 * on), `src` (a URL of a content set's JSON), and `inline`: a whole content set
 * (object or JSON text) instead of a bundled one. Returns a handle right away:
 * `{ ready, update(options), destroy(), open(id), close(id), toggleAll(open), search(text) }`
 * (the methods as the element's), where `ready` is a promise that settles once the
 * widget is on screen or has refused its content (it rejects if WebAssembly cannot load; the
 * fallback then stays).
 * It starts at once, wherever `element` is: a script that calls `mount()` has chosen its
 * moment, and `ready` must settle for it.
 */
export function mount(element, options = {}) {
  const handle = registry.mount(element, () => options);
  const send = (name, argument) => handle.command?.(name, argument);
  const { ready, update, destroy } = handle;
  return {
    ready,
    update,
    destroy,
    open: (id) => command(send, "open", id),
    close: (id) => command(send, "close", id),
    toggleAll: (open) => command(send, "toggleAll", open),
    search: (text) => command(send, "search", text),
  };
}

/**
 * Checks a content set (object or JSON text) by the rules the widget and `reframe check`
 * apply, in the browser. Resolves to the problems as `path: message` strings, none when the
 * set is valid; rejects if WebAssembly cannot load. Used by the content editor page.
 */
export async function validate(content) {
  const core = await loadCore();
  let text;
  try {
    text = typeof content === "string" ? content : JSON.stringify(content);
  } catch (error) {
    // A cyclic object, or one whose getter throws: a problem with the content, not a failure.
    return [`(root): not valid JSON: ${error instanceof Error ? error.message : String(error)}`];
  }
  return core.validateContent(text ?? "");
}
