import { rangeAddress } from "../../../core/_lib/cells";
import type { Grid } from "../../../core/_lib/cells";
import { jsonBytes } from "./RequestBudget";

/**
 * Reads the used range of sheets known to exist, keeping every response under the request limit
 * (Excel on the web refuses an answer over 5 MB: a 5,000-task month sheet with long comments is 5.2 MB).
 *
 * One sync reads each sheet's used range dimensions and its first PROBE_ROWS rows: a sheet that small
 * (settings, lists, roadmaps of ordinary size) is then read. For the rest, the text already seen gives
 * bytes per row, and the remaining rows are read in as few parts as that estimate fits in the limit,
 * refined by each part read. A response refused anyway is read again in halves. So the round trips stay
 * 2 for ordinary workbooks and grow only with size.
 */
export const PROBE_ROWS = 64;
/** The first rows of all sheets together, so that reading 300 sheets does not ask for 300 × 64 rows. */
const PROBE_TOTAL_ROWS = 2_000;

/** Headroom over the bytes per row seen, for rows further down that say more. */
const MARGIN = 1.5;
/** How often a refused response is halved before giving up. */
const MAX_HALVINGS = 8;

export interface SheetToRead {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
}

interface Piece {
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly unknown[])[];
}

interface Pending {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly column: number;
  readonly width: number;
  next: number;
  readonly end: number;
  bytesPerRow: number;
}

/** Puts the pieces of one sheet together as a grid from A1 (blank cells as ""). */
export function assemble(pieces: readonly Piece[]): Grid {
  let height = 0;
  let width = 0;
  for (const p of pieces) {
    height = Math.max(height, p.row + p.values.length);
    width = Math.max(width, p.column + (p.values[0]?.length ?? 0));
  }
  const grid = Array.from({ length: height }, () => new Array<unknown>(width).fill(""));
  for (const p of pieces) {
    p.values.forEach((row, r) => row.forEach((value, c) => (grid[p.row + r]![p.column + c] = value)));
  }
  return grid as Grid;
}

const isTooLarge = (error: unknown): boolean =>
  typeof error === "object" &&
  error !== null &&
  "code" in error &&
  error.code === "ResponsePayloadSizeLimitExceeded";

export async function readUsedRanges(
  context: Excel.RequestContext,
  targets: readonly SheetToRead[],
  limitBytes: number,
): Promise<Map<string, Grid>> {
  // 1. Dimensions and the first rows of every sheet, in one sync. Range.getUsedRangeOrNullObject on a
  //    range that always exists: no call is chained on a null object. Should even the first rows be
  //    refused as too large, the dimensions alone are read again.
  const probeRows = Math.max(4, Math.min(PROBE_ROWS, Math.floor(PROBE_TOTAL_ROWS / targets.length)));
  const probe = (rows: number) =>
    targets.map(({ name, sheet }) => ({
      name,
      sheet,
      rows,
      used: sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
      head:
        rows > 0
          ? sheet.getRange(`1:${rows}`).getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex")
          : null,
    }));
  let probes = probe(probeRows);
  try {
    await context.sync();
  } catch (error) {
    if (!isTooLarge(error)) throw error;
    probes = probe(0);
    await context.sync();
  }

  const pieces = new Map<string, Piece[]>();
  const pending: Pending[] = [];
  for (const { name, sheet, rows: headRows, used, head } of probes) {
    const own: Piece[] = [];
    pieces.set(name, own);
    if (used.isNullObject) continue;
    let seen = 0;
    if (head && !head.isNullObject) {
      own.push({ row: head.rowIndex, column: head.columnIndex, values: head.values });
      seen = jsonBytes(head.values) / Math.max(head.values.length, 1);
      // The head may be narrower than the sheet: scale to the sheet's width.
      seen *= used.columnCount / Math.max(head.values[0]?.length ?? 1, 1);
    }
    const end = used.rowIndex + used.rowCount;
    if (end <= headRows) continue;
    pending.push({
      name,
      sheet,
      column: used.columnIndex,
      width: used.columnCount,
      next: Math.max(headRows, used.rowIndex),
      end,
      // Without a row seen, assume long text in every cell until the first part says otherwise.
      bytesPerRow: head ? Math.max(seen * MARGIN, used.columnCount * 8) : used.columnCount * 1024,
    });
  }

  // 2. The rest, as many rows a request as the bytes per row seen so far allow.
  let shrink = 1;
  while (pending.some((p) => p.next < p.end)) {
    let room = limitBytes;
    const batch: { part: Pending; row: number; range: Excel.Range }[] = [];
    for (const part of pending) {
      if (part.next >= part.end || room <= 0) continue;
      const fit = Math.floor(room / (part.bytesPerRow * shrink));
      const rows = Math.min(part.end - part.next, Math.max(fit, batch.length === 0 ? 1 : 0));
      if (rows === 0) continue;
      const range = part.sheet
        .getRange(rangeAddress(part.next, part.column, rows, part.width))
        .load("values");
      batch.push({ part, row: part.next, range });
      room -= rows * part.bytesPerRow * shrink;
    }
    try {
      await context.sync();
    } catch (error) {
      if (!isTooLarge(error) || shrink >= 2 ** MAX_HALVINGS) throw error;
      shrink *= 2;
      continue;
    }
    shrink = 1;
    for (const { part, row, range } of batch) {
      const values = range.values;
      pieces.get(part.name)!.push({ row, column: part.column, values });
      part.next = row + values.length;
      part.bytesPerRow = Math.max(
        part.bytesPerRow,
        (jsonBytes(values) / Math.max(values.length, 1)) * MARGIN,
      );
    }
  }

  return new Map([...pieces].map(([name, own]) => [name, own.length === 0 ? [] : assemble(own)]));
}
