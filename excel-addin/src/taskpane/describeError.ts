import type { Lang } from "../../../core/i18n/lang";
import { say } from "./paneWords";
import { t } from "./strings";

/** Office.js error codes a user can do something about, in plain words. */
const KNOWN: Record<string, Parameters<typeof t>[1]> = {
  AccessDenied: "errProtected",
  ItemNotFound: "errNotFound",
  RequestPayloadSizeLimitExceeded: "errTooLarge",
  ResponsePayloadSizeLimitExceeded: "errTooLarge",
  InvalidOperationInCellEditMode: "errBusy",
};

/**
 * A sentence for the user about anything an action threw. Office.js errors carry a `code`; others
 * (bugs, a file that is not a workbook) show their message after "The action failed:".
 */
export function describeError(error: unknown, lang: Lang): string {
  // Named errors cross the Office boundary as plain objects: compare the name, not the class.
  if (typeof error === "object" && error !== null && "name" in error) {
    if (error.name === "SheetPasswordProtectedError" && "sheets" in error && Array.isArray(error.sheets)) {
      return say(lang, "passwordProtected", { sheets: error.sheets.join(", ") });
    }
  }
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const known = KNOWN[code];
  if (known) return t(lang, known);
  const reason = error instanceof Error ? error.message : String(error);
  return t(lang, "failed", { reason: reason || code || "?" });
}
