// TypeScript declarations for reframe-widget (dist/reframe.js): `mount`, its handle and
// options, `validate`, the <reframe-widget> element and its DOM events. Hand-written from
// www/reframe.js and src/embed/events.rs; tests/package/usage.ts compiles against them.
// Everything declared here is the embed contract, versioned with semantic versioning.

/** Heading levels the `heading-level` attribute accepts (part titles are one level above). */
export type ReframeHeadingLevel = 2 | 3 | 4 | 5 | 6 | "2" | "3" | "4" | "5" | "6";

/** A boolean option: `true` (or `"true"`, `"on"`, `""`) turns it on; `false` or omitted, off. */
export type ReframeFlag = boolean | "" | "true" | "on" | "false" | "off";

/**
 * Options of `mount()` and `handle.update()`: the element's attributes, by attribute name
 * (`"heading-level"`) or in camelCase (`headingLevel`). Arrays are joined with spaces. A bad
 * value logs a console warning naming the option and the default is used.
 */
export interface ReframeOptions {
  /** Id of a bundled content set. Default: the first, alphabetically. */
  content?: string;
  /** Parts to show, in order: `summary`, `faq`, `phrases`, `related`, or a section id. */
  show?: string | readonly string[];
  /** `multiple` (answers open independently, the default) or `single`. */
  mode?: "single" | "multiple";
  /** `first`, or ids of the questions open at first render. */
  open?: string | readonly string[];
  /** Level of the question headings, 2–6 (default 3). */
  headingLevel?: ReframeHeadingLevel;
  "heading-level"?: ReframeHeadingLevel;
  /** `light` (default), `dark`, or `auto` (the page's color-scheme, else the system's). */
  theme?: "light" | "dark" | "auto";
  /** A search box over the questions and answers. */
  search?: ReframeFlag;
  /** `cards` (both sides shown, the default) or `practice` (think first, then reveal). */
  phrasesMode?: "cards" | "practice";
  "phrases-mode"?: "cards" | "practice";
  /** Language of the widget's own words: `en`, `es`. */
  lang?: string;
  /** The call to action's link. */
  ctaHref?: string;
  "cta-href"?: string;
  /** Add the FAQ's schema.org FAQPage JSON-LD to the page's `<head>` while mounted. */
  structuredData?: ReframeFlag;
  "structured-data"?: ReframeFlag;
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

/** What `mount()` returns, right away. */
export interface ReframeHandle {
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

/** The `detail` of each event the widget dispatches (bubbling, composed). */
export interface ReframeEventDetails {
  /** The widget has rendered. */
  "reframe:ready": { content: string };
  /** A visitor opened or closed an answer. */
  "reframe:toggle": { id: string; open: boolean };
  /** The search query changed; `count`: matching questions. */
  "reframe:search": { query: string; count: number };
  /** A "Try" phrase (`index`) or a question's link (`id`) was copied. */
  "reframe:copy": { index: number } | { id: string };
  /** A self-check item was ticked or unticked; `checked`: how many are ticked. */
  "reframe:check": { checked: number };
  /** The widget cannot render; the fallback stays. */
  "reframe:error": { message: string };
}

/** Event name -> event type, for `addEventListener`. */
export type ReframeEventMap = {
  [K in keyof ReframeEventDetails]: CustomEvent<ReframeEventDetails[K]>;
};

/**
 * The `<reframe-widget>` element. Its attributes are the options, by attribute name; its
 * listeners get the widget's events typed (through `HTMLElementEventMap`, augmented below).
 */
export interface ReframeWidgetElement extends HTMLElement {
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

declare global {
  interface HTMLElementTagNameMap {
    "reframe-widget": ReframeWidgetElement;
  }
  // The events bubble and are composed: listeners on any element or the document get them.
  interface HTMLElementEventMap extends ReframeEventMap {}
  interface DocumentEventMap extends ReframeEventMap {}
}
