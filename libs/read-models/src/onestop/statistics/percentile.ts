/**
 * PostgreSQL's `percentile_cont` over the values a histogram of `[value, count]` stands for: the
 * value at position p·(n−1) of the sorted values, interpolated between its two neighbours; null
 * when there are no values. Durations in working days are small integers, so a query groups a
 * year of steps into a few buckets and no one sorts the steps themselves (ISO compliance of
 * documents and of dossiers alike).
 */
export function percentileOf(histogram: ReadonlyArray<readonly [number, number]>, p: number): number | null {
  const sorted = [...histogram].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const n = sorted.reduce((total, [, count]) => total + count, 0);
  if (n === 0) return null;
  const at = p * (n - 1);
  const valueAt = (index: number) => {
    let seen = 0;
    for (const [value, count] of sorted) {
      seen += count;
      if (index < seen) return value;
    }
    return sorted[sorted.length - 1][0];
  };
  const lower = valueAt(Math.floor(at));
  const upper = valueAt(Math.ceil(at));
  return lower + (upper - lower) * (at - Math.floor(at));
}

/** A share rounded to four decimals (0.8571), null when nothing was counted: every rate of the one-stop reports. */
export function rateOf(numerator: number, denominator: number): number | null {
  return denominator ? Math.round((numerator / denominator) * 10_000) / 10_000 : null;
}
