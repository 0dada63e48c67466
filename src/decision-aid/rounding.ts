/**
 * Rounding for icon arrays: whole icons that always add up to the total (largest-remainder
 * method). `roundToTotal([9.2, 90.8])` → `[9, 91]`; `roundToTotal([33.3, 33.3, 33.4])` → `[33, 33, 34]`.
 */

/**
 * Rounds `values` to whole numbers that sum to exactly `total`. Values are first scaled so they
 * sum to `total` (so `[9.2]` with total 100 is read as 9.2 and the rest). Each value is floored,
 * and the units still missing go to the largest remainders; ties go to the earlier value, so the
 * result is stable. Negative or non-finite values count as 0.
 */
export function roundToTotal(values: readonly number[], total = 100): number[] {
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  if (clean.length === 0) return [];
  if (sum === 0) return clean.map((_, i) => (i === clean.length - 1 ? total : 0));
  const scaled = clean.map((v) => (v * total) / sum);
  const floors = scaled.map((v) => Math.floor(v + 1e-9));
  let missing = total - floors.reduce((a, b) => a + b, 0);
  const order = scaled
    .map((v, i) => ({ i, rem: v - floors[i]! }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (let k = 0; missing > 0 && k < order.length; k++, missing--) floors[order[k]!.i]! += 1;
  return floors;
}

/** Icons to fill for `count` out of `denominator`, shown as an array of `total` icons. */
export function filledIcons(count: number, denominator = 100, total = 100): number {
  const share = Math.min(Math.max(count, 0), denominator) * (total / denominator);
  return roundToTotal([share, total - share], total)[0]!;
}
