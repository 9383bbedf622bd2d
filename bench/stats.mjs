// Summaries of repeated measurements: median, min and max, rounded for reading; how sure a ratio of medians is.
/** `{ median, min, max, n }` of `values` (ms), to 0.1 ms. */
export function summarize(values) {
  const round = (x) => Math.round(x * 10) / 10;
  return { median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)), n: values.length };
}

/** The median of `values`. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * How sure the ratio of two medians is: `{ ratio, low, high }`, where `low`–`high` is the 95%
 * percentile bootstrap interval of median(a) / median(b). `a[i]` and `b[i]` must come from the
 * same round (the bench interleaves its pages), and rounds are resampled whole, so a stretch of
 * the run where the machine was busy slows both sides of its rounds. The generator is seeded:
 * the same samples give the same interval.
 */
export function ratioInterval(a, b, iterations = 4000) {
  if (a.length !== b.length || a.length === 0) throw new Error("ratioInterval: samples must be paired by round");
  let seed = 0x2545f491;
  const random = () => {
    // xorshift32: reproducible, and plenty for resampling indices.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const ratios = [];
  for (let k = 0; k < iterations; k++) {
    const picks = a.map(() => Math.floor(random() * a.length));
    ratios.push(median(picks.map((i) => a[i])) / median(picks.map((i) => b[i])));
  }
  ratios.sort((x, y) => x - y);
  const round = (x) => Math.round(x * 100) / 100;
  return {
    ratio: round(median(a) / median(b)),
    low: round(ratios[Math.floor(iterations * 0.025)]),
    high: round(ratios[Math.ceil(iterations * 0.975) - 1]),
  };
}
