// The content editor's form view (dist/editor.html) in every engine: questions and phrase pairs
// added, filled, moved and removed by keyboard, with focus and announcements where a keyboard
// and screen reader user needs them; the widget's messages next to the field they are about;
// the form and the JSON view kept in step both ways; a .json file opened and saved in the
// page; nothing stored in the browser; axe-core clean on the whole page.
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Key } from "selenium-webdriver";
import { selectedEngines } from "./engines.mjs";
import { it, openHarness, SHOTS } from "./harness.mjs";

/** The page's state: the preview's questions and cards, the JSON text, focus, the live region. */
const READ = `
  const root = document.getElementById("preview").shadowRoot;
  const active = document.activeElement;
  return {
    questions: root ? [...root.querySelectorAll(".faq-button")].map((b) => b.textContent) : [],
    cards: root ? root.querySelectorAll(".card").length : 0,
    json: document.getElementById("content-json").value,
    problems: document.getElementById("problems").textContent,
    focus: { path: active?.dataset?.path ?? null, text: active?.textContent ?? "", tag: active?.tagName ?? "" },
    announced: document.getElementById("announce").textContent,
    form: document.getElementById("content-form").textContent,
  };`;

/** The form field at a path: its value and what it says about problems. */
const FIELD = `
  const input = document.querySelector('#content-form [data-path="' + arguments[0] + '"]');
  if (!input) return null;
  const described = (input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? "#missing " + id);
  const error = input.parentElement.querySelector(".form-error");
  return { value: input.value, invalid: input.getAttribute("aria-invalid"), described,
    error: error.hidden ? "" : error.textContent, label: input.labels[0]?.textContent ?? "" };`;

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

for (const engine of selectedEngines()) {
  describe(`${engine} content editor, form view`, () => {
    let h;
    before(async () => {
      h = await openHarness(engine);
    });
    after(async () => h?.close());

    const read = () => h.driver.executeScript(READ);
    const fieldAt = (path) => h.driver.executeScript(FIELD, path);
    const json = async () => JSON.parse((await read()).json);
    /** Focuses the button whose name is `name` (so the keys that follow go to it). */
    const focusButton = (name) =>
      h.driver.executeScript(
        `const b = [...document.querySelectorAll("button")].find((b) => b.textContent.replace(/\\s+/g, " ").trim() === arguments[0]);
         if (!b) throw new Error("no button " + arguments[0]);
         b.scrollIntoView({ block: "center" }); b.focus();`,
        name,
      );
    /** Types into the field at `path` as a script would (for texts keys cannot type alike). */
    const setField = (path, value) =>
      h.driver.executeScript(
        `const input = document.querySelector('#content-form [data-path="' + arguments[0] + '"]');
         input.value = arguments[1]; input.dispatchEvent(new Event("input", { bubbles: true }));`,
        path,
        value,
      );
    const open = async (at) => {
      await h.load("/reframe/editor.html");
      await h.waitFor(at, "the starter set in the preview and the form", (s) => s.questions.length === 2 && s.form.includes("Question 2"), read);
    };
    /** axe-core on the whole editor page (the form, the tabs, the preview). */
    const axePage = async (what) => {
      await h.driver.executeScript(await readFile("node_modules/axe-core/axe.min.js", "utf8"));
      const violations = await h.driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         axe.run(document, { runOnly: arguments[0] })
           .then((r) => done(r.violations.map((v) => v.id + " x" + v.nodes.length + ": " + v.nodes[0].target + " " + v.nodes[0].failureSummary)))
           .catch((e) => done(["axe failed: " + e.message]));`,
        AXE_TAGS,
      );
      h.axeChecks += 1;
      assert.deepEqual(violations, [], `${what}: axe violations`);
    };

    it("adds, fills, moves and removes questions and pairs by keyboard", async () => {
      const at = `[${engine} / editor form keyboard]`;
      await open(at);
      await axePage(`${at} the form view`);

      // Add: focus goes to the new question's first field; its id follows the question.
      await focusButton("Add a question");
      await h.press(Key.ENTER);
      let s = await h.waitFor(at, "the new question's field focused", (s) => s.focus.path === "faq.items[2].question", read);
      await h.waitFor(at, "the addition announced", (s) => s.announced === "Question 3 added.", read);
      await h.press("How do we start?");
      await h.press(Key.TAB, Key.TAB);
      s = await read();
      assert.equal(s.focus.path, "faq.items[2].answer", `${at} Tab goes from question to id to answer`);
      await h.press("Write to us.", Key.ENTER, Key.ENTER, "Or **call** us.");
      s = await h.waitFor(at, "the new question in the preview", (s) => s.questions.includes("How do we start?"), read);
      assert.deepEqual(s.questions, ["What happens in a first session?", "How long does therapy take?", "How do we start?"]);
      assert.deepEqual(
        JSON.parse(s.json).faq.items[2],
        { id: "how-do-we-start", question: "How do we start?", answer: ["Write to us.", "Or **call** us."] },
        `${at} the JSON view holds it, id made from the question`,
      );
      assert.equal(s.problems, "", `${at} valid`);
      const question = await fieldAt("faq.items[2].question");
      assert.equal(question.label, "Question", `${at} labelled`);

      // Move up twice: focus stays on the moved question's button (the other one at the top).
      await focusButton("Move question 3 up");
      await h.press(Key.ENTER);
      s = await h.waitFor(at, "the move", (s) => s.questions[1] === "How do we start?", read);
      assert.equal(s.focus.text.replace(/\s+/g, " ").trim(), "Move question 2 up", `${at} focus on the moved item's button`);
      await h.waitFor(at, "the move announced", (s) => s.announced === "Question 3 moved up; it is now question 2 of 3.", read);
      await h.press(Key.ENTER);
      s = await h.waitFor(at, "the second move", (s) => s.questions[0] === "How do we start?", read);
      assert.equal(s.focus.text.replace(/\s+/g, " ").trim(), "Move question 1 down", `${at} at the top, focus on the other move button`);
      assert.equal((await json()).faq.items[0].id, "how-do-we-start", `${at} the JSON follows the order`);
      await h.screenshot("editor-form-moved");

      // Remove it: the list is back to the starter's; focus on the item that is now first.
      await focusButton("Remove question 1");
      await h.press(Key.ENTER);
      s = await h.waitFor(at, "the removal", (s) => s.questions.length === 2, read);
      assert.deepEqual(s.questions, ["What happens in a first session?", "How long does therapy take?"]);
      assert.equal(s.focus.path, "faq.items[0].question", `${at} focus after removing the first`);
      await h.waitFor(at, "the removal announced", (s) => s.announced === "Question 1 removed; 2 left.", read);
      assert.ok(!s.json.includes("How do we start?"), `${at} gone from the JSON`);
      // Removing the second: focus on the previous one.
      await focusButton("Remove question 2");
      await h.press(Key.ENTER);
      s = await h.waitFor(at, "the second removal", (s) => s.questions.length === 1, read);
      assert.equal(s.focus.path, "faq.items[0].question", `${at} focus on the previous item`);

      // A phrase pair, the same way.
      await focusButton("Add a pair");
      await h.press(Key.ENTER);
      s = await h.waitFor(at, "the new pair's field focused", (s) => s.focus.path === "phrases.pairs[1].instead", read);
      await h.press("Calm down.", Key.TAB, "I can see this matters to you.");
      s = await h.waitFor(at, "the new card in the preview", (s) => s.cards === 2 && !s.problems, read);
      assert.deepEqual((await json()).phrases.pairs[1], { instead: "Calm down.", try: "I can see this matters to you." });
      await focusButton("Move pair 2 up");
      await h.press(Key.ENTER);
      s = await h.waitFor(at, "the pair moved", (s) => JSON.parse(s.json).phrases.pairs[0].instead === "Calm down.", read);
      assert.equal(s.focus.text.replace(/\s+/g, " ").trim(), "Move pair 1 down", `${at} focus on the moved pair`);
      await focusButton("Remove pair 1");
      await h.press(Key.ENTER);
      s = await h.waitFor(at, "the pair removed", (s) => s.cards === 1, read);
      assert.equal(s.focus.path, "phrases.pairs[0].instead", `${at} focus on the pair left`);
      await axePage(`${at} after the edits`);
    });

    it("shows each problem next to its field, marked invalid, and in the summary", async () => {
      const at = `[${engine} / editor form problems]`;
      await open(at);
      // The widget reports an unsafe link when it reads the set, before its other rules: one
      // problem at a time here.
      await setField("faq.items[1].question", "");
      let s = await h.waitFor(at, "the empty question's problem", (s) => s.problems.includes("non-empty"), read);
      assert.match(s.problems, /faq\.items\[1\]\.question: expected non-empty text/, `${at} summary`);
      const question = await fieldAt("faq.items[1].question");
      assert.equal(question.invalid, "true", `${at} aria-invalid on the question`);
      assert.equal(question.error, "expected non-empty text", `${at} the message next to the question`);
      assert.ok(question.described.includes("expected non-empty text"), `${at} the question is described by its message`);
      await axePage(`${at} with a problem shown`);
      await setField("faq.items[1].question", "How long does it take?");
      await setField("faq.items[0].answer", "We listen.\n\nSee [our page](javascript:alert(1)).");
      s = await h.waitFor(at, "the link's problem", (s) => s.problems.includes("unsafe"), read);
      assert.match(s.problems, /faq\.items\[0\]\.answer\[1\]: unsafe/, `${at} summary`);
      assert.equal((await fieldAt("faq.items[1].question")).invalid, null, `${at} the fixed question is no longer invalid`);
      const answer = await fieldAt("faq.items[0].answer");
      assert.equal(answer.invalid, "true", `${at} aria-invalid on the answer`);
      assert.match(answer.error, /^unsafe or unsupported link URL "javascript:alert\(1\)"/, `${at} the link's message next to the answer`);
      assert.ok(answer.described.some((d) => d.startsWith("unsafe")), `${at} the answer is described by its message`);
      const fine = await fieldAt("faq.items[0].question");
      assert.equal(fine.invalid, null, `${at} a good field is not marked`);
      assert.equal(fine.error, "", `${at} and shows no message`);
      assert.deepEqual(s.questions, ["What happens in a first session?", "How long does therapy take?"], `${at} the preview keeps the last valid set`);
      await h.driver.executeScript(`document.querySelector('[data-path="faq.items[0].answer"]').scrollIntoView({ block: "center" })`);
      await h.screenshot("editor-form-problems");
      await axePage(`${at} with a link's problem shown`);

      await setField("faq.items[0].answer", "We listen.\n\nSee [our page](https://example.org/).");
      s = await h.waitFor(at, "the fixes", (s) => s.problems === "" && s.questions.includes("How long does it take?"), read);
      assert.equal((await fieldAt("faq.items[0].answer")).invalid, null, `${at} no longer invalid`);
      assert.equal((await fieldAt("faq.items[0].answer")).error, "", `${at} message gone`);
      assert.deepEqual((await json()).faq.items[0].answer, ["We listen.", "See [our page](https://example.org/)."]);

      // A top-level field, and a problem at a path the form has no field for (the summary's
      // text): in the summary only, no field marked for it.
      await setField("lang", "");
      s = await h.waitFor(at, "the language's problem", (s) => s.problems.includes("lang:"), read);
      assert.equal((await fieldAt("lang")).error, "expected non-empty text", `${at} lang's message`);
      const withEmptySummary = JSON.parse(s.json);
      withEmptySummary.summary.text = "";
      const typeJson = (value) =>
        h.driver.executeScript(
          `const t = document.getElementById("content-json"); t.value = arguments[0]; t.dispatchEvent(new Event("input"));`,
          JSON.stringify(value, null, 2),
        );
      await typeJson(withEmptySummary);
      s = await h.waitFor(at, "the summary's problem", (s) => s.problems.includes("summary.text:"), read);
      const marked = await h.driver.executeScript(
        `return [...document.querySelectorAll('#content-form [aria-invalid="true"]')].map((e) => e.dataset.path)`,
      );
      assert.deepEqual(marked, ["lang"], `${at} only the fields with problems`);
      withEmptySummary.summary.text = "Answers.";
      withEmptySummary.lang = "en";
      await typeJson(withEmptySummary);
      await h.waitFor(at, "all fixed", (s) => s.problems === "", read);
      assert.equal((await fieldAt("lang")).invalid, null, `${at} lang fixed from the JSON view`);
    });

  it("keeps the JSON view and the form in step, and what the form does not show", async () => {
      const at = `[${engine} / editor form sync]`;
      await open(at);
      // A list block, a summary and sections: the form does not edit them, they must survive.
      const before = await json();
      before.faq.items[0].answer = ["First.", { list: ["one", "two"], ordered: true }, "Last."];
      before.sections = [{ id: "why", title: "Why", blocks: [{ paragraph: "Because." }] }];
      const typeJson = (value) =>
        h.driver.executeScript(
          `const t = document.getElementById("content-json"); t.value = arguments[0]; t.dispatchEvent(new Event("input"));`,
          value,
        );
      // To the JSON view by keyboard (arrow keys on the tabs), then back.
      await h.driver.executeScript(`document.getElementById("tab-form").focus()`);
      await h.press(Key.ARROW_RIGHT);
      let tabs = await h.driver.executeScript(
        `return { focus: document.activeElement.id, selected: document.getElementById("tab-json").getAttribute("aria-selected"),
                  json: !document.getElementById("panel-json").hidden, form: !document.getElementById("panel-form").hidden }`,
      );
      assert.deepEqual(tabs, { focus: "tab-json", selected: "true", json: true, form: false }, `${at} the JSON tab`);
      await typeJson(JSON.stringify(before, null, 2).replace("What happens in a first session?", "What is a first session like?"));
      await h.waitFor(at, "the JSON edit in the preview", (s) => s.questions[0] === "What is a first session like?", read);
      await h.press(Key.ARROW_LEFT);
      assert.equal((await fieldAt("faq.items[0].question")).value, "What is a first session like?", `${at} the form shows the JSON's edit`);
      assert.equal((await fieldAt("faq.items[0].answer")).value, "First.\n\nLast.", `${at} the answer's paragraphs`);

      // A form edit keeps the list in its place, and the sections.
      await setField("faq.items[0].answer", "First, changed.\n\nLast.\n\nAdded.");
      let s = await h.waitFor(at, "the form edit in the JSON", (s) => s.json.includes("First, changed."), read);
      const after = JSON.parse(s.json);
      assert.deepEqual(after.faq.items[0].answer, ["First, changed.", { list: ["one", "two"], ordered: true }, "Last.", "Added."]);
      assert.deepEqual(after.sections, before.sections, `${at} sections kept`);
      assert.deepEqual(after.summary, before.summary, `${at} summary kept`);

      // Broken JSON: the form says it cannot show it; the text is kept; fixed, the form is back.
      await h.driver.executeScript(`document.getElementById("tab-json").click()`);
      const broken = s.json.replace('"lang": "en",', '"lang": "en"');
      await typeJson(broken);
      await h.waitFor(at, "the syntax error", (s) => s.problems.includes("not valid JSON"), read);
      await h.driver.executeScript(`document.getElementById("tab-form").click()`);
      s = await read();
      assert.match(s.form, /cannot show the content set while its JSON has a mistake/, `${at} the form says why`);
      assert.equal(s.json, broken, `${at} the text is kept`);
      await h.screenshot("editor-form-broken");
      await h.driver.executeScript(`document.getElementById("tab-json").click()`);
      await typeJson(broken.replace('"lang": "en"', '"lang": "fr",'));
      await h.driver.executeScript(`document.getElementById("tab-form").click()`);
      s = await h.waitFor(at, "the form back", (s) => s.form.includes("Question 2") && s.problems === "", read);
      assert.equal((await fieldAt("lang")).value, "fr", `${at} the fixed text in the form`);

      // A value that is not text: shown read-only, pointing to the JSON view, with its message.
      const numbered = JSON.parse((await read()).json);
      numbered.faq.items[1].question = 7;
      delete numbered.phrases;
      await h.driver.executeScript(`document.getElementById("tab-json").click()`);
      await typeJson(JSON.stringify(numbered, null, 2));
      await h.driver.executeScript(`document.getElementById("tab-form").click()`);
      s = await h.waitFor(at, "the type error", (s) => s.problems.includes("invalid type"), read);
      const seven = await fieldAt("faq.items[1].question");
      assert.equal(seven.invalid, "true", `${at} the number marked`);
      assert.ok(seven.described.some((d) => d.includes("change it in the JSON view")), `${at} where to fix it`);
      assert.equal(await h.driver.executeScript(`return document.querySelector('[data-path="faq.items[1].question"]').readOnly`), true);

      // No phrases: a button adds them, and focus goes to their first field.
      await setField("faq.items[0].question", "Still editable?");
      await focusButton("Add phrase pairs");
      await h.press(Key.ENTER);
      s = await h.waitFor(at, "the phrases added", (s) => s.focus.path === "phrases.title", read);
      assert.deepEqual(JSON.parse(s.json).phrases, { title: "What to say", pairs: [] }, `${at} the new section`);
      assert.equal(JSON.parse(s.json).faq.items[1].question, 7, `${at} the number kept as it was`);
    });

    it("opens a .json file in the page and saves one, storing nothing", async () => {
      const at = `[${engine} / editor form file]`;
      await open(at);
      const set = JSON.parse(await readFile("content/partner-refuses-therapy.json", "utf8"));
      const path = resolve(`${SHOTS}/${engine}-import.json`);
      await writeFile(path, JSON.stringify(set, null, 2));
      const input = await h.driver.findElement({ css: "#import" });
      await input.sendKeys(path);
      let s = await h.waitFor(at, "the opened file in the preview", (s) => s.questions[0] === set.faq.items[0].question, read);
      assert.equal(s.json, JSON.stringify(set, null, 2), `${at} the JSON view holds the file`);
      assert.equal((await fieldAt("title")).value, set.title, `${at} the form shows it`);
      await h.waitFor(at, "the opening announced", (s) => s.announced === `Opened ${engine}-import.json.`, read);

      // Saving: a link to a Blob of the text as it is, named after the opened file.
      await setField("title", "Our own title");
      const saved = () =>
        h.driver.executeAsyncScript(`
          const done = arguments[arguments.length - 1];
          const link = document.getElementById("export");
          link.dispatchEvent(new MouseEvent("click", { cancelable: true })); // refreshes the link...
          const href = link.getAttribute("href");
          fetch(href).then((r) => r.text()).then((text) => done({ href, name: link.download, text }), (e) => done({ href, error: String(e) }));`);
      s = await h.waitFor(at, "the save link with the edit", (s) => s.text?.includes("Our own title"), saved);
      assert.match(s.href, /^blob:/, `${at} made in the page`);
      assert.equal(s.name, `${engine}-import.json`, `${at} file name`);
      assert.deepEqual(JSON.parse(s.text), { ...set, title: "Our own title" }, `${at} the saved JSON`);

      const stored = await h.driver.executeAsyncScript(`
        const done = arguments[arguments.length - 1];
        const dbs = indexedDB.databases ? indexedDB.databases() : Promise.resolve([]);
        const cached = "caches" in window ? caches.keys() : Promise.resolve([]);
        Promise.all([dbs, cached]).then(([dbs, cached]) => done({ local: localStorage.length, session: sessionStorage.length,
          cookie: document.cookie, dbs: dbs.length, cached: cached.length }), (e) => done(String(e)));`);
      assert.deepEqual(stored, { local: 0, session: 0, cookie: "", dbs: 0, cached: 0 }, `${at} nothing stored`);
      const foreign = await h.driver.executeScript(
        `return performance.getEntriesByType("resource").map((e) => new URL(e.name)).filter((u) => u.origin !== location.origin).map(String)`,
      );
      assert.deepEqual(foreign, [], `${at} requests to other origins`);
    });

    it("screenshots of the form view, desktop and phone", async () => {
      const at = `[${engine} / editor form screenshots]`;
      await open(at);
      await h.driver.executeScript(`document.getElementById("content-heading").scrollIntoView()`);
      await h.screenshot("editor-form");
      const rect = await h.driver.manage().window().getRect();
      try {
        await h.driver.manage().window().setRect({ width: 390, height: 844 });
        await h.driver.executeScript(`document.querySelector('[data-path="faq.items[0].question"]').scrollIntoView({ block: "start" })`);
        const overflow = await h.driver.executeScript(`return document.documentElement.scrollWidth - document.documentElement.clientWidth`);
        assert.ok(overflow <= 0, `${at} no sideways scrolling at a phone's width (${overflow} px)`);
        await h.screenshot("editor-form-phone");
        await axePage(`${at} at a phone's width`);
      } finally {
        await h.driver.manage().window().setRect({ width: rect.width, height: rect.height });
      }
    });
  });
}
