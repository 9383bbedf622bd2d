// End-to-end tests: real host pages that include dist/reframe.js by script tag, in every
// selected engine (engines.mjs) and host page (hosts.mjs). Run by scripts/e2e after a release
// build; a screenshot per host and engine lands in target/e2e/<engine>-<host>.png.
// Every assertion message starts with [engine / host].
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { Key } from "selenium-webdriver";
import { selectedEngines } from "./engines.mjs";
import { it, openHarness } from "./harness.mjs";
import { HOSTS } from "./hosts.mjs";

const SEED_QUESTIONS = [
  "What should I do if my partner refuses couples therapy?",
  "Can a relationship improve if only one person goes to therapy?",
  "Why does my partner not want to go to therapy?",
  "How do I bring up couples therapy without starting a fight?",
  "Is it a red flag if my partner refuses therapy?",
  "What is discernment counseling and when is it helpful?",
];

const TYPOGRAPHY = ["font-size", "line-height", "letter-spacing", "text-transform", "font-family", "font-weight"];

/** Reads the first widget's state from inside its shadow root. */
/**
 * Page script for content the widget must refuse: a widget with `inline` (a JSON text defined
 * before this runs) as its content, then, once it has sent reframe:error, a second widget of the
 * bundled set. Calls `done` with the error, the second widget's question count and the log.
 */
const REFUSED_THEN_NEXT = `
  const widget = (attributes, inline) => {
    const element = document.createElement("reframe-widget");
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (inline) {
      const script = document.createElement("script");
      script.type = "application/json";
      script.textContent = inline;
      element.append(script);
    }
    return element;
  };
  const first = widget({ loading: "eager", show: "faq" }, inline);
  first.addEventListener("reframe:error", (event) => {
    const second = widget({ loading: "eager", show: "faq", content: "partner-refuses-therapy" });
    second.addEventListener("reframe:ready", () => done({
      error: event.detail.message,
      questions: second.shadowRoot.querySelectorAll(".faq-button").length,
      log: window.__reframeLog,
    }));
    document.body.append(second);
  });
  document.body.append(first);`;

const STATE = `
  const widget = document.querySelector("reframe-widget");
  const root = widget && widget.shadowRoot;
  const buttons = root ? [...root.querySelectorAll(".faq-item:not([hidden]) .faq-button")] : [];
  const active = root && root.activeElement;
  const style = (el) => {
    if (!el) return null;
    const s = getComputedStyle(el);
    return Object.fromEntries(${JSON.stringify(TYPOGRAPHY)}.map((p) => [p, s.getPropertyValue(p)]));
  };
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
    activeClass: active ? active.className : null,
    fallbackVisible: (() => {
      const fallback = widget && widget.querySelector(".fallback");
      return !!fallback && fallback.getClientRects().length > 0;
    })(),
    typography: root && {
      question: style(root.querySelector(".faq-question")),
      answer: style(root.querySelector(".faq-answer p")),
      card: style(root.querySelector(".card-text")),
    },
    direction: root && root.querySelector(".reframe") ? getComputedStyle(root.querySelector(".reframe")).direction : null,
    iconLeftOfText: buttons[0]
      ? buttons[0].querySelector(".faq-icon").getBoundingClientRect().left <
        buttons[0].querySelector(".faq-question").getBoundingClientRect().left
      : null,
    probes: window.__reframeProbes(),
    log: window.__reframeLog,
  };`;

for (const engine of selectedEngines()) {
  describe(engine, () => {
    let h; // the harness: server, session and helpers
    let driver;
    let reference = null; // the plain host's typography in this engine

    before(async () => {
      h = await openHarness(engine);
      driver = h.driver;
    });

    after(async () => {
      console.log(`[${engine}] axe-core runs in widget.test.mjs: ${h?.axeChecks}`);
      await h?.close();
    });

    const state = () => driver.executeScript(STATE);
    const press = (key) => h.press(key);
    const screenshot = (name) => h.screenshot(name);
    const axeCheck = (what, options) => h.axeCheck(what, options);
    /** Polls the state (or `read()`) until `test` passes; fails naming what it waited for. */
    const waitFor = (where, what, test, read = state, timeout = 15000) => h.waitFor(where, what, test, read, timeout);

    for (const host of HOSTS) {
      describe(`host ${host.name}`, () => {
        const where = `[${engine} / ${host.name}]`;
        const button = (index) =>
          driver.executeScript(
            `return document.querySelector("reframe-widget").shadowRoot.querySelectorAll(".faq-button")[${index}]`,
          );

        before(async () => {
          await h.load(host.path);
          if (host.frame) {
            await driver.wait(async () => (await driver.executeScript("return window.frames.length")) > 0, 5000);
            await driver.switchTo().frame(0);
          }
        });

        it("renders all the content and hides the fallback", async () => {
          const s = await waitFor(where, "the widget to render and fire reframe:ready", (s) =>
            s.questions.length === 6 && s.log.events.some((e) => e.type === "reframe:ready"),
          );
          assert.deepEqual(s.questions, SEED_QUESTIONS, `${where} questions`);
          assert.equal(s.cards, 3, `${where} phrase cards`);
          assert.deepEqual(
            s.labels,
            ["✕Instead of", "✓Try", "✕Instead of", "✓Try", "✕Instead of", "✓Try"],
            `${where} card labels`,
          );
          assert.deepEqual(s.expanded, [false, false, false, false, false, false], `${where} all closed`);
          assert.deepEqual(s.shown, s.expanded, `${where} panels shown match aria-expanded`);
          assert.equal(s.fallbackVisible, false, `${where} fallback hidden after render`);
          assert.deepEqual(
            s.log.events
              .filter((e) => e.type === "reframe:ready" && e.detail.content !== "inline")
              .map((e) => e.detail),
            [{ content: "partner-refuses-therapy" }],
            `${where} one reframe:ready event for the bundled widget`,
          );
          if (host.name === "rtl") {
            const arabic = await waitFor(where, "the Arabic widget", (a) => a && a.dir === "rtl", () =>
              driver.executeScript(`
                const root = document.getElementById("arabic").shadowRoot;
                const r = root && root.querySelector(".reframe");
                if (!r || !root.querySelector(".faq-icon")) return null;
                const icon = root.querySelector(".faq-icon").getBoundingClientRect();
                const text = root.querySelector(".faq-question").getBoundingClientRect();
                const label = root.querySelector("label[for=rf-search]");
                return {
                  dir: r.getAttribute("dir"),
                  iconLeftOfText: icon.right <= text.left + 0.5,
                  searchLabel: label.textContent,
                  searchDirection: getComputedStyle(label).direction,
                  showAll: root.querySelector(".expand-all").textContent,
                };`),
            );
            assert.equal(arabic.iconLeftOfText, true, `${where} Arabic content: the icon sits at the end (left)`);
            // Arabic has no built-in words: the content's labels give them.
            assert.equal(arabic.searchLabel, "ابحث في الأسئلة", `${where} Arabic search label from the content's labels`);
            assert.equal(arabic.showAll, "اعرض كل الإجابات", `${where} Arabic show-all button from the content's labels`);
            assert.equal(arabic.searchDirection, "rtl", `${where} the Arabic labels are laid out right to left`);
          }
          // The content's language sets the direction: English stays left-to-right on an RTL page.
          assert.equal(s.direction, "ltr", `${where} English content is laid out left to right`);
          assert.equal(s.iconLeftOfText, false, `${where} the toggle icon sits at the end (right)`);
        });

        it("toggles an answer by click", async () => {
          await (await button(1)).click();
          let s = await waitFor(where, "answer 2 to open", (s) => s.expanded[1]);
          assert.deepEqual(s.shown, s.expanded, `${where} panels shown match aria-expanded`);
          await (await button(1)).click();
          s = await waitFor(where, "answer 2 to close", (s) => !s.expanded[1]);
          assert.deepEqual(s.shown, s.expanded, `${where} panels shown match aria-expanded`);
          const toggles = s.log.events.filter((e) => e.type === "reframe:toggle").map((e) => e.detail);
          assert.deepEqual(
            toggles.slice(-2),
            [
              { id: "can-one-person-improve-relationship", open: true },
              { id: "can-one-person-improve-relationship", open: false },
            ],
            `${where} reframe:toggle events`,
          );
        });

        it("works with the keyboard alone", async () => {
          await driver.executeScript(`const p = document.querySelector("#before"); p.tabIndex = -1; p.focus();`);
          await press(Key.TAB);
          await waitFor(where, "Tab to reach the expand-all control", (s) => s.activeClass === "expand-all");
          await press(Key.TAB);
          await waitFor(where, "Tab to reach the first question", (s) => s.active === "rf-q-what-to-do-if-partner-refuses");
          await press(Key.ENTER);
          let s = await waitFor(where, "Enter to open answer 1", (s) => s.expanded[0]);
          assert.deepEqual(s.shown, s.expanded, `${where} panels shown match aria-expanded`);
          await press(Key.SPACE);
          await waitFor(where, "Space to close answer 1", (s) => !s.expanded[0]);
          await press(Key.ARROW_DOWN);
          await waitFor(where, "ArrowDown to move to question 2", (s) => s.active === "rf-q-can-one-person-improve-relationship");
          await press(Key.END);
          await waitFor(where, "End to move to the last question", (s) => s.active === "rf-q-what-is-discernment-counseling");
          await press(Key.HOME);
          await waitFor(where, "Home to move to the first question", (s) => s.active === "rf-q-what-to-do-if-partner-refuses");
          await press(Key.TAB);
          s = await waitFor(where, "Tab to move to question 2", (s) => s.active === "rf-q-can-one-person-improve-relationship");
          assert.deepEqual(s.expanded, [false, false, false, false, false, false], `${where} nothing left open`);
        });

        it("keeps its typography whatever the host's CSS", async () => {
          await (await button(0)).click();
          const s = await waitFor(where, "answer 1 to open", (s) => s.expanded[0]);
          if (host.name === "plain") reference = s.typography;
          assert.ok(reference, `${where} no reference: the plain host did not run first`);
          assert.deepEqual(s.typography, reference, `${where} typography differs from the plain host's`);
          assert.equal(s.typography.question["text-transform"], "none", `${where} question text-transform`);
          assert.equal(s.typography.answer["letter-spacing"], "normal", `${where} answer letter-spacing`);
          await screenshot(host.name);
        });

        it("has no axe-core violations, collapsed and expanded", async () => {
          const check = (state) => axeCheck(`${where} (${state})`);
          await check("as rendered");
          await driver.executeScript(
            `document.querySelector("reframe-widget").shadowRoot.querySelectorAll(".faq-button[aria-expanded=false]").forEach((b) => b.click())`,
          );
          await waitFor(where, "all answers open", (s) => s.expanded.every(Boolean));
          await check("all expanded");
        });

        it("leaves the host page's own elements as they were", async () => {
          const s = await state();
          assert.ok(s.log.probesBefore?.length >= 2, `${where} probes recorded before the widget loaded`);
          assert.deepEqual(s.probes, s.log.probesBefore, `${where} host elements changed style`);
        });

        it("logs no errors or warnings and breaks no security policy", async () => {
          const s = await state();
          assert.deepEqual(s.log.errors, [], `${where} console errors or uncaught exceptions`);
          assert.deepEqual(s.log.warnings, [], `${where} console warnings`);
          assert.deepEqual(s.log.csp, [], `${where} securitypolicyviolation events`);
        });
      });
    }

    describe("host several-widgets", () => {
      const where = `[${engine} / several-widgets]`;
      const WIDGETS = `
        const hosts = [...document.querySelectorAll("reframe-widget"), document.querySelector("#api")];
        return {
          rendered: hosts.map((h) => (h.shadowRoot ? h.shadowRoot.querySelectorAll(".faq-button, .card").length : 0)),
          questionTags: hosts.map((h) => h.shadowRoot?.querySelector(".faq-button")?.parentElement.tagName ?? null),
          wasmFetches: performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".wasm")).length,
          // Ids repeat across widgets only inside their own shadow roots, never within one or in the page.
          duplicateIds: hosts.flatMap((h) => {
            const ids = [...(h.shadowRoot?.querySelectorAll("[id]") ?? [])].map((e) => e.id);
            return ids.filter((id, i) => ids.indexOf(id) !== i);
          }),
          idsInPage: document.querySelectorAll("[id^=rf-]").length,
          cardsAtReady: document.querySelector("#api").dataset.cardsAtReady ?? null,
          ready: window.__reframeLog.events.filter((e) => e.type === "reframe:ready").length,
          log: window.__reframeLog,
        };`;

      it("renders every widget, from one WebAssembly download", async () => {
        await h.load("/hosts/multi.html");
        // Widgets start when they come near the viewport: scroll down to the first one not yet
        // rendered, as a visitor reading the page would.
        const read = () =>
          driver.executeScript(`
            const waiting = [...document.querySelectorAll("reframe-widget"), document.querySelector("#api")]
              .find((w) => !w.shadowRoot?.querySelector(".faq-button, .card"));
            waiting?.scrollIntoView({ block: "center" });
            ${WIDGETS}`);
        const s = await waitFor(where, "five widgets (one added later, one by mount())", (s) =>
          s.rendered.length === 5 && s.rendered.every((n) => n > 0) && s.ready === 5,
          read,
        );
        // one: faq (6); two: phrases (3); three: faq; four (added later): faq; api: phrases.
        assert.deepEqual(s.rendered, [6, 3, 6, 6, 3], `${where} buttons and cards per widget`);
        assert.deepEqual(s.questionTags, ["H3", null, "H4", "H3", null], `${where} heading levels`);
        assert.equal(s.wasmFetches, 1, `${where} the wasm is fetched once per page`);
        assert.deepEqual(s.duplicateIds, [], `${where} duplicate ids inside a widget`);
        assert.equal(s.idsInPage, 0, `${where} widget ids in the host page's own DOM`);
        assert.equal(s.cardsAtReady, "3", `${where} mount()'s ready settles once the widget is on screen`);
        await axeCheck(`${where} (five widgets on one page)`, { sameFaqTwice: true });
        assert.deepEqual(s.log.errors, [], `${where} console errors or uncaught exceptions`);
        assert.deepEqual(s.log.warnings, [], `${where} console warnings`);
        await screenshot("several-widgets");
      });
    });

    describe("a long FAQ", () => {
      /** Browser code that makes `widget`, an eager FAQ-only widget (not yet in the page) with `n` questions "Question i?" (id "q-i") answered "Answer i.". */
      const longWidget = (n) => `
          const items = Array.from({ length: ${n} }, (_, i) => ({
            id: "q-" + i, question: "Question " + i + "?", answer: ["Answer " + i + "."] }));
          const widget = document.createElement("reframe-widget");
          widget.setAttribute("loading", "eager");
          widget.setAttribute("show", "faq");
          const script = document.createElement("script");
          script.type = "application/json";
          script.textContent = JSON.stringify({ lang: "en", title: "Long", faq: { title: "FAQ", items } });
          widget.append(script);`;

      it("opens a question clicked as soon as it is there, even before reframe:ready (the first render takes many frames)", async () => {
        const where = `[${engine} / click at once]`;
        await h.load("/hosts/plain.html");
        const result = await driver.executeAsyncScript(`
          const done = arguments[arguments.length - 1];
          ${longWidget(1000)}
          let ready = false;
          widget.addEventListener("reframe:ready", () => (ready = true));
          document.body.append(widget);
          const poll = () => {
            const button = widget.shadowRoot?.querySelector(".faq-button");
            if (!button) return requestAnimationFrame(poll);
            const readyAtClick = ready;
            button.click();
            setTimeout(() => done({
              expanded: button.getAttribute("aria-expanded"),
              answer: widget.shadowRoot.getElementById("rf-a-q-0").textContent,
              readyAtClick,
            }), 500);
          };
          requestAnimationFrame(poll);`);
        assert.equal(result.expanded, "true", `${where} the first click opened the question (ready at the click: ${result.readyAtClick})`);
        assert.match(result.answer, /^Answer 0\./, `${where} the opened answer shows its text`);
      });

      /**
       * Loads `path`, adds a long widget of 200 questions (with `open` if given) and resolves
       * with its state at reframe:ready (`atReady`) and once every question and answer is in
       * (or 5 s have passed): question ids, empty answer panels, answer texts, focus, open ones.
       */
      const whenAllIn = async (path, open = null) => {
        await h.load(path);
        return driver.executeAsyncScript(`
          const done = arguments[arguments.length - 1];
          ${longWidget(200)}
          if (${JSON.stringify(open)} !== null) widget.setAttribute("open", ${JSON.stringify(open)});
          const panels = () => [...widget.shadowRoot.querySelectorAll(".faq-answer")];
          const state = () => ({
            questions: [...widget.shadowRoot.querySelectorAll(".faq-button")].map((b) => b.id),
            empty: panels().filter((p) => p.childElementCount === 0).length,
            texts: panels().map((p) => p.textContent),
            focused: widget.shadowRoot.activeElement?.id ?? null,
            expanded: [...widget.shadowRoot.querySelectorAll(".faq-button[aria-expanded=true]")].map((b) => b.id),
          });
          widget.addEventListener("reframe:ready", () => {
            const atReady = state();
            const started = performance.now();
            const wait = () => {
              const now = state();
              if ((now.questions.length === 200 && now.empty === 0) || performance.now() - started > 5000) done({ atReady, ...now });
              else setTimeout(wait, 20);
            };
            wait();
          });
          document.body.append(widget);`);
      };

      it("shows its first questions and the open one first, then puts every question and answer in the page", async () => {
        const where = `[${engine} / long FAQ in runs]`;
        const result = await whenAllIn("/hosts/plain.html", "q-150");
        const ids = (from, to) => Array.from({ length: to - from }, (_, i) => `rf-q-q-${from + i}`);
        const { atReady } = result;
        assert.deepEqual(atReady.questions.slice(0, 64), ids(0, 64), `${where} the first 64 questions are there at reframe:ready, in order`);
        assert.ok(atReady.questions.includes("rf-q-q-150"), `${where} the question open from the start is there at reframe:ready`);
        assert.ok(atReady.questions.length < 200, `${where} the other questions come after the first render (at ready: ${atReady.questions.length})`);
        assert.ok(atReady.empty > 0, `${where} closed answers come after the first render (empty at ready: ${atReady.empty})`);
        assert.match(atReady.texts[atReady.questions.indexOf("rf-q-q-150")], /^Answer 150\./, `${where} the answer opened by the open attribute has its text at once`);
        assert.deepEqual(result.questions, ids(0, 200), `${where} every question is in the page within 5 s, in order`);
        assert.equal(result.empty, 0, `${where} every answer is in the page within 5 s`);
        result.texts.forEach((text, i) => assert.ok(text.startsWith(`Answer ${i}.`), `${where} answer ${i} holds its own text: ${text}`));
      });

      it("searches as the visitor types (the list updates after the next paint in every engine), and Escape clears", async () => {
        const where = `[${engine} / long FAQ search]`;
        await h.load("/hosts/plain.html");
        await driver.executeAsyncScript(`
          const done = arguments[arguments.length - 1];
          ${longWidget(200)}
          widget.setAttribute("search", "");
          widget.id = "long";
          window.searches = [];
          widget.addEventListener("reframe:search", (e) => searches.push(e.detail));
          widget.addEventListener("reframe:ready", () => done());
          document.body.append(widget);`);
        const input = await driver.executeScript(`return document.getElementById("long").shadowRoot.querySelector("input")`);
        const read = () =>
          driver.executeScript(`
            const root = document.getElementById("long").shadowRoot;
            return {
              shown: [...root.querySelectorAll(".faq-item:not([hidden]) .faq-button")].map((b) => b.id),
              value: root.querySelector("input").value,
              searches: window.searches,
            };`);
        // Focus by script, as in the reader's search test (WebKitWebDriver and shadow roots).
        await driver.executeScript("arguments[0].focus()", input);
        await input.sendKeys("Question 17?");
        let s = await waitFor(where, "the one matching question", (s) => s.shown.length === 1, read);
        assert.deepEqual(s.shown, ["rf-q-q-17"], `${where} the match`);
        assert.equal(s.value, "Question 17?", `${where} every typed character is in the box`);
        assert.deepEqual(s.searches.at(-1), { query: "Question 17?", count: 1 }, `${where} the last reframe:search is of the whole text`);
        await input.sendKeys(Key.ESCAPE);
        s = await waitFor(where, "every question back", (s) => s.shown.length === 200, read);
        assert.equal(s.value, "", `${where} the box is empty`);
        assert.deepEqual(s.searches.at(-1), { query: "", count: 200 }, `${where} reframe:search for the cleared box`);
      });

      it("opens and focuses a question far down that the page's link names, with every question above it, at once", async () => {
        const where = `[${engine} / long FAQ deep link]`;
        const result = await whenAllIn("/hosts/plain.html#q-190");
        // Questions coming in above the linked one would push it out of view in a browser
        // without scroll anchoring (WebKit): they are all there from the first render.
        const above = Array.from({ length: 191 }, (_, i) => `rf-q-q-${i}`);
        assert.deepEqual(result.atReady.questions.slice(0, 191), above, `${where} the questions down to the linked one are there at reframe:ready`);
        assert.deepEqual(result.expanded, ["rf-q-q-190"], `${where} the linked question is open`);
        assert.equal(result.focused, "rf-q-q-190", `${where} the linked question has the focus`);
        assert.equal(result.questions.length, 200, `${where} every question is in the page`);
      });
    });

    describe("inline JSON nested 50,000 deep", () => {
      it("is refused with the content error, and the next widget on the page still renders", async () => {
        const where = `[${engine} / deep JSON]`;
        await h.load("/hosts/plain.html");
        const result = await driver.executeAsyncScript(`
          const done = arguments[arguments.length - 1];
          const n = 50000;
          const inline = '{"lang":"en","title":"Deep","faq":{"title":"FAQ","items":[{"id":"a","question":"Q?","answer":["A."]}]},"deep":' + "[".repeat(n) + "]".repeat(n) + "}";
          ${REFUSED_THEN_NEXT}`);
        assert.match(result.error, /invalid inline content[\s\S]*deep: unknown field `deep`/, `${where} the content error names the field`);
        assert.equal(result.questions, 6, `${where} the next widget renders`);
        assert.equal(result.log.errors.length, 1, `${where} one console error, nothing uncaught: ${result.log.errors}`);
        assert.match(result.log.errors[0], /^<reframe-widget>: invalid inline content/, `${where} the console error is the content's`);
      });
    });

    describe("hostile input through the API (issue 20)", () => {
      it("refuses inline content over the size limit, and the next widget renders", async () => {
        const where = `[${engine} / oversized inline]`;
        await h.load("/hosts/plain.html");
        const result = await driver.executeAsyncScript(`
          const done = arguments[arguments.length - 1];
          // 20 MB of JSON text: ten times the limit of one content set.
          const inline = '{"lang":"en","title":"' + "x".repeat(20000000) + '"}';
          ${REFUSED_THEN_NEXT}`);
        assert.match(result.error, /\(root\): the content is longer than the limit of 2000000 bytes/, `${where} the error names the limit`);
        assert.equal(result.questions, 6, `${where} the next widget renders`);
        assert.equal(result.log.errors.length, 1, `${where} one console error, nothing uncaught: ${result.log.errors}`);
      });

      it("a widget with the hidden attribute stays hidden once rendered, and shows when it is removed", async () => {
        const where = `[${engine} / hidden attribute]`;
        await h.load("/hosts/plain.html");
        const result = await driver.executeAsyncScript(`
          const done = arguments[arguments.length - 1];
          import("/reframe/reframe.js").then(() => {
            const widget = document.createElement("reframe-widget");
            widget.setAttribute("loading", "eager");
            widget.hidden = true;
            widget.innerHTML = "<p>The fallback</p>";
            widget.addEventListener("reframe:ready", () => requestAnimationFrame(() => {
              const hidden = { display: getComputedStyle(widget).display, height: widget.getBoundingClientRect().height };
              widget.hidden = false;
              const shown = { display: getComputedStyle(widget).display, height: widget.getBoundingClientRect().height };
              done({ hidden, shown, rendered: Boolean(widget.shadowRoot?.querySelector(".faq-item")) });
            }));
            document.body.append(widget);
          });`);
        assert.ok(result.rendered, `${where} the widget rendered while hidden`);
        assert.deepEqual(result.hidden, { display: "none", height: 0 }, `${where} hidden`);
        assert.equal(result.shown.display, "block", `${where} shown once hidden is removed`);
        assert.ok(result.shown.height > 100, `${where} shown with its content: ${result.shown.height}px`);
      });

      it("update() and validate() given a cyclic object throw nothing into the caller", async () => {
        const where = `[${engine} / cyclic options]`;
        await h.load("/hosts/plain.html");
        const result = await driver.executeAsyncScript(`
          const done = arguments[arguments.length - 1];
          import("/reframe/reframe.js").then(async ({ mount, validate }) => {
            const element = document.createElement("div");
            document.body.append(element);
            const errors = [];
            element.addEventListener("reframe:error", (event) => errors.push(event.detail.message));
            const widget = mount(element, { show: "faq" });
            await widget.ready;
            const cyclic = { lang: "en" };
            cyclic.self = cyclic;
            let thrown = null;
            try {
              widget.update({ inline: cyclic });
            } catch (error) {
              thrown = String(error);
            }
            let problems = null;
            try {
              problems = await validate(cyclic);
            } catch (error) {
              thrown = String(error);
            }
            done({
              thrown,
              problems,
              errors,
              questions: element.shadowRoot.querySelectorAll(".faq-button").length,
            });
          });`);
        assert.equal(result.thrown, null, `${where} nothing thrown`);
        assert.equal(result.errors.length, 1, `${where} reframe:error reports it: ${result.errors}`);
        assert.equal(result.questions, 6, `${where} the widget stays as it was`);
        assert.equal(result.problems.length, 1, `${where} validate() gives one problem`);
        assert.match(result.problems[0], /^\(root\): not valid JSON/, `${where} validate() says why`);
      });

      it("reads only the options' own properties: a polluted Object.prototype changes nothing", async () => {
        const where = `[${engine} / polluted prototype]`;
        await h.load("/hosts/plain.html");
        const result = await driver.executeAsyncScript(`
          const done = arguments[arguments.length - 1];
          import("/reframe/reframe.js").then(async ({ mount }) => {
            for (const [key, value] of Object.entries({
              theme: "dark", mode: "single", show: "phrases", open: "first", search: "",
              inline: '{"lang":"en","title":"Evil","faq":{"title":"Evil","items":[{"id":"e","question":"Evil?","answer":["Evil."]}]}}',
              summary: { label: "Evil", text: "Evil." },
            })) Object.prototype[key] = value;
            try {
              const element = document.createElement("div");
              document.body.append(element);
              const widget = mount(element, {});
              await widget.ready;
              const root = element.shadowRoot;
              done({
                questions: root.querySelectorAll(".faq-button").length,
                expanded: root.querySelectorAll('[aria-expanded="true"]').length,
                dark: !!root.querySelector(".theme-dark"),
                phrases: root.querySelectorAll(".card").length,
                search: !!root.querySelector("input[type=search]"),
                text: root.textContent.includes("Evil"),
                log: window.__reframeLog,
              });
            } finally {
              for (const key of ["theme", "mode", "show", "open", "search", "inline", "summary"]) delete Object.prototype[key];
            }
          });`);
        assert.equal(result.questions, 6, `${where} the bundled questions`);
        assert.equal(result.expanded, 0, `${where} none open`);
        assert.equal(result.dark, false, `${where} the default theme`);
        assert.equal(result.phrases, 3, `${where} the default parts`);
        assert.equal(result.search, false, `${where} no search box`);
        assert.equal(result.text, false, `${where} nothing of the prototype's content`);
        assert.deepEqual(result.log.errors, [], `${where} no error`);
      });
    });

    describe("host reader-features", () => {
      const where = `[${engine} / reader-features]`;
      const READ = `
        const read = (id) => {
          const root = document.getElementById(id).shadowRoot;
          if (!root) return null;
          const active = root.activeElement;
          return {
            questions: [...root.querySelectorAll(".faq-item:not([hidden]) .faq-button")].map((b) => b.id),
            expanded: [...root.querySelectorAll(".faq-item:not([hidden]) .faq-button")].map((b) => b.getAttribute("aria-expanded") === "true"),
            marks: [...root.querySelectorAll("mark")].map((m) => m.textContent),
            live: root.querySelector("[role=status]").textContent.replace(/\u200b/g, ""),
            active: active ? active.id || active.className : null,
            expandAll: root.querySelector(".expand-all")?.textContent ?? null,
            tryHidden: [...root.querySelectorAll(".card-try")].map((t) => t.hidden),
            labels: [...root.querySelectorAll(".card-label")].map((l) => l.textContent),
            searchLabel: root.querySelector(".search-label")?.textContent ?? null,
          };
        };
        return { reader: read("reader"), spanish: read("spanish"), log: window.__reframeLog };`;
      const read = () => driver.executeScript(READ);
      const inReader = (selector, index = 0) =>
        driver.executeScript(
          `return document.getElementById("reader").shadowRoot.querySelectorAll(${JSON.stringify(selector)})[${index}]`,
        );

      it("opens the question a link's hash names, and focuses it", async () => {
        await h.load("/hosts/reader.html#is-refusal-a-red-flag");
        const s = await waitFor(where, "the linked question to open", (s) => s.reader?.expanded[4] === true, read);
        assert.deepEqual(s.reader.expanded, [false, false, false, false, true, false], `${where} only the linked one`);
        await waitFor(where, "focus on it", (s) => s.reader.active === "rf-q-is-refusal-a-red-flag", read);
      });

      it("searches as the visitor types, and Escape clears", async () => {
        const input = await inReader("input");
        // Focus by script: WebKitWebDriver reports clicks on inputs in a shadow root as
        // intercepted by the host element.
        await driver.executeScript("arguments[0].scrollIntoView(); arguments[0].focus()", input);
        await input.sendKeys("discernment");
        let s = await waitFor(where, "one matching question", (s) => s.reader.questions.length === 1, read);
        assert.deepEqual(s.reader.questions, ["rf-q-what-is-discernment-counseling"], `${where} the match`);
        assert.deepEqual(s.reader.expanded, [true], `${where} the match is open`);
        assert.ok(s.reader.marks.length >= 2, `${where} matches marked: ${s.reader.marks}`);
        assert.equal(s.reader.live, "1 question matches", `${where} announced`);
        assert.equal(s.reader.active, "rf-search", `${where} focus stays in the search box`);
        await axeCheck(`${where} (searching)`, { sameFaqTwice: true });
        await input.sendKeys("zzz");
        s = await waitFor(where, "the empty state", (s) => s.reader.live.startsWith("No questions match"), read);
        await axeCheck(`${where} (no results)`, { sameFaqTwice: true });
        await input.sendKeys(Key.ESCAPE);
        s = await waitFor(where, "all questions back", (s) => s.reader.questions.length === 6, read);
        assert.equal(s.reader.active, "rf-search", `${where} focus still in the search box`);
        const searches = s.log.events.filter((e) => e.type === "reframe:search").map((e) => e.detail);
        assert.deepEqual(searches.at(-1), { query: "", count: 6 }, `${where} reframe:search events`);
      });

      it("expands and collapses all", async () => {
        await (await inReader(".expand-all")).click();
        let s = await waitFor(where, "all open", (s) => s.reader.expanded.every(Boolean), read);
        assert.equal(s.reader.expandAll, "Hide all answers", `${where} control label`);
        await (await inReader(".expand-all")).click();
        s = await waitFor(where, "all closed", (s) => !s.reader.expanded.some(Boolean), read);
      });

      it("practice mode reveals the Try phrase, and copying it is announced", async () => {
        let s = await read();
        assert.deepEqual(s.reader.tryHidden, [true, true, true], `${where} Try phrases hidden`);
        await (await inReader(".card-reveal")).click();
        s = await waitFor(where, "the first Try shown", (s) => !s.reader.tryHidden[0], read);
        await (await inReader(".card-copy")).click();
        s = await waitFor(where, "a copy announcement", (s) => /clipboard|copy/i.test(s.reader.live), read);
        assert.equal(s.reader.live, "Copied to the clipboard", `${where} copy result`);
        const copies = s.log.events.filter((e) => e.type === "reframe:copy").map((e) => e.detail);
        assert.deepEqual(copies, [{ index: 0 }], `${where} reframe:copy`);
      });

      it("the signs self-check answers gently, and the call to action links to the practice", async () => {
        const box = await driver.executeScript(
          `return document.getElementById("article").shadowRoot.querySelectorAll("input[type=checkbox]")[1]`,
        );
        await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", box);
        await box.click();
        const state = () =>
          driver.executeScript(`
            const root = document.getElementById("article").shadowRoot;
            return {
              message: !root.querySelector(".checklist-message").hidden,
              href: root.querySelector(".cta-link")?.getAttribute("href"),
              checks: window.__reframeLog.events.filter((e) => e.type === "reframe:check").map((e) => e.detail),
            };`);
        const s = await waitFor(where, "the self-check message", (s) => s.message, state);
        await axeCheck(`${where} (practice revealed, signs checked, dark Spanish widget)`, { sameFaqTwice: true });
        assert.deepEqual(s.checks, [{ checked: 1 }], `${where} reframe:check`);
        assert.equal(s.href, "/contact", `${where} call to action from cta-href`);
        await screenshot("reader-signs");
      });

      it("turns animation off for visitors who ask for reduced motion", async () => {
        const transition = () =>
          driver.executeScript(`
            const icon = document.getElementById("reader").shadowRoot.querySelector(".faq-icon");
            return getComputedStyle(icon, "::after").transitionDuration;`);
        assert.notEqual(await transition(), "0s", `${where} animated by default`);
        if (engine === "chromium") {
          // Chromium can emulate the preference; the computed style must follow it.
          await driver.sendDevToolsCommand("Emulation.setEmulatedMedia", {
            features: [{ name: "prefers-reduced-motion", value: "reduce" }],
          });
          assert.equal(await transition(), "0s", `${where} no transition under reduced motion`);
          await driver.sendDevToolsCommand("Emulation.setEmulatedMedia", { features: [] });
        } else {
          // Elsewhere, the widget's own stylesheet must hold the rule that does it.
          const rule = await driver.executeScript(`
            const sheet = document.getElementById("reader").shadowRoot.adoptedStyleSheets[0];
            const media = [...sheet.cssRules].find((r) => r.conditionText === "(prefers-reduced-motion: reduce)");
            return media ? media.cssRules[0].style.getPropertyValue("transition") : null;`);
          assert.match(rule ?? "", /none/, `${where} reduced-motion rule in the widget's stylesheet`);
        }
      });

      it("speaks the page's language (Spanish) and takes phone and desktop screenshots", async () => {
        const s = await read();
        assert.equal(s.spanish.searchLabel, "Buscar en las preguntas", `${where} Spanish search label`);
        assert.equal(s.spanish.expandAll, "Mostrar todas las respuestas", `${where} Spanish control`);
        assert.deepEqual(s.spanish.labels.slice(0, 2), ["✕En lugar de", "✓Prueba"], `${where} Spanish card labels`);
        const autoTheme = await driver.executeScript(
          `return document.getElementById("auto").shadowRoot.querySelector(".reframe").className`,
        );
        assert.match(autoTheme, /theme-dark/, `${where} theme="auto" follows the page's color-scheme: dark`);
        assert.deepEqual(s.log.errors, [], `${where} console errors`);
        assert.deepEqual(s.log.warnings, [], `${where} console warnings`);
        await screenshot("reader-desktop");
        const rect = await driver.manage().window().getRect();
        await driver.manage().window().setRect({ width: 375, height: 800 });
        await driver.executeScript(`document.getElementById("spanish").scrollIntoView()`);
        await screenshot("reader-phone-dark");
        await driver.executeScript(`window.scrollTo(0, 0)`);
        await screenshot("reader-phone");
        await driver.manage().window().setRect({ width: rect.width, height: rect.height });
      });
    });

    describe("demo page", () => {
      it("the theme playground changes the live widget and its snippet", async () => {
        const where = `[${engine} / demo]`;
        await h.load("/reframe/index.html");
        const theme = await driver.findElement({ css: "#playground-form select[name=theme]" });
        await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", theme);
        await theme.sendKeys("dark");
        await driver.executeScript("arguments[0].dispatchEvent(new Event('change', { bubbles: true }))", theme);
        const read = () =>
          driver.executeScript(`return {
            className: document.querySelector("#playground-widget").shadowRoot?.querySelector(".reframe")?.className ?? "",
            snippet: document.querySelector("#playground-snippet").textContent,
          }`);
        const s = await waitFor(where, "the dark theme", (s) => s.className.includes("theme-dark"), read);
        assert.match(s.snippet, /theme="dark"/, `${where} snippet`);
        assert.match(s.snippet, /<script type="module" src="\/reframe\/reframe.js"><\/script>/, `${where} snippet`);
        await screenshot("demo-playground");
      });
    });

    describe("host hostile-content", () => {
      const where = `[${engine} / hostile-content]`;
      const INSPECT = `
        const safe = ["https:", "http:", "mailto:", "tel:"];
        const allowed = new Set(["DIV", "H2", "H3", "H4", "H5", "H6", "BUTTON", "SPAN", "P", "UL", "LI", "STRONG", "EM", "A"]);
        const widgets = [...document.querySelectorAll("reframe-widget")];
        const events = window.__reframeLog.events;
        return {
          total: widgets.length,
          settled: events.filter((e) => e.type === "reframe:ready" || e.type === "reframe:error").length,
          pwned: window.__pwned,
          corpus: window.__corpus,
          widgets: widgets.map((w) => {
            const root = w.shadowRoot;
            const elements = root ? [...root.querySelectorAll("*")] : [];
            return {
              kind: w.dataset.kind,
              index: Number(w.dataset.index),
              rendered: !!root && !!root.querySelector(".faq-button"),
              question: root?.querySelector(".faq-question")?.textContent ?? null,
              strayElements: elements.filter((e) => !allowed.has(e.tagName)).map((e) => e.tagName),
              handlerAttributes: elements.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
              hrefs: elements.filter((e) => e.hasAttribute("href")).map((e) => e.getAttribute("href")),
              unsafeHrefs: elements
                .filter((e) => e.hasAttribute("href"))
                .map((e) => new URL(e.getAttribute("href"), location.href).protocol)
                .filter((p) => !safe.includes(p)),
            };
          }),
          errors: window.__reframeLog.errors,
        };`;

      it("runs no script, fires no handler and writes no unsafe href", async () => {
        await h.load("/hosts/hostile-content.html");
        const read = () => driver.executeScript(INSPECT);
        const s = await waitFor(where, "every widget to render or refuse its content", (s) =>
          s.total > 0 && s.settled === s.total,
          read,
          30000,
        );
        const { text, urls } = s.corpus;
        assert.ok(text.length + urls.length >= 40, `${where} corpus has ${text.length + urls.length} payloads`);
        assert.equal(s.total, 2 * (text.length + urls.length), `${where} two widgets per payload: content, markup`);
        // Hover and click everything a visitor could, then look again.
        await driver.executeScript(`
          for (const w of document.querySelectorAll("reframe-widget")) {
            for (const b of w.shadowRoot?.querySelectorAll("button") ?? []) b.click();
            for (const e of w.shadowRoot?.querySelectorAll("*") ?? []) {
              e.dispatchEvent(new PointerEvent("pointerover", { bubbles: true }));
              e.dispatchEvent(new FocusEvent("focus"));
            }
          }`);
        await driver.sleep(500);
        const after = await read();
        assert.deepEqual(after.pwned, [], `${where} payloads that ran`);
        for (const w of after.widgets) {
          const at = `${where} ${w.kind} payload ${w.index}`;
          assert.deepEqual(w.strayElements, [], `${at}: elements that are not the widget's own`);
          assert.deepEqual(w.handlerAttributes, [], `${at}: event handler attributes`);
          assert.deepEqual(w.unsafeHrefs, [], `${at}: unsafe href schemes`);
          const payload = w.kind.endsWith("text") ? text[w.index] : urls[w.index];
          // The page's markup: any text is the question word for word (white space collapsed),
          // and any URL renders, as a link if safe, else as text.
          const collapsed = payload.replace(/[ \t\n\f\r]+/g, " ").replace(/^ | $/g, "");
          if (w.kind === "markup-text" && collapsed !== "") {
            assert.equal(w.rendered, true, `${at}: markup with this text should render`);
            assert.equal(w.question, collapsed, `${at}: rendered as text, word for word`);
          }
          if (w.kind === "markup-url") assert.equal(w.rendered, true, `${at}: markup with this link should render`);
          // Text without Markdown characters must render, exactly as text.
          if (w.kind === "text" && !/[\\*_[\]()]/.test(payload)) {
            assert.equal(w.rendered, true, `${at}: a plain-text payload should render`);
            assert.equal(w.question, payload, `${at}: rendered as text, word for word`);
          }
          if (w.kind === "url" && w.rendered) {
            assert.ok(w.hrefs.every((h) => h === payload), `${at}: href ${JSON.stringify(w.hrefs)} is the given URL`);
          }
        }
        const renderedUrls = after.widgets.filter((w) => w.kind === "url" && w.rendered).map((w) => urls[w.index]);
        // Entity-encoded schemes are relative paths (attributes set through the DOM are never
        // entity-decoded) and the last is protocol-relative: all resolve to http(s).
        assert.deepEqual(
          renderedUrls,
          [
            "jav&#x09;ascript:__pwned.push(114)",
            "&#106;avascript:__pwned.push(115)",
            "javascript&colon;__pwned.push(116)",
            "//example.org/%0ajavascript:__pwned.push(117)",
            "https://example.org/ok",
            "/relative/ok",
            "#fragment-ok",
            "mailto:someone@example.org",
            "tel:+15551234567",
          ],
          `${where} only safe URLs render`,
        );
        const refused = after.widgets.filter((w) => !w.rendered).length;
        console.log(`${where} corpus: ${text.length} text + ${urls.length} URL payloads; rendered ${after.widgets.length - refused}, refused ${refused}; ran: ${after.pwned.length}`);
        assert.ok(after.errors.every((e) => /^<reframe-widget>: invalid (inline content|FAQ markup)/.test(e)), `${where} only content errors: ${after.errors.filter((e) => !e.startsWith("<reframe-widget>")).join(" | ")}`);
      });
    });

    for (const [name, path, reason] of [
      ["wasm-404", "/hosts/wasm-404.html", /./],
      // The tampered wasm still works (tamper() in server.mjs): only the integrity check can
      // refuse it. (The glue is inside reframe.js, which the host pins with its own integrity
      // attribute: package.test.mjs.)
      ["tampered-wasm", "/hosts/tampered-wasm.html", /reframe-core_bg\.wasm .*integrity hash/],
      ["no-webassembly", "/hosts/no-webassembly.html", /WebAssembly is not available/],
    ]) {
      describe(`host ${name}`, () => {
        it("keeps the fallback visible and throws nothing", async () => {
          const where = `[${engine} / ${name}]`;
          await h.load(path);
          const s = await waitFor(where, "a reframe:error event", (s) => s.log.events.length > 0);
          assert.deepEqual(s.log.events.map((e) => e.type), ["reframe:error"], `${where} events`);
          assert.deepEqual(s.log.dashed, [{ ...s.log.events[0], type: "reframe-error" }], `${where} the dashed name too`);
          assert.match(s.log.events[0].detail.message, reason, `${where} error detail`);
          assert.equal(s.fallbackVisible, true, `${where} fallback visible`);
          assert.deepEqual(s.questions, [], `${where} nothing rendered`);
          // The site's own files failing is an error for the site owner; a browser without
          // WebAssembly only a warning. Either way one message, and nothing uncaught.
          const [said, quiet] = name === "no-webassembly" ? [s.log.warnings, s.log.errors] : [s.log.errors, s.log.warnings];
          assert.equal(said.length, 1, `${where} one console message: ${said}`);
          assert.match(said[0], /^reframe: .*the page's fallback content stays visible\.$/, `${where} console message`);
          assert.deepEqual(quiet, [], `${where} nothing else in the console`);
          await screenshot(name);
        });
      });
    }
  });
}
