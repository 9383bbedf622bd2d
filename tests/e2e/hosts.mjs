// Host pages: each is a page a real site could produce, with the widget embedded by script tag
// from /reframe/ (the dist folder). Most are one article page (hosts/host-page.html) served
// the way different sites would: `page` fills its slots. `headers` are sent with the page;
// `frame` means the widget lives in the page's first iframe.
import { readFileSync } from "node:fs";

/** The strict policy of the embed contract: no inline scripts or styles, no eval. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** A second widget for the right-to-left page: Arabic content, inline. */
const ARABIC_WIDGET = `<reframe-widget id="arabic" open="first" search>
      <script type="application/json">
        { "lang": "ar", "title": "أسئلة",
          "labels": {
            "searchLabel": "ابحث في الأسئلة",
            "showAll": "اعرض كل الإجابات",
            "hideAll": "أخفِ كل الإجابات",
            "copyLink": "انسخ الرابط",
            "linkCopied": "نُسخ الرابط",
            "copyFailed": "تعذّر النسخ؛ حدّد النص وانسخه بنفسك",
            "noMatches": "لا توجد أسئلة تطابق «{q}».",
            "noMatchesHint": "جرّب كلمات أقل أو مختلفة.",
            "matches": { "one": "سؤال واحد يطابق البحث", "other": "عدد الأسئلة المطابقة: {n}" } },
          "faq": { "title": "الأسئلة الشائعة", "items": [
            { "id": "first", "question": "ماذا أفعل إذا رفض شريكي العلاج؟", "answer": ["ابدأ بنفسك: التغيير يمكن أن يبدأ من طرف واحد."] },
            { "id": "second", "question": "هل يمكن أن تتحسن العلاقة؟", "answer": ["نعم."] } ] } }
      </script>
    </reframe-widget>`;

/** The article page as each site serves it: path -> slots of hosts/host-page.html. */
const PAGES = {
  "/hosts/plain.html": { title: "Plain host page" },
  "/hosts/bootstrap.html": {
    title: "Bootstrap host page",
    head: '<link rel="stylesheet" href="/vendor/bootstrap/css/bootstrap.min.css" />',
    body: ' class="container py-4"',
    h1: ' class="display-5"',
    lead: ' class="lead"',
  },
  "/hosts/hostile.html": {
    title: "Hostile host page",
    head: '<link rel="stylesheet" href="hostile.css" />',
  },
  "/hosts/csp.html": { title: "Host page under a strict Content-Security-Policy" },
  "/hosts/rtl.html": {
    title: "Right-to-left host page",
    html: 'lang="ar" dir="rtl"',
    widget: ' lang="en"',
    extra: ARABIC_WIDGET,
  },
  "/hosts/no-webassembly.html": {
    title: "Host page without WebAssembly",
    head: '<script src="no-webassembly.js"></script>',
  },
  "/hosts/tampered-wasm.html": {
    title: "Host page whose CDN serves a changed WebAssembly file",
    loader: "/reframe-tampered-wasm/reframe.js",
  },
  "/hosts/wasm-404.html": {
    title: "Host page whose server answers 404 for the WebAssembly",
    loader: "/reframe-no-wasm/reframe.js",
  },
};

const TEMPLATE = readFileSync(new URL("./hosts/host-page.html", import.meta.url), "utf8");
const DEFAULTS = { html: 'lang="en"', head: "", loader: "/reframe/reframe.js", loaderAttributes: "", body: "", h1: "", lead: "", widget: "", extra: "" };

/** The article page with `page`'s slots filled (e.g. `loader`: the URL of reframe.js). */
export function articlePage(page) {
  const slots = { ...DEFAULTS, ...page };
  return TEMPLATE.replace(/\{\{(\w+)\}\}/g, (_, name) => slots[name]);
}

/** The HTML of the article page served at `path`, or undefined for other paths. */
export function hostPage(path) {
  const page = PAGES[path];
  return page && articlePage(page);
}

/** Pages where the widget renders; every rendering assertion runs on each. `plain` is first:
 * its typography is the reference the others must match. */
export const HOSTS = [
  { name: "plain", path: "/hosts/plain.html" },
  { name: "bootstrap", path: "/hosts/bootstrap.html" },
  { name: "hostile-css", path: "/hosts/hostile.html" },
  { name: "strict-csp", path: "/hosts/csp.html", headers: { "content-security-policy": STRICT_CSP } },
  { name: "iframe", path: "/hosts/iframe.html", frame: true },
  { name: "rtl", path: "/hosts/rtl.html" },
];

/** Response headers for a path, from the host list. */
export function headersFor(path) {
  return HOSTS.find((h) => h.path === path)?.headers ?? {};
}
