/**
 * Zero-based columns as runs of neighbours, so a host hides B:D in one call, not three.
 *
 * @example columnRuns([4, 1, 2, 6]) // [{ start: 1, count: 2 }, { start: 4, count: 1 }, { start: 6, count: 1 }]
 */
export function columnRuns(columns: readonly number[]): { start: number; count: number }[] {
  const runs: { start: number; count: number }[] = [];
  for (const c of [...new Set(columns)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last.start + last.count === c) last.count += 1;
    else runs.push({ start: c, count: 1 });
  }
  return runs;
}
