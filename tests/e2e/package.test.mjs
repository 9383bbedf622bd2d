// The npm package's round trip: `npm pack` of target/package (scripts/package builds it) into
// a fresh folder, unpacked there as node_modules/reframe-widget; its file list; its TypeScript
// declarations compiled with tests/package/usage.ts; then, in every engine, the article page
// embedding the widget from the unpacked folder served under a versioned CDN-like path, on the
// page's own origin and on another origin (with and without CORS headers, and under a strict
// CSP that names that origin, or leaves it out of connect-src).
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { selectedEngines, startSession } from "./engines.mjs";
import { articlePage } from "./hosts.mjs";
import { packAndUnpack, run } from "./pack.mjs";
import { startServer } from "./server.mjs";

/** What the tarball must hold, and nothing else (no demo page, no sources). */
const FILES = [
  "CHANGELOG.md",
  "LICENSE-APACHE",
  "LICENSE-MIT",
  "README.md",
  "custom-elements.json",
  "dist/reframe-core_bg.wasm",
  "dist/reframe.js",
  "package.json",
  "reframe.d.ts",
  "schema.json",
];

const { dir, root, pack } = await packAndUnpack();
after(() => rm(dir, { recursive: true, force: true }));
const cargoVersion = (await readFile("Cargo.toml", "utf8")).match(/^\[package\][^[]*?^version = "([^"]+)"/m)[1];
/** Where the unpacked files are served, as on jsDelivr: the version is in the path. */
const CDN_PATH = `/${pack.name}@${pack.version}/`;

describe("the npm package", () => {
  it("holds the widget's two files, its declarations, schema, licences, README, CHANGELOG and package.json", async () => {
    assert.deepEqual(pack.files.map((f) => f.path).sort(), FILES);
    assert.equal(pack.name, "reframe-widget");
    assert.equal(pack.version, cargoVersion, "the package's version is Cargo.toml's");
    const manifest = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
    assert.equal(manifest.license, "(MIT OR Apache-2.0)");
    assert.equal(manifest.exports["."].default, "./dist/reframe.js");
    assert.equal(manifest.exports["."].types, "./reframe.d.ts");
    // The licence texts are the project's, and the schema is the one content is checked by.
    for (const file of ["LICENSE-MIT", "LICENSE-APACHE", "schema.json"]) {
      const source = file === "schema.json" ? "content/schema.json" : file;
      assert.equal(await readFile(join(root, file), "utf8"), await readFile(source, "utf8"), `${file} is ${source}`);
    }
    assert.equal(manifest.exports["./schema.json"], "./schema.json");
    // The Custom Elements Manifest is the one `reframe surface --write` generates, and names it.
    assert.equal(manifest.customElements, "custom-elements.json");
    assert.equal(await readFile(join(root, "custom-elements.json"), "utf8"), await readFile("npm/custom-elements.json", "utf8"));
    const elements = JSON.parse(await readFile(join(root, "custom-elements.json"), "utf8"));
    const [element] = elements.modules[0].declarations;
    assert.equal(element.tagName, "reframe-widget");
    assert.ok(["open", "close", "toggleAll", "search", "ready", "mode"].every((name) => element.members.some((m) => m.name === name)));
    const readme = await readFile(join(root, "README.md"), "utf8");
    assert.ok(readme.includes(`reframe-widget@${pack.version}/dist/reframe.js`), "the README's snippet names this version");
    assert.ok(!readme.includes("{{"), "no unfilled placeholder in the README");
    const projectReadme = await readFile("README.md", "utf8");
    assert.ok(projectReadme.includes(`reframe-widget@${pack.version}/`), "the project README's CDN snippet names this version");
  });

  it("imports where there is no DOM (a server rendering the page) and defines and throws nothing", async () => {
    // As Next.js, Nuxt or SvelteKit import it while rendering on the server: by the package's
    // name, in Node, with no DOM at all.
    const script = `
      const widget = await import("reframe-widget");
      console.log(JSON.stringify({
        mount: typeof widget.mount,
        validate: typeof widget.validate,
        customElements: typeof globalThis.customElements,
      }));`;
    let result;
    try {
      result = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: dir });
    } catch (error) {
      // (Node prints the minified line it failed on: the message is at the end.)
      assert.fail(`importing the package in Node threw: ${error.stderr.slice(-300)}`);
    }
    assert.deepEqual(JSON.parse(result.stdout), { mount: "function", validate: "function", customElements: "undefined" });
    assert.equal(result.stderr, "", "nothing printed to stderr");
  });

  it("has TypeScript declarations that a strict usage example compiles against", async () => {
    for (const file of ["usage.ts", "tsconfig.json"]) await copyFile(`tests/package/${file}`, join(dir, file));
    await writeFile(join(dir, "package.json"), '{ "type": "module" }\n');
    try {
      await run(resolve("node_modules/.bin/tsc"), ["-p", dir]);
    } catch (error) {
      assert.fail(`tsc found errors in tests/package/usage.ts:\n${error.stdout}${error.stderr}`);
    }
  });
});

/** Subresource Integrity of the unpacked reframe.js, as `make package` prints it in the snippet. */
const LOADER_SRI = "sha384-" + createHash("sha384").update(await readFile(join(root, "dist/reframe.js"))).digest("base64");

/** The article pages of this suite, each including reframe.js from `loader(cdnOrigin)`. */
const PAGES = {
  "/hosts/package.html": { loader: () => `/cdn${CDN_PATH}dist/reframe.js` },
  "/hosts/package-cross-origin.html": { loader: (cdn) => `${cdn}/cors${CDN_PATH}dist/reframe.js` },
  "/hosts/package-cross-origin-csp.html": {
    loader: (cdn) => `${cdn}/cors${CDN_PATH}dist/reframe.js`,
    loaderAttributes: ` integrity="${LOADER_SRI}" crossorigin="anonymous"`,
    csp: (cdn) =>
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${cdn}; connect-src 'self' ${cdn}; style-src 'self'`,
  },
  "/hosts/package-cross-origin-csp-no-connect.html": {
    loader: (cdn) => `${cdn}/cors${CDN_PATH}dist/reframe.js`,
    csp: (cdn) => `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${cdn}; style-src 'self'`,
  },
  "/hosts/package-wrong-integrity.html": {
    loader: (cdn) => `${cdn}/cors${CDN_PATH}dist/reframe.js`,
    loaderAttributes: ` integrity="sha384-${"A".repeat(64)}" crossorigin="anonymous"`,
  },
  "/hosts/package-no-cors.html": { loader: (cdn) => `${cdn}/no-cors${CDN_PATH}dist/reframe.js` },
};

/** The widget's state on the page, and the widget files the page fetched (resource timing). */
const STATE = `
  const widget = document.querySelector("reframe-widget");
  const fallback = widget.querySelector(".fallback");
  return {
    defined: !!customElements.get("reframe-widget"),
    questions: widget.shadowRoot ? widget.shadowRoot.querySelectorAll(".faq-button").length : 0,
    fallbackVisible: fallback.getClientRects().length > 0,
    loaded: document.readyState === "complete",
    log: window.__reframeLog,
    fetched: performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.includes("/dist/")),
  };`;

for (const engine of selectedEngines()) {
  describe(`${engine}: the widget from the unpacked package`, () => {
    let driver;
    let site;
    let cdn;
    /** Paths the other origin served, in order. */
    const served = [];
    before(async () => {
      cdn = await startServer({
        mounts: { [`/cors${CDN_PATH}`]: root, [`/no-cors${CDN_PATH}`]: root },
        headers: (path) => {
          served.push(path);
          return path.startsWith("/cors/") ? { "access-control-allow-origin": "*" } : {};
        },
      });
      site = await startServer({
        mounts: { [`/cdn${CDN_PATH}`]: root, "/hosts/": "tests/e2e/hosts" },
        page: (path) => PAGES[path] && articlePage({
            title: "Package host page",
            loader: PAGES[path].loader(cdn.origin),
            loaderAttributes: PAGES[path].loaderAttributes ?? "",
          }),
        headers: (path) => (PAGES[path]?.csp ? { "content-security-policy": PAGES[path].csp(cdn.origin) } : {}),
      });
      driver = await startSession(engine);
    });
    after(async () => {
      await driver?.quit();
      await site?.close();
      await cdn?.close();
    });

    /** Loads `path` and polls the state until `test` passes; fails with the last state. */
    async function loadAndWait(path, what, test) {
      served.length = 0;
      await driver.get(site.origin + path);
      let last;
      try {
        await driver.wait(async () => test((last = await driver.executeScript(STATE))), 15000);
      } catch {
        assert.fail(`[${engine} ${path}] timed out waiting for ${what}; last state: ${JSON.stringify(last)}`);
      }
      return last;
    }

    const rendered = (s) => s.questions === 6 && s.log.events.some((e) => e.type === "reframe:ready");

    it("renders from the package's folder on the page's origin; mount() and validate() work from it", async () => {
      const state = await loadAndWait("/hosts/package.html", "six questions and reframe:ready", rendered);
      assert.equal(state.fallbackVisible, false, "the widget replaced the fallback");
      assert.deepEqual(state.log.errors, [], "no console errors");
      const api = await driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         import(arguments[0]).then(async ({ mount, validate }) => {
           const element = document.body.appendChild(document.createElement("div"));
           await mount(element, { show: ["phrases"] }).ready;
           const problems = await validate({ lang: "en", title: "No questions" });
           done({ cards: element.shadowRoot.querySelectorAll(".card").length, problems });
         }).catch((e) => done("failed: " + e.message));`,
        `/cdn${CDN_PATH}dist/reframe.js`,
      );
      assert.equal(api.cards, 3, "mount() imported from the package renders the three phrase cards");
      assert.equal(api.problems.length, 1, `validate() finds the missing FAQ and phrases: ${api.problems}`);
    });

    it("renders from another origin that sends Access-Control-Allow-Origin", async () => {
      const state = await loadAndWait("/hosts/package-cross-origin.html", "six questions and reframe:ready", rendered);
      assert.deepEqual(state.log.errors, [], "no console errors");
      const base = `${cdn.origin}/cors${CDN_PATH}dist/`;
      for (const file of ["reframe.js", "reframe-core_bg.wasm"]) {
        assert.ok(state.fetched.includes(base + file), `${file} came from the other origin: ${state.fetched}`);
      }
    });

    it("renders from another origin under a strict CSP naming that origin in script-src and connect-src, with the snippet's integrity", async () => {
      const state = await loadAndWait("/hosts/package-cross-origin-csp.html", "six questions and reframe:ready", rendered);
      assert.deepEqual(state.log.csp, [], "no CSP violations");
      assert.deepEqual(state.log.errors, [], "no console errors");
    });

    it("keeps the fallback, with reframe:error, when that CSP leaves the origin out of connect-src", async () => {
      // The violation event is queued as a task of its own: it may come after reframe:error.
      const state = await loadAndWait("/hosts/package-cross-origin-csp-no-connect.html", "reframe:error and a CSP violation", (s) =>
        s.log.events.some((e) => e.type === "reframe:error") && s.log.csp.length > 0,
      );
      assert.equal(state.questions, 0, "no widget rendered");
      assert.equal(state.fallbackVisible, true, "the fallback stays visible");
      assert.ok(
        state.log.csp.some((v) => v.startsWith("connect-src") && v.includes(`${CDN_PATH}dist/reframe-core`)),
        `the policy blocked the fetch of the widget's files: ${state.log.csp}`,
      );
    });

    it("keeps the fallback when reframe.js does not match the snippet's integrity", async () => {
      const state = await loadAndWait("/hosts/package-wrong-integrity.html", "the page to finish loading", (s) => s.loaded);
      assert.equal(state.defined, false, "reframe.js did not run: <reframe-widget> is not defined");
      assert.equal(state.fallbackVisible, true, "the fallback stays visible");
    });

    it("keeps the fallback when the other origin sends no CORS header: the module script is blocked", async () => {
      const state = await loadAndWait("/hosts/package-no-cors.html", "the page to finish loading", (s) => s.loaded);
      assert.ok(served.some((p) => p.endsWith("/dist/reframe.js")), `the browser asked for reframe.js: ${served}`);
      assert.equal(state.defined, false, "reframe.js did not run: <reframe-widget> is not defined");
      assert.equal(state.questions, 0, "no widget rendered");
      assert.equal(state.fallbackVisible, true, "the fallback stays visible");
      assert.ok(!served.some((p) => p.includes("reframe-core")), `nothing else was fetched: ${served}`);
    });
  });
}
