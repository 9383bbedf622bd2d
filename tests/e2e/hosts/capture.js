// Loaded first by every test host page: records what the page would show in its console
// (errors, warnings, uncaught exceptions, unhandled rejections) and the widget's events, for
// the end-to-end tests to read from window.__reframeLog.
(() => {
  const log = { errors: [], warnings: [], events: [] };
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
  for (const name of ["reframe:ready", "reframe:toggle", "reframe:error"]) {
    document.addEventListener(name, (e) => log.events.push({ type: e.type, detail: e.detail }));
  }
})();
