// FAQ markup a page already has, enhanced, in every engine: a <reframe-widget> with no
// content of its own takes its questions and answers from its children (<details>, Yoast SEO's
// FAQ block, WordPress's Details block, a <dl>); answers keep paragraphs, lists, emphasis and
// safe links, and nothing of the markup is inserted as HTML; ids come from the markup or the
// question, and deep links to them work; markup it cannot use keeps the page's own markup,
// with one console error and reframe:error. Host pages: hosts/faq-markup-fr.html,
// hosts/faq-markup-far.html, hosts/faq-markup-wordpress.html, hosts/faq-markup-broken.html.
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { selectedEngines } from "./engines.mjs";
import { it, openHarness } from "./harness.mjs";

/** Each widget's rendering: titles, question ids and texts, answers' HTML, what it holds. */
const READ = `
  const widgets = {};
  for (const w of document.querySelectorAll("reframe-widget")) {
    const root = w.shadowRoot;
    const fallback = [...w.children].filter((c) => c.localName !== "script");
    widgets[w.id] = {
      rendered: !!root?.querySelector(".faq-button"),
      fallbackVisible: fallback.some((c) => c.getClientRects().length > 0),
      title: root?.querySelector(".part-title")?.textContent.trim() ?? null,
      ids: [...(root?.querySelectorAll(".faq-button") ?? [])].map((b) => b.id),
      questions: [...(root?.querySelectorAll(".faq-question") ?? [])].map((q) => q.textContent),
      expanded: [...(root?.querySelectorAll(".faq-button") ?? [])].map((b) => b.getAttribute("aria-expanded") === "true"),
      answers: [...(root?.querySelectorAll(".faq-answer") ?? [])].map((a) => a.innerHTML.replace(/<!--[^]*?-->/g, "")),
      hostile: root ? root.querySelectorAll("script, img, style, iframe, [onerror], a[href^='javascript']").length : 0,
      lang: root?.querySelector(".reframe")?.getAttribute("lang") ?? null,
      active: root?.activeElement?.id ?? null,
    };
  }
  return {
    widgets,
    log: window.__reframeLog,
    scriptRuns: window.__markupScriptRuns ?? 0,
    pwned: window.__pwned ?? [],
  };`;

for (const engine of selectedEngines()) {
  describe(`${engine} FAQ markup enhanced`, () => {
    let h;
    let driver;

    before(async () => {
      h = await openHarness(engine);
      driver = h.driver;
    });

    after(async () => {
      await h?.close();
    });

    const read = () => driver.executeScript(READ);
    const openAll = (id) =>
      driver.executeScript(
        `for (const b of document.getElementById(arguments[0]).shadowRoot.querySelectorAll(".faq-button"))
           if (b.getAttribute("aria-expanded") !== "true") b.click();`,
        id,
      );

    it("turns a French page's <details> FAQ into the accordion, safely, with no console noise", async () => {
      const where = `[${engine} / French FAQ markup]`;
      await h.load("/hosts/faq-markup-fr.html");
      let s = await h.waitFor(where, "the widget to render", (s) => s.widgets.faq?.rendered, read);
      const faq = s.widgets.faq;
      assert.equal(faq.title, "Questions fréquentes", `${where} title from the heading`);
      assert.equal(faq.lang, "fr", `${where} the page's language`);
      assert.deepEqual(
        faq.questions,
        [
          "Que faire si mon partenaire refuse la thérapie ?",
          "Combien coûte une séance ?",
          "Les séances sont-elles confidentielles ?",
        ],
        `${where} questions`,
      );
      assert.deepEqual(
        faq.ids,
        ["rf-q-refus", "rf-q-combien-coute-une-seance", "rf-q-les-seances-sont-elles-confidentielles"],
        `${where} ids: the details' id, else a slug of the question`,
      );
      assert.equal(faq.fallbackVisible, false, `${where} the page's markup is the hidden fallback`);
      await openAll("faq");
      s = await h.waitFor(where, "every answer open", (s) => s.widgets.faq.expanded.every(Boolean), read);
      const [first, second, third] = s.widgets.faq.answers;
      assert.match(first, /<p>Commencez par <strong>vous-même<\/strong> : une thérapie <em>individuelle<\/em> peut/, `${where} emphasis kept`);
      assert.match(first, /<ul><li>Parlez de vos besoins, pas de ses torts\.<\/li><li>Proposez une seule séance d’essai\.<\/li><\/ul>/, `${where} list kept`);
      assert.match(second, /<a href="\/tarifs"[^>]*>nos tarifs<\/a> ou ce lien piégé\./, `${where} safe link kept, javascript: link as text`);
      assert.doesNotMatch(second, /__markupScriptRuns|__imgErrors|display: none/, `${where} script and style text left out`);
      assert.match(third, /entre nous\*, sauf \[danger\] grave\./, `${where} Markdown characters stay literal`);
      assert.equal(s.widgets.faq.hostile, 0, `${where} no script, image, style, frame or unsafe link inside the widget`);
      assert.equal(s.scriptRuns, 1, `${where} the page's own script ran once, as the page's, never again`);
      assert.deepEqual(s.pwned, [], `${where} nothing ran`);
      assert.deepEqual(s.log.errors, [], `${where} console errors`);
      assert.deepEqual(s.log.warnings, [], `${where} console warnings`);
      assert.deepEqual(
        s.log.events.filter((e) => e.type === "reframe:ready").map((e) => e.detail),
        [{ content: "markup" }],
        `${where} reframe:ready names the markup`,
      );
      await h.axeCheck(`${where} expanded`);
      await h.screenshot("faq-markup-fr");
    });

    it("opens the enhanced question a link's hash names, and focuses it", async () => {
      const where = `[${engine} / FAQ markup deep link]`;
      await h.load("/hosts/faq-markup-fr.html#combien-coute-une-seance");
      const s = await h.waitFor(where, "the linked question to open", (s) => s.widgets.faq?.expanded[1] === true, read);
      assert.deepEqual(s.widgets.faq.expanded, [false, true, false], `${where} only the linked one`);
      await h.waitFor(where, "focus on it", (s) => s.widgets.faq.active === "rf-q-combien-coute-une-seance", read);
    });

    it("starts a lazy widget far below the fold when the hash names an id of its markup", async () => {
      const where = `[${engine} / FAQ markup deep link, lazy]`;
      await h.load("/hosts/faq-markup-far.html#far-question");
      const s = await h.waitFor(where, "the linked question to open", (s) => s.widgets.far?.expanded[1] === true, read);
      assert.deepEqual(s.widgets.far.expanded, [false, true], `${where} only the linked one`);
      await h.waitFor(where, "focus on it", (s) => s.widgets.far.active === "rf-q-far-question", read);
      assert.deepEqual(s.log.errors, [], `${where} console errors`);
    });

    it("reads Yoast SEO's FAQ block, WordPress's Details blocks and a <dl>; plain fallback text keeps the default set", async () => {
      const where = `[${engine} / WordPress markup]`;
      await h.load("/hosts/faq-markup-wordpress.html");
      let s = await h.waitFor(
        where,
        "every widget to render",
        (s) => ["yoast", "details", "dl", "default"].every((id) => s.widgets[id]?.rendered),
        read,
      );
      const { yoast, details, dl } = s.widgets;
      assert.deepEqual(yoast.ids, ["rf-q-faq-question-1700000000001", "rf-q-faq-question-1700000000002"], `${where} Yoast's ids`);
      assert.deepEqual(yoast.questions, ["Is what I say confidential?", "Can I cancel a session?"], `${where} Yoast's questions`);
      assert.deepEqual(details.questions, ["Where are you?", "Is there parking?"], `${where} Details block questions`);
      assert.equal(details.title, "Before your first visit", `${where} Details block title`);
      assert.deepEqual(dl.ids, ["rf-q-how-long", "rf-q-do-you-see-individuals"], `${where} dl ids`);
      assert.ok(s.widgets.default.questions.length >= 6, `${where} the default bundled set still shows`);
      for (const id of ["yoast", "details", "dl"]) await openAll(id);
      s = await h.waitFor(where, "answers open", (s) => s.widgets.dl.expanded.every(Boolean) && s.widgets.yoast.expanded.every(Boolean), read);
      assert.match(s.widgets.yoast.answers[0], /<p>Yes\. See <a href="\/privacy"[^>]*>our privacy policy<\/a>\.<\/p>/, `${where} Yoast answer`);
      assert.match(s.widgets.yoast.answers[1], /<p>Up to a day before\. Call the front desk\.<\/p>/, `${where} a line break is a space`);
      assert.match(s.widgets.dl.answers[1], /<p>Yes\.<\/p><p>Many start alone\.<\/p>/, `${where} each dd a paragraph`);
      assert.deepEqual(s.log.errors, [], `${where} console errors`);
      assert.deepEqual(s.log.warnings, [], `${where} console warnings`);
      await h.axeCheck(where);
    });

    it("keeps the page's own markup when it cannot be used, with one error and reframe:error", async () => {
      const where = `[${engine} / broken FAQ markup]`;
      await h.load("/hosts/faq-markup-broken.html");
      const s = await h.waitFor(where, "the error", (s) => s.log.events.some((e) => e.type === "reframe:error"), read);
      assert.equal(s.widgets.empty.rendered, false, `${where} nothing rendered`);
      assert.equal(s.widgets.empty.fallbackVisible, true, `${where} the markup stays visible`);
      assert.equal(s.log.errors.length, 1, `${where} one console error: ${JSON.stringify(s.log.errors)}`);
      assert.match(
        s.log.errors[0],
        /invalid FAQ markup, showing the fallback instead:\n {2}faq\.items\[0\]\.answer: expected at least one paragraph/,
        `${where} the error names the problem`,
      );
      assert.deepEqual(s.log.warnings, [], `${where} console warnings`);
    });
  });
}
