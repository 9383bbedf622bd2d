// reframe.js: the one file a page includes. It defines <reframe-widget>, loads the widget's
// WebAssembly (once per page, next to this file) and exports `mount(element, options)`.
//
//   <script type="module" src="https://HOST/reframe/reframe.js"></script>
//   <reframe-widget content="partner-refuses-therapy" show="faq phrases"></reframe-widget>
//
// Until the widget has rendered, and whenever WebAssembly cannot load, the element's own
// children stay visible as the fallback. Nothing here throws into the host page.

const CORE_JS = new URL("./reframe-core.js", import.meta.url);
const CORE_WASM = new URL("./reframe-core_bg.wasm", import.meta.url);
const TAG = "reframe-widget";
const ATTRIBUTES = [
  "content",
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

// One registry per page, shared by every copy of this script (the same file included twice,
// or from two URLs), so the WebAssembly is fetched and instantiated once.
const registry = (globalThis[Symbol.for("reframe.registry")] ??= { core: null, mount: null });

/** Loads and instantiates the WebAssembly once; resolves to the wasm-bindgen module. */
function loadCore() {
  registry.core ??= (async () => {
    if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
      throw new Error("WebAssembly is not available in this browser");
    }
    const core = await import(CORE_JS.href);
    await core.default({ module_or_path: CORE_WASM });
    return core;
  })();
  return registry.core;
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

function report(element, error) {
  const message = error instanceof Error ? error.message : String(error);
  console.warn(`reframe: ${message}; the page's fallback content stays visible.`);
  try {
    element.dispatchEvent(
      new CustomEvent("reframe:error", { bubbles: true, composed: true, detail: { message } }),
    );
  } catch {
    // A host listener threw; that is the host's error, not a reason to stop.
  }
}

/**
 * Renders a widget into `element` once the WebAssembly is ready, with the options `read()`
 * returns then (so an element's children, such as inline content, are read when complete).
 * Returns `{ ready, update(options), destroy() }` right away; see `mount` below.
 */
function mountWidget(element, read) {
  let widget = null;
  let destroyed = false;
  let pending = null;
  let held = false;
  const ready = loadCore().then((core) => {
    if (destroyed) return;
    // Measured after the render, before the paint (reframe:ready may come a frame late).
    const hold = holdPlace(element);
    widget = core.mount(element, pending ?? normalize(read()));
    requestAnimationFrame(() => {
      if (widget) held = hold();
    });
  });
  ready.catch((error) => report(element, error));
  return {
    ready,
    update(next) {
      pending = normalize(next);
      if (!widget) return;
      try {
        widget.update(pending);
      } catch (error) {
        report(element, error);
      }
    },
    destroy() {
      destroyed = true;
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
  options["page-color-scheme"] = getComputedStyle(element).colorScheme ?? "";
  return options;
}

class ReframeWidget extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  #handle = null;
  #updateQueued = false;

  connectedCallback() {
    this.#handle ??= registry.mount(this, () => optionsOf(this));
  }

  disconnectedCallback() {
    // A move (remove then insert) reconnects before the microtask runs: keep the widget.
    queueMicrotask(() => {
      if (!this.isConnected && this.#handle) {
        this.#handle.destroy();
        this.#handle = null;
      }
    });
  }

  attributeChangedCallback() {
    if (!this.#handle || this.#updateQueued) return;
    // Batch attribute changes made together into one re-render.
    this.#updateQueued = true;
    queueMicrotask(() => {
      this.#updateQueued = false;
      this.#handle?.update(optionsOf(this));
    });
  }
}

registry.mount ??= mountWidget;
if (typeof customElements === "object" && !customElements.get(TAG)) {
  customElements.define(TAG, ReframeWidget);
}

/**
 * Renders a widget into `element` (any element that can have a shadow root).
 * `options` uses the attribute names (`content`, `show`, `mode`, `open`, `heading-level` or
 * `headingLevel`, `theme`, `search`, `phrases-mode`, `lang`), arrays joined with spaces
 * (`search: true` turns the search box on), and `inline`: a whole content set
 * (object or JSON text) instead of a bundled one. Returns a handle right away:
 * `{ ready, update(options), destroy() }`, where `ready` is a promise that settles once the
 * widget is mounted (it rejects if WebAssembly cannot load; the fallback then stays).
 */
export function mount(element, options = {}) {
  return registry.mount(element, () => options);
}
