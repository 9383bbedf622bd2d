// The content editor page (dist/editor.html) in every engine: the starter set previews in a live
// widget; a type error and a syntax error are reported as you type with their line, column and
// field path; a fix brings the preview and the snippet up to date; nothing is fetched from
// anywhere but the page's own folder.
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { selectedEngines } from "./engines.mjs";
import { it, openHarness } from "./harness.mjs";

const READ = `
  const root = document.getElementById("preview").shadowRoot;
  return {
    questions: root ? [...root.querySelectorAll(".faq-button")].map((b) => b.textContent) : [],
    problems: document.getElementById("problems").textContent,
    invalid: document.getElementById("content-json").getAttribute("aria-invalid"),
    snippet: document.getElementById("snippet").value,
    foreign: performance.getEntriesByType("resource").map((e) => new URL(e.name)).filter((u) => u.origin !== location.origin).map(String),
  };`;

/** 1-based "line L, column C" of `offset` in `text`, worked out independently of the page. */
function where(text, offset) {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before.at(-1).length + 1}`;
}

for (const engine of selectedEngines()) {
  describe(`${engine} content editor`, () => {
    let h;
    before(async () => {
      h = await openHarness(engine);
    });
    after(async () => h?.close());

    it("checks as you type, with positions, and keeps the preview and snippet in step", async () => {
      const at = `[${engine} / editor]`;
      const read = () => h.driver.executeScript(READ);
      const type = (value) =>
        h.driver.executeScript(
          `const t = document.getElementById("content-json"); t.value = arguments[0]; t.dispatchEvent(new Event("input"));`,
          value,
        );
      await h.load("/reframe/editor.html");
      let s = await h.waitFor(at, "the starter set in the preview", (s) => s.questions.length === 2, read);
      assert.equal(s.problems, "", `${at} the starter set is valid`);
      assert.match(s.snippet, /<reframe-widget show="summary faq phrases">/, `${at} snippet`);
      const starter = await h.driver.executeScript(`return document.getElementById("content-json").value`);

      // A type error: the field path and message of `reframe check`, at the value's position.
      const typed = starter.replace('"question": "How long does therapy take?"', '"question": 7');
      await type(typed);
      s = await h.waitFor(at, "the type error", (s) => s.problems !== "", read);
      assert.equal(
        s.problems,
        `${where(typed, typed.indexOf('"question": 7') + '"question": '.length)}: faq.items[1].question: invalid type: integer \`7\`, expected a string`,
        `${at} type error`,
      );
      assert.equal(s.invalid, "true", `${at} aria-invalid`);
      assert.equal(s.questions.length, 2, `${at} the preview keeps the last valid set`);
      await h.screenshot("editor-error");

      // A rule of the widget's (a duplicate id), and a syntax error.
      const duplicate = starter.replace('"id": "how-long"', '"id": "first-session"');
      await type(duplicate);
      s = await h.waitFor(at, "the duplicate id", (s) => s.problems.includes("duplicate id"), read);
      const second = duplicate.lastIndexOf('"id": "first-session"') + '"id": '.length;
      assert.equal(
        s.problems,
        `${where(duplicate, second)}: faq.items[1].id: duplicate id "first-session"`,
        `${at} a broken rule, at the value it is about`,
      );
      const broken = starter.replace('"title": "FAQ",', '"title": "FAQ"');
      await type(broken);
      s = await h.waitFor(at, "the syntax error", (s) => s.problems.includes("not valid JSON"), read);
      assert.match(s.problems, /^line \d+, column \d+: \(root\): not valid JSON: expected `,` or `}`$/, `${at} syntax`);

      // Nested far deeper than the model: the widget's error at the value, not an exhausted stack.
      const deep = starter.replace(
        '"question": "How long does therapy take?"',
        `"question": ${"[".repeat(100000)}${"]".repeat(100000)}`,
      );
      await type(deep);
      s = await h.waitFor(at, "the deep value's error", (s) => s.problems.includes("sequence"), read);
      assert.equal(
        s.problems,
        `${where(deep, deep.indexOf('"question": [') + '"question": '.length)}: faq.items[1].question: invalid type: sequence, expected a string`,
        `${at} deep nesting`,
      );

      // Fixed: the preview and the snippet follow.
      const fixed = starter.replace("How long does therapy take?", "How long does it take? </script>");
      await type(fixed);
      s = await h.waitFor(at, "the fixed set in the preview", (s) => s.questions.includes("How long does it take? </script>"), read);
      assert.equal(s.problems, "", `${at} no problems`);
      assert.equal(s.invalid, "false", `${at} aria-invalid`);
      assert.ok(s.snippet.includes("How long does it take? \\u003c/script>"), `${at} the snippet cannot be closed early`);
      assert.deepEqual(s.foreign, [], `${at} requests to other origins`);
      await h.screenshot("editor");
    });

    it("offers a src= snippet with the JSON to download, made in the page", async () => {
      const at = `[${engine} / editor src]`;
      await h.load("/reframe/editor.html");
      await h.waitFor(at, "the starter set in the preview", (s) => s.questions.length === 2, () => h.driver.executeScript(READ));
      const choice = await h.driver.findElement({ css: 'input[name="snippet-kind"][value="src"]' });
      await h.driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", choice);
      await choice.click();
      const read = () =>
        h.driver.executeAsyncScript(`
          const done = arguments[arguments.length - 1];
          const link = document.getElementById("download");
          const href = link.getAttribute("href") ?? "";
          const base = { snippet: document.getElementById("snippet").value, href, name: link.download,
            visible: link.getClientRects().length > 0, text: null };
          if (!href.startsWith("blob:")) return done(base);
          fetch(href).then((r) => r.text()).then((text) => done({ ...base, text }), (e) => done({ ...base, text: String(e) }));`);
      let s = await h.waitFor(at, "the src snippet", (s) => s.snippet.includes("src="), read);
      const source = await h.driver.executeScript(`return document.getElementById("content-json").value`);
      assert.match(s.snippet, /^<script type="module" src="[^"]+\/reframe\.js"><\/script>\n<reframe-widget src="faq\.json" show="summary faq phrases">\n/, `${at} snippet`);
      assert.ok(!s.snippet.includes("application/json"), `${at} no inline content`);
      assert.ok(s.visible, `${at} the download link shows`);
      assert.equal(s.name, "faq.json", `${at} download name`);
      assert.equal(s.text, source, `${at} the download holds the content set`);

      await h.driver.executeScript(
        `const u = document.getElementById("src-url"); u.value = "/content/our-faq.json"; u.dispatchEvent(new Event("input"));`,
      );
      s = await h.waitFor(at, "the new URL", (s) => s.snippet.includes('src="/content/our-faq.json"'), read);
      assert.equal(s.name, "our-faq.json", `${at} download named after the URL`);
      await h.screenshot("editor-src");
      await h.driver.findElement({ css: 'input[name="snippet-kind"][value="inline"]' }).click();
      s = await h.waitFor(at, "the inline snippet again", (s) => s.snippet.includes("application/json"), read);
      assert.equal(s.href, "", `${at} no download for the inline snippet`);
    });
  });
}
