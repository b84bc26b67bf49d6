import { columnLetter, rangeAddress } from "../../../core/_lib/cells";
import { literalText } from "../../../core/text/literalText";
import type { RequestBudget } from "./RequestBudget";
import { estimateBytes } from "./RequestBudget";

/** The hidden sheet that holds drop-down lists too long (or too comma-laden) to write inline. */
export const LISTS_SHEET = "_lists";

/** Excel's limit for an inline list source ("a,b,c"). */
const INLINE_SOURCE_LIMIT = 255;

/** The inline source of a list, or null when the list has to live on the lists sheet. */
export function inlineListSource(values: readonly string[]): string | null {
  const source = values.join(",");
  // The API splits on commas whatever the locale, and a leading "=" would make it a reference.
  const unsafe = values.some((v) => v.includes(",") || v.includes('"')) || source.startsWith("=");
  return source.length <= INLINE_SOURCE_LIMIT && !unsafe ? source : null;
}

/** A list entry: text, or a real boolean (the checkboxes' list). */
export type ListEntry = string | boolean;

const listKey = (values: readonly ListEntry[]): string => JSON.stringify(values);

/**
 * The checkboxes' list. Not the inline text "TRUE,FALSE": a drop-down entry is entered as if typed, and
 * in Finnish or Swedish Excel "TRUE" typed is text (their booleans are TOSI / SANT), so the checklists'
 * `F5=TRUE` would never hold. A list over two boolean cells shows them in the user's language and
 * enters a real boolean in every locale.
 */
export const BOOLEAN_LIST: readonly ListEntry[] = [true, false];

/**
 * Places lists on the lists sheet, one list a column from row 1. A list already there keeps its column,
 * so validations written earlier keep pointing at the right cells; new lists go to new columns.
 */
export class ListSheetPlan {
  private readonly columns: ListEntry[][];
  private readonly added: { column: number; values: readonly ListEntry[] }[] = [];
  private readonly sources = new Map<string, string>();

  /** `existing` is the lists sheet's used range from A1 (empty when the sheet is new or empty). */
  constructor(existing: readonly (readonly unknown[])[]) {
    const width = existing.reduce((max, row) => Math.max(max, row.length), 0);
    this.columns = Array.from({ length: width }, (_, c) => {
      const column = existing.map((row): ListEntry => {
        const value = row[c];
        return typeof value === "boolean" ? value : String(value ?? "");
      });
      while (column.length > 0 && column[column.length - 1] === "") column.pop();
      return column;
    });
    this.columns.forEach((column, c) => {
      if (!this.sources.has(listKey(column))) this.sources.set(listKey(column), sourceOf(c, column.length));
    });
  }

  /** The validation source (`='_lists'!$A$1:$A$5`) of a list, giving it a column when it has none. */
  sourceFor(values: readonly ListEntry[]): string {
    const key = listKey(values);
    let source = this.sources.get(key);
    if (source === undefined) {
      const column = this.columns.length + this.added.length;
      this.added.push({ column, values });
      source = sourceOf(column, values.length);
      this.sources.set(key, source);
    }
    return source;
  }

  get hasNewLists(): boolean {
    return this.added.length > 0;
  }

  /** Queues the new columns, each one 2-D block. */
  async write(sheet: Excel.Worksheet, budget: RequestBudget): Promise<void> {
    for (const { column, values } of this.added) {
      if (values.length === 0) continue;
      const block = values.map((v) => [typeof v === "boolean" ? v : literalText(v)]);
      await budget.reserve(estimateBytes(block));
      sheet.getRange(rangeAddress(0, column, values.length, 1)).formulas = block;
    }
  }
}

function sourceOf(column: number, length: number): string {
  const letter = columnLetter(column);
  return `='${LISTS_SHEET}'!$${letter}$1:$${letter}$${Math.max(length, 1)}`;
}
