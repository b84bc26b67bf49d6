import type { CellValue, Grid } from "../../../core/_lib/cells";
import { cellAddress, parseRange } from "../../../core/_lib/cells";
import { MAX_COLUMNS, MAX_ROWS, MAX_TEXT_CHARS } from "../../../core/_lib/limits";
import { LimitError } from "./LimitError";
import { attribute, decodeXml, isName, latin1Of, scanTags, utf8Of } from "./scanXml";
import type { CellTag } from "./cellTag";
import { readCellTag } from "./cellTag";
import { excelToDate, flatText, unescapeText } from "./cellText";

/**
 * The XML bytes of a value kept before it is decoded: enough for MAX_TEXT_CHARS + 1 characters written
 * the longest way (`&#x10FFFF;`, ten bytes for one), so a value is cut only past what it shows.
 */
const RAW_CHARS = 10 * (MAX_TEXT_CHARS + 1) + 10;

/** The number written from `start` to `end` in digits only (at most 15, exact as a double); else -1. */
function digitsAt(xml: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = xml[i]! - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The row number of a `<row>` tag's attributes: the usual ` r="12"` read in place, else as attribute() reads it. */
function rowNumber(xml: Uint8Array, start: number, end: number): number {
  for (let at = start; at + 4 < end; at++) {
    if (xml[at] !== 32 || xml[at + 1] !== 114 || xml[at + 2] !== 61 || xml[at + 3] !== 34) continue;
    let value = 0;
    let i = at + 4;
    for (; i < end && i < at + 19; i++) {
      const digit = xml[i]! - 48;
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
    }
    if (i > at + 4 && xml[i] === 34) return value;
    break;
  }
  return Number(attribute(utf8Of(xml, start, end), "r"));
}

/** The value's bytes (kept a character each, as latin1Of gives them) as the UTF-8 text they are. */
function utf8Text(bytes: string): string {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes.charCodeAt(i) > 127)
      return new TextDecoder("utf-8").decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));
  }
  return bytes;
}

/** What a sheet's values need from the rest of the workbook. */
export interface SheetContext {
  readonly sheet: string;
  readonly sharedStrings: readonly string[];
  /** Per style index (`s`), true when its number format shows a date. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/**
 * The values of one worksheet's XML, the way `readGrid` gives them from ExcelJS: a rectangle from A1 to
 * the last cell holding a value, formulas as their cached result, numbers in a date format as Dates, the
 * covered cells of a merge empty. A value beyond MAX_ROWS or MAX_COLUMNS stops the read with a
 * LimitError naming the cell; styled empty cells anywhere cost only the time to scan past them.
 *
 * Tags are read where they stand in the sheet's bytes (scanTags) and only values cut out: a sheet is
 * most of what consolidation reads, and handing every tag over as strings took twice the time and the
 * garbage; making the whole sheet one string first took more than the scan.
 */
export async function scanSheet(chunks: AsyncIterable<Uint8Array>, context: SheetContext): Promise<Grid> {
  // Rows of values as they come (a row or cell never read stays a hole), at most MAX_ROWS × MAX_COLUMNS.
  const lines: (CellValue[] | undefined)[] = [];
  const merges: string[] = [];
  let rows = 0;
  let columns = 0;
  let row = 0;
  let column = 0;
  const tag: CellTag = { row: 0, column: 0, type: "", style: 0 };
  let type = "";
  let style = 0;
  let formula = false;
  let into = false;
  let inPhonetic = false;
  // The XML text of the cell's <v> or <t>s as it stands (bytes a character each, entities), CDATA
  // escaped to match: undefined until one opens; cut at RAW_CHARS, past the longest text a cell holds
  // however written.
  let raw: string | undefined;
  // A value of digits only, of a shared string or a plain number (most of a sheet's cells), read in
  // place without a string: -1 when there is none.
  let integer = -1;

  // The cells of one whole day share its Date (nothing changes a cell's Date in place): a roadmap's
  // thousands of dates are a few dozen days, and each Date is garbage to collect.
  const days = new Map<number, Date>();
  const dayDate = (serial: number): Date => {
    let date = days.get(serial);
    if (date === undefined) days.set(serial, (date = excelToDate(serial, context.date1904)));
    return date;
  };

  const finishCell = () => {
    const dateStyle = context.dateStyles[style] === true;
    let value: CellValue;
    if (integer >= 0) {
      value =
        type === "s" ? (context.sharedStrings[integer] ?? null) : dateStyle ? dayDate(integer) : integer;
      integer = -1;
    } else {
      let text = raw;
      if (text !== undefined && text !== "") {
        text = decodeXml(utf8Text(text));
        // Cut, as a string of its own: a slice would keep the whole raw text alive.
        if (text.length > MAX_TEXT_CHARS) text = flatText(text.slice(0, MAX_TEXT_CHARS + 1));
      }
      value = cellValueOf(text, type, formula, dateStyle, context);
    }
    if (value === null || value === undefined) return;
    if (row > MAX_ROWS || column > MAX_COLUMNS) {
      const cell = cellAddress(row - 1, column - 1);
      throw new LimitError(
        `a value at ${context.sheet}!${cell} lies beyond the ${MAX_ROWS} rows × ${MAX_COLUMNS} columns read`,
        context.sheet,
        cell,
      );
    }
    // A new row as wide as the rows so far (at most MAX_COLUMNS): it is not grown cell by cell.
    (lines[row - 1] ??= new Array<CellValue>(columns))[column - 1] = value;
    if (row > rows) rows = row;
    if (column > columns) columns = column;
  };
  const addText = (xml: Uint8Array, start: number, end: number, cdata: boolean) => {
    if (raw === undefined || raw.length >= RAW_CHARS) return;
    // No more bytes made into text than can be kept.
    let text = latin1Of(xml, start, Math.min(end, start + RAW_CHARS - raw.length));
    if (cdata) text = text.replace(/&/g, "&amp;");
    raw = raw === "" && text.length <= RAW_CHARS ? text : (raw + text).slice(0, RAW_CHARS);
  };

  await scanTags(chunks, {
    open(xml, name, nameEnd, end, selfClosing) {
      if (nameEnd - name === 1) {
        switch (xml[name]) {
          case 99 /* c */:
            readCellTag(xml, nameEnd, end, tag);
            if (tag.column > 0) {
              column = tag.column;
              row = tag.row;
            } else column++;
            type = tag.type;
            style = tag.style;
            formula = false;
            raw = undefined;
            integer = -1;
            if (selfClosing) finishCell();
            return;
          case 102 /* f */:
            formula = true;
            return;
          case 118 /* v */:
            if (!selfClosing) into = true;
            raw ??= "";
            return;
          case 116 /* t */:
            if (!inPhonetic && !selfClosing) into = true;
            raw ??= "";
            return;
        }
      } else if (isName(xml, name, nameEnd, "row")) {
        const r = rowNumber(xml, nameEnd, end);
        row = Number.isInteger(r) && r > 0 ? r : row + 1;
        column = 0;
      } else if (isName(xml, name, nameEnd, "rPh")) inPhonetic = true;
      else if (isName(xml, name, nameEnd, "mergeCell")) {
        const ref = attribute(utf8Of(xml, nameEnd, end), "ref");
        if (ref) merges.push(ref);
      }
    },
    close(xml, name, nameEnd) {
      if (nameEnd - name === 1) {
        const letter = xml[name];
        if (letter === 99 /* c */) finishCell();
        else if (letter === 118 /* v */ || letter === 116 /* t */) into = false;
      } else if (isName(xml, name, nameEnd, "rPh")) inPhonetic = false;
    },
    text(xml, start, end, cdata) {
      if (!into) return;
      // The whole value in one piece (a tag, not the chunk's end, follows it), as cellValueOf reads it.
      if (raw === "" && integer < 0 && !cdata && xml[end] === 60 /* < */) {
        if (type === "" || type === "n" || (type === "s" && !formula)) {
          integer = digitsAt(xml, start, end);
          if (integer >= 0) return;
        }
      }
      if (integer >= 0) {
        raw = String(integer);
        integer = -1;
      }
      addText(xml, start, end, cdata);
    },
  });
  for (const ref of merges) clearCovered(ref, lines);
  // The rows read become the grid's, each filled out to `columns` with nulls where no value was.
  const grid = lines as CellValue[][];
  grid.length = rows;
  for (let r = 0; r < rows; r++) {
    const line = lines[r];
    if (line === undefined) {
      grid[r] = new Array<CellValue>(columns).fill(null);
      continue;
    }
    line.length = columns;
    for (let c = 0; c < columns; c++) if (line[c] === undefined) line[c] = null;
  }
  return shrink(grid);
}

/** ExcelJS's reading of one cell (see cell-xform.js), which `readGrid` then flattens. */
function cellValueOf(
  text: string | undefined,
  type: string,
  formula: boolean,
  dateStyle: boolean,
  context: SheetContext,
): CellValue {
  if (text === undefined || (formula && text === "")) return null;
  switch (type) {
    case "s":
      return formula ? number(text, dateStyle, context) : (context.sharedStrings[parseInt(text, 10)] ?? null);
    case "str":
      return decodeXml(text);
    case "inlineStr":
      return formula ? number(text, dateStyle, context) : unescapeText(text);
    case "b":
      return parseInt(text, 10) !== 0;
    case "e":
      return text;
    default:
      return number(text, dateStyle, context);
  }
}

function number(text: string, dateStyle: boolean, context: SheetContext): CellValue {
  const value = parseFloat(text);
  return dateStyle ? excelToDate(value, context.date1904) : value;
}

/** Empties the cells a merge covers (all but its top-left), looking only where values are. */
function clearCovered(ref: string, lines: (CellValue[] | undefined)[]): void {
  let range: ReturnType<typeof parseRange>;
  try {
    range = parseRange(ref);
  } catch {
    return;
  }
  // A huge merge costs no more than the rows there are, each at most MAX_COLUMNS long.
  const lastRow = Math.min(range.row + range.rows, lines.length);
  for (let r = range.row; r < lastRow; r++) {
    const line = lines[r];
    if (!line) continue;
    const lastColumn = Math.min(range.column + range.columns, line.length);
    for (let c = range.column; c < lastColumn; c++) {
      if (r === range.row && c === range.column) continue;
      line[c] = null;
    }
  }
}

/** Drops trailing rows and columns a merge left empty, as readGrid's bounds only count values. */
function shrink(grid: CellValue[][]): Grid {
  let rows = grid.length;
  while (rows > 0 && grid[rows - 1]!.every((v) => v === null)) rows--;
  let columns = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = grid[r]!.length - 1; c >= columns; c--) {
      if (grid[r]![c] !== null) {
        columns = c + 1;
        break;
      }
    }
  }
  if (rows === grid.length && columns === (grid[0]?.length ?? 0)) return grid;
  return grid.slice(0, rows).map((line) => line.slice(0, columns));
}
