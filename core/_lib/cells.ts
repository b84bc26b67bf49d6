/** A cell value exactly as Excel's `range.values`, Apps Script's `getValues()` or ExcelJS hand it over. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A block of cell values, row by row, starting at A1 unless said otherwise. */
export type Grid = readonly (readonly CellValue[])[];

/** `0 → "A"`, `27 → "AB"`: the column letters of a zero-based column index. */
export function columnLetter(index: number): string {
  let letters = "";
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The zero-based column index of column letters: `"A" → 0`, `"AB" → 27`. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a zero-based row and column: `(11, 7) → "H12"`. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** A1 range of a zero-based top-left cell and a size: `(0, 0, 2, 3) → "A1:C2"`. */
export function rangeAddress(row: number, column: number, rows: number, columns: number): string {
  const start = cellAddress(row, column);
  if (rows <= 1 && columns <= 1) return start;
  return `${start}:${cellAddress(row + Math.max(rows, 1) - 1, column + Math.max(columns, 1) - 1)}`;
}

/** Parses `"H12"` or `"B2:D5"` into zero-based row/column bounds (inclusive). */
export function parseRange(a1: string): { row: number; column: number; rows: number; columns: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!match) throw new RangeError(`Not an A1 range: ${a1}`);
  const c1 = columnIndex(match[1]!);
  const r1 = Number(match[2]) - 1;
  const c2 = match[3] ? columnIndex(match[3]) : c1;
  const r2 = match[4] ? Number(match[4]) - 1 : r1;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    columns: Math.abs(c2 - c1) + 1,
  };
}

/** True for a cell a user would call empty: null, undefined, or only whitespace. */
export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && normalizeText(value) === "");
}

/**
 * Text of a cell as a user means it: non-breaking spaces, tabs and line breaks count as spaces,
 * surrounding whitespace is dropped and runs of whitespace become one space.
 */
export function normalizeText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  const text =
    value instanceof Date ? (Number.isNaN(value.getTime()) ? "" : value.toISOString()) : String(value);
  return isNormal(text) ? text : text.replace(/[\s\u00a0\u2007\u202f\u200b\ufeff]+/g, " ").trim();
}

/**
 * True when the text has no white space but single spaces between words, as nearly every cell: then
 * normalizing it would give it back, and a region's thousands of cells skip the replace and its copy.
 * Any character that may be white space (control characters, U+00A0, U+1680, U+2000–U+3000, U+FEFF)
 * takes the long way.
 */
function isNormal(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 32) return false;
    } else if (code < 32) return false;
    else if (
      code >= 0xa0 &&
      (code === 0xa0 || code === 0x1680 || code === 0xfeff || (code >= 0x2000 && code <= 0x3000))
    )
      return false;
  }
  return true;
}

/** A key for matching labels: normalized text in lower case. */
export function matchKey(value: CellValue): string {
  return normalizeText(value).toLocaleLowerCase("fi");
}

/**
 * A code (region "05", group "3") as text. A spreadsheet that read a typed "05" as the number 5 gets
 * its leading zero back: codes of the default programme have two digits.
 */
export function codeText(value: CellValue): string {
  if (typeof value === "number") return String(value).padStart(2, "0");
  return normalizeText(value);
}
