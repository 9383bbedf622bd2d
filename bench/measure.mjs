// The benchmark's browser measurements, in one Chromium session (tests/e2e/engines.mjs) on the
// bench server: cold loads to interactive, the widget at scale, and memory over mount/destroy
// cycles, search keystrokes typed by WebDriver. Each returns plain data for report.json.
import { readFileSync } from "node:fs";
import { Key } from "selenium-webdriver";
import { summarize } from "./stats.mjs";

/**
 * The pages compared for time to interactive, all showing the seed's six questions. The widget
 * as shipped starts lazily; "widget-eager" is the same page with loading="eager", to show what
 * lazy start costs a widget above the fold; "widget-fallback" has the fallback `reframe render`
 * prints pasted in, whose <details> a click opens before the widget takes over.
 */
export const PAGES = {
  widget: "/bench/widget.html",
  "widget-eager": "/bench/widget-eager.html",
  "widget-fallback": "/bench/widget-fallback.html",
  details: "/bench/details.html",
  "plain-js": "/bench/plain-js.html",
};

/** Pages made on request (for the bench server): widget-eager.html from widget.html. */
export function generatedPage(path) {
  if (path !== PAGES["widget-eager"]) return undefined;
  return readFileSync("bench/pages/widget.html", "utf8").replace("<reframe-widget ", '<reframe-widget loading="eager" ');
}

/** Polls `read()` until it returns a value other than null/undefined; fails naming `what`. */
async function poll(driver, what, read, timeout) {
  let value = null;
  try {
    await driver.wait(async () => (value = await read()) != null, timeout);
  } catch {
    throw new Error(`bench: timed out after ${timeout} ms waiting for ${what}`);
  }
  return value;
}

/** How long after interactive the long tasks of a slowed-down load are still counted. */
const SETTLE_MS = 1000;

/**
 * Loads every page `rounds` times, interleaved (the order rotates each round), each load cold:
 * the HTTP cache cleared and disabled (the server also sends no-store, which keeps the pages
 * out of the back/forward cache and the wasm out of the code cache), and garbage collected on
 * a blank page first, so no compiled wasm module survives from the load before.
 *
 * With `slowdown` above 1, the CPU is slowed down that many times (DevTools' CPU throttling,
 * as Lighthouse's mobile preset does with 4), and each load also reports the main thread's
 * long tasks from navigation until SETTLE_MS after interactive: the blocking time (the sum of
 * what each task takes over 50 ms, as Lighthouse's Total Blocking Time counts it) and the
 * longest task.
 */
export async function coldLoads(driver, origin, rounds, slowdown = 1) {
  const cdp = (command, params = {}) => driver.sendAndGetDevToolsCommand(command, params);
  await cdp("Network.enable");
  await cdp("Network.setCacheDisabled", { cacheDisabled: true });
  const names = Object.keys(PAGES);
  const samples = Object.fromEntries(
    names.map((name) => [name, { present: [], interactive: [], blocking: [], longest: [], shift: [], takeover: [], unstyled: [] }]),
  );
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      await driver.get("about:blank");
      await cdp("HeapProfiler.collectGarbage");
      await cdp("Network.clearBrowserCache");
      await cdp("Emulation.setCPUThrottlingRate", { rate: slowdown });
      await driver.get(origin + PAGES[name]);
      const result = await poll(
        driver,
        `${name}: its first question to be present and open on click (round ${round + 1})`,
        () =>
          driver.executeScript(`
            const b = window.__bench;
            // A widget's page is measured once the widget is there too (after the take-over).
            if (!b || b.interactive === null || (b.widget && b.ready === null)) return null;
            const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"));
            return { ...b, wasmTransfer: wasm ? wasm.transferSize : null };`),
        20000,
      );
      if (result.wasmTransfer === 0) throw new Error(`bench: ${name} got the wasm from a cache; the load was not cold`);
      samples[name].present.push(result.present);
      samples[name].interactive.push(result.interactive);
      // Layout shifts until two frames after the widget was ready (the loader keeps the
      // fallback's height in the frame after the render): all of them, and the take-over's.
      const shifts = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
        requestAnimationFrame(() => requestAnimationFrame(() => done(window.__bench)));`);
      const sum = (list) => Math.round(list.reduce((total, [, value]) => total + value, 0) * 10000) / 10000;
      samples[name].shift.push(sum(shifts.shifts));
      const takeover = sum(shifts.shifts.filter(([start]) => shifts.widget && start >= shifts.shownAt));
      // A pasted fallback never shown styled: the take-over's frame is also the styling's.
      if (name === "widget-fallback" && !shifts.styledShown) samples[name].unstyled.push(takeover);
      else samples[name].takeover.push(takeover);
      if (slowdown > 1) {
        // The blocking time counts the take-over too, which may come after interactive.
        const until = Math.max(result.interactive, result.ready ?? 0) + SETTLE_MS;
        const tasks = await poll(
          driver,
          `${name}: ${SETTLE_MS} ms after interactive (round ${round + 1})`,
          () =>
            driver.executeScript(
              "return performance.now() >= arguments[0] ? window.__bench.longTasks.filter(([start]) => start < arguments[0]) : null",
              until,
            ),
          20000,
        );
        samples[name].blocking.push(tasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0));
        samples[name].longest.push(Math.max(0, ...tasks.map(([, duration]) => duration)));
      }
      await cdp("Emulation.setCPUThrottlingRate", { rate: 1 });
    }
    console.log(`bench: cold loads${slowdown > 1 ? ` at ${slowdown}x CPU slowdown` : ""}, round ${round + 1} of ${rounds}`);
  }
  return Object.fromEntries(
    names.map((name) => {
      const s = samples[name];
      const result = {
        page: PAGES[name],
        present: summarize(s.present),
        interactive: summarize(s.interactive),
        samples: s.interactive.map((ms) => Math.round(ms * 10) / 10),
        shift: {
          max: Math.max(...s.shift),
          takeover: Math.max(0, ...s.takeover),
          loads: s.takeover.length,
          // Loads whose styled fallback was never painted, and their most shift at the take-over.
          unstyled: s.unstyled.length,
          unstyledMax: Math.max(0, ...s.unstyled),
        },
      };
      if (slowdown > 1) Object.assign(result, { blocking: summarize(s.blocking), longest: summarize(s.longest) });
      return [name, result];
    }),
  );
}

/** First render, toggles and keystrokes with `n` items (bench/pages/scale.js), `reps` times. */
export async function scale(driver, origin, sizes, reps) {
  const results = [];
  for (const n of sizes) {
    await driver.get(`${origin}/bench/scale.html`);
    await poll(driver, "the scale page's script", () => driver.executeScript("return window.__scale ? true : null"), 10000);
    const raw = await driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       window.__scale(arguments[0], arguments[1]).then(done, (e) => done({ error: String(e) }));`,
      n,
      reps,
    );
    if (raw.error) throw new Error(`bench: ${n} items: ${raw.error}`);
    const times = (list, key) => summarize(list.map((r) => r[key]));
    const mutations = (list) => ({
      min: Math.min(...list.map((r) => r.mutations)),
      max: Math.max(...list.map((r) => r.mutations)),
    });
    results.push({
      n,
      render: summarize(raw.render),
      allIn: summarize(raw.allIn),
      toggle: {
        script: times(raw.toggle, "script"),
        layout: times(raw.toggle, "layout"),
        mutations: mutations(raw.toggle),
        // Items other than the clicked one that changed, and changes outside any item.
        otherItemsTouched: raw.toggle.flatMap((r) => r.touchedItems.filter((i) => i !== r.item)),
        outsideItems: Math.max(...raw.toggle.map((r) => r.outside)),
      },
      firstKey: { script: times(raw.firstKey, "script"), layout: times(raw.firstKey, "layout"), mutations: mutations(raw.firstKey) },
      lastKey: { script: times(raw.lastKey, "script"), layout: times(raw.lastKey, "layout"), mutations: mutations(raw.lastKey) },
      clearKey: { script: times(raw.clearKey, "script"), layout: times(raw.clearKey, "layout"), mutations: mutations(raw.clearKey) },
    });
    console.log(`bench: ${n} items measured`);
  }
  return results;
}

/** The topic word WebDriver types, a key at a time, and then deletes letter by letter. */
const WORD = "budget";
const TYPED = [...WORD, ...Array(WORD.length).fill(Key.BACK_SPACE)];

/**
 * Keystrokes typed by WebDriver (trusted input, as a visitor's) into the search of a widget of
 * `n` items, `rounds` times, with the CPU slowed down `slowdown` times: each keystroke's
 * interaction as the Event Timing API measures it, key press to the next paint. Event Timing
 * reports only interactions of 16 ms and more; the others count as under 16.
 */
export async function typing(driver, origin, n, rounds, slowdown = 1) {
  const cdp = (command, params = {}) => driver.sendAndGetDevToolsCommand(command, params);
  const durations = [];
  for (let round = 0; round < rounds; round++) {
    await driver.get(`${origin}/bench/scale.html`);
    await poll(driver, "the scale page's script", () => driver.executeScript("return window.__typingPage ? true : null"), 10000);
    await driver.executeAsyncScript(`const done = arguments[arguments.length - 1]; window.__typingPage(arguments[0]).then(done);`, n);
    const input = await driver.executeScript("return window.__typing.shadowRoot.querySelector('input')");
    await input.click();
    await driver.sleep(300);
    await driver.executeScript("window.__interactions(true)");
    await cdp("Emulation.setCPUThrottlingRate", { rate: slowdown });
    try {
      for (const [i, key] of TYPED.entries()) {
        await input.sendKeys(key);
        await driver.sleep(400);
        const state = await driver.executeScript("return window.__searchState(window.__typing)");
        // The box holds what was typed so far; the whole word shows a tenth of the items, the
        // empty box all of them.
        const value = WORD.slice(0, i < WORD.length ? i + 1 : TYPED.length - 1 - i);
        const shown = value === WORD ? Math.ceil(n / 10) : value === "" ? n : state.shown;
        if (state.value !== value || state.shown !== shown) {
          throw new Error(`bench: typing: after ${i + 1} keys ${JSON.stringify(state)}, expected ${JSON.stringify({ value, shown })}`);
        }
      }
    } finally {
      await cdp("Emulation.setCPUThrottlingRate", { rate: 1 });
    }
    const reported = await driver.executeScript("return window.__interactions()");
    if (reported.length > TYPED.length) throw new Error(`bench: typing: ${reported.length} interactions for ${TYPED.length} keys`);
    durations.push(...reported, ...Array(TYPED.length - reported.length).fill(0));
  }
  const { median, max } = summarize(durations);
  return {
    n,
    slowdown,
    keystrokes: durations.length,
    atLeast16: durations.filter((d) => d >= 16).length,
    median,
    worst: max,
  };
}

/** JS heap, DOM counters and wasm memory before and after `cycles` mount/destroy cycles. */
export async function memory(driver, origin, cycles) {
  const cdp = (command, params = {}) => driver.sendAndGetDevToolsCommand(command, params);
  await driver.get(`${origin}/bench/memory.html`);
  await poll(driver, "the memory page's script", () => driver.executeScript("return window.__cycles ? true : null"), 10000);
  await driver.manage().setTimeouts({ script: 600000 });
  const run = (script, ...args) =>
    driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       ${script}.then(done, (e) => done({ error: String(e) }));`,
      ...args,
    );
  const sample = async () => {
    await cdp("HeapProfiler.collectGarbage");
    await cdp("HeapProfiler.collectGarbage");
    const heap = await cdp("Runtime.getHeapUsage");
    const dom = await cdp("Memory.getDOMCounters");
    return { jsHeap: heap.usedSize, wasm: await run("window.__wasmBytes()"), nodes: dom.nodes, listeners: dom.jsEventListeners };
  };
  // A few cycles first: the wasm loaded, the code warm, the first allocations made.
  const warm = await run("window.__cycles(arguments[0])", 5);
  if (warm.error) throw new Error(`bench: memory warm-up: ${warm.error}`);
  const before = await sample();
  const done = await run("window.__cycles(arguments[0])", cycles);
  if (done.error) throw new Error(`bench: memory cycles: ${done.error}`);
  const after = await sample();
  return { cycles, before, after };
}
