// ?font=<size> on a test page sets the widgets' base font size (--reframe-font-size), the way
// a visitor's larger default text size would.
(() => {
  const size = new URLSearchParams(location.search).get("font");
  if (size) document.documentElement.style.setProperty("--reframe-font-size", size);
})();
