import type { CellValue, Grid } from "../../../core/_lib/cells";
import { cellAddress, parseRange } from "../../../core/_lib/cells";
import { MAX_COLUMNS, MAX_ROWS, MAX_TEXT_CHARS } from "../../../core/_lib/limits";
import { LimitError } from "./LimitError";
import type { XmlHandler } from "./scanXml";
import { attribute, decodeXml, scanXml } from "./scanXml";
import { excelToDate, flatText, unescapeText } from "./cellText";

export interface SheetContext {
  readonly sheet: string;
  readonly sharedStrings: readonly string[];
  /** Per style index (`s`), true when its number format shows a date. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/**
 * The one-based row and column of a cell reference such as `AB12` (one to three letters, then digits),
 * or null; read a character at a time, as it runs for every cell of a sheet.
 */
function cellRef(ref: string): { row: number; column: number } | null {
  let column = 0;
  let at = 0;
  for (; at < ref.length && at < 4; at++) {
    const code = ref.charCodeAt(at) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + code - 96;
  }
  if (at === 0 || at > 3 || at === ref.length) return null;
  let row = 0;
  for (let i = at; i < ref.length; i++) {
    const digit = ref.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    row = row * 10 + digit;
  }
  return { row, column };
}

/**
 * The values of one worksheet's XML, the way `readGrid` gives them from ExcelJS: a rectangle from A1 to
 * the last cell holding a value, formulas as their cached result, numbers in a date format as Dates, the
 * covered cells of a merge empty. A value beyond MAX_ROWS or MAX_COLUMNS stops the read with a
 * LimitError naming the cell; styled empty cells anywhere cost only the time to scan past them.
 */
export async function scanSheet(chunks: AsyncIterable<string>, context: SheetContext): Promise<Grid> {
  // Rows of values as they come (a row or cell never read stays a hole), at most MAX_ROWS × MAX_COLUMNS.
  const lines: (CellValue[] | undefined)[] = [];
  const merges: string[] = [];
  let rows = 0;
  let columns = 0;
  let row = 0;
  let column = 0;
  let type = "";
  let style = 0;
  let formula = false;
  let into: "v" | "t" | null = null;
  let inPhonetic = false;
  // The text of the cell's <v> or <t>s: undefined until one opens; cut one past MAX_TEXT_CHARS.
  let raw: string | undefined;

  const finishCell = () => {
    const text = raw === undefined || raw.length < 13 ? raw : flatText(raw);
    const value = cellValueOf(text, type, formula, context.dateStyles[style] === true, context);
    if (value === null || value === undefined) return;
    if (row > MAX_ROWS || column > MAX_COLUMNS) {
      const cell = cellAddress(row - 1, column - 1);
      throw new LimitError(
        `a value at ${context.sheet}!${cell} lies beyond the ${MAX_ROWS} rows × ${MAX_COLUMNS} columns read`,
        context.sheet,
        cell,
      );
    }
    (lines[row - 1] ??= [])[column - 1] = value;
    if (row > rows) rows = row;
    if (column > columns) columns = column;
  };

  const handler: XmlHandler = {
    open(name, attributes, selfClosing) {
      switch (name) {
        case "row": {
          const r = Number(attribute(attributes, "r"));
          row = Number.isInteger(r) && r > 0 ? r : row + 1;
          column = 0;
          return;
        }
        case "c": {
          const ref = cellRef(attribute(attributes, "r") ?? "");
          column = ref ? ref.column : column + 1;
          if (ref) row = ref.row;
          type = attribute(attributes, "t") ?? "";
          style = Number(attribute(attributes, "s") ?? 0) || 0;
          formula = false;
          raw = undefined;
          if (selfClosing) finishCell();
          return;
        }
        case "f":
          formula = true;
          return;
        case "v":
          if (!selfClosing) into = "v";
          raw ??= "";
          return;
        case "rPh":
          inPhonetic = true;
          return;
        case "t":
          if (!inPhonetic && !selfClosing) into = "t";
          raw ??= "";
          return;
        case "mergeCell": {
          const ref = attribute(attributes, "ref");
          if (ref) merges.push(ref);
          return;
        }
      }
    },
    close(name) {
      if (name === "v" || name === "t") into = null;
      else if (name === "rPh") inPhonetic = false;
      else if (name === "c") finishCell();
    },
    text(text) {
      if (into && raw !== undefined && raw.length <= MAX_TEXT_CHARS)
        raw = (raw + text).slice(0, MAX_TEXT_CHARS + 1);
    },
  };
  await scanXml(chunks, handler);
  for (const ref of merges) clearCovered(ref, lines);
  const grid: CellValue[][] = new Array<CellValue[]>(rows);
  for (let r = 0; r < rows; r++) {
    const line = lines[r];
    const full = new Array<CellValue>(columns);
    for (let c = 0; c < columns; c++) full[c] = line?.[c] ?? null;
    grid[r] = full;
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
