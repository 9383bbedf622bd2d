// Prints the published package's package.json (scripts/package writes it into target/package/).
// The version is the one in Cargo.toml's [package], so the crate and the package never differ;
// the license is Cargo.toml's, as an SPDX expression.
import { readFileSync } from "node:fs";

/** The value of `key = "..."` in the `[package]` table of Cargo.toml. */
function cargoPackageField(key) {
  const table = readFileSync("Cargo.toml", "utf8").split(/^\[/m).find((t) => t.startsWith("package]"));
  const value = table?.match(new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, "m"))?.[1];
  if (!value) throw new Error(`Cargo.toml: no ${key} in [package]`);
  return value;
}

const license = cargoPackageField("license");
const loader = "./dist/reframe.js";

const manifest = {
  name: "reframe-widget",
  version: cargoPackageField("version"),
  description:
    "An embeddable, accessible FAQ accordion and phrase-card widget: one script tag, a <reframe-widget> element, WebAssembly inside.",
  keywords: ["faq", "accordion", "web-component", "custom-element", "accessibility", "webassembly", "embed"],
  // "MIT OR Apache-2.0" -> "(MIT OR Apache-2.0)": npm wants compound SPDX expressions in parentheses.
  license: license.includes(" ") ? `(${license})` : license,
  type: "module",
  // Importing the loader defines the custom element.
  sideEffects: true,
  exports: {
    ".": { types: "./reframe.d.ts", default: loader },
    "./reframe.js": { types: "./reframe.d.ts", default: loader },
    "./dist/*": "./dist/*",
    "./package.json": "./package.json",
    "./custom-elements.json": "./custom-elements.json",
    // The content sets' JSON Schema: editors and CI of sites that write their own JSON check it
    // with any JSON Schema tool ("$schema" in a content file can point here).
    "./schema.json": "./schema.json",
  },
  module: loader,
  types: "./reframe.d.ts",
  // The Custom Elements Manifest: the element's attributes, properties, methods, events, CSS
  // custom properties and parts, for editors, linters and component catalogues.
  customElements: "custom-elements.json",
  // What https://cdn.jsdelivr.net/npm/reframe-widget and https://unpkg.com/reframe-widget serve.
  jsdelivr: loader,
  unpkg: loader,
  files: [
    "dist/reframe.js",
    "dist/reframe-core_bg.wasm",
    "reframe.d.ts",
    "custom-elements.json",
    "schema.json",
    "CHANGELOG.md",
    "LICENSE-MIT",
    "LICENSE-APACHE",
  ],
};

process.stdout.write(JSON.stringify(manifest, null, 2) + "\n");
