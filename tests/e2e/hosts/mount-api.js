// A script using the JavaScript API, through the second copy of the module.
import { mount } from "/reframe/reframe.js?v=2";

const handle = mount(document.querySelector("#api"), { show: ["phrases"], headingLevel: 2 });
handle.ready.then(() => {
  // What the widget showed when `ready` settled: it must already be on screen.
  const root = document.querySelector("#api").shadowRoot;
  document.querySelector("#api").dataset.cardsAtReady = String(root?.querySelectorAll(".card").length ?? 0);
});
