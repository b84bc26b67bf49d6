/** What a fake range proxy resolves to, and the checks and block writes every range object shares. */
import type { Bounds, FakeCell, FakeCellFormat, FakeSheet } from "./model";
import { FakeError, formatAddress } from "./model";

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly bounds: Bounds;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rangeAddressOf(target: RangeTarget): string {
  return `${quoteSheet(target.sheet.name)}!${formatAddress(target.bounds)}`;
}

/** Protected sheets refuse format changes, and content changes to locked cells. */
export function assertWritable(target: RangeTarget, content: boolean): void {
  if (!target.sheet.protected) return;
  if (content) {
    let locked = false;
    const { bounds, sheet } = target;
    for (let r = 0; r < bounds.rows && !locked; r++) {
      for (let c = 0; c < bounds.columns && !locked; c++) {
        locked = sheet.cell(bounds.row + r, bounds.column + c)?.format?.locked !== false;
      }
    }
    if (!locked) return;
  }
  throw new FakeError(
    "AccessDenied",
    `The cell or chart you're trying to change is on a protected sheet (${target.sheet.name}).`,
  );
}

/** Writes a 2-D block (or one value for every cell) through `write`, checking the dimensions like Excel. */
export function writeBlock(
  target: RangeTarget,
  input: unknown,
  write: (cell: FakeCell, value: unknown) => void,
): void {
  const { bounds, sheet } = target;
  if (!Array.isArray(input)) {
    sheet.forEachCell(bounds, (cell) => write(cell, input));
    return;
  }
  const rows = input as unknown[][];
  if (
    rows.length !== bounds.rows ||
    rows.some((row) => !Array.isArray(row) || row.length !== bounds.columns)
  ) {
    throw new FakeError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  rows.forEach((row, r) =>
    row.forEach((value, c) => write(sheet.touch(bounds.row + r, bounds.column + c), value)),
  );
}

export function readBlock<V>(target: RangeTarget, read: (cell: FakeCell | undefined) => V): V[][] {
  const { bounds, sheet } = target;
  if (bounds.rows * bounds.columns > 2_000_000) {
    throw new FakeError("ResponsePayloadSizeLimitExceeded", "The range is too large to load.");
  }
  return Array.from({ length: bounds.rows }, (_, r) =>
    Array.from({ length: bounds.columns }, (_, c) => read(sheet.cell(bounds.row + r, bounds.column + c))),
  );
}

export function setFormat(target: RangeTarget, apply: (format: FakeCellFormat) => void): void {
  assertWritable(target, false);
  target.sheet.forEachCell(target.bounds, (cell) => {
    cell.format ??= {};
    apply(cell.format);
  });
}
