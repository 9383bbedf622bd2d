// In-page timings for the benchmark at scale (bench/run.mjs calls window.__scale(n, reps)):
// a <reframe-widget search loading="eager"> with the generated content set of n items as
// inline content. All times are performance.now() differences in ms:
// - render: element appended -> reframe:ready (its first render is in the DOM); all in: element
//   appended -> every question and every answer's text in the DOM (a long accordion adds its
//   later questions, and its closed answers, after its first render);
// - toggle: click on a question -> the update done (script: click until the next task, when
//   Yew's scheduled render has run; layout: plus the style and layout it forces), and every DOM
//   mutation it causes until two frames later, with the items they touched;
// - keystroke: the search input's value changed by one character and an input event -> the
//   list updated (script, and plus layout), for the first letter of a topic, for its last, and
//   for clearing the box (every question back). An accordion of more than 50 questions updates
//   its list after the next frame (the typed character paints first), so this includes waiting
//   for that frame;
// - for keystrokes typed by WebDriver (trusted events), window.__interactions() gives what the
//   Event Timing API measured of each: from the key press to the next paint.
const nextTask = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(null);
});
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const twoFrames = async () => {
  await nextFrame();
  await nextFrame();
  await nextTask();
};

/** Resolves once `root` holds all `n` questions and every answer panel has its text. */
async function allIn(root, n) {
  while (root.querySelectorAll(".faq-item").length < n || root.querySelector(".faq-answer:empty")) await nextTask();
}

/**
 * Creates a widget for `text` (a content set's JSON, `n` items); resolves with it, its render
 * time and the time until every question and answer is in the DOM.
 */
async function render(text, n) {
  const widget = document.createElement("reframe-widget");
  widget.setAttribute("loading", "eager");
  widget.setAttribute("search", "");
  widget.setAttribute("show", "faq");
  const script = document.createElement("script");
  script.type = "application/json";
  script.textContent = text;
  widget.append(script);
  const ready = new Promise((resolve) => widget.addEventListener("reframe:ready", () => resolve(performance.now()), { once: true }));
  const start = performance.now();
  document.getElementById("stage").append(widget);
  const ms = (await ready) - start;
  await allIn(widget.shadowRoot, n);
  return { widget, ms, allInMs: performance.now() - start };
}

/**
 * Runs `change()` and times it until the next task (or until `done`, a promise made before, has
 * resolved); records the mutations it causes in `root` until two frames later.
 */
async function measure(root, change, done = null) {
  const records = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  const start = performance.now();
  change();
  await (done ?? nextTask());
  const script = performance.now() - start;
  root.host.getBoundingClientRect(); // forces the style and layout the change needs
  const layout = performance.now() - start;
  await twoFrames();
  records.push(...observer.takeRecords());
  observer.disconnect();
  const items = [...root.querySelectorAll(".faq-item")];
  const touched = new Set();
  let outside = 0;
  for (const record of records) {
    const node = record.target.nodeType === Node.ELEMENT_NODE ? record.target : record.target.parentElement;
    const item = node?.closest(".faq-item");
    if (item) touched.add(items.indexOf(item));
    else outside += 1;
  }
  return { script, layout, mutations: records.length, touchedItems: [...touched].sort((a, b) => a - b), outside };
}

/** Sets the search input's value, as one keystroke would. */
function type(input, value) {
  input.value = value;
  input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true, data: value.slice(-1) }));
}

/**
 * Resolves at the task after the widget's next `reframe:search` event, which comes as it applies
 * a search: the list is updated in microtasks right after.
 */
const searched = (widget) => new Promise((resolve) => widget.addEventListener("reframe:search", () => resolve(nextTask()), { once: true }));

/** Types `value` into the widget's search as one keystroke, and times it until the list is updated. */
const key = (widget, value) => {
  const input = widget.shadowRoot.querySelector("input");
  return measure(widget.shadowRoot, () => type(input, value), searched(widget));
};

// Event Timing entries of 16 ms and more (the least it reports) since the last __interactions(true).
const events = [];
new PerformanceObserver((list) => events.push(...list.getEntries())).observe({ type: "event", durationThreshold: 16 });

/**
 * The keyboard interactions Event Timing reported since the last call with `reset` (16 ms and
 * more: shorter ones go unreported), as the duration of each, key press to next paint.
 */
window.__interactions = (reset = false) => {
  const longest = new Map();
  for (const e of events) {
    if (e.interactionId && e.name.startsWith("key")) longest.set(e.interactionId, Math.max(longest.get(e.interactionId) ?? 0, e.duration));
  }
  if (reset) events.length = 0;
  return [...longest.values()];
};

/** Shows a widget of `n` items with search, every question in, for WebDriver to type into (window.__typing). */
window.__typingPage = async (n) => {
  const text = await (await fetch(`/generated/content-${n}.json`)).text();
  window.__typing = (await render(text, n)).widget;
  await twoFrames();
};

/** The questions `widget` shows, and its search box's text. */
window.__searchState = (widget) => ({
  shown: widget.shadowRoot.querySelectorAll(".faq-item:not([hidden]) .faq-button").length,
  value: widget.shadowRoot.querySelector("input").value,
});

window.__scale = async (n, reps) => {
  const text = await (await fetch(`/generated/content-${n}.json`)).text();
  const out = { n, render: [], allIn: [], toggle: [], firstKey: [], lastKey: [], clearKey: [] };
  // Load the WebAssembly first, untimed: only rendering is measured here.
  (await render(text, n)).widget.remove();
  await twoFrames();
  let widget;
  for (let i = 0; i < reps; i++) {
    widget?.remove();
    await twoFrames();
    const rendered = await render(text, n);
    widget = rendered.widget;
    out.render.push(rendered.ms);
    out.allIn.push(rendered.allInMs);
  }
  const root = widget.shadowRoot;
  // The questions a visitor sees (a search hides the others).
  const buttons = () => [...root.querySelectorAll(".faq-item:not([hidden]) .faq-button")];
  if (buttons().length !== n) throw new Error(`rendered ${buttons().length} questions, expected ${n}`);
  for (let i = 0; i < reps; i++) {
    const index = Math.floor(n / 2) + (i % 5) - 2;
    const button = buttons()[Math.max(0, index)];
    const before = button.getAttribute("aria-expanded");
    const result = await measure(root, () => button.click());
    if (button.getAttribute("aria-expanded") === before) throw new Error(`a click on question ${index} did not toggle it`);
    out.toggle.push({ ...result, item: Math.max(0, index), opened: before === "false" });
  }
  for (let i = 0; i < reps; i++) {
    out.firstKey.push(await key(widget, "b"));
    if (buttons().length !== Math.ceil(n / 10)) throw new Error(`"b" matches ${buttons().length} questions, expected ${Math.ceil(n / 10)}`);
    await key(widget, "budge");
    await twoFrames();
    out.lastKey.push(await key(widget, "budget"));
    if (buttons().length !== Math.ceil(n / 10)) throw new Error(`"budget" matches ${buttons().length} questions, expected ${Math.ceil(n / 10)}`);
    out.clearKey.push(await key(widget, ""));
    if (buttons().length !== n) throw new Error(`clearing the search shows ${buttons().length} questions, expected ${n}`);
  }
  widget.remove();
  return out;
};
