// The benchmark's report: the goals of issues 8 and 23 checked against the figures, and the same tables
// printed to the terminal and written into BENCHMARKS.md (between its bench:begin and
// bench:end markers).
import { readFile, writeFile } from "node:fs/promises";
import { ratioInterval } from "./stats.mjs";

const KB = 1000;
const MB = 1024 * 1024;

/** Each goal: what it asks, what was measured, and whether it is met. */
export function goals(report) {
  const big = report.scale.find((s) => s.n === 1000);
  const widget = report.interactive.widget.interactive.median;
  const plain = report.interactive["plain-js"].interactive.median;
  // Met only when the whole 95% interval is: one run's medians move by a fifth or more.
  const ratio = ratioInterval(report.interactive.widget.samples, report.interactive["plain-js"].samples);
  const fallback = ratioInterval(report.interactive["widget-fallback"].samples, report.interactive.details.samples);
  const key = big && Math.max(big.firstKey.layout.median, big.lastKey.layout.median, big.clearKey.layout.median);
  const typed = report.typing.find((t) => t.slowdown === 1);
  const { before, after } = report.memory;
  const growth = after.jsHeap - before.jsHeap + (after.wasm - before.wasm);
  return [
    ["total at most 85 KB gzip", `${(report.sizes.total.gzip / KB).toFixed(1)} KB`, report.sizes.total.gzip <= 85 * KB],
    [
      "interactive within 1.5× the plain-JS baseline (median; met when the 95% interval is)",
      `${ratio.ratio.toFixed(2)}× (${widget} vs ${plain} ms; 95% interval ${ratio.low.toFixed(2)}–${ratio.high.toFixed(2)}×)`,
      ratio.high <= 1.5,
    ],
    [
      "with the fallback pasted, interactive within 1.1× the <details> page (median; met when the 95% interval is)",
      `${fallback.ratio.toFixed(2)}× (${report.interactive["widget-fallback"].interactive.median} vs ${report.interactive.details.interactive.median} ms; 95% interval ${fallback.low.toFixed(2)}–${fallback.high.toFixed(2)}×)`,
      fallback.high <= 1.1,
    ],
    [
      "with the fallback pasted, no layout shift at the take-over (every load that painted the styled fallback)",
      `${report.interactive["widget-fallback"].shift.takeover} in ${report.interactive["widget-fallback"].shift.loads} loads (whole load: ${report.interactive["widget-fallback"].shift.max})`,
      report.interactive["widget-fallback"].shift.takeover === 0,
    ],
    ["1,000 items: first render at most 100 ms (median)", `${big?.render.median} ms`, big?.render.median <= 100],
    ["1,000 items: toggle at most 4 ms (median, script + layout)", `${big?.toggle.layout.median} ms`, big?.toggle.layout.median <= 4],
    [
      "a toggle changes only the toggled item",
      big && `${big.toggle.mutations.min}–${big.toggle.mutations.max} mutations; other items: ${big.toggle.otherItemsTouched.length}; outside items: ${big.toggle.outsideItems}`,
      big && big.toggle.otherItemsTouched.length === 0 && big.toggle.outsideItems === 0,
    ],
    [
      "1,000 items: keystroke at most 16 ms (key press to next paint, trusted keys, Event Timing; median)",
      `${below16(typed.median)} ms (worst ${below16(typed.worst)}; ${typed.atLeast16} of ${typed.keystrokes} keystrokes at 16 ms or more)`,
      typed.median <= 16,
    ],
    [`1,000 items: the list updated at most 16 ms after a keystroke (median, script + layout, worst of "b", "budget" and clearing)`, `${key} ms`, key <= 16],
    [`memory after ${report.memory.cycles} cycles within 1 MB of the start`, `${(growth / MB).toFixed(2)} MB (JS heap + wasm)`, growth <= MB],
    [
      "no DOM nodes or event listeners left behind by destroyed widgets",
      `${after.nodes - before.nodes} nodes, ${after.listeners - before.listeners} listeners more after ${report.memory.cycles} cycles`,
      after.nodes === before.nodes && after.listeners === before.listeners,
    ],
  ].map(([goal, measured, met]) => ({ goal, measured, met: !!met }));
}

/** An Event Timing duration, where 0 stands for one it did not report (under 16 ms). */
const below16 = (duration) => (duration < 16 ? "under 16" : String(duration));

const row = (cells) => `| ${cells.join(" | ")} |`;
const table = (head, rows) => [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");
const ms = (s) => `${s.median} (${s.min}–${s.max})`;

/** The report as Markdown tables (also what the terminal shows). */
export function markdown(report) {
  const m = report.machine;
  const parts = [
    `Measured ${report.date} at commit \`${report.commit}\` on ${m.cpu} (${m.cores} cores, ${m.memoryGb} GB), ` +
      `${m.os}, Chromium ${m.chromium} headless, Node ${m.node}; load average ${m.load.start} at the start, ` +
      `${m.load.end} at the end (other work on the machine slows and spreads the timings). ${report.settings.rounds} cold loads per page, ` +
      `${report.settings.reps} repetitions at scale, times in ms as median (min–max).`,
    "**Bytes** the embed loads",
    table(
      ["file", "raw", "gzip -9", "brotli -q 11"],
      [...report.sizes.files, report.sizes.total].map((f) => [f.file, f.raw, f.gzip, f.brotli]),
    ),
    "**Time to interactive** from navigation start, cold: first question present, and opened by a click; " +
      "cumulative layout shift (the most of any load) until the widget is ready, in all and from the take-over on " +
      "(the first frame with the widget's shadow root)",
    table(
      ["page", "present", "interactive", "layout shift", "at the take-over"],
      Object.entries(report.interactive).map(([name, r]) => [
        `${name} (\`${r.page}\`)`,
        ms(r.present),
        ms(r.interactive),
        r.shift?.max ?? "",
        r.shift?.unstyled
          ? `${r.shift.takeover} (${r.shift.loads} loads; ${r.shift.unstyledMax} in ${r.shift.unstyled} whose fallback was never painted styled)`
          : (r.shift?.takeover ?? ""),
      ]),
    ),
    `**Slowed down ${report.slowed.slowdown}×** (the CPU slowdown of Lighthouse's mobile preset), cold, ${report.settings.slowRounds} loads per page: ` +
      `blocking time is what each main-thread task takes over 50 ms, summed from navigation until 1 s after interactive (as Lighthouse's Total Blocking Time counts it)`,
    table(
      ["page", "interactive", "blocking time", "longest task"],
      Object.entries(report.slowed.pages).map(([name, r]) => [name, ms(r.interactive), ms(r.blocking), ms(r.longest)]),
    ),
    "**Scale**: generated FAQ of n items as inline content, with search; script = until the next task, +layout = plus forced style and layout; " +
      "a keystroke is timed until the list is updated, which with more than 50 questions is after the next frame (the typed character paints first)",
    table(
      ["n", "first render", "all in", "toggle script", "toggle +layout", "toggle mutations", "key \"b\" +layout", "key \"budget\" +layout", "clear +layout"],
      report.scale.map((s) => [
        s.n,
        ms(s.render),
        ms(s.allIn),
        ms(s.toggle.script),
        ms(s.toggle.layout),
        `${s.toggle.mutations.min}–${s.toggle.mutations.max}${s.toggle.otherItemsTouched.length || s.toggle.outsideItems ? " (not only the item)" : " (the item only)"}`,
        ms(s.firstKey.layout),
        ms(s.lastKey.layout),
        ms(s.clearKey.layout),
      ]),
    ),
    `**Typing** into the search of 1,000 items: ${report.settings.typingRounds} times "budget" typed and deleted by WebDriver (trusted keys, 400 ms apart), ` +
      "each keystroke measured by the Event Timing API from key press to the next paint (it reports 16 ms and more, in steps of 8)",
    table(
      ["CPU", "keystrokes", "16 ms or more", "median", "worst"],
      report.typing.map((t) => [t.slowdown === 1 ? "as is" : `slowed down ${t.slowdown}×`, t.keystrokes, t.atLeast16, below16(t.median), below16(t.worst)]),
    ),
    `**Memory**: ${report.memory.cycles} mount/destroy cycles on one page, after forced garbage collection`,
    table(
      ["", "JS heap", "wasm memory", "DOM nodes", "listeners"],
      ["before", "after"].map((when) => {
        const s = report.memory[when];
        return [when, s.jsHeap, s.wasm, s.nodes, s.listeners];
      }),
    ),
    "**Goals** (issues 8 and 23)",
    table(["goal", "measured", "met"], goals(report).map((g) => [g.goal, g.measured, g.met ? "yes" : "**no**"])),
  ];
  return parts.join("\n\n");
}

/** Replaces the text between the markers in `file` with `body`. */
export async function rewriteBlock(file, body) {
  const text = await readFile(file, "utf8");
  const begin = "<!-- bench:begin -->";
  const end = "<!-- bench:end -->";
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`bench: ${file} lacks the ${begin} ... ${end} markers`);
  await writeFile(file, `${text.slice(0, from + begin.length)}\n${body}\n${text.slice(to)}`);
}
