// Adds one widget whose inline content's only answer is `piece` repeated `n` times (both from
// the query string), and records in window.__worst how long, from adding it, the widget took to
// settle: `reframe:ready` or `reframe:error`, and the longest task of the main thread meanwhile.
const params = new URLSearchParams(location.search);
const answer = params.get("piece").repeat(Number(params.get("n")));
const content = {
  lang: "en",
  title: "Worst case",
  faq: { title: "FAQ", items: [{ id: "one", question: "Q?", answer: [answer] }] },
};
const result = { settled: null, event: null, longest: 0 };
new PerformanceObserver((list) => {
  for (const task of list.getEntries()) result.longest = Math.max(result.longest, task.duration);
}).observe({ type: "longtask" });

const widget = document.createElement("reframe-widget");
widget.setAttribute("loading", "eager");
const data = document.createElement("script");
data.type = "application/json";
data.textContent = JSON.stringify(content);
widget.append(data, Object.assign(document.createElement("p"), { textContent: "Fallback." }));
let start = 0;
for (const type of ["reframe:ready", "reframe:error"]) {
  document.addEventListener(type, () => {
    if (result.event) return;
    result.settled = performance.now() - start;
    result.event = type;
    // Long tasks are reported after they end: read them a moment later.
    setTimeout(() => (window.__worst = result), 200);
  });
}
await customElements.whenDefined("reframe-widget");
start = performance.now();
document.body.append(widget);
