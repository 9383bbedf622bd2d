// End-to-end tests of the static fallback (`reframe render`, pasted in hosts/fallback.html):
// read with scripts off, taken over by the widget without layout shift, printed, and the
// `structured-data` attribute's JSON-LD under a strict Content-Security-Policy. Same engines,
// server and conventions as widget.test.mjs; pictures land in target/e2e/.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { By } from "selenium-webdriver";
import { selectedEngines, startSession } from "./engines.mjs";
import { STRICT_CSP } from "./hosts.mjs";
import { startServer } from "./server.mjs";

const DIST = process.env.REFRAME_DIST ?? "dist";
const SHOTS = "target/e2e";
const PAGE = "/hosts/fallback.html";
/** The cumulative layout shift the widget's takeover may cause (issue 23: none). */
const MAX_CLS = 0;

/** The seed's questions, answers (plain text) and phrases, read from its content file. */
const SEED = JSON.parse(await readFile("content/partner-refuses-therapy.json", "utf8"));
const QUESTIONS = SEED.faq.items.map((item) => item.question);
const ANSWERS = SEED.faq.items.flatMap((item) => item.answer);
const PHRASES = SEED.phrases.pairs.flatMap((pair) => [pair.instead, pair.try]);

/** The WebAssembly's gate (the layout-shift test holds it back): `close()`, then `open()`. */
const gate = {
  passed: Promise.resolve(),
  open: () => {},
  close() {
    this.passed = new Promise((resolve) => (this.open = resolve));
  },
};

async function serve() {
  return startServer({
    mounts: { "/reframe/": DIST, "/hosts/": "tests/e2e/hosts" },
    headers: (path) => (path === PAGE ? { "content-security-policy": STRICT_CSP } : {}),
    routes: {
      "/reframe/reframe-core_bg.wasm": async (request, response) => {
        await gate.passed;
        const wasm = await readFile(`${DIST}/reframe-core_bg.wasm`);
        response.writeHead(200, { "content-type": "application/wasm", "cache-control": "no-store" });
        response.end(wasm);
      },
    },
  });
}

/** Polls `read()` until `test` passes; fails naming what it waited for and the last value. */
async function waitFor(driver, what, read, test = Boolean, timeout = 15000) {
  let last;
  try {
    await driver.wait(async () => test((last = await read())), timeout);
  } catch {
    assert.fail(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
  }
  return last;
}

/** Resolves after two animation frames, so whatever the last render changed has been laid out. */
const TWO_FRAMES = `const done = arguments[arguments.length - 1];
  requestAnimationFrame(() => requestAnimationFrame(() => done()));`;

/** Waits until the first widget has rendered its six questions and fired reframe:ready. */
const widgetReady = (driver) =>
  waitFor(
    driver,
    "the widget to render and fire reframe:ready",
    () =>
      driver.executeScript(`
        const root = document.querySelector("reframe-widget").shadowRoot;
        return !!root && root.querySelectorAll(".faq-button").length === 6 &&
          window.__reframeLog.events.some((e) => e.type === "reframe:ready");`),
  );

for (const engine of selectedEngines()) {
  describe(`${engine}: with scripts off`, () => {
    let driver;
    let server;
    before(async () => {
      server = await serve();
      driver = await startSession(engine, { javascript: false });
      await mkdir(SHOTS, { recursive: true });
    });
    after(async () => {
      await driver?.quit();
      await server?.close();
    });

    it("shows every question, answer and phrase of the pasted fallback", async () => {
      const where = `[${engine} / no script]`;
      await driver.get(server.origin + PAGE);
      // <noscript> content shows only when the page's scripts are really off.
      assert.equal(await driver.findElement(By.id("no-script")).isDisplayed(), true, `${where} scripts are off`);
      const texts = async (css) =>
        Promise.all(
          (await driver.findElements(By.css(css))).map(async (el) => ((await el.isDisplayed()) ? el.getText() : null)),
        );
      assert.deepEqual(await texts("reframe-widget summary > h3"), QUESTIONS, `${where} questions, shown as headings`);
      assert.deepEqual(await texts("reframe-widget .faq-answer p"), ANSWERS.map(() => null), `${where} answers closed`);
      assert.deepEqual(await texts("reframe-widget .card-text"), PHRASES, `${where} phrase cards`);
      assert.equal((await driver.findElements(By.css("reframe-widget button"))).length, 0, `${where} no buttons`);
      // Each question is a native disclosure: a click shows its answer, with no script at all.
      for (const question of await driver.findElements(By.css("reframe-widget summary"))) {
        await question.click();
      }
      assert.deepEqual(await texts("reframe-widget .faq-answer p"), ANSWERS, `${where} every answer, opened by a click`);
      await writeFile(`${SHOTS}/${engine}-no-script.png`, await driver.takeScreenshot(), "base64");
      await driver.findElement(By.css("reframe-widget summary")).click();
      assert.equal(await driver.findElement(By.css("reframe-widget .faq-answer p")).isDisplayed(), false, `${where} closed again`);
    });
  });

  describe(`${engine}: the fallback page under a strict CSP`, () => {
    let driver;
    let server;
    before(async () => {
      server = await serve();
      driver = await startSession(engine);
      await mkdir(SHOTS, { recursive: true });
    });
    after(async () => {
      gate.open();
      await driver?.quit();
      await server?.close();
    });

    if (engine === "chromium") {
      // Desktop windows tall enough to show the whole fallback and the page's text after it, so
      // any move of that text counts, and a phone's. (Narrower than about 600 px the widget
      // comes out taller than the unstyled fallback and pushes what follows down; a phone's
      // screen does not reach that far at load. See the README.)
      for (const [width, height] of [[1280, 3600], [800, 3600], [390, 844]]) {
        it(`takes over with a cumulative layout shift of at most ${MAX_CLS}, ${width} x ${height}`, async () => {
          const where = `[${engine} / layout shift, ${width} x ${height}]`;
          const rect = await driver.manage().window().getRect();
          await driver.manage().window().setRect({ width, height });
          try {
            // The WebAssembly waits until reframe.js has styled the fallback (which moves it
            // from the browser's default look to the widget's): what is measured is the
            // take-over's shift alone.
            gate.close();
            await driver.get(server.origin + PAGE);
            await waitFor(driver, "reframe.js to style the fallback", () =>
              driver.executeScript(`return getComputedStyle(document.querySelector("reframe-widget summary")).display === "flex"`),
            );
            await driver.executeAsyncScript(TWO_FRAMES);
            const styling = await driver.executeScript("return window.__reframeShifts.shifts");
            gate.open();
            await widgetReady(driver);
            await driver.executeAsyncScript(TWO_FRAMES);
            const record = await driver.executeScript("return window.__reframeShifts");
            const styled = styling.reduce((sum, s) => sum + s.value, 0);
            console.log(`${where} layout shift when reframe.js styles the fallback: ${styled.toFixed(5)}`);
            record.shifts = record.shifts.slice(styling.length);
            if (height > 3000) {
              const inView = await driver.executeScript(
                `return document.getElementById("after").getBoundingClientRect().bottom <= innerHeight`,
              );
              assert.equal(inView, true, `${where} the text after the widget is in the viewport`);
            }
            assert.equal(record.supported, true, `${where} the engine reports layout shifts`);
            assert.ok(
              record.firstPaint !== null && record.firstPaint < record.ready,
              `${where} the fallback was painted (${record.firstPaint} ms) before the widget was ready (${record.ready} ms)`,
            );
            const cls = record.shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
            console.log(`${where} cumulative layout shift at the take-over ${cls.toFixed(5)}: ${JSON.stringify(record.shifts)}`);
            assert.ok(cls <= MAX_CLS, `${where} cumulative layout shift ${cls} > ${MAX_CLS}: ${JSON.stringify(record.shifts)}`);
          } finally {
            await driver.manage().window().setRect(rect);
          }
        });
      }

      it("prints every answer and both sides of every card, without controls", async () => {
        const where = `[${engine} / print]`;
        await driver.get(server.origin + PAGE);
        await widgetReady(driver);
        const printed = () =>
          driver.executeScript(`
            const root = document.querySelector("reframe-widget").shadowRoot;
            const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
            const all = (css) => [...root.querySelectorAll(css)];
            return {
              answers: all(".faq-answer").map(shown),
              tries: all(".card-try").map(shown),
              cards: all(".card").map(shown),
              questions: all(".faq-question").map(shown),
              controls: all(".copy-link, .card-copy, .card-reveal, .expand-all, .search, .faq-icon").filter(shown).map((el) => el.className),
              practice: all(".card-practice").length,
            };`);
        await driver.sendDevToolsCommand("Emulation.setEmulatedMedia", { media: "print" });
        try {
          let p = await printed();
          assert.deepEqual(p.answers, [true, true, true, true, true, true], `${where} every answer`);
          assert.deepEqual(p.questions, [true, true, true, true, true, true], `${where} every question`);
          assert.deepEqual(p.cards, [true, true, true], `${where} every card`);
          assert.deepEqual(p.tries, [true, true, true], `${where} every "Try"`);
          assert.deepEqual(p.controls, [], `${where} controls shown in print`);
          await driver.executeAsyncScript(TWO_FRAMES);
          await writeFile(`${SHOTS}/${engine}-print.png`, await driver.takeScreenshot(), "base64");
          // Practice mode hides "Try" on screen; print shows it.
          await driver.executeScript(`document.querySelector("reframe-widget").setAttribute("phrases-mode", "practice")`);
          p = await waitFor(driver, "practice mode", printed, (p) => p.practice === 3);
          assert.deepEqual(p.tries, [true, true, true], `${where} every "Try" in practice mode`);
          assert.deepEqual(p.controls, [], `${where} controls shown in print, practice mode`);
        } finally {
          await driver.sendDevToolsCommand("Emulation.setEmulatedMedia", { media: "" });
        }
        await writeFile(`${SHOTS}/${engine}-print.pdf`, await driver.printPage(), "base64");
      });
    }

    it("adds the FAQPage JSON-LD to <head> with structured-data, and only then", async () => {
      const where = `[${engine} / structured-data]`;
      await driver.get(server.origin + PAGE);
      await widgetReady(driver);
      const read = () =>
        driver.executeScript(`
          const added = [...document.head.querySelectorAll('script[type="application/ld+json"]')];
          const pasted = document.querySelector('reframe-widget > script[type="application/ld+json"]');
          return {
            added: added.map((s) => JSON.parse(s.textContent)),
            pasted: pasted && JSON.parse(pasted.textContent),
            log: window.__reframeLog,
          };`);
      let s = await read();
      assert.equal(s.added.length, 1, `${where} one JSON-LD block in <head>`);
      assert.deepEqual(s.added[0], s.pasted, `${where} the widget's JSON-LD equals reframe render's`);
      assert.equal(s.added[0]["@type"], "FAQPage");
      assert.deepEqual(s.added[0].mainEntity.map((q) => q.name), QUESTIONS, `${where} questions`);
      assert.deepEqual(s.added[0].mainEntity.map((q) => q.acceptedAnswer.text), ANSWERS, `${where} answers`);
      assert.deepEqual(s.log.csp, [], `${where} securitypolicyviolation events`);
      assert.deepEqual(s.log.errors, [], `${where} console errors`);
      assert.deepEqual(s.log.warnings, [], `${where} console warnings`);

      await driver.executeScript(`document.querySelector("reframe-widget").remove()`);
      await waitFor(driver, "the JSON-LD to go with the widget", read, (s) => s.added.length === 0);

      // Without the attribute, and with a bad value: no JSON-LD; the bad value warns.
      await driver.executeScript(`
        for (const value of [null, "yes"]) {
          const widget = document.createElement("reframe-widget");
          if (value !== null) widget.setAttribute("structured-data", value);
          document.body.append(widget);
        }`);
      s = await waitFor(
        driver,
        "two more widgets",
        read,
        (s) => s.log.events.filter((e) => e.type === "reframe:ready").length === 3,
      );
      await driver.executeAsyncScript(TWO_FRAMES);
      s = await read();
      assert.equal(s.added.length, 0, `${where} no JSON-LD without structured-data`);
      assert.deepEqual(
        s.log.warnings,
        ['<reframe-widget>: ignoring structured-data="yes"; allowed: true, on, false, off. Using the default "off".'],
        `${where} the bad value's warning`,
      );
      assert.deepEqual(s.log.csp, [], `${where} securitypolicyviolation events`);
    });
  });
}
