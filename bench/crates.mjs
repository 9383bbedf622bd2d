// Where the wasm's bytes go, by crate: `twiggy top` on a copy of the release wasm built with
// names kept, each function counted under the crate its name starts with.
//
//   node bench/crates.mjs                 # builds the named copy from target/ (run `make dist` first)
//   node bench/crates.mjs --markdown      # the same, as a BENCHMARKS.md table
//
// The shipped wasm has no names (wasm-opt drops them), so this rebuilds it from cargo's release
// output the way trunk does (wasm-bindgen --target web, then wasm-opt with the flags of
// index.html) plus `-g`, which keeps the names and changes nothing else that matters here.
// Needs `twiggy` (`cargo install twiggy`). Sizes are raw bytes of each function body or data
// segment; the name section itself is left out.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const WASM = "target/wasm32-unknown-unknown/release/reframe_core.wasm";

/** The crate a (demangled) function name belongs to, or a group for what is not a function. */
export function crateOf(name) {
  if (name.startsWith("data segment")) return "data (strings, content, stylesheet, tables)";
  if (/^"?(function names|custom section|type\[|import|export|table|elem|global|memory)/.test(name))
    return "wasm tables (imports, exports, types)";
  // The first `crate::` in the name: `<A as B>::f` is A's when A is a path (`yew::...`), and
  // B's when A is a generic parameter or a primitive (`<T as core::fmt::Display>::fmt`).
  // (v0 mangling names a crate with its hash: `core[c5930c85a12de822]::fmt::write`.)
  const head = name.replace(/\[[0-9a-f]+\]/g, "").match(/([A-Za-z_][A-Za-z0-9_]*)::/)?.[1] ?? "";
  if (["core", "alloc", "std"].includes(head)) return "core, alloc, std";
  if (/^(wasm_bindgen|js_sys|web_sys|wasm_bindgen_futures)$/.test(head)) return "wasm-bindgen, js-sys, web-sys";
  if (head === "reframe_core") return "reframe_core (our code)";
  if (/^(gloo_[a-z]+|implicit_clone)$/.test(head)) return "gloo, implicit-clone";
  if (head !== "") return head;
  if (/^(code|func)\[/.test(name) || name.startsWith("__")) return "unnamed (glue, intrinsics)";
  return "exports to JavaScript (wasm-bindgen shims)";
}

function namedWasm() {
  const dir = mkdtempSync(join(tmpdir(), "reframe-crates-"));
  execFileSync("wasm-bindgen", ["--target", "web", "--out-dir", dir, WASM], { stdio: "inherit" });
  const named = join(dir, "named.wasm");
  execFileSync(
    "wasm-opt",
    ["-Oz", "--converge", "--strip-producers", "--low-memory-unused", "-g", join(dir, "reframe_core_bg.wasm"), "-o", named],
    { stdio: "inherit" },
  );
  return named;
}

/** `[{ group, bytes }]`, largest first, and the total. */
export function bytesByCrate(wasm) {
  const csv = execFileSync("twiggy", ["top", "-n", "1000000", "--format", "csv", wasm], { maxBuffer: 1 << 28 }).toString();
  const groups = new Map();
  let total = 0;
  for (const line of csv.trim().split("\n").slice(1)) {
    // Name,ShallowSize,...: the name may hold commas and quotes, so take the size from the end.
    const fields = line.split(",");
    const bytes = Number(fields[fields.length - 4]);
    const name = fields.slice(0, fields.length - 4).join(",").replace(/^"|"$/g, "").replace(/""/g, '"');
    if (name.includes("function names") || name.includes("\"name\"")) continue;
    const group = crateOf(name);
    groups.set(group, (groups.get(group) ?? 0) + bytes);
    total += bytes;
  }
  const rows = [...groups].map(([group, bytes]) => ({ group, bytes })).sort((a, b) => b.bytes - a.bytes);
  return { rows, total };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wasm = process.argv.find((a) => a.endsWith(".wasm")) ?? namedWasm();
  const { rows, total } = bytesByCrate(wasm);
  if (process.argv.includes("--markdown")) {
    console.log("| crate | bytes | share |\n| --- | --- | --- |");
    for (const { group, bytes } of rows) console.log(`| ${group} | ${bytes} | ${((100 * bytes) / total).toFixed(1)}% |`);
    console.log(`| total (without names) | ${total} | 100% |`);
  } else {
    for (const { group, bytes } of rows) console.log(`${String(bytes).padStart(8)}  ${group}`);
    console.log(`${String(total).padStart(8)}  total`);
  }
}
