import type ExcelJS from "exceljs";
import { parseRange, rangeAddress } from "../../../core/_lib/cells";
import type { SheetSpec } from "../../../core/sheets/SheetSpec";
import { internals } from "./exceljsInternals";

/** The hidden sheet holding drop-down lists too long (or too odd) to write inline. */
export const LISTS_SHEET = "_lists";

/** Excel refuses to open a file whose inline list (the text between the quotes) is longer than this. */
const MAX_INLINE_LIST = 255;
/** Excel's limit for an input prompt; a longer one makes the file "need repair". */
export const MAX_PROMPT = 255;
/** Excel's limit for an error alert's message. */
export const MAX_ERROR = 225;

/** Drop-downs, checkboxes (a TRUE/FALSE drop-down: ExcelJS has no checkbox control) and guarded cells. */
export function applyValidations(worksheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const validation of spec.validations ?? []) {
    // Excel cannot express an empty list; leaving the cell free is the least surprising fallback.
    if (validation.values.length === 0) continue;
    const rule: ExcelJS.DataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [listFormula(worksheet.workbook, validation.values)],
      showErrorMessage: true,
      errorStyle: validation.strict ? "stop" : "warning",
    };
    if (validation.prompt) {
      rule.showInputMessage = true;
      rule.prompt = validation.prompt.slice(0, MAX_PROMPT);
    }
    if (validation.error) rule.error = validation.error.slice(0, MAX_ERROR);
    add(worksheet, validation.range, rule);
  }
  // A sortable table's ids and context are unlocked for sorting: a rule that no typed value passes
  // keeps them as written (clearing a cell passes any rule; the reader names a row without its id).
  const sortable = spec.protection?.sortable;
  for (const range of sortable?.guarded ?? []) {
    add(worksheet, range, {
      type: "custom",
      allowBlank: true,
      formulae: ["FALSE"],
      showErrorMessage: true,
      errorStyle: "stop",
      error: sortable!.message.slice(0, MAX_ERROR),
    });
  }
  for (const range of spec.checkboxes ?? []) {
    add(worksheet, range, {
      type: "list",
      allowBlank: true,
      formulae: ['"TRUE,FALSE"'],
      showErrorMessage: true,
      errorStyle: "stop",
    });
  }
}

function add(worksheet: ExcelJS.Worksheet, range: string, rule: ExcelJS.DataValidation): void {
  // ExcelJS matches range keys by their exact text, so write them the way it writes its own.
  const { row, column, rows, columns } = parseRange(range);
  internals(worksheet).dataValidations.add(rangeAddress(row, column, rows, columns), rule);
}

/**
 * `"Kyllä,Ei"` when the list fits inline, else null: inline lists have no escape for commas or quotes,
 * and Excel trims the items, so such values go to the lists sheet.
 */
export function inlineList(values: readonly string[]): string | null {
  const joined = values.join(",");
  const inline =
    joined.length <= MAX_INLINE_LIST && values.every((v) => !/[,"]/.test(v) && v === v.trim() && v !== "");
  return inline ? `"${joined}"` : null;
}

/** The inline list, or a reference to a column of the hidden lists sheet. */
function listFormula(workbook: ExcelJS.Workbook, values: readonly string[]): string {
  return inlineList(values) ?? listsSheetRange(workbook, values);
}

/** A column of the lists sheet holding exactly `values`: an existing one, or a new one after the others. */
function listsSheetRange(workbook: ExcelJS.Workbook, values: readonly string[]): string {
  const sheet = workbook.getWorksheet(LISTS_SHEET) ?? workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
  const columnCount = sheet.columnCount;
  let column = 1;
  for (; column <= columnCount; column++) {
    const existing = sheet.getColumn(column).values.slice(1);
    if (existing.length === values.length && existing.every((v, i) => v === values[i])) break;
  }
  if (column > columnCount) {
    values.forEach((value, i) => (sheet.getCell(i + 1, column).value = value));
  }
  const letters = sheet.getColumn(column).letter;
  return `'${LISTS_SHEET}'!$${letters}$1:$${letters}$${values.length}`;
}
