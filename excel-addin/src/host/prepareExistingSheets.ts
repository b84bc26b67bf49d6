import { LISTS_SHEET } from "./listSources";

/**
 * A sheet the user protected with a password: the add-in cannot lift the protection to rewrite it.
 * Compare `error.name` (it crosses the pane boundary); `sheets` names them for the message.
 */
export class SheetPasswordProtectedError extends Error {
  override name = "SheetPasswordProtectedError";
  constructor(readonly sheets: readonly string[]) {
    super(`Protected with a password: ${sheets.join(", ")}`);
  }
}

/**
 * The step between learning which sheets exist and writing, one sync, and only when a sheet to write
 * exists: reads what the lists sheet holds (when a list needs it) and lifts the protection of the sheets
 * about to be rewritten, before any cell is written. `unprotect()` without a password fails on a sheet a
 * user protected with one: a read-only sync then names the sheets still protected, and the sheets the
 * add-in protects (`protectedByUs`) get their protection back, so the failure changes nothing.
 * Every object used comes from the listing, so nothing is chained on a null object.
 * @returns the lists sheet's values from A1 (empty when it has none)
 */
export async function prepareExistingSheets(
  context: Excel.RequestContext,
  sheets: ReadonlyMap<string, Excel.Worksheet>,
  specs: readonly { readonly name: string; readonly protection?: unknown }[],
  readLists: boolean,
): Promise<unknown[][]> {
  const existing = specs.flatMap((spec) => {
    const sheet = sheets.get(spec.name.toLowerCase());
    return sheet ? [{ name: spec.name, sheet, ours: spec.protection !== undefined }] : [];
  });
  const listsSheet = readLists ? sheets.get(LISTS_SHEET.toLowerCase()) : undefined;
  if (existing.length === 0 && !listsSheet) return [];
  const used = listsSheet?.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex");
  for (const { sheet } of existing) sheet.protection.unprotect();
  try {
    await context.sync();
  } catch (error) {
    const after = existing.map((e) => ({ ...e, now: e.sheet.protection.load("protected") }));
    await context.sync();
    const locked = after.filter((e) => e.now.protected).map((e) => e.name);
    if (locked.length === 0) throw error;
    for (const e of after) if (e.ours && !e.now.protected) e.sheet.protection.protect();
    await context.sync();
    throw new SheetPasswordProtectedError(locked);
  }
  if (!used || used.isNullObject) return [];
  // The lists are written from A1; pad so a column's index is its position.
  return [
    ...Array.from({ length: used.rowIndex }, () => []),
    ...used.values.map((row) => [...new Array<unknown>(used.columnIndex).fill(""), ...row]),
  ];
}
