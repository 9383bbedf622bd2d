// Content from a URL (`src`), in every engine: it renders as inline content would, two widgets
// naming one URL make one request, no cookie is sent, a CORS-enabled origin works; each failure
// (network, HTTP status, not JSON, invalid, too large with and without Content-Length) keeps
// the fallback and is told in exactly one console error and in reframe:error's detail; a
// changed `src` loads the new set and a stale response never wins; a JSON child wins over
// `src`, which wins over `content`, and what is ignored is warned about. Pages are served by
// this file's routes; a second server on another port is the other origin.
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { selectedEngines } from "./engines.mjs";
import { it, openHarness } from "./harness.mjs";
import { STRICT_CSP } from "./hosts.mjs";
import { startServer } from "./server.mjs";

const SEED = readFileSync("content/partner-refuses-therapy.json");
const REPAIR = readFileSync("content/repair-after-an-argument.json");
const SEED_FIRST = "What should I do if my partner refuses couples therapy?";
const REPAIR_QUESTIONS = JSON.parse(REPAIR).faq.items.map((item) => item.question);
/** A set whose second answer has no paragraph: invalid at `faq.items[1].answer`. */
const INVALID = JSON.stringify({
  lang: "en",
  title: "Broken",
  faq: {
    title: "FAQ",
    items: [
      { id: "a", question: "A?", answer: ["Yes."] },
      { id: "b", question: "B?", answer: [] },
    ],
  },
});
/** A set served slowly, which must never replace a newer `src`. */
const SLOW = JSON.stringify({
  lang: "en",
  title: "Slow",
  faq: { title: "FAQ", items: [{ id: "slow", question: "Slow question?", answer: ["Late."] }] },
});
/** Three bytes over the limit of a content set, in JSON-looking text. */
const OVER = 2_000_003;

/** A host page: capture.js, the loader, `body`, and a place for widgets added later. */
const page = (title, body = "") => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <script src="/hosts/capture.js"></script>
    <script type="module" src="/reframe/reframe.js"></script>
  </head>
  <body>
    <main>
      <h1>Counseling practice</h1>
      ${body}
      <div id="more"></div>
    </main>
  </body>
</html>`;

const MAIN_PAGE = page(
  "Host page with widgets fed by src",
  `<reframe-widget id="faq" src="/src/faq.json" show="faq phrases" loading="eager">
        <p class="fallback">Our answers to common questions.</p>
      </reframe-widget>
      <reframe-widget id="again" src="../src/faq.json" show="faq" loading="eager">
        <p class="fallback">The same questions again.</p>
      </reframe-widget>`,
);

/** Adds a widget with `attributes` (and a JSON child `inline`) to the page; eager. */
const ADD = `
  const [id, attributes, inline] = arguments;
  const element = document.createElement("reframe-widget");
  element.id = id;
  element.setAttribute("loading", "eager");
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const fallback = document.createElement("p");
  fallback.className = "fallback";
  fallback.textContent = "Fallback of " + id;
  element.append(fallback);
  if (inline) {
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = inline;
    element.append(script);
  }
  document.getElementById("more").append(element);`;

/** What widget `arguments[0]` shows, and the page's log. */
const WIDGET = `
  const widget = document.getElementById(arguments[0]);
  const root = widget && widget.shadowRoot;
  const fallback = widget && widget.querySelector(".fallback");
  return {
    questions: root ? [...root.querySelectorAll(".faq-button")].map((b) => b.textContent) : [],
    cards: root ? root.querySelectorAll(".card").length : 0,
    fallbackVisible: !!fallback && fallback.getClientRects().length > 0,
    cookie: document.cookie,
    log: window.__reframeLog,
  };`;

const errorsOf = (s) => s.log.events.filter((e) => e.type === "reframe:error");
const readiesOf = (s) => s.log.events.filter((e) => e.type === "reframe:ready");
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Answers JSON text, counting the requests and keeping their Cookie headers. */
function json(body, { headers = {}, delay = 0 } = {}) {
  const route = (request, response) => {
    route.requests += 1;
    route.cookies.push(request.headers.cookie ?? null);
    setTimeout(() => {
      response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store", ...headers });
      response.end(body);
    }, delay);
  };
  route.requests = 0;
  route.cookies = [];
  return route;
}

/** A question whose text is not ASCII: its "é" is two bytes in UTF-8. */
const ACCENTED = "Que faire après une dispute ?";
const SPLIT = Buffer.from(
  JSON.stringify({
    lang: "fr",
    title: "Après une dispute",
    faq: { title: "Questions", items: [{ id: "apres", question: ACCENTED, answer: ["Attendre un peu, puis parler."] }] },
  }),
);

/**
 * Answers `body` (bytes) in two writes 100 ms apart, cut inside the first two-byte character,
 * so the browser reads one character in two chunks.
 */
function splitInsideCharacter(body) {
  return (_, response) => {
    const cut = body.indexOf(Buffer.from("è")) + 1;
    response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
    response.write(body.subarray(0, cut));
    setTimeout(() => response.end(body.subarray(cut)), 100);
  };
}

/** An HTML page, with extra headers. */
const html = (body, headers = {}) => (_, response) => {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers });
  response.end(body);
};

/** `OVER` bytes of JSON-looking text in 64 KiB chunks, with or without a Content-Length. */
const oversized = (declared) => (_, response) => {
  response.writeHead(200, {
    "content-type": "application/json",
    ...(declared ? { "content-length": String(OVER) } : {}),
  });
  response.on("error", () => {}); // the loader hangs up early: that is the point
  const chunk = Buffer.alloc(65536, 0x20);
  let left = OVER;
  const write = () => {
    while (left > 0) {
      const part = chunk.subarray(0, Math.min(left, chunk.length));
      left -= part.length;
      // Stop when the client has gone (the loader cancelled): the rest is never sent.
      if (response.destroyed) return;
      if (!response.write(part)) return response.once("drain", write);
    }
    response.end();
  };
  write();
};

for (const engine of selectedEngines()) {
  describe(`${engine} content from src`, () => {
    let h;
    let driver;
    let other; // the other origin
    const routes = {
      "/src/page.html": html(MAIN_PAGE, { "set-cookie": "visitor=reads-faq; Path=/; SameSite=Lax" }),
      "/src/blank.html": html(page("Host page for widgets fed by src")),
      "/src/csp.html": html(page("Host page under a strict CSP with widgets fed by src"), {
        "content-security-policy": STRICT_CSP,
      }),
      "/src/faq.json": json(SEED),
      "/src/repair.json": json(REPAIR),
      "/src/slow.json": json(SLOW, { delay: 1500 }),
      "/src/invalid.json": json(INVALID),
      "/src/not-json": html("<!doctype html><title>Not found</title><p>This is the site's page, not JSON."),
      "/src/huge-declared.json": oversized(true),
      "/src/huge-chunked.json": oversized(false),
      "/src/split.json": splitInsideCharacter(SPLIT),
    };
    const otherRoutes = {
      "/no-cors.json": json(REPAIR),
      "/cors.json": json(REPAIR, { headers: { "access-control-allow-origin": "*" } }),
    };

    before(async () => {
      h = await openHarness(engine, { routes });
      driver = h.driver;
      other = await startServer({ mounts: {}, routes: otherRoutes });
    });

    after(async () => {
      console.log(`[${engine}] axe-core runs in src.test.mjs: ${h?.axeChecks}`);
      await h?.close();
      await other?.close();
    });

    const widget = (id) => () => driver.executeScript(WIDGET, id);
    const add = (id, attributes, inline) => driver.executeScript(ADD, id, attributes, inline);

    it("renders content from src, fetched once for two widgets, without cookies or console noise", async () => {
      const where = `[${engine} / src]`;
      const faq = routes["/src/faq.json"];
      const before = faq.requests;
      await h.load("/src/page.html");
      const s = await h.waitFor(where, "both widgets to render", (s) => readiesOf(s).length === 2, widget("faq"));
      assert.equal(s.questions[0], SEED_FIRST, `${where} the fetched set's questions`);
      assert.equal(s.questions.length, 6, `${where} six questions`);
      assert.equal(s.cards, 3, `${where} phrase cards`);
      assert.equal(s.fallbackVisible, false, `${where} the fallback is hidden`);
      const again = await widget("again")();
      assert.equal(again.questions.length, 6, `${where} the second widget renders the same set`);
      assert.equal(faq.requests - before, 1, `${where} one request for two widgets naming one URL`);
      assert.match(s.cookie, /visitor=reads-faq/, `${where} the page has a cookie`);
      assert.deepEqual(faq.cookies.slice(before), [null], `${where} no cookie sent with src`);
      assert.deepEqual(readiesOf(s).map((e) => e.detail), [{ content: "inline" }, { content: "inline" }]);
      assert.deepEqual([s.log.errors, s.log.warnings], [[], []], `${where} no console noise`);
      await h.axeCheck(`${where} widgets fed by src`, { sameFaqTwice: true });
      await h.screenshot("src");
    });

    it("the demo page's section fed by a JSON file of dist/", async () => {
      const where = `[${engine} / demo src]`;
      await h.load("/reframe/index.html");
      await driver.executeScript(`document.getElementById("from-file").scrollIntoView()`);
      const s = await h.waitFor(where, "the widget fed by src", (s) => s.questions.length > 0, widget("from-file-widget"));
      assert.deepEqual(s.questions, REPAIR_QUESTIONS, `${where} questions`);
      assert.equal(s.fallbackVisible, false, `${where} the fallback is hidden`);
      await h.screenshot("demo-src");
    });

    it("reads a character that arrives in two chunks whole", async () => {
      const where = `[${engine} / src split character]`;
      await h.load("/src/blank.html");
      await add("w", { src: "/src/split.json", show: "faq" });
      const s = await h.waitFor(where, "the widget to render", (s) => s.questions.length > 0, widget("w"));
      assert.deepEqual(s.questions, [ACCENTED], `${where} the question, its "è" whole`);
      assert.deepEqual([s.log.errors, s.log.warnings], [[], []], `${where} no console noise`);
    });

    it("loads from another origin that allows it by CORS", async () => {
      const where = `[${engine} / src CORS]`;
      await h.load("/src/blank.html");
      await add("w", { src: `${other.origin}/cors.json`, show: "faq" });
      const s = await h.waitFor(where, "the widget to render", (s) => s.questions.length > 0, widget("w"));
      assert.deepEqual(s.questions, REPAIR_QUESTIONS, `${where} questions`);
      assert.deepEqual([s.log.errors, s.log.warnings], [[], []], `${where} no console noise`);
      await h.axeCheck(`${where} widget fed by another origin`);
    });

    /**
     * Adds a widget fed by `src` on a fresh page and waits for its failure; checks that the
     * fallback stays, that exactly one console error and one reframe:error came, and the
     * detail's fields. Resolves to the detail.
     */
    async function refused(where, src, expected, path = "/src/blank.html") {
      await h.load(path);
      await add("w", { src, show: "faq" });
      const read = widget("w");
      await h.waitFor(where, "reframe:error", (s) => errorsOf(s).length > 0, read);
      await sleep(300); // a second error would come by now
      const s = await read();
      const [error, ...more] = errorsOf(s);
      assert.deepEqual(more, [], `${where} one reframe:error`);
      const { message, ...fields } = error.detail;
      assert.deepEqual(fields, expected, `${where} the detail`);
      assert.deepEqual(s.log.errors, [message], `${where} one console error, the detail's message`);
      assert.deepEqual(s.log.warnings, [], `${where} no warnings`);
      assert.deepEqual(readiesOf(s), [], `${where} not rendered`);
      assert.equal(s.fallbackVisible, true, `${where} the fallback stays`);
      assert.deepEqual(s.questions, [], `${where} no questions`);
      return { message, log: s.log };
    }

    it("keeps the fallback on an HTTP error status", async () => {
      const where = `[${engine} / src 404]`;
      const src = `${h.origin}/src/missing.json`;
      const { message } = await refused(where, "/src/missing.json", { reason: "http", status: 404, src });
      assert.match(message, /could not load content from .*\/src\/missing\.json \(HTTP 404\)/, `${where} message`);
    });

    it("keeps the fallback on a network error (another origin without CORS)", async () => {
      const where = `[${engine} / src no CORS]`;
      const src = `${other.origin}/no-cors.json`;
      const { message } = await refused(where, src, { reason: "network", src });
      assert.match(message, /could not load content from .*no-cors\.json/, `${where} message`);
    });

    it("keeps the fallback when the page's CSP forbids the origin, and loads its own origin", async () => {
      const where = `[${engine} / src CSP]`;
      const src = `${other.origin}/cors.json`;
      const { log } = await refused(where, src, { reason: "network", src }, "/src/csp.html");
      assert.ok(log.csp.some((v) => v.startsWith("connect-src")), `${where} connect-src violation: ${log.csp}`);
      await add("own", { src: "/src/repair.json", show: "faq" });
      const s = await h.waitFor(where, "the same-origin widget", (s) => s.questions.length > 0, widget("own"));
      assert.deepEqual(s.questions, REPAIR_QUESTIONS, `${where} same origin renders under the strict CSP`);
      assert.equal(errorsOf(s).length, 1, `${where} no more errors`);
    });

    it("keeps the fallback for a response that is not JSON", async () => {
      const where = `[${engine} / src not JSON]`;
      const src = `${h.origin}/src/not-json`;
      const { message } = await refused(where, "/src/not-json", { reason: "not-json", src });
      assert.match(message, /^<reframe-widget>: invalid content from .*\/src\/not-json, showing the fallback instead:\n {2}\(root\): not valid JSON/, `${where} message`);
    });

    it("keeps the fallback for invalid content, naming the field", async () => {
      const where = `[${engine} / src invalid]`;
      const src = `${h.origin}/src/invalid.json`;
      const { message } = await refused(where, src, { reason: "invalid", src });
      assert.ok(message.startsWith(`<reframe-widget>: invalid content from ${src}, showing`), `${where} ${message}`);
      assert.match(message, /\n {2}faq\.items\[1\]\.answer: expected at least one paragraph/, `${where} field path`);
    });

    for (const [kind, path, size] of [
      ["with Content-Length", "/src/huge-declared.json", `at least ${OVER}`],
      ["streamed without Content-Length", "/src/huge-chunked.json", "at least 2"],
    ]) {
      it(`keeps the fallback for content over the size limit, ${kind}`, async () => {
        const where = `[${engine} / src too large ${kind}]`;
        const src = `${h.origin}${path}`;
        const { message } = await refused(where, path, { reason: "too-large", src });
        assert.ok(message.includes(`longer than the limit of 2000000 bytes (${size}`), `${where} ${message}`);
      });
    }

    it("loads the new set when src changes; a stale response never wins", async () => {
      const where = `[${engine} / src change]`;
      await h.load("/src/blank.html");
      await add("w", { src: "/src/faq.json", show: "faq" });
      const read = widget("w");
      await h.waitFor(where, "the first set", (s) => s.questions[0] === SEED_FIRST, read);
      await driver.executeScript(`document.getElementById("w").setAttribute("src", "/src/repair.json")`);
      await h.waitFor(where, "the new set", (s) => s.questions[0] === REPAIR_QUESTIONS[0], read);

      const slow = routes["/src/slow.json"];
      const requested = slow.requests;
      await driver.executeScript(`document.getElementById("w").setAttribute("src", "/src/slow.json")`);
      await h.waitFor(where, "the slow request", () => slow.requests > requested, async () => slow.requests);
      await driver.executeScript(`document.getElementById("w").setAttribute("src", "/src/faq.json")`);
      await h.waitFor(where, "the newer set", (s) => s.questions[0] === SEED_FIRST, read);
      await sleep(2000); // the slow response has come by now
      const s = await read();
      assert.equal(s.questions[0], SEED_FIRST, `${where} the newer src stays`);
      assert.deepEqual([s.log.errors, s.log.warnings], [[], []], `${where} no console noise`);
    });

    it("shows a JSON child before src, and src before content, warning about what is ignored", async () => {
      const where = `[${engine} / src precedence]`;
      await h.load("/src/blank.html");
      const repair = routes["/src/repair.json"];
      const requested = repair.requests;
      await add("child", { src: "/src/repair.json", content: "partner-refuses-therapy", show: "faq" }, INVALID.replace('"answer":[]', '"answer":["Now valid."]'));
      let s = await h.waitFor(where, "the JSON child's set", (s) => s.questions.length > 0, widget("child"));
      assert.deepEqual(s.questions, ["A?", "B?"], `${where} the JSON child wins`);
      assert.equal(repair.requests, requested, `${where} src beside a JSON child is not fetched`);
      assert.equal(s.log.warnings.length, 2, `${where} two warnings: ${s.log.warnings}`);
      assert.match(s.log.warnings[0], /^<reframe-widget>: ignoring src="\/src\/repair\.json"; .*Using the JSON script child\.$/);
      assert.match(s.log.warnings[1], /^<reframe-widget>: ignoring content="partner-refuses-therapy"; .*Using the JSON script child\.$/);

      await add("src", { src: "/src/repair.json", content: "partner-refuses-therapy", show: "faq" });
      s = await h.waitFor(where, "the src set", (s) => s.questions.length > 0, widget("src"));
      assert.deepEqual(s.questions, REPAIR_QUESTIONS, `${where} src wins over content`);
      assert.equal(s.log.warnings.length, 3, `${where} one more warning: ${s.log.warnings}`);
      assert.match(s.log.warnings[2], /^<reframe-widget>: ignoring content="partner-refuses-therapy"; .*Using the JSON from src\.$/);
      assert.deepEqual(s.log.errors, [], `${where} no errors`);
    });
  });
}
