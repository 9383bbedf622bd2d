// Destroyed widgets leave nothing behind, Chromium only: only Chromium's DevTools protocol can
// force garbage collection and count DOM nodes and event listeners (Memory.getDOMCounters).
// Mounts and destroys a widget with every control (questions, search, "show all", practice and
// copy buttons, a self-check) many times on one page, with a click and a search each time.
// Before the fix, each cycle left the widget's root element and one listener per event type
// behind: Yew's delegated listeners, which it never removes (src/widget/listen.rs).
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { selectedEngines } from "./engines.mjs";
import { it, openHarness } from "./harness.mjs";

const CYCLES = 30;

/**
 * In the page: `cycles(n)` mounts a widget with the JavaScript API into a fresh element, waits
 * for reframe:ready, opens the second question, searches, destroys it and removes the element,
 * n times; the last widget's root element (inside its shadow root) stays in `window.__lastRoot`
 * as a WeakRef.
 */
const CYCLE = `
  const done = arguments[arguments.length - 1];
  (async () => {
    const { mount } = await import("/reframe/reframe.js");
    const options = {
      show: "faq phrases signs", search: true, mode: "multiple", phrasesMode: "practice", open: "first",
    };
    for (let i = 0; i < arguments[0]; i++) {
      const element = document.createElement("div");
      document.body.append(element);
      const rendered = new Promise((resolve) => element.addEventListener("reframe:ready", resolve, { once: true }));
      const handle = mount(element, options);
      await Promise.all([handle.ready, rendered]);
      const root = element.shadowRoot;
      for (const selector of [".faq-button", ".expand-all", ".card-reveal", ".search-input", 'input[type="checkbox"]']) {
        if (!root.querySelector(selector)) throw new Error("cycle " + i + ": no " + selector);
      }
      root.querySelectorAll(".faq-button")[1].click();
      const search = root.querySelector(".search-input");
      search.value = "therapy";
      search.dispatchEvent(new InputEvent("input", { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve));
      window.__lastRoot = new WeakRef(root.querySelector(".mount"));
      handle.destroy();
      element.remove();
    }
  })().then(() => done(null), (error) => done(String(error)));`;

for (const engine of selectedEngines().filter((name) => name === "chromium")) {
  describe(`${engine} (DevTools protocol, Chromium only) destroyed widgets`, () => {
    let h;
    let driver;

    before(async () => {
      h = await openHarness(engine);
      driver = h.driver;
      await driver.manage().setTimeouts({ script: 120000 });
    });

    after(async () => {
      await h?.close();
    });

    const cdp = (command, params = {}) => driver.sendAndGetDevToolsCommand(command, params);
    const counters = async () => {
      await cdp("HeapProfiler.collectGarbage");
      await cdp("HeapProfiler.collectGarbage");
      return cdp("Memory.getDOMCounters");
    };
    const cycles = async (n) => assert.equal(await driver.executeAsyncScript(CYCLE, n), null, "the cycles ran");

    it("leave no DOM nodes or event listeners after mount/destroy cycles (Chromium only)", async (t) => {
      await h.load("/hosts/plain.html");
      await cycles(3); // the wasm loaded, the shared stylesheet made
      const start = await counters();
      await cycles(CYCLES);
      const end = await counters();
      const nodes = end.nodes - start.nodes;
      const listeners = end.jsEventListeners - start.jsEventListeners;
      t.diagnostic(`[${engine}] after ${CYCLES} cycles: ${nodes} DOM nodes, ${listeners} listeners more`);
      // Before the fix: CYCLES nodes and 2 × CYCLES listeners or more (one per event type).
      assert.ok(nodes < CYCLES / 3, `[${engine}] ${nodes} DOM nodes more after ${CYCLES} cycles`);
      assert.ok(listeners < CYCLES / 3, `[${engine}] ${listeners} event listeners more after ${CYCLES} cycles`);
      assert.equal(
        await driver.executeScript("return window.__lastRoot.deref() === undefined"),
        true,
        `[${engine}] the last destroyed widget's root element was not garbage-collected`,
      );
    });
  });
}
