import type { Grid } from "../../../../core/_lib/cells";

/** The calendar day (as UTC midnight) of `date` on the clock of `timeZone`. */
function dayIn(format: Intl.DateTimeFormat | null, date: Date): Date {
  if (format) {
    const parts = format.formatToParts(date);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const day = Date.UTC(part("year"), part("month") - 1, part("day"));
    if (Number.isFinite(day)) return new Date(day);
  }
  // Without Intl: a date cell is midnight in a zone less than 12 hours from UTC, so the nearest UTC
  // midnight is its day.
  return new Date(Math.round(date.getTime() / 86_400_000) * 86_400_000);
}

function formatFor(timeZone: string): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric" });
  } catch {
    return null;
  }
}

/**
 * `Range.getValues` hands a date cell over as midnight in the spreadsheet's time zone, which the
 * script's own zone (Helsinki) may see as the day before: a spreadsheet set to Tokyo holds 30.9.2022 as
 * 29.9. 18:00 Helsinki time. This turns every Date of a grid into UTC midnight of its day in the
 * spreadsheet's zone, which the core reads as that day whatever the zone. No service calls; the grid
 * is changed in place and returned.
 */
export function dateCellsInZone(grid: unknown[][], timeZone: string): Grid {
  const format = formatFor(timeZone);
  for (const row of grid) {
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (value instanceof Date && !Number.isNaN(value.getTime())) row[c] = dayIn(format, value);
    }
  }
  return grid as Grid;
}
