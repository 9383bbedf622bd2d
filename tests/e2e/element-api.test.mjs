// The element's API, in every engine (host page: hosts/element-api.html): a property per
// attribute, reflecting it both ways; properties set before the element was defined; the
// `content` property with a content set object; `ready`; the methods open(id), close(id),
// toggleAll(open) and search(text), each answer they change firing reframe:toggle; bad input
// warns and never throws.
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { selectedEngines } from "./engines.mjs";
import { it, openHarness } from "./harness.mjs";
import { SEED_QUESTIONS as SEED } from "./seed.mjs";

const PAGE = "/hosts/element-api.html";

/** Widget `arguments[0]`'s questions (id -> expanded, for those shown) and the page's log. */
const STATE = `
  const widget = document.getElementById(arguments[0]);
  const open = {};
  for (const button of widget.shadowRoot?.querySelectorAll('[part~="question"]') ?? []) {
    if (button.closest("[hidden]")) continue;
    open[button.id.replace(/^rf-q-/, "")] = button.getAttribute("aria-expanded") === "true";
  }
  const log = window.__reframeLog;
  return {
    open,
    toggles: log.events.filter((e) => e.type === "reframe:toggle" && e.target === arguments[0]).map((e) => e.detail),
    events: log.events.filter((e) => e.target === arguments[0]).map((e) => e.type),
    warnings: log.warnings,
    errors: log.errors,
  };`;

/** Tags each logged event with its widget's id, and forgets those logged so far. */
const TRACK = `
  const log = window.__reframeLog;
  log.events.length = 0;
  log.warnings.length = 0;
  if (!window.__tracked) {
    window.__tracked = true;
    for (const type of ["reframe:toggle", "reframe:search", "reframe:ready", "reframe:error"]) {
      document.addEventListener(type, (e) => {
        const last = log.events.findLast((entry) => entry.type === e.type && entry.detail === e.detail);
        if (last) last.target = e.target.id;
      });
    }
  }`;

/** Resolves with how widget `arguments[0]`'s `ready` settled, or "pending" after 300 ms. */
const READY = `
  const done = arguments[arguments.length - 1];
  const widget = document.getElementById(arguments[0]);
  setTimeout(() => done("pending"), 300);
  widget.ready.then(() => done("resolved"), (e) => done("rejected: " + e));`;

for (const engine of selectedEngines()) {
  describe(`${engine} element API`, () => {
    let h;
    let driver;

    before(async () => {
      h = await openHarness(engine);
      driver = h.driver;
      await h.load(PAGE);
      await h.waitFor("load", "#api and #early ready", (ready) => ready.every((r) => r === "resolved"), () =>
        Promise.all(["api", "early"].map((id) => driver.executeAsyncScript(READY, id))),
      );
      await driver.executeScript(TRACK);
    });

    after(async () => {
      await h?.close();
    });

    const state = (id) => driver.executeScript(STATE, id);
    const track = () => driver.executeScript(TRACK);
    /** Runs `script` on widget `id` (`el` in it); resolves to what it returns, or its error. */
    const on = (id, script) =>
      driver.executeScript(
        `const el = document.getElementById(arguments[0]);
         try { return { value: (() => { ${script} })() }; } catch (e) { return { threw: String(e) }; }`,
        id,
      );
    const waitToggles = (id, what, count) =>
      h.waitFor(`#${id}`, what, (s) => s.toggles.length >= count, () => state(id));

    it("has a property for each attribute that reflects it both ways", async () => {
      const read = await on(
        "api",
        `return ["content", "src", "show", "mode", "defaultOpen", "headingLevel", "theme", "searchBox",
                 "phrasesMode", "ctaHref", "structuredData", "loading", "lang"].map((p) => [p, el[p]]);`,
      );
      assert.deepEqual(Object.fromEntries(read.value), {
        content: "",
        src: "",
        show: "faq",
        mode: "multiple",
        defaultOpen: "",
        headingLevel: 3,
        theme: "light",
        searchBox: false,
        phrasesMode: "cards",
        ctaHref: "",
        structuredData: false,
        loading: "eager",
        lang: "",
      });
      const written = await on(
        "api",
        `const out = {};
         el.headingLevel = 5; out.level = el.getAttribute("heading-level");
         el.setAttribute("heading-level", "2"); out.levelBack = el.headingLevel;
         el.setAttribute("heading-level", "9"); out.levelBad = el.headingLevel;
         el.phrasesMode = "practice"; out.phrases = el.getAttribute("phrases-mode");
         el.setAttribute("theme", "DARK"); out.theme = el.theme;
         el.setAttribute("theme", "pink"); out.themeBad = el.theme;
         el.theme = null; out.themeRemoved = el.hasAttribute("theme");
         el.searchBox = true; out.search = el.getAttribute("search");
         el.setAttribute("search", "off"); out.searchOff = el.searchBox;
         el.setAttribute("search", "true"); out.searchOn = el.searchBox;
         el.structuredData = true; el.structuredData = false; out.structured = el.hasAttribute("structured-data");
         el.defaultOpen = ["${SEED[0]}", "${SEED[1]}"]; out.open = el.getAttribute("open");
         el.defaultOpen = null;
         el.ctaHref = "/contact"; out.cta = el.getAttribute("cta-href"); el.ctaHref = null;
         el.content = "partner-refuses-therapy"; out.content = el.getAttribute("content");
         out.enumerable = Object.keys(Object.getPrototypeOf(el)).includes("headingLevel");
         return out;`,
      );
      assert.deepEqual(written.value, {
        level: "5",
        levelBack: 2,
        levelBad: 3,
        phrases: "practice",
        theme: "dark",
        themeBad: "light",
        themeRemoved: false,
        search: "",
        searchOff: false,
        searchOn: true,
        structured: false,
        open: `${SEED[0]} ${SEED[1]}`,
        cta: "/contact",
        content: "partner-refuses-therapy",
        enumerable: true,
      });
      // The attributes the properties set re-render the widget: the search box shows.
      await h.waitFor("#api", "the search box", (has) => has, () =>
        driver.executeScript(`return !!document.getElementById("api").shadowRoot.querySelector('[part~="search-input"]')`),
      );
      await on("api", `el.searchBox = false; el.headingLevel = null; el.phrasesMode = null;`);
      await h.waitFor("#api", "no search box", (has) => !has, () =>
        driver.executeScript(`return !!document.getElementById("api").shadowRoot.querySelector('[part~="search-input"]')`),
      );
    });

    it("takes properties set before the element was defined, a content object among them", async () => {
      const early = await on(
        "early",
        `return {
           own: ["mode", "searchBox", "headingLevel", "content"].filter((p) => Object.hasOwn(el, p)),
           mode: el.getAttribute("mode"), search: el.getAttribute("search"), level: el.getAttribute("heading-level"),
           title: typeof el.content === "object" ? el.content.title : el.content,
           headings: [...el.shadowRoot.querySelectorAll("h4 [part~='question']")].map((b) => b.textContent.trim()),
           searchBox: !!el.shadowRoot.querySelector('[part~="search-input"]'),
         };`,
      );
      assert.deepEqual(early.value, {
        own: [],
        mode: "single",
        search: "",
        level: "4",
        title: "Our practice",
        headings: ["When are you open?", "What does a session cost?"],
        searchBox: true,
      });
      // Single mode, from the early `mode`: opening one closes the other, two toggles.
      // (Calls made together change the state once: the toggles tell the answers whose state
      // differs between two renders.)
      await track();
      await on("early", `el.open("hours");`);
      await waitToggles("early", "open(hours)", 1);
      await on("early", `el.open("price");`);
      const after = await waitToggles("early", "open(price)", 3);
      assert.deepEqual(after.toggles, [
        { id: "hours", open: true },
        { id: "hours", open: false },
        { id: "price", open: true },
      ]);
      assert.deepEqual(after.open, { hours: false, price: true });
    });

    it("shows a content object given later, and a bundled set again from a string", async () => {
      await track();
      await on(
        "api",
        `el.content = { lang: "en", title: "T", faq: { title: "F", items: [{ id: "only", question: "Only?", answer: ["Yes."] }] } };`,
      );
      let now = await h.waitFor("#api", "the object's question", (s) => "only" in s.open, () => state("api"));
      assert.deepEqual(Object.keys(now.open), ["only"]);
      assert.equal((await on("api", `return el.content.title;`)).value, "T");
      await on("api", `el.content = "repair-after-an-argument";`);
      now = await h.waitFor("#api", "the bundled set", (s) => !("only" in s.open) && Object.keys(s.open).length > 0, () =>
        state("api"),
      );
      assert.equal((await on("api", `return el.content;`)).value, "repair-after-an-argument");
      await on("api", `el.content = null;`);
      now = await h.waitFor("#api", "the default set", (s) => SEED.every((id) => id in s.open), () => state("api"));
      assert.deepEqual(now.errors, []);
    });

    it("opens, closes, toggles all and searches, each change firing reframe:toggle", async () => {
      await track();
      await on("api", `el.open("${SEED[1]}");`);
      let now = await waitToggles("api", "open()", 1);
      assert.deepEqual(now.toggles, [{ id: SEED[1], open: true }]);
      assert.equal(now.open[SEED[1]], true);

      await track();
      await on("api", `el.close("${SEED[1]}");`);
      now = await waitToggles("api", "close()", 1);
      assert.deepEqual(now.toggles, [{ id: SEED[1], open: false }]);
      assert.equal(now.open[SEED[1]], false);

      await track();
      await on("api", `el.toggleAll(true);`);
      now = await waitToggles("api", "toggleAll(true)", SEED.length);
      assert.deepEqual(now.toggles, SEED.map((id) => ({ id, open: true })));
      assert.ok(Object.values(now.open).every(Boolean));

      await track();
      await on("api", `el.toggleAll(false);`);
      now = await waitToggles("api", "toggleAll(false)", SEED.length);
      assert.deepEqual(now.toggles, SEED.map((id) => ({ id, open: false })));

      await track();
      await on("api", `el.toggleAll();`);
      now = await waitToggles("api", "toggleAll() as the button", SEED.length);
      assert.ok(now.toggles.every((t) => t.open));
      await on("api", `el.toggleAll();`);
      now = await waitToggles("api", "toggleAll() again", 2 * SEED.length);
      assert.ok(now.toggles.slice(SEED.length).every((t) => !t.open));

      await track();
      await on("api", `el.search("red flag");`);
      now = await h.waitFor("#api", "search()", (s) => s.events.includes("reframe:search"), () => state("api"));
      assert.deepEqual(now.open, { "is-refusal-a-red-flag": true }, "only the match shows, open");
      assert.deepEqual(now.toggles, [{ id: "is-refusal-a-red-flag", open: true }]);
      const search = await driver.executeScript(
        `return window.__reframeLog.events.find((e) => e.type === "reframe:search").detail`,
      );
      assert.deepEqual(search, { query: "red flag", count: 1 });
      await track();
      await on("api", `el.search("");`);
      now = await h.waitFor("#api", "the search cleared", (s) => Object.keys(s.open).length === SEED.length, () => state("api"));
      assert.deepEqual(now.toggles, [{ id: "is-refusal-a-red-flag", open: false }]);
      assert.deepEqual(now.errors, []);
    });

    it("sets the open and search attributes when those are assigned, as frameworks do, and keeps the methods", async () => {
      const assigned = await on(
        "api",
        `const out = {};
         el.open = "${SEED[2]}"; out.open = el.getAttribute("open"); out.openType = typeof el.open;
         el.open = ["${SEED[0]}", "${SEED[1]}"]; out.list = el.getAttribute("open"); out.defaultOpen = el.defaultOpen;
         el.open = null; out.openRemoved = el.hasAttribute("open");
         el.search = "off"; out.search = el.getAttribute("search"); out.searchBox = el.searchBox;
         el.search = true; out.searchOn = el.getAttribute("search");
         el.search = false; out.searchRemoved = el.hasAttribute("search"); out.searchType = typeof el.search;
         out.own = ["open", "search"].filter((p) => Object.hasOwn(el, p));
         return out;`,
      );
      assert.deepEqual(assigned.value, {
        open: SEED[2],
        openType: "function",
        list: `${SEED[0]} ${SEED[1]}`,
        defaultOpen: `${SEED[0]} ${SEED[1]}`,
        openRemoved: false,
        search: "off",
        searchBox: false,
        searchOn: "",
        searchRemoved: false,
        searchType: "function",
        own: [],
      });
      // Still the methods, and their toggles come under the dashed name too.
      await track();
      await on("api", `el.open("${SEED[4]}");`);
      const now = await waitToggles("api", "open() after assignments", 1);
      assert.deepEqual(now.toggles, [{ id: SEED[4], open: true }]);
      const dashed = await driver.executeScript(
        `return window.__reframeLog.dashed.filter((e) => e.type === "reframe-toggle").map((e) => e.detail)`,
      );
      assert.deepEqual(dashed.slice(-1), now.toggles, "reframe-toggle with the same detail");
      await on("api", `el.close("${SEED[4]}");`);
      await waitToggles("api", "close()", 2);
    });

    it("gives a widget made by script ready and its early method calls once it renders", async () => {
      const result = await driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         const el = document.createElement("reframe-widget");
         el.id = "made";
         el.show = "faq";
         el.loading = "eager";
         const ready = el.ready; // before it is connected: settles once it renders
         el.open("${SEED[2]}");   // before it renders: waits for it
         document.getElementById("api").after(el);
         ready.then(() => done({
           rendered: !!el.shadowRoot?.querySelector('[part~="question"]'),
           same: el.ready === el.ready,
         }), (e) => done({ rejected: String(e) }));`,
      );
      assert.deepEqual(result, { rendered: true, same: true });
      const now = await h.waitFor("#made", "the early open()", (s) => s.open[SEED[2]] === true, () => state("made"));
      assert.deepEqual(now.errors, []);
    });

    it("keeps a lazy widget's ready pending and its method calls waiting until it comes near", async () => {
      assert.equal(await driver.executeAsyncScript(READY, "far"), "pending");
      await on("far", `el.open("${SEED[3]}");`);
      await driver.executeScript(`document.getElementById("far").scrollIntoView()`);
      assert.equal(await driver.executeAsyncScript(READY, "far"), "resolved");
      await h.waitFor("#far", "the waiting open()", (s) => s.open[SEED[3]] === true, () => state("far"));
      await driver.executeScript(`scrollTo(0, 0)`);
    });

    it("warns about bad input and an unknown id, and never throws", async () => {
      // #made no longer shows its FAQ: the accordion that took its calls is gone.
      await on("made", `el.show = "phrases";`);
      await h.waitFor("#made", "no FAQ", (s) => Object.keys(s.open).length === 0, () => state("made"));
      await track();
      const calls = await on(
        "api",
        `const results = [];
         for (const call of [
           () => el.open("no-such-question"),
           () => el.close("no-such-question"),
           () => el.open(42),
           () => el.close(),
           () => el.search(null),
           () => { el.mode = Symbol("x"); },
           () => { el.show = [Symbol("x")]; },
           () => document.getElementById("phrases").open("${SEED[0]}"),
           () => document.getElementById("phrases").toggleAll(true),
           () => document.getElementById("made").close("${SEED[2]}"),
         ]) {
           try { results.push(call() === undefined ? "ok" : "returned"); } catch (e) { results.push("threw " + e); }
         }
         return results;`,
      );
      assert.deepEqual(calls.value, Array(10).fill("ok"));
      const now = await h.waitFor("#api", "ten warnings", (s) => s.warnings.length >= 10, () => state("api"));
      const expected = [
        'open("no-such-question"): the FAQ has no question with this id',
        'close("no-such-question"): the FAQ has no question with this id',
        "open() takes a question's id as a string, not number",
        "close() takes a question's id as a string, not undefined",
        "search() takes the text to search for as a string, not object",
        // String() turns a symbol into text, which the widget refuses as any bad value.
        'ignoring mode="Symbol(x)"',
        "ignoring a value for show",
        `open("${SEED[0]}"): the widget shows no FAQ`,
        "toggleAll(): the widget shows no FAQ",
        `close("${SEED[2]}"): the widget shows no FAQ`,
      ];
      for (const text of expected) {
        assert.ok(now.warnings.some((w) => w.includes(text)), `a warning saying ${text}: ${JSON.stringify(now.warnings)}`);
      }
      assert.equal(now.warnings.length, 10, JSON.stringify(now.warnings));
      assert.deepEqual(now.toggles, []);
      assert.deepEqual(now.errors, []);
      assert.equal((await on("api", `return el.mode;`)).value, "multiple", "a bad value reads as the default");
      await on("api", `el.mode = null;`);
    });
  });
}
