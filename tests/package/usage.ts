// How a TypeScript project uses the published package. tests/e2e/package.test.mjs copies this
// file next to the unpacked tarball (node_modules/reframe-widget) and compiles it with
// `tsc --noEmit --strict`: the declarations must resolve through the package's `exports` and
// accept every documented use, and the `@ts-expect-error` lines prove they are not `any`.
import { mount, validate } from "reframe-widget";
import type { ReframeContent, ReframeHandle, ReframeOptions } from "reframe-widget";
import { mount as mountAgain } from "reframe-widget/reframe.js";

const content: ReframeContent = {
  lang: "en",
  title: "Our FAQ",
  faq: { title: "FAQ", items: [{ id: "hours", question: "When are you open?", answer: ["Weekdays."] }] },
};
const options: ReframeOptions = {
  show: ["faq", "phrases"],
  mode: "single",
  open: "first",
  headingLevel: 2,
  "heading-level": "4",
  theme: "auto",
  search: true,
  phrasesMode: "practice",
  ctaHref: "/contact",
  "structured-data": "",
  inline: content,
};

const element = document.createElement("div");
const handle: ReframeHandle = mount(element, options);
const ready: Promise<void> = handle.ready;
handle.update({ show: "faq", inline: JSON.stringify(content) });
handle.destroy();
mountAgain(element).destroy();
void ready;
const problems: Promise<string[]> = validate('{ "lang": "en" }');
void problems.then((list) => list.map((problem) => problem.toUpperCase()));

const widget = document.querySelector("reframe-widget");
widget?.addEventListener("reframe:toggle", (event) => {
  const open: boolean = event.detail.open;
  const id: string = event.detail.id;
  void [open, id];
});
widget?.addEventListener("reframe:copy", (event) => {
  const what: number | string = "index" in event.detail ? event.detail.index : event.detail.id;
  void what;
});
document.addEventListener("reframe:ready", (event) => void event.detail.content.toUpperCase());
document.body.addEventListener("reframe:search", (event) => void event.detail.count.toFixed());
const created = document.createElement("reframe-widget");
created.addEventListener("reframe:error", (event) => void event.detail.message.trim());
created.addEventListener("click", (event) => void event.clientX);

// @ts-expect-error: not a mode
mount(element, { mode: "both" });
// @ts-expect-error: heading levels are 2 to 6
mount(element, { headingLevel: 1 });
// @ts-expect-error: mount needs an element
mount(null, {});
widget?.addEventListener("reframe:check", (event) => {
  // @ts-expect-error: `checked` is a count
  const checked: boolean = event.detail.checked;
  void checked;
});
// @ts-expect-error: a question needs an answer
const broken: ReframeContent = { lang: "en", title: "x", faq: { title: "FAQ", items: [{ id: "a", question: "?" }] } };
void broken;

// The element's API: a property per attribute, `ready`, the methods, and JSX.
const faq = document.createElement("reframe-widget");
faq.mode = "single";
faq.headingLevel = "4";
const level: 2 | 3 | 4 | 5 | 6 = faq.headingLevel;
faq.searchBox = true;
faq.structuredData = false;
faq.show = ["faq", "summary"];
faq.defaultOpen = "first";
faq.phrasesMode = "practice";
faq.ctaHref = "/contact";
faq.src = null;
faq.loading = "eager";
faq.content = content;
faq.content = "partner-refuses-therapy";
const shownContent: string | ReframeContent = faq.content;
const faqReady: Promise<void> = faq.ready;
faq.open("hours");
faq.close("hours");
faq.toggleAll();
faq.toggleAll(false);
faq.search("open");
handle.open("hours");
handle.toggleAll(true);
void [level, shownContent, faqReady];
const jsx: JSX.IntrinsicElements["reframe-widget"] = {
  content: "partner-refuses-therapy",
  mode: "single",
  "heading-level": 2,
  search: true,
  class: "faq",
  "onreframe-toggle": (event) => void event.detail.open.valueOf(),
};
void jsx;

// @ts-expect-error: not a mode
faq.mode = "both";
// Assigning to `open` or `search` sets the attribute, as frameworks do for a prop of that name.
faq.open = "first";
faq.search = true;
faq.search = "off";
// @ts-expect-error: the attribute takes text or a flag
faq.open = 3;
// @ts-expect-error: open() takes a question's id
faq.open(3);
// @ts-expect-error: `ready` is read-only
faq.ready = Promise.resolve();
// @ts-expect-error: a boolean property
faq.searchBox = "yes";
// @ts-expect-error: heading levels are 2 to 6
const badJsx: JSX.IntrinsicElements["reframe-widget"] = { "heading-level": 7 };
void badJsx;
