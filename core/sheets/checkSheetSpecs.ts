import { parseRange } from "../_lib/cells";
import { isIsoDay } from "../_lib/day";
import type { SheetSpec } from "./SheetSpec";

/** A sheet spec Excel would refuse: a mistake in the code that built it, not in user data. */
export class InvalidSheetSpecError extends Error {
  override name = "InvalidSheetSpecError";
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/**
 * Every host calls this before writing: a spec Excel (the strictest host) would refuse is a bug in the
 * code that built it. Checks every spec before anything is written, so a bad spec leaves the workbook untouched instead of
 * half rewritten. Names follow Excel's rules (ExcelJS would silently cut a long name to 31 characters).
 */
export function checkSheetSpecs(
  specs: readonly (Pick<SheetSpec, "name" | "cells"> & Partial<SheetSpec>)[],
): void {
  const seen = new Set<string>();
  for (const spec of specs) {
    const { name } = spec;
    const fail = (what: string): never => {
      throw new InvalidSheetSpecError(`Sheet "${name}": ${what}`);
    };
    if (name.length < 1 || name.length > 31) fail("a sheet name has 1–31 characters");
    if (/[:\\/?*[\]]/.test(name)) fail("a sheet name cannot hold : \\ / ? * [ ]");
    if (name.startsWith("'") || name.endsWith("'")) fail("a sheet name cannot start or end with '");
    if (name.toLowerCase() === "history") fail('"History" is reserved by Excel');
    if (seen.has(name.toLowerCase())) fail("written twice in one call");
    seen.add(name.toLowerCase());

    for (const range of rangesOf(spec)) {
      let bounds: ReturnType<typeof parseRange> | undefined;
      try {
        bounds = parseRange(range);
      } catch {
        fail(`"${range}" is not an A1 range`);
      }
      if (bounds && (bounds.row + bounds.rows > MAX_ROWS || bounds.column + bounds.columns > MAX_COLUMNS)) {
        fail(`"${range}" reaches past the end of a sheet`);
      }
    }
    spec.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null || typeof cell !== "object") return;
        if ("date" in cell && !isIsoDay(cell.date))
          fail(`row ${r + 1} column ${c + 1}: "${cell.date}" is not a day`);
        if ("formula" in cell && !cell.formula.startsWith("="))
          fail(`row ${r + 1} column ${c + 1}: a formula starts with =`);
      }),
    );
  }
}

function rangesOf(spec: Partial<SheetSpec>): string[] {
  return [
    ...(spec.styles ?? []).map((s) => s.range),
    ...(spec.validations ?? []).map((v) => v.range),
    ...(spec.checkboxes ?? []),
    ...(spec.conditionalFormats ?? []).map((f) => f.range),
    ...(spec.protection?.editable ?? []),
    ...(spec.protection?.sortable
      ? [spec.protection.sortable.range, ...spec.protection.sortable.guarded]
      : []),
    ...(spec.merges ?? []),
    ...(spec.charts ?? []).flatMap((chart) => [chart.dataRange, chart.anchor]),
  ];
}
