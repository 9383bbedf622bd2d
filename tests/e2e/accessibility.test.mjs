// Accessibility, measured in every engine: the keyboard (Tab and Shift+Tab through every control,
// the accordion's keys, search), focus indicators, contrast of text and control borders, reflow
// at 320 CSS px, text at 200%, target sizes, forced colours (Chromium's emulation) and the
// semantics the browser exposes to assistive technology. axe-core runs in widget.test.mjs and
// here on the page with every part. Host pages: hosts/everything.html (every part and feature,
// light English and dark Spanish), hosts/reader.html, hosts/sized-frame.html (a narrow viewport).
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Key } from "selenium-webdriver";
import { selectedEngines } from "./engines.mjs";
import { it, openHarness } from "./harness.mjs";

const PROBES = readFileSync(new URL("./probes.js", import.meta.url), "utf8");
const EVERYTHING = "/hosts/everything.html";
const FIRST_QUESTION = "rf-q-what-to-do-if-partner-refuses";
const LAST_QUESTION = "rf-q-what-is-discernment-counseling";

for (const engine of selectedEngines()) {
  describe(`${engine} accessibility`, () => {
    let h;
    let driver;
    /** (page × state) combinations checked in this engine, for the summary line. */
    const checked = new Set();

    before(async () => {
      h = await openHarness(engine);
      driver = h.driver;
    });

    after(async () => {
      console.log(
        `[${engine}] accessibility: ${checked.size} page × state combinations measured, ` +
          `${h?.axeChecks} axe-core runs: ${[...checked].join("; ")}`,
      );
      await h?.close();
    });

    /** Calls window.__probes[name]() in the current frame (probes.js is injected first). */
    const probe = (name) => driver.executeScript(`${PROBES}\nreturn window.__probes.${name}();`);
    /**
     * Waits until every widget on the page has rendered and said `reframe:ready` (from then on
     * its controls answer; the host pages record the events in window.__reframeLog).
     */
    const rendered = (where, count) =>
      h.waitFor(where, `${count} rendered and ready widgets`, (n) => n === count, () =>
        driver.executeScript(
          `const ready = window.__reframeLog.events.filter((e) => e.type === "reframe:ready").length;
           return Math.min(ready, [...document.querySelectorAll("reframe-widget")].filter((w) => w.shadowRoot?.querySelector(".part")).length)`,
        ),
      );
    const openEverything = async (where) => {
      await probe("openEverything");
      await h.waitFor(where, "every answer and phrase open", Boolean, () => probe("everythingOpen"));
    };
    const shiftTab = () => driver.actions().keyDown(Key.SHIFT).sendKeys(Key.TAB).keyUp(Key.SHIFT).perform();
    const focusedName = async () => (await probe("focused")).name;
    const focusIn = (widget, selector) =>
      driver.executeScript(
        `const el = document.getElementById(arguments[0]).shadowRoot.querySelector(arguments[1]);
         el.scrollIntoView({ block: "center" }); el.focus();`,
        widget,
        selector,
      );

    it("Tab and Shift+Tab reach every control in reading order, each with a visible focus indicator", async () => {
      await h.load(EVERYTHING);
      await rendered(`[${engine}]`, 2);
      for (const state of ["collapsed", "everything open"]) {
        const where = `[${engine} / everything, ${state}]`;
        if (state !== "collapsed") await openEverything(where);
        const expected = await probe("expectedTabOrder");
        assert.ok(expected.length >= 30, `${where} only ${expected.length} controls found`);
        await driver.executeScript(`document.getElementById("before").focus()`);
        const forward = [];
        for (let i = 0; i < expected.length; i++) {
          await h.press(Key.TAB);
          forward.push(await probe("focused"));
        }
        assert.deepEqual(forward.map((f) => f.name), expected, `${where} Tab order`);
        await h.press(Key.TAB);
        assert.equal(await focusedName(), "page a#", `${where} Tab leaves the widgets for the page's next link`);

        const indicators = forward.filter(
          (f) => f.outline.style === "none" || f.outline.width < 2 || f.outline.contrast < 3,
        );
        assert.deepEqual(indicators, [], `${where} focus indicators under 2 px or 3:1`);
        const lowest = Math.min(...forward.map((f) => f.outline.contrast));
        console.log(`${where} ${expected.length} tab stops; lowest focus indicator contrast ${lowest}:1`);

        // Reading order: within a widget, each stop is level with or below the one before, or
        // starts a column to its right (the phrase cards' grid).
        const upward = forward.filter((f, i) => {
          const before = forward[i - 1];
          if (i === 0 || f.widget !== before.widget) return false;
          return f.box.top + f.box.height / 2 < before.box.top - 1 && f.box.left < before.box.right - 1;
        });
        assert.deepEqual(upward.map((f) => f.name), [], `${where} stops that jump back up the page`);

        const backward = [];
        for (let i = 0; i < expected.length; i++) {
          await shiftTab();
          backward.push(await focusedName());
        }
        assert.deepEqual(backward, [...expected].reverse(), `${where} Shift+Tab order`);
        checked.add(`everything/${state}/keyboard`);
      }
    });

    it("the accordion's keys wrap, search filters without losing focus, Escape restores", async () => {
      const where = `[${engine} / everything, keys]`;
      await h.load(EVERYTHING);
      await rendered(where, 2);
      const active = async () => {
        const f = await probe("focused");
        return f.widget ? f.name.split(" ")[1] + " " + f.name.split('"')[1] : f.name;
      };
      const activeId = () =>
        driver.executeScript(`return document.getElementById("light").shadowRoot.activeElement?.id ?? null`);
      const expectFocus = async (what, id) => h.waitFor(where, what, (a) => a === id, activeId);

      await focusIn("light", ".faq-button");
      await h.press(Key.ARROW_UP);
      await expectFocus("ArrowUp on the first question to wrap to the last", LAST_QUESTION);
      await h.press(Key.ARROW_DOWN);
      await expectFocus("ArrowDown on the last question to wrap to the first", FIRST_QUESTION);
      await h.press(Key.END);
      await expectFocus("End", LAST_QUESTION);
      await h.press(Key.HOME);
      await expectFocus("Home", FIRST_QUESTION);
      await h.press(Key.SPACE);
      await h.waitFor(where, "Space to open the first answer", (e) => e === "true", () =>
        driver.executeScript(`return document.getElementById("light").shadowRoot.getElementById(arguments[0]).getAttribute("aria-expanded")`, FIRST_QUESTION),
      );

      // Search: every keystroke filters, and focus stays in the box throughout.
      await focusIn("light", "input[type=search]");
      const visibleQuestions = () =>
        driver.executeScript(
          `return [...document.getElementById("light").shadowRoot.querySelectorAll(".faq-item:not([hidden]) .faq-button")].map((b) => b.id)`,
        );
      for (const key of "therapy") {
        await h.press(key);
        assert.equal(await activeId(), "rf-search", `${where} focus left the search box after typing "${key}"`);
      }
      const matches = await h.waitFor(where, "the search to filter", (q) => q.length > 1 && q.length < 6, visibleQuestions);
      await h.press(Key.TAB);
      await expectFocus("Tab from the search box to the first match", matches[0]);
      await h.press(Key.ARROW_UP);
      await expectFocus("ArrowUp to wrap among the matches only", matches.at(-1));
      await h.press(Key.ARROW_DOWN);
      await expectFocus("ArrowDown to wrap back to the first match", matches[0]);
      await shiftTab();
      await expectFocus("Shift+Tab back to the search box", "rf-search");
      for (const key of "zzz") await h.press(key);
      await h.waitFor(where, "no results", (q) => q.length === 0, visibleQuestions);
      assert.equal(await activeId(), "rf-search", `${where} focus stays in the search box with no results`);
      await h.press(Key.ESCAPE);
      await h.waitFor(where, "Escape to bring every question back", (q) => q.length === 6, visibleQuestions);
      assert.equal(await activeId(), "rf-search", `${where} focus stays in the search box after Escape`);
      assert.match(await active(), /input/, `${where} the focused element is the search input`);
      checked.add("everything/searching/keyboard");
    });

    it("text and control borders meet WCAG AA contrast, light and dark, on every part", async () => {
      const low = [];
      for (const [page, state] of [
        [EVERYTHING, "collapsed"],
        [EVERYTHING, "everything open"],
        ["/hosts/reader.html", "collapsed"],
      ]) {
        const where = `[${engine} / ${page}, ${state}]`;
        await h.load(page);
        await rendered(where, page === EVERYTHING ? 2 : 4);
        if (state !== "collapsed") await openEverything(where);
        const texts = await probe("textContrast");
        assert.ok(texts.length > 40, `${where} texts checked: ${texts.length}`);
        assert.deepEqual(texts.filter((t) => t.contrast < t.need), [], `${where} texts below WCAG AA contrast`);
        const borders = await probe("controlBorders");
        assert.ok(borders.length >= 6, `${where} control borders checked: ${borders.length}`);
        assert.deepEqual(borders.filter((b) => b.contrast < 3), [], `${where} control borders below 3:1`);
        const lowestText = texts.reduce((a, b) => (b.contrast < a.contrast ? b : a));
        const lowestBorder = borders.reduce((a, b) => (b.contrast < a.contrast ? b : a));
        low.push(`${where} ${texts.length} texts, lowest ${lowestText.contrast}:1 (${lowestText.widget} "${lowestText.text}"); ` +
          `${borders.length} control borders, lowest ${lowestBorder.contrast}:1 (${lowestBorder.widget} ${lowestBorder.control})`);
        // The page shows one FAQ twice (light English, dark Spanish), so region names repeat.
        if (page === EVERYTHING) await h.axeCheck(`${where}`, { sameFaqTwice: true });
        checked.add(`${page}/${state}/contrast`);
      }
      console.log(low.join("\n"));
    });

    for (const { name, path, what } of [
      { name: "reflow-320", path: `/hosts/sized-frame.html?width=320&src=${EVERYTHING}`, what: "320 CSS px wide" },
      { name: "text-200", path: `${EVERYTHING}?font=32px`, what: "text at 200%, 1280 px wide" },
      { name: "text-200-narrow", path: `/hosts/sized-frame.html?width=640&src=${encodeURIComponent(`${EVERYTHING}?font=32px`)}`, what: "text at 200%, 640 px wide" },
    ]) {
      it(`at ${what}: no sideways scrolling, nothing clipped or overlapping, targets of 24×24 px`, async () => {
        const where = `[${engine} / ${what}]`;
        await h.load(path);
        if (path.includes("sized-frame")) {
          await driver.wait(async () => (await driver.executeScript("return window.frames.length")) > 0, 5000);
          await driver.switchTo().frame(0);
        }
        await rendered(where, 2);
        for (const state of ["collapsed", "everything open"]) {
          if (state !== "collapsed") await openEverything(where);
          assert.deepEqual(await probe("layoutFaults"), [], `${where} (${state}) layout faults`);
          assert.deepEqual(await probe("smallTargets"), [], `${where} (${state}) targets under 24×24 px too close to others`);
          checked.add(`${name}/${state}/layout`);
        }
        for (const part of [".faq-item", ".cards", ".checklist"]) {
          await driver.executeScript(
            `document.getElementById("light").shadowRoot.querySelector(arguments[0]).scrollIntoView()`,
            part,
          );
          await h.screenshot(`${name}-${part.slice(1)}`);
        }
      });
    }

    it("exposes headings, buttons, regions, controls and live regions to assistive technology", async () => {
      const where = `[${engine} / reader semantics]`;
      await h.load("/hosts/reader.html");
      await rendered(where, 4);
      const inReader = (selector) =>
        driver.executeScript(`return [...document.getElementById("reader").shadowRoot.querySelectorAll(arguments[0])]`, selector);
      const buttons = await inReader(".faq-button");
      assert.equal(buttons.length, 6, `${where} six question buttons`);
      await buttons[0].click();
      await h.waitFor(where, "the first answer to open", (e) => e === "true", () => buttons[0].getAttribute("aria-expanded"));
      const question = await buttons[0].getText();
      const computed = async (el) => ({ role: await el.getAriaRole(), name: (await el.getAccessibleName()).trim() });

      assert.deepEqual(await computed(buttons[0]), { role: "button", name: question }, `${where} question button`);
      const heading = await driver.executeScript("return arguments[0].parentElement", buttons[0]);
      assert.deepEqual(await computed(heading), { role: "heading", name: question }, `${where} question heading`);
      const [region] = await inReader(".faq-answer:not([hidden])");
      assert.deepEqual(await computed(region), { role: "region", name: question }, `${where} answer region`);
      const [search] = await inReader("input[type=search]");
      assert.deepEqual(await computed(search), { role: "searchbox", name: "Search the questions" }, `${where} search box`);
      const [reveal] = await inReader(".card-reveal");
      assert.equal((await computed(reveal)).role, "button", `${where} practice reveal button`);
      const [status] = await inReader("[role=status]");
      assert.equal(await status.getAriaRole(), "status", `${where} live region`);
      const checkbox = await driver.executeScript(
        `return document.getElementById("article").shadowRoot.querySelector("input[type=checkbox]")`,
      );
      const box = await computed(checkbox);
      assert.equal(box.role, "checkbox", `${where} self-check box`);
      assert.ok(box.name.length > 10, `${where} self-check box named by its sign: "${box.name}"`);
      checked.add("reader/semantics");

      if (engine === "chromium") {
        // The accessibility tree itself: heading levels, expanded states, live regions.
        const { nodes } = await driver.sendAndGetDevToolsCommand("Accessibility.getFullAXTree", {});
        const named = (role, name) => nodes.filter((n) => n.role?.value === role && n.name?.value?.trim() === name);
        const prop = (node, key) => node.properties?.find((p) => p.name === key)?.value.value;
        const headings = named("heading", question);
        assert.ok(headings.length >= 1, `${where} AX tree: a heading named "${question}"`);
        assert.equal(prop(headings[0], "level"), 3, `${where} AX tree: heading level = heading-level (3)`);
        const expanded = named("button", question).map((n) => prop(n, "expanded"));
        assert.ok(expanded.includes(true), `${where} AX tree: the open question is expanded: ${expanded}`);
        const second = await buttons[1].getText();
        assert.ok(named("button", second).some((n) => prop(n, "expanded") === false), `${where} AX tree: a closed question is collapsed`);
        assert.ok(named("region", question).length >= 1, `${where} AX tree: the answer region is named by its question`);
        const live = nodes.filter((n) => n.role?.value === "status" && prop(n, "live") === "polite");
        assert.ok(live.length >= 4, `${where} AX tree: one polite status region per widget (found ${live.length})`);
      }

      // What the live region says: a search result count and a copy confirmation.
      const liveText = () => status.getAttribute("textContent").then((t) => (t ?? "").replace(/\u200b/g, ""));
      await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' }); arguments[0].focus()", search);
      // Every text the live region takes while a query is typed: each one is announced.
      await driver.executeScript(
        `const status = arguments[0];
         window.__announced = [];
         new MutationObserver(() => {
           if (status.textContent !== window.__announced.at(-1)) window.__announced.push(status.textContent);
         }).observe(status, { childList: true, characterData: true, subtree: true });`,
        status,
      );
      await search.sendKeys("discernment");
      await h.waitFor(where, "the result count in the live region", (t) => t === "1 question matches", liveText);
      // Said once per change: a letter that leaves the count as it was says nothing (the live
      // region would say the same message again, as Orca did at every letter after the match).
      const announced = (await driver.executeScript("return window.__announced")).map((t) => t.replace(/\u200b/g, ""));
      assert.deepEqual(announced.filter((t, i) => t === announced[i - 1]), [], `${where} a count announced twice: ${announced.join(" | ")}`);
      // Only there: Orca also speaks a focused input's changed description.
      assert.equal(await search.getAttribute("aria-describedby"), null, `${where} the search box is not described by the count`);
      await search.sendKeys(Key.ESCAPE);
      // The list grows back to six questions and moves the cards: click once it has.
      await h.waitFor(where, "every question back after Escape", (n) => n === 6, async () => (await inReader(".faq-item:not([hidden]) .faq-button")).length);
      await h.clickSettled(reveal);
      await h.waitFor(where, "the practice card to reveal its Try side", (e) => e === "true", () => reveal.getAttribute("aria-expanded"));
      const [copy] = await inReader(".card-copy");
      // The reveal renders the "Try" side, and its Copy button, on the widget's next render.
      await h.waitFor(where, "the revealed Copy button", Boolean, () => copy.isDisplayed());
      await copy.click();
      await h.waitFor(where, "the copy confirmation in the live region", (t) => t === "Copied to the clipboard", liveText);
      checked.add("reader/live regions");
    });

    if (engine === "chromium") {
      it("in forced colours (Chromium's emulation): borders, focus and the expanded state stay visible", async () => {
        const where = `[${engine} / forced colours]`;
        await h.load(EVERYTHING);
        await rendered(where, 2);
        await driver.sendDevToolsCommand("Emulation.setEmulatedMedia", {
          features: [{ name: "forced-colors", value: "active" }],
        });
        try {
          const read = () =>
            driver.executeScript(`${PROBES}
              const root = document.getElementById("light").shadowRoot;
              const icon = (i) => getComputedStyle(root.querySelectorAll(".faq-icon")[i], "::after");
              const style = (sel) => getComputedStyle(root.querySelector(sel));
              return {
                forced: matchMedia("(forced-colors: active)").matches,
                instead: style(".card-instead").backgroundColor,
                canvas: (() => {
                  const probe = document.createElement("div");
                  probe.style.backgroundColor = "Canvas";
                  document.body.append(probe);
                  const colour = getComputedStyle(probe).backgroundColor;
                  probe.remove();
                  return colour;
                })(),
                collapsedBar: icon(1).transform,
                expandedBar: icon(0).transform,
                barStyle: icon(0).borderTopStyle,
                borders: window.__probes.controlBorders(),
                cardBorder: style(".card").borderTopStyle,
              };`);
          await focusIn("light", ".faq-button");
          await h.press(Key.SPACE);
          const s = await h.waitFor(where, "forced colours and the first answer open", (s) => s.forced && s.collapsedBar !== s.expandedBar, read);
          assert.equal(s.instead, s.canvas, `${where} backgrounds are forced to the system colour`);
          assert.notEqual(s.barStyle, "none", `${where} the plus/minus bars are borders, which forced colours keep`);
          assert.notEqual(s.cardBorder, "none", `${where} cards keep a border`);
          assert.deepEqual(s.borders.filter((b) => b.contrast < 3), [], `${where} control borders below 3:1`);
          await h.press(Key.ARROW_DOWN);
          const focus = await probe("focused");
          assert.notEqual(focus.outline.style, "none", `${where} focus outline`);
          assert.ok(focus.outline.contrast >= 3, `${where} focus outline contrast ${focus.outline.contrast}:1`);
          await driver.executeScript(`document.getElementById("light").scrollIntoView()`);
          await h.screenshot("forced-colors");
          checked.add("everything/forced colours");
        } finally {
          await driver.sendDevToolsCommand("Emulation.setEmulatedMedia", { features: [] });
        }
      });
    }
  });
}
