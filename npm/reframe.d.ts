// TypeScript declarations for reframe-widget (dist/reframe.js): `mount`, its handle and
// options, `validate`, the <reframe-widget> element and its DOM events. The blocks between
// `reframe:surface` markers are generated from src/widget/surface.rs (`reframe surface --write`);
// the rest is written by hand. tests/package/usage.ts compiles against them.
// Everything declared here is the embed contract, versioned with semantic versioning.

// reframe:surface ts-types
/** Heading levels the `heading-level` attribute accepts (part titles are one level above). */
export type ReframeHeadingLevel = 2 | 3 | 4 | 5 | 6 | "2" | "3" | "4" | "5" | "6";

/**
 * A boolean option: `true`, `""` or `"true"`, `"on"` turns it on; `false`, `"false"`, `"off"` or
 * omitted, off.
 */
export type ReframeFlag = boolean | "" | "true" | "on" | "false" | "off";
// /reframe:surface

/**
 * Options of `mount()` and `handle.update()`: the element's attributes, by attribute name
 * (`"heading-level"`) or in camelCase (`headingLevel`). Arrays are joined with spaces. A bad
 * value logs a console warning naming the option and the default is used.
 */
export interface ReframeOptions {
  // reframe:surface ts-options
  /**
   * Id of a bundled content set (a file name in `content/`). Default: the first, alphabetically.
   */
  content?: string;
  /**
   * URL of a content set's JSON (same origin, or one that allows it by CORS), fetched without
   * cookies and read by the rules of inline content; several widgets naming one URL fetch it once.
   * A JSON script child wins over `src`, which wins over `content`. Default: none.
   */
  src?: string;
  /**
   * Space-separated parts, rendered in this order: `summary`, `faq`, `phrases`, `related`, and the
   * set's section ids (for the seed: `reasons`, `avoid`, `talk`, `next`, `signs`, `one-partner`,
   * `takeaways`, `cta`). Default: `faq phrases`.
   */
  show?: string | readonly string[];
  /**
   * `multiple` (answers open independently), `single` (opening one closes the others). Default:
   * `multiple`.
   */
  mode?: "single" | "multiple";
  /** `first`, or space-separated question ids, open at first render. Default: none. */
  open?: string | readonly string[];
  /**
   * `2`–`6`: level of the question headings; part titles are one level above (never `h1`). Default:
   * `3`.
   */
  headingLevel?: ReframeHeadingLevel;
  "heading-level"?: ReframeHeadingLevel;
  /**
   * `light`, `dark`, `auto` (a page whose `color-scheme` is only `dark` or only `light` decides;
   * otherwise the visitor's system setting). Default: `light`.
   */
  theme?: "light" | "dark" | "auto";
  /**
   * Present (or `true`): a search box over the questions and answers, case- and accent-insensitive;
   * matches are marked and opened, the count is announced, Escape clears; with more than 50
   * questions the list is updated just after the typed character is painted, so typing never waits
   * for it (fast typing applies the latest text only). Default: off.
   */
  search?: ReframeFlag;
  /**
   * `cards` (both sides shown), `practice` (the reader thinks first, then reveals "Try"). Default:
   * `cards`.
   */
  phrasesMode?: "cards" | "practice";
  "phrases-mode"?: "cards" | "practice";
  /**
   * Language of the widget's own words: `en`, `es`, `fr`, `de`, `pt`, `it` (the content's `labels`
   * can give any other). Default: the nearest ancestor's `lang`, else the content's.
   */
  lang?: string;
  /**
   * The call to action's link (your contact or booking page): shown at the end of the `cta`
   * section, or of any section whose content has an `action`. Default: the content's link, if any.
   */
  ctaHref?: string;
  "cta-href"?: string;
  /**
   * Present (or `true`): add the FAQ's schema.org `FAQPage` JSON-LD to the page's `<head>` while
   * the widget is there (mark one FAQ up on one page only). Default: off.
   */
  structuredData?: ReframeFlag;
  "structured-data"?: ReframeFlag;
  // /reframe:surface
  /** A whole content set (or its JSON text) instead of a bundled one. */
  inline?: ReframeContent | string;
}

/** Rich text: plain text with `**strong**`, `*emphasis*` and `[links](https://…)`. */
export type ReframeRichText = string;

/** A content set, as in `content/schema.json` of the repository. */
export interface ReframeContent {
  $schema?: string | null;
  /** BCP 47 language tag of the text, e.g. `en`. */
  lang: string;
  title: string;
  summary?: { label: string; text: ReframeRichText } | null;
  faq?: {
    title: string;
    items: { id: string; question: string; answer: ReframeRichText[] }[];
  } | null;
  phrases?: {
    title: string;
    intro?: ReframeRichText[];
    pairs: { instead: string; try: string }[];
    outro?: ReframeRichText[];
  } | null;
  sections?: {
    id: string;
    title: string;
    blocks: (
      | { paragraph: ReframeRichText }
      | { list: { term?: string | null; text: ReframeRichText }[] }
      | { subsection: { title: string; paragraphs: ReframeRichText[] } }
    )[];
    checklist?: boolean;
    action?: { label: string; url?: string | null } | null;
  }[];
  related?: { title: string; links: { title: string; url?: string | null }[] } | null;
}

/**
 * What `mount()` returns, right away. `open`, `close`, `toggleAll` and `search` are the
 * element's methods (see `ReframeWidgetElement`).
 */
export interface ReframeHandle
  extends Pick<ReframeWidgetElement, "open" | "close" | "toggleAll" | "search"> {
  /** Settles once the widget is mounted; rejects if WebAssembly cannot load (the fallback stays). */
  readonly ready: Promise<void>;
  /** Replaces the options and re-renders. */
  update(options: ReframeOptions): void;
  /** Removes the widget; the element's own children show again. */
  destroy(): void;
}

/**
 * Renders a widget into `element`, in its shadow root, with `options`. The element's own
 * children are the fallback until the widget has rendered.
 */
export function mount(element: HTMLElement, options?: ReframeOptions): ReframeHandle;

/**
 * Checks a content set (an object or its JSON text) by the widget's own rules, in the browser.
 * Resolves to the problems as `path: message` strings, none when the set is valid; rejects if
 * WebAssembly cannot load.
 */
export function validate(content: unknown): Promise<string[]>;

// reframe:surface ts-events
/** The `detail` of each event the widget dispatches (bubbling, composed). */
export interface ReframeEventDetails {
  /**
   * Fired when the widget has rendered. `content`: the content set's id (`inline` for inline JSON
   * and content from `src`, `markup` for the page's own FAQ markup).
   */
  "reframe:ready": { content: string };
  /**
   * Fired when an answer opened or closed, whatever did it (a click, a key, a link, find-in-page,
   * show/hide all, a search, single mode closing the open one): one event per answer, once it
   * shows its new state; an answer opened or closed in the pasted fallback before the widget took
   * over is reported right after `reframe:ready`.
   */
  "reframe:toggle": { id: string; open: boolean };
  /**
   * Fired when the search query changed (with more than 50 questions, once for the latest text of
   * fast typing). `count`: how many questions match.
   */
  "reframe:search": { query: string; count: number };
  /** Fired when a "Try" phrase or a question's link was copied. */
  "reframe:copy": { index: number } | { id: string };
  /**
   * Fired when the reader ticked or unticked an item of a self-check. `checked`: how many are
   * ticked.
   */
  "reframe:check": { checked: number };
  /**
   * Fired when the widget cannot render (e.g. WebAssembly unavailable, invalid inline content,
   * `src` not loaded); the fallback stays. `message`: as in the console; `reason`: `wasm`
   * (WebAssembly unavailable, or the widget's files failed), `network` (`src` not fetched:
   * offline, CORS, CSP, not a URL), `http` (an error status, in `status`), `too-large` (over the
   * size limit), `not-json`, `invalid` (not a valid content set; the message lists the field
   * paths), `other`; `src`: the absolute URL.
   */
  "reframe:error": { message: string; reason: string } | { message: string; reason: string; src: string } | { message: string; reason: string; src: string; status: number };
  /** `reframe:ready` under the name frameworks whose templates cannot hold a colon bind. */
  "reframe-ready": ReframeEventDetails["reframe:ready"];
  /** `reframe:toggle` under the name frameworks whose templates cannot hold a colon bind. */
  "reframe-toggle": ReframeEventDetails["reframe:toggle"];
  /** `reframe:search` under the name frameworks whose templates cannot hold a colon bind. */
  "reframe-search": ReframeEventDetails["reframe:search"];
  /** `reframe:copy` under the name frameworks whose templates cannot hold a colon bind. */
  "reframe-copy": ReframeEventDetails["reframe:copy"];
  /** `reframe:check` under the name frameworks whose templates cannot hold a colon bind. */
  "reframe-check": ReframeEventDetails["reframe:check"];
  /** `reframe:error` under the name frameworks whose templates cannot hold a colon bind. */
  "reframe-error": ReframeEventDetails["reframe:error"];
}
// /reframe:surface

/** Event name -> event type, for `addEventListener`. */
export type ReframeEventMap = {
  [K in keyof ReframeEventDetails]: CustomEvent<ReframeEventDetails[K]>;
};

/**
 * The `<reframe-widget>` element. Its attributes are the options, by attribute name, and each
 * has a property that reflects it; its listeners get the widget's events typed (through
 * `HTMLElementEventMap`, augmented below).
 */
export interface ReframeWidgetElement extends HTMLElement {
  // reframe:surface ts-element
  /**
   * Reflects the `content` attribute: id of a bundled content set (a file name in `content/`).
   * Default: the first, alphabetically. A string sets the `content` attribute (a bundled set's id);
   * a content set object shows that set, as inline JSON does (it wins over a JSON script child,
   * `src` and the attribute; `null` forgets it and removes the attribute); reading gives the object
   * while one is set, else the attribute.
   */
  get content(): string | ReframeContent;
  set content(value: string | ReframeContent | null);
  /**
   * Reflects the `src` attribute: URL of a content set's JSON (same origin, or one that allows it
   * by CORS), fetched without cookies and read by the rules of inline content; several widgets
   * naming one URL fetch it once. A JSON script child wins over `src`, which wins over `content`.
   * Default: none.
   */
  get src(): string;
  set src(value: string | null);
  /**
   * Reflects the `show` attribute: space-separated parts, rendered in this order: `summary`, `faq`,
   * `phrases`, `related`, and the set's section ids (for the seed: `reasons`, `avoid`, `talk`,
   * `next`, `signs`, `one-partner`, `takeaways`, `cta`). Default: `faq phrases`.
   */
  get show(): string;
  set show(value: string | readonly string[] | null);
  /**
   * Reflects the `mode` attribute: `multiple` (answers open independently), `single` (opening one
   * closes the others). Default: `multiple`.
   */
  get mode(): "single" | "multiple";
  set mode(value: "single" | "multiple" | null);
  /**
   * Reflects the `open` attribute: `first`, or space-separated question ids, open at first render.
   * Default: none.
   */
  get defaultOpen(): string;
  set defaultOpen(value: string | readonly string[] | null);
  /**
   * Reflects the `heading-level` attribute: `2`–`6`: level of the question headings; part titles
   * are one level above (never `h1`). Default: `3`.
   */
  get headingLevel(): 2 | 3 | 4 | 5 | 6;
  set headingLevel(value: ReframeHeadingLevel | null);
  /**
   * Reflects the `theme` attribute: `light`, `dark`, `auto` (a page whose `color-scheme` is only
   * `dark` or only `light` decides; otherwise the visitor's system setting). Default: `light`.
   */
  get theme(): "light" | "dark" | "auto";
  set theme(value: "light" | "dark" | "auto" | null);
  /**
   * Reflects the `search` attribute: present (or `true`): a search box over the questions and
   * answers, case- and accent-insensitive; matches are marked and opened, the count is announced,
   * Escape clears; with more than 50 questions the list is updated just after the typed character
   * is painted, so typing never waits for it (fast typing applies the latest text only). Default:
   * off.
   */
  searchBox: boolean;
  /**
   * Reflects the `phrases-mode` attribute: `cards` (both sides shown), `practice` (the reader
   * thinks first, then reveals "Try"). Default: `cards`.
   */
  get phrasesMode(): "cards" | "practice";
  set phrasesMode(value: "cards" | "practice" | null);
  /**
   * Reflects the `cta-href` attribute: the call to action's link (your contact or booking page):
   * shown at the end of the `cta` section, or of any section whose content has an `action`.
   * Default: the content's link, if any.
   */
  get ctaHref(): string;
  set ctaHref(value: string | null);
  /**
   * Reflects the `structured-data` attribute: present (or `true`): add the FAQ's schema.org
   * `FAQPage` JSON-LD to the page's `<head>` while the widget is there (mark one FAQ up on one page
   * only). Default: off.
   */
  structuredData: boolean;
  /**
   * Reflects the `loading` attribute: `lazy`: the widget renders, and the first one fetches the
   * WebAssembly, when it comes within about 500 px of the viewport; `eager`: at once (the loader's
   * own; `mount()` always starts at once). Default: `lazy`.
   */
  get loading(): "lazy" | "eager";
  set loading(value: "lazy" | "eager" | null);
  /**
   * A promise that settles once the widget is on screen or has refused its content (as `mount()`'s
   * `handle.ready`; a lazy widget's waits until it comes near the viewport); it rejects if
   * WebAssembly cannot load (the fallback stays).
   */
  readonly ready: Promise<void>;
  /**
   * Opens the answer to the question `id` (in `single` mode, closing the open one). Assigning to it
   * sets the `open` attribute (a string or list as its value, `true` present, `false` or `null`
   * absent), as frameworks do for a prop of that name.
   */
  get open(): (id: string) => void;
  set open(value: string | boolean | readonly string[] | null);
  /** Closes the answer to the question `id`. */
  close(id: string): void;
  /**
   * `true` opens every answer (in `single` mode, the first), `false` closes them all; left out, as
   * the "Show all" button: opens all unless all are open.
   */
  toggleAll(open?: boolean): void;
  /**
   * Searches the FAQ as the search box does (with or without the box shown), firing
   * `reframe:search`; `""` clears the search. Assigning to it sets the `search` attribute (a string
   * or list as its value, `true` present, `false` or `null` absent), as frameworks do for a prop of
   * that name.
   */
  get search(): (text: string) => void;
  set search(value: string | boolean | readonly string[] | null);
  // /reframe:surface
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: ReframeWidgetElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: ReframeWidgetElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/**
 * `<reframe-widget>` in JSX (React, Preact, Solid...): its attributes, by attribute name, and
 * the attributes every element has that pages set on it.
 */
export interface ReframeWidgetAttributes {
  // reframe:surface ts-attributes
  content?: string;
  src?: string;
  show?: string;
  mode?: "single" | "multiple";
  open?: string;
  "heading-level"?: ReframeHeadingLevel;
  theme?: "light" | "dark" | "auto";
  search?: ReframeFlag;
  "phrases-mode"?: "cards" | "practice";
  lang?: string;
  "cta-href"?: string;
  "structured-data"?: ReframeFlag;
  loading?: "lazy" | "eager";
  "onreframe-ready"?: (event: ReframeEventMap["reframe-ready"]) => void;
  "onreframe-toggle"?: (event: ReframeEventMap["reframe-toggle"]) => void;
  "onreframe-search"?: (event: ReframeEventMap["reframe-search"]) => void;
  "onreframe-copy"?: (event: ReframeEventMap["reframe-copy"]) => void;
  "onreframe-check"?: (event: ReframeEventMap["reframe-check"]) => void;
  "onreframe-error"?: (event: ReframeEventMap["reframe-error"]) => void;
  // /reframe:surface
  id?: string;
  class?: string;
  className?: string;
  slot?: string;
  hidden?: boolean;
  style?: unknown;
  key?: string | number;
  ref?: unknown;
  children?: unknown;
}

declare global {
  interface HTMLElementTagNameMap {
    "reframe-widget": ReframeWidgetElement;
  }
  // The global JSX namespace (TypeScript's `jsx` option, and the JSX types of Preact, Solid and
  // React before 19 merge into it); React 19's `React.JSX` is a module's, which a declaration
  // file cannot augment without making `react` a dependency.
  namespace JSX {
    interface IntrinsicElements {
      "reframe-widget": ReframeWidgetAttributes;
    }
  }
  // The events bubble and are composed: listeners on any element or the document get them.
  interface HTMLElementEventMap extends ReframeEventMap {}
  interface DocumentEventMap extends ReframeEventMap {}
}
