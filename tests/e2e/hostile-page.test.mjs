// What a hostile page or hostile content can do around the widget, in every engine:
// - the FAQPage JSON-LD that `structured-data` adds to <head> stays data when the live page is
//   serialized and parsed again (innerHTML, "save page", prerendering): hosts/json-ld.html;
// - page elements named as the platform globals the loader uses (DOM clobbering) do not stop
//   the widget: hosts/clobbered.html.
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { selectedEngines } from "./engines.mjs";
import { it, openHarness } from "./harness.mjs";

/** The question of hosts/json-ld.html, as the JSON there says it. */
const QUESTION =
  "Safe? </script><img src=x onerror=top.__pwned.push(1)> <!-- & \u2028 \u2029 --> end";
/** Its answer, as the JSON-LD's plain text. */
const ANSWER = "</script><script>top.__pwned.push(2)</script>";

/** The first widget's state, and the page's log. */
const STATE = `
  const root = document.querySelector("reframe-widget")?.shadowRoot;
  return {
    questions: root ? [...root.querySelectorAll(".faq-question")].map((q) => q.textContent) : [],
    log: window.__reframeLog,
  };`;

/**
 * The JSON-LD in the live <head>, and what becomes of it when `document.head.innerHTML` is
 * parsed again as a new document: by DOMParser (no script runs there, so its elements tell
 * what markup the text turned into), and in an iframe's srcdoc, where handlers do run.
 */
const REPARSE = `
  const done = arguments[arguments.length - 1];
  const JSON_LD = 'script[type="application/ld+json"]';
  const read = (doc) => [...doc.querySelectorAll(JSON_LD)].map((s) => {
    try {
      const page = JSON.parse(s.textContent);
      return page.mainEntity.map((q) => [q.name, q.acceptedAnswer.text]);
    } catch (error) {
      return "not JSON: " + s.textContent;
    }
  });
  const ELEMENTS = "img, body script, head script:not([src]):not([type])";
  const html = "<!doctype html><html><head>" + document.head.innerHTML + "</head><body></body></html>";
  const parsed = new DOMParser().parseFromString(html, "text/html");
  const frame = document.createElement("iframe");
  frame.addEventListener("load", () => {
    // Give an image's error event, and a handler it would run, time to happen.
    setTimeout(() => done({
      live: read(document),
      liveText: [...document.querySelectorAll(JSON_LD)].map((s) => s.textContent),
      parsed: read(parsed),
      parsedElements: [...parsed.querySelectorAll(ELEMENTS)].map((e) => e.outerHTML),
      framed: read(frame.contentDocument),
      framedElements: [...frame.contentDocument.querySelectorAll(ELEMENTS)].map((e) => e.outerHTML),
      pwned: window.__pwned,
    }), 1000);
  }, { once: true });
  frame.srcdoc = html;
  document.body.append(frame);`;

for (const engine of selectedEngines()) {
  describe(`${engine} hostile page`, () => {
    let h;
    let driver;

    before(async () => {
      h = await openHarness(engine);
      driver = h.driver;
    });

    after(async () => {
      await h?.close();
    });

    const state = () => driver.executeScript(STATE);

    it("keeps the live JSON-LD data when the page is serialized and parsed again", async () => {
      const where = `[${engine} / json-ld]`;
      await h.load("/hosts/json-ld.html");
      const s = await h.waitFor(where, "the widget to render", (s) => s.questions.length === 1, state);
      assert.deepEqual(s.questions, [QUESTION], `${where} the question renders as text`);
      const r = await driver.executeAsyncScript(REPARSE);
      const expected = [[[QUESTION, ANSWER]]];
      assert.deepEqual(r.live, expected, `${where} the live JSON-LD holds the content`);
      assert.deepEqual(r.parsedElements, [], `${where} markup from the JSON-LD, parsed again`);
      assert.deepEqual(r.parsed, expected, `${where} the JSON-LD parsed again holds the content`);
      assert.deepEqual(r.framedElements, [], `${where} markup from the JSON-LD, in an iframe`);
      assert.deepEqual(r.framed, expected, `${where} the JSON-LD in an iframe holds the content`);
      assert.deepEqual(r.pwned, [], `${where} payloads that ran`);
      for (const text of r.liveText) {
        assert.doesNotMatch(text, /[<>&\u2028\u2029]/, `${where} raw characters in the live JSON-LD: ${text}`);
      }
      assert.deepEqual(s.log.errors, [], `${where} console errors`);
    });

    it("renders where page elements clobber the globals the loader uses", async () => {
      const where = `[${engine} / clobbered]`;
      await h.load("/hosts/clobbered.html");
      const clobbered = await driver.executeScript(
        "return [window.scheduler?.tagName, typeof window.scheduler?.yield];",
      );
      assert.deepEqual(clobbered, ["FORM", "object"], `${where} scheduler is the page's form`);
      const s = await h.waitFor(where, "the widget to render", (s) => s.questions.length === 6, state);
      assert.deepEqual(s.log.events.map((e) => e.type), ["reframe:ready"], `${where} events`);
      assert.deepEqual(s.log.errors, [], `${where} console errors`);
      assert.deepEqual(s.log.warnings, [], `${where} console warnings`);
    });
  });
}
