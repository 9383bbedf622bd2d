// Loaded first by the fallback host page: records layout shifts (where the engine reports
// them), the first contentful paint and when the widget was ready, for the layout-shift test
// to read from window.__reframeShifts.
(() => {
  const record = { supported: false, shifts: [], firstPaint: null, ready: null };
  window.__reframeShifts = record;
  const types = (typeof PerformanceObserver === "function" && PerformanceObserver.supportedEntryTypes) || [];
  if (types.includes("layout-shift")) {
    record.supported = true;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        record.shifts.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          time: entry.startTime,
          sources: (entry.sources || []).map((s) => ({
            node: s.node ? s.node.id || s.node.nodeName : "?",
            from: [s.previousRect.y, s.previousRect.height],
            to: [s.currentRect.y, s.currentRect.height],
          })),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
  }
  if (types.includes("paint")) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === "first-contentful-paint") record.firstPaint = entry.startTime;
      }
    }).observe({ type: "paint", buffered: true });
  }
  document.addEventListener("reframe:ready", () => {
    record.ready ??= performance.now();
  });
})();
