// Times how long a widget takes to settle (render or refuse its content) in headless Chromium
// when its inline content holds a worst case for the content parsers (bench/pages/worst-case.*),
// for BENCHMARKS.md's "Worst-case content". A bench row, not a test: prints a table.
//   node bench/worst-case.mjs [DIST]     (DIST: a release build, default dist/)
import { startServer } from "../tests/e2e/server.mjs";
import { startSession } from "../tests/e2e/engines.mjs";

const CASES = [
  ["[a](", 4000],
  ["[a](", 20000],
  ["[a](", 100000],
  ["**a ", 100000],
];
/** Runs per case; a case slower than 10 s runs once. */
const ROUNDS = 3;
const TIMEOUT_MS = 600_000;

const server = await startServer({ mounts: { "/reframe/": process.argv[2] ?? "dist", "/bench/": "bench/pages" } });
const driver = await startSession("chromium");
try {
  await driver.manage().setTimeouts({ script: TIMEOUT_MS, pageLoad: TIMEOUT_MS });
  console.log("| answer | size | settled (ms) | event | longest task (ms) |");
  for (const [piece, n] of CASES) {
    const runs = [];
    for (let round = 0; round < ROUNDS; round++) {
      const query = new URLSearchParams({ piece, n: String(n) });
      await driver.get(`${server.origin}/bench/worst-case.html?${query}`);
      await driver.wait(() => driver.executeScript("return window.__worst != null"), TIMEOUT_MS);
      runs.push(await driver.executeScript("return window.__worst"));
      if (runs[0].settled > 10_000) break; // a slow case once is enough
    }
    const ms = (values) => values.map((v) => v.toFixed(0)).join(", ");
    console.log(
      `| \`"${piece}".repeat(${n})\` | ${(piece.length * n) / 1000} KB | ${ms(runs.map((r) => r.settled))} | ${runs[0].event} | ${ms(runs.map((r) => r.longest))} |`,
    );
  }
} finally {
  await driver.quit();
  await server.close();
}
