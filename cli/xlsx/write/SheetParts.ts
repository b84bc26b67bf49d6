import { columnLetter } from "../../../core/_lib/cells";
import type { SheetSpec } from "../../../core/sheets/SheetSpec";
import { LISTS_SHEET } from "../_lib/applyValidations";
import { xmlText } from "../_lib/xmlText";

/**
 * The shared strings of a workbook being written (`xl/sharedStrings.xml`): each text once, cells refer
 * to it by index, as Excel and ExcelJS write them.
 */
export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private count = 0;

  /** With `offset`, the strings to add after the `offset` strings of an existing part (`mergeInto`). */
  constructor(private readonly offset = 0) {}

  index(text: string): number {
    this.count++;
    let id = this.ids.get(text);
    if (id === undefined) this.ids.set(text, (id = this.offset + this.ids.size));
    return id;
  }

  /** The shared strings part this table's strings were numbered after, with them added. */
  mergeInto(xml: string): string {
    const items: string[] = [];
    for (const text of this.ids.keys()) items.push(`<si>${textElement(text)}</si>`);
    const count = Number(/<sst\b[^>]*\bcount="(\d+)"/.exec(xml)?.[1] ?? 0) + this.count;
    return xml
      .replace("</sst>", `${items.join("")}</sst>`)
      .replace(/(<sst\b[^>]*\b)count="\d+"/, `$1count="${count}"`)
      .replace(/(<sst\b[^>]*\b)uniqueCount="\d+"/, `$1uniqueCount="${this.offset + items.length}"`);
  }

  /** How many distinct strings an existing part holds, or null when it is not one. */
  static countIn(xml: string): number | null {
    const unique = /<sst\b[^>]*\buniqueCount="(\d+)"/.exec(xml)?.[1];
    return unique !== undefined && xml.includes("</sst>") ? Number(unique) : null;
  }

  xml(): string {
    const items: string[] = [];
    for (const text of this.ids.keys()) items.push(`<si>${textElement(text)}</si>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${items.length}">` +
      `${items.join("")}</sst>`
    );
  }
}

const ESCAPE_SHAPED = /_x[0-9a-f]{4}_/i;
const ESCAPES = /_(x[0-9a-f]{4}_)/gi;
const SPACE = /\s/;

/**
 * `<t>` of a text: spaces at the ends and line breaks kept, and text shaped like `_x0041_` escaped so a
 * reader does not take it for the character it would name (ECMA-376 §22.9.2.19).
 */
export function textElement(text: string): string {
  const shaped = text.includes("_") && ESCAPE_SHAPED.test(text) ? text.replace(ESCAPES, "_x005F_$1") : text;
  const escaped = xmlText(shaped);
  const preserve =
    SPACE.test(text.charAt(0)) || SPACE.test(text.charAt(text.length - 1)) || text.includes("\n");
  return preserve ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

/**
 * The columns of the hidden lists sheet: drop-down lists too long (or too odd) to write inline, each
 * once, in the order first asked for, as `applyValidations` keeps them in ExcelJS.
 */
export class ListsColumns {
  private readonly columns: (readonly string[])[];
  private readonly existing: number;

  /** `existing`: the columns a lists sheet already holds, which cells elsewhere refer to, kept in place. */
  constructor(existing: readonly (readonly string[])[] = []) {
    this.columns = [...existing];
    this.existing = existing.length;
  }

  /** True once a list not among the existing columns was asked for. */
  added(): boolean {
    return this.columns.length > this.existing;
  }

  /** `'_lists'!$A$1:$A$12`: the column holding exactly `values`. */
  range(values: readonly string[]): string {
    let column = this.columns.findIndex(
      (c) => c.length === values.length && c.every((v, i) => v === values[i]),
    );
    if (column < 0) column = this.columns.push(values) - 1;
    const letters = columnLetter(column);
    return `'${LISTS_SHEET}'!$${letters}$1:$${letters}$${values.length}`;
  }

  /** The hidden sheet, or null when every list was written inline. */
  spec(): SheetSpec | null {
    if (this.columns.length === 0) return null;
    const rows = Math.max(...this.columns.map((c) => c.length));
    const cells = Array.from({ length: rows }, (_, r) => this.columns.map((c) => c[r] ?? null));
    return { name: LISTS_SHEET, cells, hidden: true };
  }
}
