// Lazy start, in every engine: a widget far below the fold fetches nothing until it comes within
// about 500 px of the viewport, then renders; widgets share one WebAssembly download; a hidden
// widget renders when shown; a URL hash that may name a question starts every widget;
// loading="eager" renders at once, and a bad value warns and stays lazy. Host pages:
// hosts/lazy.html, hosts/lazy-eager.html.
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { selectedEngines } from "./engines.mjs";
import { it, openHarness } from "./harness.mjs";

/** What the page has fetched of the widget, and which widgets have rendered. */
const STATE = `
  const fetched = performance.getEntriesByType("resource").map((e) => e.name);
  return {
    wasm: fetched.filter((url) => url.endsWith(".wasm")).length,
    rendered: [...document.querySelectorAll("reframe-widget")]
      .filter((w) => w.shadowRoot?.querySelector(".faq-button, .card"))
      .map((w) => w.id),
    fallbackVisible: [...document.querySelectorAll("reframe-widget .fallback")]
      .filter((p) => p.getClientRects().length > 0)
      .map((p) => p.parentElement.id),
    scrollY: window.scrollY,
    log: window.__reframeLog,
  };`;

/**
 * Resolves once the page has loaded and two animation frames have passed: by then every
 * IntersectionObserver has delivered its first report, so a widget that was going to start has
 * started (an eager loader would have started before the load event).
 */
const SETTLED = `
  const done = arguments[arguments.length - 1];
  const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
  if (document.readyState === "complete") frames();
  else addEventListener("load", frames, { once: true });`;

/** Scrolls so that the top of widget `id` is `gap` px below the bottom of the viewport. */
const SCROLL_NEAR = `
  const top = document.getElementById(arguments[0]).getBoundingClientRect().top + scrollY;
  scrollTo(0, top - innerHeight - arguments[1]);`;

for (const engine of selectedEngines()) {
  describe(`${engine} lazy start`, () => {
    let h;
    let driver;

    before(async () => {
      h = await openHarness(engine);
      driver = h.driver;
    });

    after(async () => {
      await h?.close();
    });

    const state = () => driver.executeScript(STATE);
    const settled = () => driver.executeAsyncScript(SETTLED);
    const scrollNear = async (id, gap) => {
      await driver.executeScript(SCROLL_NEAR, id, gap);
      await settled();
    };

    it("fetches nothing for widgets far below the fold, then renders each as it comes near", async () => {
      const where = `[${engine} / lazy]`;
      await h.load("/hosts/lazy.html");
      await settled();
      let s = await state();
      assert.equal(s.wasm, 0, `${where} wasm fetches before scrolling`);
      assert.deepEqual(s.rendered, [], `${where} rendered before scrolling`);
      assert.deepEqual(s.fallbackVisible, ["first", "second"], `${where} fallbacks visible`);

      await scrollNear("first", 800);
      s = await state();
      assert.deepEqual([s.wasm, s.rendered], [0, []], `${where} 800 px below the viewport: not yet`);

      await scrollNear("first", 300);
      s = await h.waitFor(where, "the first widget to render", (s) => s.rendered.includes("first"), state);
      assert.deepEqual(s.rendered, ["first"], `${where} only the widget that came near`);
      assert.deepEqual(s.fallbackVisible, ["second"], `${where} the second keeps its fallback`);

      // Scrolled again while waiting: the page above may still be growing as the first widget
      // finishes rendering, which would push the second back out of reach.
      const nearSecond = async () => {
        await driver.executeScript(SCROLL_NEAR, "second", 300);
        return state();
      };
      s = await h.waitFor(where, "the second widget to render", (s) => s.rendered.includes("second"), nearSecond);
      assert.equal(s.wasm, 1, `${where} two widgets, one wasm fetch`);
      assert.deepEqual(s.rendered, ["first", "second"], `${where} the hidden widget stays unrendered`);

      await driver.executeScript(`document.getElementById("tab").hidden = false; scrollTo(0, 0)`);
      s = await h.waitFor(where, "the hidden widget to render once shown", (s) => s.rendered.includes("hidden"), state);
      assert.equal(s.wasm, 1, `${where} still one wasm fetch`);
      assert.deepEqual(s.log.errors, [], `${where} console errors`);
      assert.deepEqual(s.log.warnings, [], `${where} console warnings`);
    });

    it("starts every widget when the URL's hash may name a question, at load or later", async () => {
      const where = `[${engine} / lazy, linked]`;
      const opened = () =>
        driver.executeScript(`
          const root = document.getElementById("first").shadowRoot;
          return root ? [...root.querySelectorAll(".faq-button[aria-expanded=true]")].map((b) => b.id) : [];`);
      await driver.get("about:blank");
      await h.load("/hosts/lazy.html#is-refusal-a-red-flag");
      await h.waitFor(where, "the linked question, far below the fold, to open", (ids) => ids.includes("rf-q-is-refusal-a-red-flag"), opened);

      await driver.get("about:blank");
      await h.load("/hosts/lazy.html");
      await settled();
      assert.deepEqual((await state()).rendered, [], `${where} nothing rendered before the hash changes`);
      await driver.executeScript(`location.hash = "#why-partner-avoids-therapy"`);
      await h.waitFor(where, "the question the new hash names to open", (ids) => ids.includes("rf-q-why-partner-avoids-therapy"), opened);
      const s = await state();
      assert.equal(s.wasm, 1, `${where} one wasm fetch`);
      assert.deepEqual(s.log.errors, [], `${where} console errors`);
    });

    it('starts at once with loading="eager"; a bad value warns and stays lazy', async () => {
      const where = `[${engine} / lazy-eager]`;
      await h.load("/hosts/lazy-eager.html");
      let s = await h.waitFor(where, "the eager widget to render", (s) => s.rendered.includes("eager"), state);
      await settled();
      s = await state();
      assert.equal(s.scrollY, 0, `${where} rendered without scrolling`);
      assert.deepEqual(s.rendered, ["eager"], `${where} the bad value stays lazy`);
      assert.deepEqual(
        s.log.warnings,
        ['<reframe-widget>: ignoring loading="soon"; allowed: lazy, eager. Using the default "lazy".'],
        `${where} one warning for the bad value`,
      );
      await scrollNear("bad", 300);
      s = await h.waitFor(where, "the lazy widget to render near", (s) => s.rendered.includes("bad"), state);
      assert.equal(s.wasm, 1, `${where} one wasm fetch`);
      assert.deepEqual(s.log.errors, [], `${where} console errors`);
    });
  });
}
