// Trunk post-build hook (Trunk.toml), in trunk's staging folder before it becomes dist/: gives
// wasm-bindgen's glue a faster way to read short strings (every build). In release builds it
// also writes into the loader (reframe.js) the Subresource Integrity (sha384) of the wasm,
// bundles wasm-bindgen's glue (reframe-core.js) into the loader with esbuild and minifies the
// result with terser: a page then makes one request for script where it made two for the glue
// (fetched with its hash, then imported), and the two files gzip smaller as one (BENCHMARKS.md).
import { createHash } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
import { minify } from "terser";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("post-build.mjs runs as a trunk hook: TRUNK_STAGING_DIR is not set");
const PLACEHOLDER = 'const INTEGRITY = { wasm: "" };';

/** `entry` with the modules it imports, as one ES module (syntax left as written). */
const bundled = async (entry) => {
  const { outputFiles } = await build({ entryPoints: [entry], bundle: true, format: "esm", write: false, logLevel: "silent" });
  return outputFiles[0].text;
};
const minified = async (code) =>
  (await minify(code, { module: true, compress: { passes: 2 }, format: { comments: /^!|@license/ } })).code;
// wasm-bindgen's glue decodes every string the wasm hands to JavaScript with a TextDecoder call,
// which costs more than the decoding for the short ASCII strings that make up most of them (tag
// and attribute names, ids, classes): a first render of 1,000 questions makes tens of thousands.
// Those are decoded by a loop instead. The exact text of wasm-bindgen 0.2.130's function is
// replaced; a different glue fails the build rather than being left slow unnoticed.
const GET_STRING = `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}`;
const SHORT_ASCII_GET_STRING = `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    const bytes = getUint8ArrayMemory0();
    if (len <= 32) {
        let text = "";
        for (let i = ptr; i < ptr + len; i++) {
            if (bytes[i] > 0x7f) return decodeText(bytes.subarray(ptr, ptr + len));
            text += String.fromCharCode(bytes[i]);
        }
        return text;
    }
    return decodeText(bytes.subarray(ptr, ptr + len));
}`;

const sri = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");

const glue = join(staging, "reframe-core.js");
const glueSource = await readFile(glue, "utf8");
if (!glueSource.includes(GET_STRING)) throw new Error("post-build.mjs: the wasm-bindgen glue has no getStringFromWasm0 as expected");
await writeFile(glue, glueSource.replace(GET_STRING, SHORT_ASCII_GET_STRING));

if (process.env.TRUNK_PROFILE === "release") {
  const integrity = { wasm: sri(await readFile(join(staging, "reframe-core_bg.wasm"))) };
  const loader = join(staging, "reframe.js");
  const source = await readFile(loader, "utf8");
  if (!source.includes(PLACEHOLDER)) throw new Error(`post-build.mjs: reframe.js lacks ${PLACEHOLDER}`);
  await writeFile(loader, source.replace(PLACEHOLDER, `const INTEGRITY = ${JSON.stringify(integrity)};`));
  await writeFile(loader, await minified(await bundled(loader)));
  // Both are in the loader now (fallback.js: the pasted fallback's look and take-over).
  await rm(glue);
  await rm(join(staging, "fallback.js"));
}
