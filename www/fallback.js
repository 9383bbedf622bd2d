// fallback.js: the fallback `reframe render` prints, pasted inside <reframe-widget>, from the
// moment this loader runs until the widget takes it over. Its questions are native <details>,
// so it is a working accordion with no script; this module (bundled into reframe.js by the
// release build) gives it the widget's look, and hands what the reader did with it to the widget.
//
// The look is a constructed stylesheet adopted by the document (a strict CSP's `style-src`
// allows it, as it allows the widget's own), scoped to `reframe-widget > .reframe`, the root
// `reframe render` writes: widgets without a pasted fallback, and the page's own FAQ markup,
// are not touched. Its rules repeat www/reframe.css's for the parts the fallback has (the same
// class names), and leave blank the room the widget's controls will take (search box, "Show
// all answers", copy buttons), so that the take-over moves nothing on the page.
// tests/e2e/fallback-stylesheet.test.mjs fails when a value repeated here differs from
// reframe.css's.

/** The fallback's root among the element's children (what `reframe render` writes). */
const ROOT = ":scope > .reframe";

/** A search box is shown: the attribute is present and not off (as the widget reads it). */
const SEARCH = `:is([search=""],[search=true i],[search=on i])`;

/**
 * The stylesheet. `&` stands for `.reframe` (the root) and `$` for nothing, each scoped to a
 * root that is a child of the element without adding to the selector's specificity, so that
 * each rule has exactly the specificity of the rule of www/reframe.css it repeats (`.reframe p`
 * there is `& p` here, `.card-text` is `$ .card-text`) and the rules win over each other as
 * they do in the widget. The blank room kept for the widget's controls is generated boxes
 * with the controls' own display, font size, line of text, padding and (transparent) borders,
 * so that it is as tall as they are at any text size and pixel density, in every engine's
 * rounding (WebKit rounds line heights to whole pixels); the search box's room is in the FAQ's
 * title (before its margin rather than after: the same height), as one box cannot hold both.
 */
const RULES = `
reframe-widget:not([hidden]):has(>.reframe){display:block}
&{all:initial;display:block;box-sizing:border-box;font-family:var(--reframe-font-family,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif);font-size:var(--reframe-font-size,medium);line-height:1.55;color:var(--rf-text);background:var(--rf-bg);border-radius:var(--reframe-radius,.75em);padding:var(--reframe-padding,0);overflow-wrap:break-word;text-align:start;color-scheme:light;--rf-text:var(--reframe-text,light-dark(#1d2327,#e8eaed));--rf-bg:var(--reframe-background,light-dark(transparent,#17191c));--rf-surface:var(--reframe-surface,light-dark(#f3f5f4,#22262b));--rf-border:var(--reframe-border,light-dark(#c3c4c7,#4a5058));--rf-accent:var(--reframe-accent,light-dark(#1f6b5a,#7fd1b9));--rf-focus:var(--reframe-focus,light-dark(#1f5fbf,#8ab4f8));--rf-instead:var(--reframe-instead,light-dark(#9a2e23,#ffb4a8));--rf-instead-bg:var(--reframe-instead-background,light-dark(#fbf1ef,#3a2320));--rf-try:var(--reframe-try,light-dark(#1a6a44,#9be0b5));--rf-try-bg:var(--reframe-try-background,light-dark(#edf6f0,#1c3327))}
reframe-widget[theme=dark i]>.reframe{color-scheme:dark;padding:var(--reframe-padding,1.5em 1.25em)}
reframe-widget[theme=auto i]>.reframe{color-scheme:light dark}
@media (prefers-color-scheme:dark){reframe-widget[theme=auto i]>.reframe{padding:var(--reframe-padding,1.5em 1.25em)}}
& *,& *::before,& *::after{box-sizing:inherit}
& p,& ul,& ol{margin:0 0 .85em}
& ul,& ol{padding-inline-start:1.4em}
& li+li{margin-top:.35em}
& a{color:var(--rf-accent);text-decoration:underline;text-underline-offset:.15em}
& :focus-visible{outline:3px solid var(--rf-focus);outline-offset:2px}
$ .part+.part{margin-top:calc(2em*var(--reframe-spacing,1))}
$ .part-title{margin:0 0 .6em;font-size:1.35em;line-height:1.25;font-weight:700;color:var(--rf-text)}
$ .sub-title{margin:1.2em 0 .4em;font-size:1.05em;line-height:1.3;font-weight:700}
$ .summary{padding:1em 1.15em;border-inline-start:4px solid var(--rf-accent);background:var(--rf-surface);border-radius:.5em}
$ .summary p{margin:0}
$ .summary-label{display:block;color:var(--rf-accent);font-size:.8em;letter-spacing:.06em;text-transform:uppercase;margin-bottom:.3em}
$ .accordion{border-bottom:1px solid var(--rf-border)}
$ .faq-item{border-top:1px solid var(--rf-border)}
$ .faq-heading{margin:0;font:inherit}
$ .faq-summary{display:flex;align-items:flex-start;justify-content:space-between;gap:1em;padding:calc(.9em*var(--reframe-spacing,1)) .25em;font-size:1.05em;font-weight:650;line-height:1.4;color:var(--rf-text);cursor:pointer;border-radius:.25em;list-style:none}
$ .faq-summary::-webkit-details-marker{display:none}
$ .faq-summary:hover .faq-heading{color:var(--rf-accent);text-decoration:underline;text-underline-offset:.15em}
$ .faq-summary:focus-visible{outline:3px solid var(--rf-focus);outline-offset:-3px}
$ .faq-summary::after{content:"";box-sizing:border-box;flex:none;width:1.4em;height:1.4em;border:2px solid;border-radius:50%;color:var(--rf-accent);margin-top:.02em;background:linear-gradient(currentColor,currentColor) 50%/.7em 2px no-repeat,linear-gradient(currentColor,currentColor) 50%/2px .7em no-repeat}
$ [open]>.faq-summary::after{background-size:.7em 2px,0 0}
$ .faq-answer{padding:0 .25em .6em;color:var(--rf-text)}
& .cards{list-style:none;margin:1.2em 0;padding:0;display:grid;gap:1em;grid-template-columns:repeat(auto-fit,minmax(min(100%,16em),1fr))}
$ .cards>li+li{margin-top:0}
$ .card{display:flex;flex-direction:column;border:1px solid var(--rf-border);border-radius:.75em;overflow:hidden;background:var(--rf-bg)}
$ .card-side{padding:.9em 1em 1em}
$ .card-instead{background:var(--rf-instead-bg)}
$ .card-try{flex:1;background:var(--rf-try-bg);border-top:1px dashed var(--rf-border)}
$ .card-label{display:inline-flex;align-items:center;gap:.4em;font-size:.8em;font-weight:700;letter-spacing:.06em;text-transform:uppercase}
$ .card-instead .card-label{color:var(--rf-instead)}
$ .card-try .card-label{color:var(--rf-try)}
$ .card-icon{font-size:1.1em;line-height:1}
$ .card-text{margin:.35em 0 0}
$ .card-try .card-text{font-weight:600}
& .cta-link{display:inline-block;padding:.7em 1.3em;font-weight:700;color:light-dark(#fff,#10231d);background:var(--rf-accent);border-radius:999px;text-decoration:none}
$ .faq-item:not([open])::after{content:"";display:block;height:.6em}
$ .faq>.part-title::after,$ .accordion::before,$ [open]>.faq-answer::after,$ .card-try::after{display:none;content:"\\a0";content:"\\a0"/"";line-height:1.55;font-weight:400;border:0 solid transparent}
reframe-widget${SEARCH}>.reframe .faq>.part-title::after{display:block;font-size:calc(1em/1.35);padding-bottom:calc(2.7em + max(2.75em,2.55em + 4px))}
$ .accordion:has(>:nth-child(2))::before{display:block;box-sizing:border-box;min-height:2.25em;font-size:.9em;padding:.35em 0;border-block-width:1.5px;margin-bottom:.75em}
reframe-widget[mode=single i]>.reframe .accordion::before{display:none}
$ [open]>.faq-answer::after,reframe-widget:not([phrases-mode=practice i])>.reframe .card-try::after{display:inline-block;box-sizing:border-box;min-height:2.25em;font-size:.8em;padding:.35em .85em;border-block-width:1.5px}
$ [open]>.faq-answer::after{margin-bottom:.4em}
$ .card-try::after{margin-top:.75em}
@media print{&{color:#000;background:none}$ .faq-summary::after,$ .part-title::after,$ .accordion::before,$ .faq-item::after,$ .faq-answer::after,$ .card-try::after{display:none!important}$ .card{break-inside:avoid}$ .faq-item::details-content{content-visibility:visible}}
@media (forced-colors:active){$ .faq-summary::after{forced-color-adjust:none;color:CanvasText}}`;

/**
 * Adopts the fallback's stylesheet into the document, once however many copies of the loader
 * run (`shared`: the page's registry), and makes a single-mode fallback keep one answer open.
 * Engines without constructable stylesheets keep the plain fallback, which works as it is.
 */
export function styleFallbacks(shared) {
  if (shared.fallbackStyled || typeof document !== "object") return;
  shared.fallbackStyled = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RULES.replaceAll("&", ".reframe:where(reframe-widget>*)").replaceAll("$", ":where(reframe-widget>.reframe)"));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets: the fallback reads and works unstyled.
  }
  // `toggle` does not bubble: listened to in the capture phase, for every widget of the page.
  document.addEventListener(
    "toggle",
    (event) => {
      const item = event.target;
      if (!item.open || !item.matches?.(`reframe-widget[mode=single i]>.reframe details.faq-item`)) return;
      for (const other of item.closest("reframe-widget").querySelectorAll(`${ROOT} details.faq-item[open]`)) {
        if (other !== item) other.open = false;
      }
    },
    true,
  );
}

/**
 * What the reader has done with `element`'s pasted FAQ: its questions (`id`, `open`) in order,
 * and the question whose summary, or the link of whose answer (`link`: its index), has focus;
 * null when the element has no pasted FAQ.
 */
export function readFallback(element) {
  const details = [...element.querySelectorAll(`${ROOT} details.faq-item`)];
  const items = details
    .map((item) => ({ id: item.querySelector(":scope > summary > [id]")?.id, open: item.open, item }))
    .filter((item) => item.id);
  if (items.length === 0) return null;
  const active = document.activeElement;
  const at = items.find(({ item }) => item.contains(active));
  let focus = null;
  if (at) {
    const links = [...at.item.querySelectorAll(".faq-answer a")];
    focus = { id: at.id, link: links.indexOf(active) };
  }
  return { items: items.map(({ id, open }) => ({ id, open })), focus };
}

/**
 * The ids of the answers the widget opens at first render, by the `open` option (`first`, or
 * ids) and `mode`, as the widget reads them (one in single mode): the state the pasted
 * fallback started in, when it was rendered with the element's options.
 */
function initiallyOpen(options, ids) {
  const open = [];
  for (const word of (options.open ?? "").split(/\s+/)) {
    const id = word.toLowerCase() === "first" ? ids[0] : ids.includes(word) ? word : null;
    if (id && !open.includes(id)) open.push(id);
  }
  return /^single$/i.test(options.mode?.trim() ?? "") ? open.slice(0, 1) : open;
}

/**
 * The `open` option that carries the fallback's state into the widget: the ids of its open
 * answers (in single mode the first, as the fallback keeps only one open once this module runs).
 */
export function carriedOpen(options, fallback) {
  const open = fallback.items.filter((item) => item.open).map((item) => item.id);
  return (/^single$/i.test(options.mode?.trim() ?? "") ? open.slice(0, 1) : open).join(" ");
}

/**
 * Once the widget has rendered: gives the focus the reader had in the fallback to the
 * matching control of the shadow root (the question's button, or the same link of its answer)
 * without scrolling, puts the page back where it was (`scroll`: [x, y]) if anything moved it,
 * and calls `toggled(id, open)` for each answer the reader opened or closed in the fallback
 * (the closed ones, then the opened ones, in the FAQ's order, as the widget reports them).
 */
export function handOver(element, options, fallback, scroll, toggled) {
  const { focus, items } = fallback;
  const root = element.shadowRoot;
  if (focus && root) {
    const target =
      focus.link >= 0
        ? root.getElementById(`rf-a-${focus.id}`)?.querySelectorAll("a")[focus.link]
        : root.getElementById(`rf-q-${focus.id}`);
    target?.focus(Object.assign(Object.create(null), { preventScroll: true }));
  }
  if (scrollX !== scroll[0] || scrollY !== scroll[1]) scrollTo(scroll[0], scroll[1]);
  const ids = items.map((item) => item.id);
  const before = initiallyOpen(options, ids);
  const now = carriedOpen(options, fallback).split(" ");
  const changed = (open) => ids.filter((id) => before.includes(id) !== now.includes(id) && now.includes(id) === open);
  for (const id of changed(false)) toggled(id, false);
  for (const id of changed(true)) toggled(id, true);
}
