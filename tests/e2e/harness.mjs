// What every end-to-end test file shares: the test server with the widget and the host pages,
// one WebDriver session per engine, and the helpers to wait, screenshot and run axe-core.
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { it as nodeIt } from "node:test";
import { startSession } from "./engines.mjs";
import { headersFor, hostPage } from "./hosts.mjs";
import { startServer } from "./server.mjs";

const DIST = process.env.REFRAME_DIST ?? "dist";
/** Where screenshots go: target/e2e/<engine>-<name>.png. */
export const SHOTS = "target/e2e";

/** axe-core's rule sets: WCAG 2.0 to 2.2, A and AA, and best practices. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
/** Rules about the host page's own structure (its landmarks), not the widget's. */
const AXE_HOST_RULES = ["region", "landmark-one-main", "page-has-heading-one"];

/**
 * Starts the server and a session in `engine`; resolves to the session's helpers. `close()`
 * ends both. `axeChecks` counts the axe-core runs, for the suite's summary line. `routes`: paths
 * the server answers with handlers of their own (see server.mjs); `mounts`: more folders to
 * serve, by URL prefix.
 */
export async function openHarness(engine, { routes = {}, mounts = {} } = {}) {
  const server = await startServer({
    mounts: {
      "/reframe/": DIST,
      "/reframe-no-wasm/": DIST,
      "/reframe-tampered-wasm/": DIST,
      "/hosts/": "tests/e2e/hosts",
      "/vendor/bootstrap/": "node_modules/bootstrap/dist",
      "/e2e/": "tests/e2e",
      ...mounts,
    },
    headers: headersFor,
    page: hostPage,
    missing: (path) => path.startsWith("/reframe-no-wasm/") && path.endsWith(".wasm"),
    tamper: (path) => path.startsWith("/reframe-tampered-wasm/") && path.endsWith(".wasm"),
    routes,
  });
  // The session behind `driver`: replaced if the browser dies (see `it` below). Tests keep the
  // one `driver` object, which always speaks to the current session.
  let session = await startSession(engine);
  const driver = new Proxy(
    {},
    {
      get(_, key) {
        const value = session[key];
        return typeof value === "function" ? value.bind(session) : value;
      },
    },
  );
  await mkdir(SHOTS, { recursive: true });
  const axeSource = await readFile("node_modules/axe-core/axe.min.js", "utf8");

  const harness = {
    engine,
    driver,
    origin: server.origin,
    axeChecks: 0,

    async close() {
      if (live === harness) live = null;
      await session.quit();
      await server.close();
    },

    /** Whether the browser still answers (a crashed browser loses its WebDriver session). */
    async alive() {
      try {
        await Promise.race([
          session.getTitle(),
          new Promise((_, reject) => setTimeout(() => reject(new Error("no answer in 10 s")), 10000)),
        ]);
        return true;
      } catch {
        return false;
      }
    },

    /** Ends the lost session, whatever state it is in, and starts a new one. */
    async restart() {
      await session.quit().catch(() => {});
      session = await startSession(engine);
    },

    /**
     * Loads a page of the test server (a path such as /hosts/plain.html) in the top frame, as a
     * new document: a path with a hash goes by about:blank, since from the same page the
     * browser would only move to the hash (a hashchange, the widgets already there kept).
     */
    async load(path) {
      await driver.switchTo().defaultContent();
      if (path.includes("#")) await driver.get("about:blank");
      await driver.get(server.origin + path);
    },

    /**
     * Clicks `element` once it is in view and has stopped moving: WebKitWebDriver clicks at the
     * coordinates it measured before scrolling, so an element that a re-render is still moving
     * (a list growing back above it) can miss the click.
     */
    async clickSettled(element) {
      await driver.executeAsyncScript(
        `const [element, done] = arguments;
         element.scrollIntoView({ block: "center", behavior: "instant" });
         let last = "", still = 0, frames = 0;
         const check = () => {
           const r = element.getBoundingClientRect();
           const now = [r.x, r.y, r.width, r.height].join();
           still = now === last ? still + 1 : 0;
           last = now;
           if (still >= 2 || ++frames > 120) done(); else requestAnimationFrame(check);
         };
         requestAnimationFrame(check);`,
        element,
      );
      await element.click();
    },

    /** Sends keys to whatever has focus. */
    press: (...keys) => driver.actions().sendKeys(...keys).perform(),

    /** Saves a screenshot of the viewport as target/e2e/<engine>-<name>.png. */
    async screenshot(name) {
      await driver.sleep(300); // let the icon's 0.2 s transition finish, for a readable picture
      await writeFile(`${SHOTS}/${engine}-${name}.png`, await driver.takeScreenshot(), "base64");
    },

    /**
     * Polls `read()` until `test` passes; fails naming what it waited for and the last value.
     * A `read()` that throws is polled again (a script that reads a widget can run between
     * the shadow root's creation and the first render, or during a navigation); the failure
     * then names the last error.
     */
    async waitFor(where, what, test, read, timeout = 15000) {
      let last;
      let error;
      try {
        await driver.wait(async () => {
          try {
            last = await read();
            error = undefined;
          } catch (thrown) {
            error = thrown;
            return false;
          }
          return test(last);
        }, timeout);
      } catch {
        const threw = error ? `; the last read threw: ${error.message ?? error}` : "";
        assert.fail(`${where} timed out waiting for ${what}; last state: ${JSON.stringify(last)}${threw}`);
      }
      return last;
    },

    /**
     * Runs axe-core on every widget of the page; fails listing the violations. `sameFaqTwice`:
     * the page shows one FAQ in several widgets, which necessarily repeats the answer regions'
     * names (axe's landmark-unique); that is the page's choice, so that rule is off there.
     */
    async axeCheck(what, { sameFaqTwice = false } = {}) {
      await driver.executeScript(axeSource);
      const violations = await driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         const rules = Object.fromEntries(arguments[1].map((id) => [id, { enabled: false }]));
         axe.run({ include: [["reframe-widget"]] }, { runOnly: arguments[0], rules })
           .then((r) => done(r.violations.map((v) => v.id + " x" + v.nodes.length + ": " + v.nodes[0].failureSummary)))
           .catch((e) => done(["axe failed: " + e.message]));`,
        AXE_TAGS,
        sameFaqTwice ? [...AXE_HOST_RULES, "landmark-unique"] : AXE_HOST_RULES,
      );
      harness.axeChecks += 1;
      assert.deepEqual(violations, [], `${what}: axe violations`);
    },
  };
  live = harness;
  return harness;
}

/** The harness of the suite running now (test files run one at a time, suites in order). */
let live = null;

/**
 * node:test's `it`, for suites on a harness: when a test fails and the browser no longer
 * answers (WebKitGTK's MiniBrowser has been seen to die mid-run on CI, taking the session and
 * every later test of the file with it), the session is started again and the test runs once
 * more, from its first step. It passes only if that run passes; the lost session is reported
 * on stderr with the end of the driver's log. A failure with the browser still answering is
 * the test's own and is never retried.
 */
export function it(name, fn) {
  return nodeIt(name, async (context) => {
    try {
      await fn(context);
    } catch (error) {
      const harness = live;
      if (!harness || (await harness.alive())) throw error;
      const log = await readFile(`${SHOTS}/${harness.engine}-driver.log`, "utf8").catch(() => "");
      console.error(
        `[${harness.engine}] the browser stopped answering during "${name}" (${error?.name}: ${error?.message}); ` +
          `starting a new session and running the test again. The end of its driver's log:\n${log.slice(-2000)}`,
      );
      await harness.restart();
      await fn(context);
    }
  });
}
