// Loaded first by the benchmark's host pages: measures, from navigation start (performance.now()
// counts from it), when the page's first FAQ question is present and when a click on it has
// opened it: the widget's first header button (in its shadow root), the plain-JavaScript
// accordion's first button, or the first <summary>; and every long task (over 50 ms) of the main
// thread, as [start, duration]. For a page with a widget, also when it was ready
// (reframe:ready), and the layout shifts, as [start, value], with the time of the first frame
// that began with the widget's shadow root there (`shownAt`): the shifts laid out from then on
// are the take-over's (a frame's shifts come after its start). Results go to window.__bench.
(() => {
  const bench = (window.__bench = {
    present: null,
    interactive: null,
    longTasks: [],
    widget: false,
    ready: null,
    shifts: [],
    shownAt: null,
    styledShown: false,
  });
  if (PerformanceObserver.supportedEntryTypes?.includes("longtask")) {
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) bench.longTasks.push([task.startTime, task.duration]);
    }).observe({ type: "longtask", buffered: true });
  }
  if (PerformanceObserver.supportedEntryTypes?.includes("layout-shift")) {
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries()) if (!shift.hadRecentInput) bench.shifts.push([shift.startTime, shift.value]);
    }).observe({ type: "layout-shift", buffered: true });
  }
  document.addEventListener("reframe:ready", () => (bench.ready ??= performance.now()));
  // Whether a frame showed the pasted fallback styled by reframe.js before the take-over: when
  // none did, the frame after reframe.js ran showed the widget already, and the shift from the
  // plain fallback to it is the styling's as much as the take-over's.
  const styled = () => {
    const summary = document.querySelector("reframe-widget > .reframe summary");
    return !!summary && getComputedStyle(summary).display === "flex";
  };
  const watch = (time) => {
    const widget = document.querySelector("reframe-widget");
    bench.widget ||= !!widget;
    if (widget?.shadowRoot) {
      bench.shownAt = time;
      return;
    }
    bench.styledShown ||= styled();
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);

  const firstQuestion = () =>
    document.querySelector("reframe-widget")?.shadowRoot?.querySelector(".faq-button") ??
    document.querySelector(".accordion button[aria-expanded], details > summary");
  const isOpen = (q) => (q.localName === "summary" ? q.parentElement.open : q.getAttribute("aria-expanded") === "true");

  let clicked = false;
  function check() {
    if (clicked) return;
    const question = firstQuestion();
    if (!question) return;
    clicked = true;
    bench.present = performance.now();
    const opened = () => {
      if (bench.interactive === null && isOpen(question)) bench.interactive = performance.now();
      return bench.interactive !== null;
    };
    // The widget may update a microtask after the click: watch the attribute.
    new MutationObserver((_, observer) => opened() && observer.disconnect()).observe(question.parentElement, {
      attributes: true,
      subtree: true,
    });
    question.click();
    opened();
  }

  // Look whenever the light DOM changes, when a widget says it is ready, and on every frame.
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener("reframe:ready", check);
  const frame = () => {
    check();
    if (!clicked) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
