import { parseRange } from "../../../../core/_lib/cells";
import type { SheetSpec } from "../../../../core/sheets/SheetSpec";

/** Rows and columns a sheet's grid must have for every cell and range of a spec (at least 1 × 1). */
export function specExtent(spec: SheetSpec): { rows: number; columns: number } {
  let rows = Math.max(spec.cells.length, (spec.frozen?.rows ?? 0) + 1, 1);
  let columns = Math.max(
    spec.cells.reduce((widest, row) => Math.max(widest, row.length), 0),
    (spec.frozen?.columns ?? 0) + 1,
    spec.columnWidths?.length ?? 0,
  );
  const ranges = [
    ...(spec.styles ?? []).map((s) => s.range),
    ...(spec.validations ?? []).map((v) => v.range),
    ...(spec.checkboxes ?? []),
    ...(spec.conditionalFormats ?? []).map((c) => c.range),
    ...(spec.protection?.editable ?? []),
    ...(spec.merges ?? []),
    ...(spec.charts ?? []).flatMap((c) => [c.dataRange, c.anchor]),
  ];
  for (const a1 of ranges) {
    const range = parseRange(a1);
    rows = Math.max(rows, range.row + range.rows);
    columns = Math.max(columns, range.column + range.columns);
  }
  return { rows, columns };
}
