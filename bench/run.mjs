// `make bench`: measures the release build in dist/ and writes target/bench/report.json,
// prints the tables and rewrites the figures in BENCHMARKS.md. A benchmark, not a test: it
// fails only when it cannot measure. Options: --rounds N (cold loads per page, default 40),
// --slow-rounds N (cold loads per page at 4x CPU slowdown, default 10), --reps N (repetitions at
// scale, default 9), --cycles N (mount/destroy cycles, default 500), --typing-rounds N (times
// WebDriver types into the search of 1,000 items, at 1x and at 4x CPU slowdown, default 3).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import { parseArgs } from "node:util";
import { startSession } from "../tests/e2e/engines.mjs";
import { startServer } from "../tests/e2e/server.mjs";
import { writeContentSets } from "./generate.mjs";
import { coldLoads, generatedPage, memory, scale, typing } from "./measure.mjs";
import { goals, markdown, rewriteBlock } from "./report.mjs";
import { measureSizes } from "./sizes.mjs";

const OUT = "target/bench";
const SIZES = [10, 100, 1000];
/** The CPU slowdown of Lighthouse's mobile preset, for the slowed-down cold loads. */
const SLOWDOWN = 4;
const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "40" },
    "slow-rounds": { type: "string", default: "10" },
    reps: { type: "string", default: "9" },
    cycles: { type: "string", default: "500" },
    "typing-rounds": { type: "string", default: "3" },
  },
});
const settings = {
  rounds: Number(values.rounds),
  slowRounds: Number(values["slow-rounds"]),
  reps: Number(values.reps),
  cycles: Number(values.cycles),
  typingRounds: Number(values["typing-rounds"]),
};
for (const [name, value] of Object.entries(settings)) {
  const option = name.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
  if (!Number.isInteger(value) || value < 1) throw new Error(`bench: --${option} must be a whole number from 1 up`);
}

/** The commit measured; "-modified" when files other than BENCHMARKS.md (our output) differ from it. */
function commit() {
  const git = (...args) => execFileSync("git", args, { encoding: "utf8" }).trim();
  const changed = git("status", "--porcelain", "--", ".", ":!BENCHMARKS.md");
  return git("rev-parse", "--short", "HEAD") + (changed ? "-modified" : "");
}

if (!existsSync("dist/reframe-core_bg.wasm")) throw new Error("bench: dist/ is missing; run 'make dist' first");
await writeContentSets(OUT, SIZES);
const sizes = await measureSizes("dist");

const loadAtStart = os.loadavg()[0].toFixed(1);
const server = await startServer({
  mounts: { "/reframe/": "dist", "/bench/": "bench/pages", "/generated/": OUT, "/content/": "content" },
  page: generatedPage,
});
const driver = await startSession("chromium");
let report;
try {
  await driver.manage().setTimeouts({ script: 600000 });
  const chromium = (await driver.getCapabilities()).get("browserVersion");
  const interactive = await coldLoads(driver, server.origin, settings.rounds);
  const slowed = { slowdown: SLOWDOWN, pages: await coldLoads(driver, server.origin, settings.slowRounds, SLOWDOWN) };
  const scaled = await scale(driver, server.origin, SIZES, settings.reps);
  const keystrokes = [];
  for (const slowdown of [1, SLOWDOWN]) keystrokes.push(await typing(driver, server.origin, 1000, settings.typingRounds, slowdown));
  const mem = await memory(driver, server.origin, settings.cycles);
  report = {
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    commit: commit(),
    machine: {
      cpu: /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? os.cpus()[0]?.model,
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      chromium,
      node: process.versions.node,
      load: { start: loadAtStart, end: os.loadavg()[0].toFixed(1) },
    },
    settings,
    sizes,
    interactive,
    slowed,
    scale: scaled,
    typing: keystrokes,
    memory: mem,
  };
} finally {
  await driver.quit();
  await server.close();
}
report.goals = goals(report);
await mkdir(OUT, { recursive: true });
await writeFile(`${OUT}/report.json`, JSON.stringify(report, null, 2) + "\n");
const text = markdown(report);
await rewriteBlock("BENCHMARKS.md", text);
console.log(`\n${text}\n\nbench: wrote ${OUT}/report.json and BENCHMARKS.md`);
