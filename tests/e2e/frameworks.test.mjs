// The element in the frameworks pages are built with: the React 19, Vue 3 and Svelte 5 apps of
// tests/frameworks (the README's examples, word for word) are bundled with esbuild, offline,
// from the npm packages: reframe-widget from its packed tarball, as a project installs it, and
// the frameworks from this project's dev dependencies. In every engine each app renders the
// widget with the attributes in its template (`open="first"` among them, which the frameworks
// assign to the element's `open` property), gets `reframe:toggle` in its own handler (the
// colon name in Vue, the dashed alias in React and Svelte), and changes `mode` from its state.
// The React app also compiles under `tsc --strict` against the package's declarations.
import { after, before, describe } from "node:test";
import assert from "node:assert/strict";
import { copyFile, cp, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import sveltePlugin from "esbuild-svelte";
import { selectedEngines } from "./engines.mjs";
import { it, openHarness } from "./harness.mjs";
import { packAndUnpack, run } from "./pack.mjs";
import { SEED_QUESTIONS as SEED } from "./seed.mjs";

/** Each app: its entry file under tests/frameworks, and what esbuild needs besides. */
const APPS = {
  react: { title: "React 19", entry: "react/main.tsx", files: ["react/main.tsx"] },
  // The app's template is compiled in the browser (an SFC would be compiled by the build): the
  // build of Vue with its template compiler.
  vue: { title: "Vue 3", entry: "vue/main.js", files: ["vue/main.js"], alias: { vue: "vue/dist/vue.esm-bundler.js" } },
  svelte: { title: "Svelte 5", entry: "svelte/main.js", files: ["svelte/App.svelte"], plugins: () => [sveltePlugin()] },
};


const { dir, root } = await packAndUnpack();
after(() => rm(dir, { recursive: true, force: true }));
// The folder is a project: reframe-widget unpacked in its node_modules, the frameworks (and
// their types) linked in from this project's install, the apps' sources in src/.
for (const name of ["react", "react-dom", "vue", "svelte", "@types"]) {
  await symlink(resolve("node_modules", name), join(dir, "node_modules", name), "dir");
}
await cp("tests/frameworks", join(dir, "src"), { recursive: true });
const SITE = join(dir, "site");

/** A page for the app called `name`, which records uncaught errors and both names of `reframe:toggle`. */
const page = (name) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>reframe in ${name}</title>
<script>
  window.__errors = [];
  addEventListener("error", (e) => __errors.push(String(e.message)));
  addEventListener("unhandledrejection", (e) => __errors.push(String(e.reason)));
  window.__counts = { colon: 0, dash: 0 };
  document.addEventListener("reframe:toggle", () => __counts.colon++);
  document.addEventListener("reframe-toggle", () => __counts.dash++);
</script>
<script type="module" src="app.js"></script>
</head>
<body><main><h1>FAQ in ${name}</h1><div id="app"></div></main></body>
</html>
`;

for (const [name, app] of Object.entries(APPS)) {
  const out = join(SITE, name);
  await mkdir(out, { recursive: true });
  await build({
    absWorkingDir: dir,
    entryPoints: [join("src", app.entry)],
    bundle: true,
    format: "esm",
    minify: true,
    outfile: join(out, "app.js"),
    define: {
      "process.env.NODE_ENV": '"production"',
      __VUE_OPTIONS_API__: "true",
      __VUE_PROD_DEVTOOLS__: "false",
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: "false",
    },
    alias: app.alias ?? {},
    plugins: app.plugins?.() ?? [],
    logLevel: "silent",
  });
  // reframe.js loads the wasm from beside itself (`new URL(..., import.meta.url)`), which is
  // the bundle now: esbuild does not copy such a file, so the build does.
  await copyFile(join(root, "dist/reframe-core_bg.wasm"), join(out, "reframe-core_bg.wasm"));
  await writeFile(join(out, "index.html"), page(app.title));
}

describe("the framework examples", () => {
  it("are the README's, word for word", async () => {
    const readme = await readFile("README.md", "utf8");
    for (const app of Object.values(APPS)) {
      for (const file of app.files) {
        const text = await readFile(join("tests/frameworks", file), "utf8");
        assert.ok(readme.includes(text), `README.md does not show tests/frameworks/${file} as it is`);
      }
    }
  });

  it("React: the TSX app compiles under tsc --strict with the package's declarations", async () => {
    try {
      await run(resolve("node_modules/.bin/tsc"), ["-p", join(dir, "src/react")]);
    } catch (error) {
      assert.fail(`tsc found errors in tests/frameworks/react/main.tsx:\n${error.stdout}${error.stderr}`);
    }
  });
});

/** The widget's questions (expanded or not), its attributes, and what the app and page saw. */
const STATE = `
  const widget = document.querySelector("reframe-widget");
  const buttons = [...(widget?.shadowRoot?.querySelectorAll('[part~="question"]') ?? [])];
  return {
    open: buttons.map((b) => b.getAttribute("aria-expanded") === "true"),
    mode: widget?.getAttribute("mode"),
    openAttribute: widget?.getAttribute("open"),
    openIsMethod: typeof widget?.open === "function",
    last: document.getElementById("last-toggle")?.textContent ?? "",
    counts: window.__counts,
    errors: window.__errors,
  };`;

for (const engine of selectedEngines()) {
  describe(`${engine}: the element in React, Vue and Svelte apps`, () => {
    let h;
    let driver;
    before(async () => {
      h = await openHarness(engine, { mounts: { "/frameworks/": SITE } });
      driver = h.driver;
    });
    after(() => h?.close());

    for (const name of Object.keys(APPS)) {
      it(`${name}: renders its template's attributes, gets toggles in its handler, changes mode`, async () => {
        const where = `[${engine} ${name}]`;
        const state = () => driver.executeScript(STATE);
        const question = (index) =>
          driver.executeScript(
            `return document.querySelector("reframe-widget").shadowRoot.querySelectorAll('[part~="question"]')[arguments[0]]`,
            index,
          );
        await h.load(`/frameworks/${name}/index.html`);
        // `open="first"` reached the attribute (not a property hiding the method `open`).
        let now = await h.waitFor(where, "the widget with its first answer open", (s) => s.open.length === 6 && s.open[0], state);
        assert.equal(now.openAttribute, "first", `${where} the open attribute`);
        assert.ok(now.openIsMethod, `${where} open() is still the method`);
        assert.equal(now.mode, "multiple", `${where} mode from the app's state`);

        await h.clickSettled(await question(1));
        now = await h.waitFor(where, "the app's handler to see the toggle", (s) => s.last === `${SEED[1]}: open`, state);
        assert.deepEqual(now.open, [true, true, false, false, false, false], `${where} two answers open in multiple mode`);

        // The app's button changes its state; the framework sets the element's `mode`.
        await h.clickSettled(await driver.findElement({ css: "#app button, button" }));
        const before = await h.waitFor(where, "mode=single", (s) => s.mode === "single", state);
        await h.clickSettled(await question(3));
        now = await h.waitFor(where, "single mode to leave one answer open", (s) => s.open.filter(Boolean).length === 1 && s.open[3], state);
        // One toggle per answer that changed (the fourth opened, the others open closed), each
        // under both names.
        const changed = now.open.filter((open, i) => open !== before.open[i]).length;
        assert.ok(changed >= 2, `${where} the click opened one answer and closed another`);
        assert.equal(now.counts.colon - before.counts.colon, changed, `${where} reframe:toggle per changed answer`);
        assert.equal(now.counts.dash, now.counts.colon, `${where} reframe-toggle as often as reframe:toggle`);
        assert.match(now.last, /: (open|closed)$/, `${where} the app's last toggle`);
        assert.deepEqual(now.errors, [], `${where} no uncaught error`);
        await h.screenshot(`framework-${name}`);
      });
    }
  });
}
