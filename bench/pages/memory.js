// In-page part of the memory benchmark (bench/run.mjs forces garbage collection over the
// DevTools protocol between calls): window.__cycles(n) mounts the seed FAQ with the JavaScript
// API into a fresh element, waits until it has rendered (reframe:ready), destroys it and
// removes the element, n times;
// window.__wasmBytes() is the size of the WebAssembly instance's memory.
import { mount } from "/reframe/reframe.js";

// The wasm-bindgen module reframe.js loaded (inside it in a release build), from the page's
// registry that reframe.js keeps; its init returns the wasm exports once initialized, without
// loading anything again.
const core = () => globalThis[Symbol.for("reframe.registry")].core;

window.__cycles = async (n) => {
  const stage = document.getElementById("stage");
  for (let i = 0; i < n; i++) {
    const element = document.createElement("div");
    stage.append(element);
    // `ready` settles once mounted; the first render may land a moment later: wait for it.
    const rendered = new Promise((resolve) => element.addEventListener("reframe:ready", resolve, { once: true }));
    const handle = mount(element, { show: "faq", open: "first" });
    await Promise.all([handle.ready, rendered]);
    if (!element.shadowRoot?.querySelector(".faq-button")) throw new Error(`cycle ${i}: nothing rendered`);
    handle.destroy();
    element.remove();
  }
  return n;
};

window.__wasmBytes = async () => (await (await core()).default()).memory.buffer.byteLength;
