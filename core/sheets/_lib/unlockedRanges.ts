import type { SheetSpec } from "../SheetSpec";

/**
 * The ranges a protected sheet leaves unlocked in Excel: the fill-in ranges, and a sortable table's
 * whole body (Excel sorts no range with a locked cell; its guarded cells refuse typing instead).
 * @example unlockedRanges(monthSheet) // ["D10:G109", "A10:N109"]
 */
export function unlockedRanges(spec: Pick<SheetSpec, "protection">): string[] {
  const protection = spec.protection;
  if (!protection) return [];
  return [...protection.editable, ...(protection.sortable ? [protection.sortable.range] : [])];
}
