// End-to-end tests: real host pages that include dist/reframe.js by script tag, in every
// selected engine (engines.mjs) and host page (hosts.mjs). Run by scripts/e2e after a release
// build; screenshots land in target/e2e/<engine>-<host>.png.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { Key } from "selenium-webdriver";
import { selectedEngines, startSession } from "./engines.mjs";
import { HOSTS } from "./hosts.mjs";
import { startServer } from "./server.mjs";

const DIST = process.env.REFRAME_DIST ?? "dist";
const SHOTS = "target/e2e";
const SEED_QUESTIONS = [
  "What should I do if my partner refuses couples therapy?",
  "Can a relationship improve if only one person goes to therapy?",
  "Why does my partner not want to go to therapy?",
  "How do I bring up couples therapy without starting a fight?",
  "Is it a red flag if my partner refuses therapy?",
  "What is discernment counseling and when is it helpful?",
];

/** Reads the widget's state from inside its shadow root. */
const STATE = `
  const widget = document.querySelector("reframe-widget");
  const root = widget && widget.shadowRoot;
  const buttons = root ? [...root.querySelectorAll(".faq-button")] : [];
  const active = root && root.activeElement;
  return {
    questions: buttons.map((b) => b.textContent),
    expanded: buttons.map((b) => b.getAttribute("aria-expanded") === "true"),
    shown: buttons.map((b) => {
      const panel = root.getElementById(b.getAttribute("aria-controls"));
      return !!panel && !panel.hasAttribute("hidden") && panel.getBoundingClientRect().height > 0;
    }),
    cards: root ? root.querySelectorAll(".card").length : 0,
    labels: root ? [...root.querySelectorAll(".card-label")].map((l) => l.textContent) : [],
    active: active ? active.id : null,
    fallbackVisible: (() => {
      const fallback = widget && widget.querySelector(".fallback");
      return !!fallback && fallback.getClientRects().length > 0;
    })(),
    log: window.__reframeLog,
  };`;

for (const engine of selectedEngines()) {
  describe(engine, () => {
    let driver;
    let server;

    before(async () => {
      server = await startServer({
        mounts: { "/reframe/": DIST, "/hosts/": "tests/e2e/hosts" },
        headers: (path) => HOSTS.find((h) => h.path === path)?.headers ?? {},
      });
      driver = await startSession(engine);
      await mkdir(SHOTS, { recursive: true });
    });

    after(async () => {
      await driver?.quit();
      await server?.close();
    });

    describe("host without WebAssembly", () => {
      it("keeps the fallback visible and throws nothing", async () => {
        const where = `[${engine} / no-webassembly]`;
        await driver.get(server.origin + "/hosts/no-webassembly.html");
        let s;
        await driver
          .wait(async () => (s = await driver.executeScript(STATE)).log.events.length > 0, 10000)
          .catch(() => assert.fail(`${where} no reframe:error event; state: ${JSON.stringify(s)}`));
        assert.deepEqual(s.log.events.map((e) => e.type), ["reframe:error"], `${where} events`);
        assert.match(s.log.events[0].detail.message, /WebAssembly is not available/, `${where} error detail`);
        assert.equal(s.fallbackVisible, true, `${where} fallback visible`);
        assert.deepEqual(s.questions, [], `${where} nothing rendered`);
        assert.deepEqual(s.log.errors, [], `${where} no console errors or uncaught exceptions`);
        assert.equal(s.log.warnings.length, 1, `${where} one console warning`);
      });
    });

    for (const host of HOSTS) {
      describe(`host ${host.name}`, () => {
        const where = `[${engine} / ${host.name}]`;
        const state = () => driver.executeScript(STATE);
        const waitFor = async (what, test, timeout = 10000) => {
          let last;
          try {
            await driver.wait(async () => test((last = await state())), timeout);
          } catch {
            assert.fail(`${where} timed out waiting for ${what}; last state: ${JSON.stringify(last)}`);
          }
          return last;
        };
        const button = (index) =>
          driver.executeScript(
            `return document.querySelector("reframe-widget").shadowRoot.querySelectorAll(".faq-button")[${index}]`,
          );
        const press = (key) => driver.actions().sendKeys(key).perform();

        before(async () => {
          await driver.get(server.origin + host.path);
        });

        it("renders all the content and hides the fallback", async () => {
          const s = await waitFor("the widget to render", (s) => s.questions.length === 6);
          assert.deepEqual(s.questions, SEED_QUESTIONS, `${where} questions`);
          assert.equal(s.cards, 3, `${where} phrase cards`);
          assert.deepEqual(s.labels, ["✕Instead of", "✓Try", "✕Instead of", "✓Try", "✕Instead of", "✓Try"]);
          assert.deepEqual(s.expanded, [false, false, false, false, false, false], `${where} all closed`);
          assert.deepEqual(s.shown, s.expanded, `${where} panels match aria-expanded`);
          assert.equal(s.fallbackVisible, false, `${where} fallback hidden after render`);
          assert.deepEqual(
            s.log.events.filter((e) => e.type === "reframe:ready").map((e) => e.detail),
            [{ content: "partner-refuses-therapy" }],
            `${where} one reframe:ready event`,
          );
        });

        it("toggles an answer by click", async () => {
          await (await button(1)).click();
          let s = await waitFor("answer 2 to open", (s) => s.expanded[1]);
          assert.deepEqual(s.shown, s.expanded, `${where} panels match aria-expanded`);
          await (await button(1)).click();
          s = await waitFor("answer 2 to close", (s) => !s.expanded[1]);
          assert.deepEqual(s.shown, s.expanded, `${where} panels match aria-expanded`);
          const toggles = s.log.events.filter((e) => e.type === "reframe:toggle").map((e) => e.detail);
          assert.deepEqual(toggles.slice(-2), [
            { id: "can-one-person-improve-relationship", open: true },
            { id: "can-one-person-improve-relationship", open: false },
          ]);
        });

        it("works with the keyboard alone", async () => {
          await driver.executeScript(`document.querySelector("#before").tabIndex = -1;
            document.querySelector("#before").focus();`);
          await press(Key.TAB);
          let s = await waitFor("Tab to reach the first question", (s) => s.active?.endsWith("partner-refuses"));
          await press(Key.ENTER);
          s = await waitFor("Enter to open answer 1", (s) => s.expanded[0]);
          assert.deepEqual(s.shown, s.expanded, `${where} panels match aria-expanded`);
          await press(Key.SPACE);
          s = await waitFor("Space to close answer 1", (s) => !s.expanded[0]);
          await press(Key.ARROW_DOWN);
          s = await waitFor("ArrowDown to move to question 2", (s) => s.active === "rf-q-can-one-person-improve-relationship");
          await press(Key.END);
          s = await waitFor("End to move to the last question", (s) => s.active === "rf-q-what-is-discernment-counseling");
          await press(Key.HOME);
          s = await waitFor("Home to move to the first question", (s) => s.active === "rf-q-what-to-do-if-partner-refuses");
          await press(Key.TAB);
          s = await waitFor("Tab to move to question 2", (s) => s.active === "rf-q-can-one-person-improve-relationship");
          assert.deepEqual(s.expanded, [false, false, false, false, false, false], `${where} nothing left open`);
        });

        it("leaves no console errors or uncaught exceptions", async () => {
          const s = await state();
          assert.deepEqual(s.log.errors, [], `${where} console errors`);
          assert.deepEqual(s.log.warnings, [], `${where} console warnings`);
          const png = await driver.takeScreenshot();
          await writeFile(`${SHOTS}/${engine}-${host.name}.png`, png, "base64");
        });
      });
    }
  });
}
