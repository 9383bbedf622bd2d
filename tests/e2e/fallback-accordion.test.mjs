// End-to-end tests of the pasted fallback as a working accordion (hosts/fallback.html, under a
// strict CSP): its <details> open and close, styled like the widget by reframe.js, while the
// WebAssembly has not arrived or never does; the widget's take-over carries over what the
// reader did (open answers, focus, scroll) without moving the page, and reports the answers
// opened in the fallback as reframe:toggle once ready; print and find-in-page reach every
// answer; axe-core is clean before and after the take-over. Three engines.
//
// The WebAssembly is held back by the test server until a test lets it through (`gate`), so
// that the reader's actions happen, every time, before the take-over.
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { By, Key } from "selenium-webdriver";
import { selectedEngines } from "./engines.mjs";
import { STRICT_CSP } from "./hosts.mjs";
import { SHOTS, it, openHarness } from "./harness.mjs";

const DIST = process.env.REFRAME_DIST ?? "dist";
const SEED = JSON.parse(readFileSync("content/partner-refuses-therapy.json", "utf8"));
const IDS = SEED.faq.items.map((item) => item.id);
const QUESTIONS = SEED.faq.items.map((item) => item.question);

/** hosts/fallback.html with reframe.js included from `loader` by the page's own script tag. */
const FALLBACK_PAGE = readFileSync("tests/e2e/hosts/fallback.html", "utf8");
const withLoader = (loader) => {
  const page = FALLBACK_PAGE.replace(
    '<script src="load-after-paint.js"></script>',
    `<script type="module" src="${loader}"></script>`,
  );
  assert.notEqual(page, FALLBACK_PAGE, "fallback.html includes load-after-paint.js");
  return page;
};
/**
 * The engines that open a closed <details> for a link to text in it, as for find-in-page.
 * Chromium's find-in-page does too, but it does not follow a text fragment in a page that
 * WebDriver loads, and WebDriver cannot press Ctrl+F: there only window.find() is checked.
 */
const REVEALS_DETAILS = ["firefox", "webkit"];
/** The pages: the WebAssembly held back until the test lets it through, or never there (404). */
const GATED = "/hosts/fallback-gated.html";
/** The gated page with the widget in single mode (its fallback is the same markup). */
const SINGLE = "/hosts/fallback-single.html";
const BLOCKED = "/hosts/fallback-blocked.html";

/** A route answering `body` (text, or bytes) with `type`, under the strict CSP for a page. */
const answer = (type, body) => (request, response) => {
  const csp = type.startsWith("text/html") ? { "content-security-policy": STRICT_CSP } : {};
  response.writeHead(200, { "content-type": type, "cache-control": "no-store", ...csp });
  response.end(body);
};

/** The WebAssembly's gate: closed by `close()`, opened by `open()`. */
const gate = {
  passed: Promise.resolve(),
  open: () => {},
  close() {
    this.passed = new Promise((resolve) => (this.open = resolve));
  },
};

const ROUTES = {
  [GATED]: answer("text/html; charset=utf-8", withLoader("/gated/reframe.js")),
  [BLOCKED]: answer("text/html; charset=utf-8", withLoader("/reframe-no-wasm/reframe.js")),
  [SINGLE]: answer(
    "text/html; charset=utf-8",
    withLoader("/gated/reframe.js").replace("<reframe-widget ", '<reframe-widget mode="single" '),
  ),
  "/gated/reframe.js": async (request, response) =>
    answer("text/javascript; charset=utf-8", await readFile(`${DIST}/reframe.js`))(request, response),
  "/gated/reframe-core_bg.wasm": async (request, response) => {
    await gate.passed;
    answer("application/wasm", await readFile(`${DIST}/reframe-core_bg.wasm`))(request, response);
  },
};

/** In the page: the fallback's questions (`open`, whether the answer shows) and styling. */
const FALLBACK_STATE = `
  const widget = document.querySelector("reframe-widget");
  const items = [...widget.querySelectorAll(":scope > .reframe details.faq-item")];
  const summary = items[0]?.querySelector("summary");
  return {
    open: items.map((d) => d.open),
    answersShown: items.map((d) => d.querySelector(".faq-answer p").checkVisibility()),
    questions: items.map((d) => d.querySelector("summary h3").textContent),
    styled: !!summary && getComputedStyle(summary).display === "flex",
    shadow: !!widget.shadowRoot,
    log: window.__reframeLog,
  };`;

/** In the page: the widget's questions, which is focused, the scroll and the events. */
const WIDGET_STATE = `
  const widget = document.querySelector("reframe-widget");
  const root = widget.shadowRoot;
  const buttons = root ? [...root.querySelectorAll(".faq-button")] : [];
  return {
    expanded: buttons.map((b) => b.getAttribute("aria-expanded") === "true"),
    focused: document.activeElement === widget ? root.activeElement?.id ?? null : document.activeElement?.tagName,
    scroll: [scrollX, scrollY],
    events: window.__reframeLog.events,
    log: window.__reframeLog,
  };`;

/**
 * In the page: where the things a reader sees are, in the viewport: each question (summary or
 * button), each phrase card, and the host's text after the widget. Equal before and after the
 * take-over means the page did not move.
 */
const PLACES = `
  const widget = document.querySelector("reframe-widget");
  const root = widget.shadowRoot && widget.shadowRoot.querySelector(".reframe") ? widget.shadowRoot : widget;
  const top = (el) => Math.round(el.getBoundingClientRect().top * 10) / 10;
  return {
    questions: [...root.querySelectorAll(root === widget ? "summary" : ".faq-button")].map(top),
    cards: [...root.querySelectorAll(".card")].map(top),
    after: top(document.getElementById("after")),
  };`;

/** Fails unless every place in `now` is within half a pixel of the same in `before`. */
function assertUnmoved(now, before, message) {
  const near = (a, b) => Array.isArray(a) ? a.length === b.length && a.every((x, i) => near(x, b[i])) : Math.abs(a - b) <= 0.5;
  const same = Object.keys(before).every((key) => near(now[key], before[key]));
  assert.ok(same, `${message}\nbefore: ${JSON.stringify(before)}\nafter:  ${JSON.stringify(now)}`);
}

/** Resolves after two animation frames: what the last change did has been laid out. */
const TWO_FRAMES = `const done = arguments[arguments.length - 1];
  requestAnimationFrame(() => requestAnimationFrame(() => done()));`;

for (const engine of selectedEngines()) {
  describe(`${engine}: the pasted fallback as an accordion`, () => {
    let h;
    before(async () => {
      h = await openHarness(engine, { routes: ROUTES });
    });
    after(async () => {
      gate.open();
      await h?.close();
    });

    const fallbackState = () => h.driver.executeScript(FALLBACK_STATE);
    const widgetState = () => h.driver.executeScript(WIDGET_STATE);
    const summary = async (index) => (await h.driver.findElements(By.css("reframe-widget summary")))[index];
    /** Loads the gated page and waits until reframe.js has styled the fallback. */
    const loadGated = async (where, page = GATED) => {
      gate.close();
      await h.load(page);
      return h.waitFor(where, "the fallback to be styled by reframe.js", (s) => s.styled, fallbackState);
    };
    const letThrough = async (where) => {
      gate.open();
      await h.waitFor(where, "the widget to render", (s) => s.expanded.length === 6 && s.events.some((e) => e.type === "reframe:ready"), widgetState);
      await h.driver.executeAsyncScript(TWO_FRAMES);
    };

    it("opens and closes with the WebAssembly blocked, styled as the widget", async () => {
      const where = `[${engine} / WebAssembly blocked]`;
      await h.load(BLOCKED);
      let s = await h.waitFor(
        where,
        "reframe:error (the WebAssembly answers 404)",
        (s) => s.log.events.some((e) => e.type === "reframe:error"),
        fallbackState,
      );
      assert.deepEqual(s.questions, QUESTIONS, `${where} every question`);
      assert.equal(s.styled, true, `${where} the fallback is styled (the summary is a flex row)`);
      assert.equal(s.shadow, false, `${where} no shadow root: the fallback is what shows`);
      assert.deepEqual(s.open, [false, false, false, false, false, false], `${where} closed, as the widget starts`);
      assert.deepEqual(s.answersShown, s.open, `${where} closed answers are not shown`);
      await h.clickSettled(await summary(1));
      s = await fallbackState();
      assert.deepEqual(s.open, [false, true, false, false, false, false], `${where} a click opens the answer`);
      assert.deepEqual(s.answersShown, s.open, `${where} the open answer shows`);
      // The keyboard: Enter on the focused question, as on the widget's button.
      await h.driver.executeScript(`document.querySelectorAll("reframe-widget summary")[3].focus()`);
      await h.press(Key.ENTER);
      await h.press(Key.SPACE);
      await h.driver.executeScript(`document.querySelectorAll("reframe-widget summary")[4].focus()`);
      await h.press(Key.SPACE);
      s = await h.waitFor(where, "Enter and Space to toggle", (s) => s.open[4], fallbackState);
      assert.deepEqual(s.open, [false, true, false, false, true, false], `${where} Enter opened, Space closed, Space opened`);
      await h.clickSettled(await summary(1));
      s = await fallbackState();
      assert.deepEqual(s.open, [false, false, false, false, true, false], `${where} a second click closes it`);
      assert.deepEqual(s.answersShown, s.open, `${where} answers shown`);
      assert.deepEqual(s.log.csp, [], `${where} securitypolicyviolation events`);
      await h.screenshot("fallback-accordion");
      await h.axeCheck(`${where} the fallback with an answer open`);
    });

    it("reaches closed answers by find-in-page, and prints every answer", async () => {
      const where = `[${engine} / find and print]`;
      await h.load(BLOCKED);
      await h.waitFor(where, "reframe:error", (s) => s.log.events.some((e) => e.type === "reframe:error"), fallbackState);
      // window.find() searches the page's text as find-in-page does: the answers are there.
      const found = await h.driver.executeScript(`return window.find("a short-term process for couples")`);
      assert.equal(found, true, `${where} the text of a closed answer is found`);
      // The browser's own find-in-page opens a closed <details> that holds a match (HTML's
      // ancestor revealing algorithm, where the engine implements it); so does a link to the
      // text (a text fragment), which a test can follow where it cannot press Ctrl+F.
      await h.load(`${BLOCKED}#:~:text=a%20short-term%20process%20for%20couples`);
      const s = await h.waitFor(where, "reframe:error", (s) => s.log.events.some((e) => e.type === "reframe:error"), fallbackState);
      console.log(`${where} after a link to the text: open ${JSON.stringify(s.open)}`);
      if (REVEALS_DETAILS.includes(engine)) {
        assert.deepEqual(s.open, [false, false, false, false, false, true], `${where} the link to the text opened the answer`);
      }
      // Print: the stylesheet shows closed answers' content (::details-content), in every engine
      // that has that pseudo-element; Chromium can print-emulate to show it.
      const supported = await h.driver.executeScript(`return CSS.supports("selector(::details-content)")`);
      console.log(`${where} ::details-content supported: ${supported}`);
      if (engine === "chromium") {
        assert.equal(supported, true);
        await h.driver.executeScript(`document.querySelectorAll("reframe-widget details").forEach((d) => (d.open = false))`);
        await h.driver.sendDevToolsCommand("Emulation.setEmulatedMedia", { media: "print" });
        try {
          const p = await fallbackState();
          assert.deepEqual(p.open, [false, false, false, false, false, false], `${where} all closed`);
          assert.deepEqual(p.answersShown, [true, true, true, true, true, true], `${where} every answer printed`);
          const icons = await h.driver.executeScript(
            `return getComputedStyle(document.querySelector("reframe-widget summary"), "::after").display`,
          );
          assert.equal(icons, "none", `${where} no icon in print`);
          await writeFile(`${SHOTS}/${engine}-fallback-print.pdf`, await h.driver.printPage(), "base64");
        } finally {
          await h.driver.sendDevToolsCommand("Emulation.setEmulatedMedia", { media: "" });
        }
      }
    });

    it("carries the open answers, the focus and the scroll into the widget, and reports them", async () => {
      const where = `[${engine} / take-over]`;
      const rect = await h.driver.manage().window().getRect();
      await h.driver.manage().window().setRect({ width: 1000, height: 700 });
      try {
        await loadGated(where);
        await h.axeCheck(`${where} the styled fallback before the take-over`);
        await h.clickSettled(await summary(1));
        // The reader opens the fourth with the keyboard, and keeps the focus on it.
        await h.driver.executeScript(`document.querySelectorAll("reframe-widget summary")[3].focus()`);
        await h.press(Key.ENTER);
        await h.driver.executeScript(`scrollTo(0, 180)`);
        const s = await h.waitFor(where, "two answers open", (s) => s.open[1] && s.open[3], fallbackState);
        assert.deepEqual(s.open, [false, true, false, true, false, false], `${where} the fallback's state`);
        await h.driver.executeAsyncScript(TWO_FRAMES);
        const before = await h.driver.executeScript(PLACES);
        const scroll = (await widgetState()).scroll;
        await letThrough(where);
        const w = await widgetState();
        assert.deepEqual(w.expanded, [false, true, false, true, false, false], `${where} the widget's open answers`);
        assert.equal(w.focused, `rf-q-${IDS[3]}`, `${where} the focus is on the matching question button`);
        assert.deepEqual(w.scroll, scroll, `${where} the scroll position`);
        assertUnmoved(await h.driver.executeScript(PLACES), before, `${where} nothing moved on screen`);
        const events = w.events.map((e) => (e.type === "reframe:toggle" ? `${e.detail.id} ${e.detail.open}` : e.type));
        assert.deepEqual(
          events,
          ["reframe:ready", `${IDS[1]} true`, `${IDS[3]} true`],
          `${where} the answers opened in the fallback, reported once ready`,
        );
        assert.deepEqual(w.log.errors, [], `${where} console errors`);
        assert.deepEqual(w.log.warnings, [], `${where} console warnings`);
        assert.deepEqual(w.log.csp, [], `${where} securitypolicyviolation events`);
        // The keyboard goes on from the focused button: Enter closes that answer.
        await h.press(Key.ENTER);
        await h.waitFor(where, "Enter on the focused button", (w) => !w.expanded[3], widgetState);
        await h.axeCheck(`${where} the widget after the take-over`);
        // An option changed later keeps the reader's answers open.
        await h.driver.executeScript(`document.querySelector("reframe-widget").setAttribute("heading-level", "4")`);
        const later = await h.waitFor(
          where,
          "the re-render with heading-level 4",
          (w) => w.levels === "H4",
          () =>
            h.driver.executeScript(`${WIDGET_STATE.replace("return {", `return { levels: root.querySelector(".faq-heading").tagName,`)}`),
        );
        assert.deepEqual(later.expanded, [false, true, false, false, false, false], `${where} kept after an update`);
      } finally {
        await h.driver.manage().window().setRect(rect);
      }
    });

    it("keeps one answer open in single mode, in the fallback and after the take-over", async () => {
      const where = `[${engine} / single mode]`;
      await loadGated(where, SINGLE);
      await h.clickSettled(await summary(0));
      await h.clickSettled(await summary(2));
      const s = await h.waitFor(where, "the first answer to close", (s) => !s.open[0], fallbackState);
      assert.deepEqual(s.open, [false, false, true, false, false, false], `${where} opening one closed the other`);
      await letThrough(where);
      const w = await widgetState();
      assert.deepEqual(w.expanded, [false, false, true, false, false, false], `${where} the widget's open answer`);
      const events = w.events.map((e) => (e.type === "reframe:toggle" ? `${e.detail.id} ${e.detail.open}` : e.type));
      assert.deepEqual(events, ["reframe:ready", `${IDS[2]} true`], `${where} the events`);
      assert.deepEqual(w.log.warnings, [], `${where} console warnings`);
    });

    for (const [width, height] of [
      [1280, 1100],
      [390, 844],
    ]) {
      it(`takes over without moving the page, ${width} x ${height}`, async () => {
        const where = `[${engine} / no layout shift, ${width} x ${height}]`;
        const rect = await h.driver.manage().window().getRect();
        await h.driver.manage().window().setRect({ width, height });
        try {
          await loadGated(where);
          await h.clickSettled(await summary(0));
          await h.driver.executeScript(`scrollTo(0, 0)`);
          await h.driver.executeAsyncScript(TWO_FRAMES);
          const before = await h.driver.executeScript(PLACES);
          const shiftsBefore = await h.driver.executeScript(`return window.__reframeShifts.shifts.length`);
          await letThrough(where);
          const now = await h.driver.executeScript(PLACES);
          assertUnmoved(now, before, `${where} questions, cards and the text after the widget stay where they were`);
          const record = await h.driver.executeScript(`return window.__reframeShifts`);
          if (record.supported) {
            const shifts = record.shifts.slice(shiftsBefore).filter((s) => !s.hadRecentInput);
            const cls = shifts.reduce((sum, s) => sum + s.value, 0);
            console.log(`${where} cumulative layout shift at the take-over: ${cls}`);
            assert.equal(cls, 0, `${where} layout shift at the take-over: ${JSON.stringify(shifts)}`);
          }
          assert.equal(engine !== "chromium" || record.supported, true, `${where} Chromium reports layout shifts`);
        } finally {
          await h.driver.manage().window().setRect(rect);
        }
      });
    }
  });
}
