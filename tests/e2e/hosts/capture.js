// Loaded first by every test host page: records what the page would show in its console
// (errors, warnings, uncaught exceptions, unhandled rejections), Content-Security-Policy
// violations, the widget's events (under both names), and the computed style of the host's own probe elements
// before the widget loads, for the end-to-end tests to read from window.__reframeLog.
(() => {
  const log = { errors: [], warnings: [], events: [], dashed: [], csp: [], probesBefore: null };
  window.__reframeLog = log;
  const text = (args) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(" ");
  const { error, warn } = console;
  console.error = (...args) => {
    log.errors.push(text(args));
    error.apply(console, args);
  };
  console.warn = (...args) => {
    log.warnings.push(text(args));
    warn.apply(console, args);
  };
  window.addEventListener("error", (e) => log.errors.push(`uncaught: ${e.message}`));
  window.addEventListener("unhandledrejection", (e) =>
    log.errors.push(`unhandled rejection: ${e.reason && e.reason.message ? e.reason.message : e.reason}`),
  );
  document.addEventListener("securitypolicyviolation", (e) =>
    log.csp.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
  );
  for (const name of ["reframe:ready", "reframe:toggle", "reframe:search", "reframe:copy", "reframe:check", "reframe:error"]) {
    document.addEventListener(name, (e) => log.events.push({ type: e.type, detail: e.detail }));
    // The same events under their dashed names, apart.
    document.addEventListener(name.replace(":", "-"), (e) => log.dashed.push({ type: e.type, detail: e.detail }));
  }
  /** Computed style of the host's own elements marked data-probe. */
  window.__reframeProbes = () =>
    [...document.querySelectorAll("[data-probe]")].map((el) => {
      const s = getComputedStyle(el);
      return {
        probe: el.dataset.probe,
        style: ["display", "font-family", "font-size", "line-height", "letter-spacing", "margin-top", "padding-left", "color", "background-color", "box-sizing"]
          .map((p) => `${p}: ${s.getPropertyValue(p)}`)
          .join("; "),
      };
    });
  document.addEventListener("DOMContentLoaded", () => {
    log.probesBefore = window.__reframeProbes();
  });
})();
