import type { CellValue, Grid } from "../../../core/_lib/cells";
import { cellAddress, parseRange } from "../../../core/_lib/cells";
import { MAX_COLUMNS, MAX_ROWS, MAX_TEXT_CHARS } from "../../../core/_lib/limits";
import { LimitError } from "./LimitError";
import { attribute, decodeXml } from "./scanXml";
import type { CellTag } from "./cellTag";
import { readCellTag } from "./cellTag";
import { excelToDate, flatText, unescapeText } from "./cellText";

export interface SheetContext {
  readonly sheet: string;
  readonly sharedStrings: readonly string[];
  /** Per style index (`s`), true when its number format shows a date. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** Whether the `length` characters of `xml` at `at` are `name`. */
function named(xml: string, at: number, length: number, name: string): boolean {
  return length === name.length && xml.startsWith(name, at);
}

/**
 * The values of one worksheet's XML, the way `readGrid` gives them from ExcelJS: a rectangle from A1 to
 * the last cell holding a value, formulas as their cached result, numbers in a date format as Dates, the
 * covered cells of a merge empty. A value beyond MAX_ROWS or MAX_COLUMNS stops the read with a
 * LimitError naming the cell; styled empty cells anywhere cost only the time to scan past them.
 *
 * Its own scan of the XML rather than scanXml's events: a sheet is most of what consolidation reads, and
 * reading each tag's name and attributes in place, cutting out only the text of values, takes a fraction
 * of the time and garbage of handing every tag over as strings. Only the unfinished tail of a chunk is
 * kept, as in scanXml, so memory stays at a chunk whatever the part's size.
 */
export async function scanSheet(chunks: AsyncIterable<string>, context: SheetContext): Promise<Grid> {
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
  const addText = (text: string) => {
    if (raw === undefined || raw.length > MAX_TEXT_CHARS) return;
    raw = raw === "" && text.length <= MAX_TEXT_CHARS ? text : (raw + text).slice(0, MAX_TEXT_CHARS + 1);
  };

  let buffer = "";
  for await (const chunk of chunks) {
    buffer = buffer ? buffer + chunk : chunk;
    let pos = 0;
    for (;;) {
      const lt = buffer.indexOf("<", pos);
      if (lt < 0) {
        // Text without a tag in this chunk (a huge value): take it, but not half an entity.
        const amp = buffer.lastIndexOf("&");
        const cut = amp >= pos && buffer.indexOf(";", amp) < 0 ? amp : buffer.length;
        if (cut > pos && into) addText(decodeXml(buffer.slice(pos, cut)));
        pos = cut;
        break;
      }
      if (lt > pos && into) addText(decodeXml(buffer.slice(pos, lt)));
      pos = lt;
      const second = buffer.charCodeAt(lt + 1);
      if (second === 33 /* ! */) {
        if (buffer.startsWith("<![CDATA[", lt)) {
          const end = buffer.indexOf("]]>", lt);
          if (end < 0) break;
          if (into) addText(buffer.slice(lt + 9, end));
          pos = end + 3;
          continue;
        }
        if (buffer.startsWith("<!--", lt)) {
          const end = buffer.indexOf("-->", lt);
          if (end < 0) break;
          pos = end + 3;
          continue;
        }
      }
      const end = buffer.indexOf(">", lt);
      if (end < 0) break;
      pos = end + 1;
      if (second === 63 /* ? */ || second === 33 /* ! */) continue;
      const closing = second === 47; /* / */
      const selfClosing = !closing && buffer.charCodeAt(end - 1) === 47;
      const bodyEnd = selfClosing ? end - 1 : end;
      // The local name (after a namespace prefix), read in place: from `local` to `space`.
      const first = closing ? lt + 2 : lt + 1;
      let local = first;
      let space = first;
      for (; space < bodyEnd; space++) {
        const code = buffer.charCodeAt(space);
        if (code <= 32) break;
        if (code === 58 /* : */ && local === first) local = space + 1;
      }
      const length = space - local;
      const letter = buffer.charCodeAt(local);
      if (closing) {
        if (length === 1) {
          if (letter === 99 /* c */) finishCell();
          else if (letter === 118 /* v */ || letter === 116 /* t */) into = false;
        } else if (named(buffer, local, length, "rPh")) inPhonetic = false;
        continue;
      }
      if (length === 1) {
        switch (letter) {
          case 99 /* c */:
            readCellTag(buffer, space, bodyEnd, tag);
            if (tag.column > 0) {
              column = tag.column;
              row = tag.row;
            } else column++;
            type = tag.type;
            style = tag.style;
            formula = false;
            raw = undefined;
            if (selfClosing) finishCell();
            break;
          case 102 /* f */:
            formula = true;
            break;
          case 118 /* v */:
            if (!selfClosing) into = true;
            raw ??= "";
            break;
          case 116 /* t */:
            if (!inPhonetic && !selfClosing) into = true;
            raw ??= "";
            break;
        }
      } else if (named(buffer, local, length, "row")) {
        const r = Number(attribute(buffer.slice(space, bodyEnd), "r"));
        row = Number.isInteger(r) && r > 0 ? r : row + 1;
        column = 0;
      } else if (named(buffer, local, length, "rPh")) inPhonetic = true;
      else if (named(buffer, local, length, "mergeCell")) {
        const ref = attribute(buffer.slice(space, bodyEnd), "ref");
        if (ref) merges.push(ref);
      }
    }
    buffer = pos >= buffer.length ? "" : buffer.slice(pos);
  }
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
