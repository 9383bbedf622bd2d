// Includes the widget's loader once the page has painted, as a slow network would: the
// layout-shift test needs the fallback on screen before the widget takes over, every time.
requestAnimationFrame(() => setTimeout(() => import("/reframe/reframe.js")));
