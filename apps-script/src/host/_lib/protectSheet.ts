import type { SheetSpec } from "../../../../core/sheets/SheetSpec";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type User = GoogleAppsScript.Base.User;

/** Who runs the action, asked for only when a sheet gets hard protection (one Session call). */
export type CurrentUser = () => User | string;

/**
 * Protects a sheet except its input ranges; says whether the protection ended up hard or warning-only.
 *
 * Month sheets are written once (rewritten only by a roadmap revision), so they get hard protection: only the owner and the
 * user running the action may change the roadmap columns and formulas. That user is made an editor by
 * name before the others are removed, as the reference's own sample does: where their access comes from
 * a Google Group, removing the group would otherwise throw. A month sheet rewritten by "Päivitä
 * tiekartta" gets back the editors its protection had (`keep`). If restricting the editors fails all the
 * same, the protection falls back to warning-only, so the sheet is never left written but unprotected.
 *
 * Other protected sheets (drop-down lists, 100+100 checklists) are rewritten by actions that any of a
 * region's preparers may run; a hard protection would stop all but its creator ("Välilehti on
 * suojattu"), so theirs only warns before a manual edit. Scripts are not stopped by a warning.
 */
export function protectSheet(
  sheet: Sheet,
  protection: NonNullable<SheetSpec["protection"]>,
  options: { hard: boolean; me?: CurrentUser; keep?: readonly User[] },
): "hard" | "warning" {
  const protect = sheet.protect();
  if (protection.editable.length > 0) {
    protect.setUnprotectedRanges(sheet.getRangeList([...protection.editable]).getRanges());
  }
  if (!options.hard) {
    protect.setWarningOnly(true);
    return "warning";
  }
  try {
    protect.setWarningOnly(false);
    if (options.me) protect.addEditor(options.me() as User);
    protect.removeEditors(protect.getEditors());
    // A rewritten month sheet keeps the editors it had (its owner and the preparer who created it).
    for (const user of options.keep ?? []) protect.addEditor(user);
    if (protect.canDomainEdit()) protect.setDomainEdit(false);
    return "hard";
  } catch {
    protect.setWarningOnly(true);
    return "warning";
  }
}
