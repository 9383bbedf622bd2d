// Bytes of everything the embed loads (reframe.js, with the wasm-bindgen glue inside, and the
// wasm), raw, gzip at level 9 and brotli at quality 11, per file and in total.
import { readFile } from "node:fs/promises";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const EMBED_FILES = ["reframe.js", "reframe-core_bg.wasm"];

/** Sizes of the embed's files in `dist`: `{ files: [{ file, raw, gzip, brotli }], total }`. */
export async function measureSizes(dist) {
  const files = [];
  for (const file of EMBED_FILES) {
    const bytes = await readFile(`${dist}/${file}`);
    files.push({
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    });
  }
  const sum = (key) => files.reduce((total, f) => total + f[key], 0);
  return { files, total: { file: "total", raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli") } };
}
