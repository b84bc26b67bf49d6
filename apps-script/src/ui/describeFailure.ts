import type { Lang } from "../../../core/i18n/lang";
import type { HostTextKey } from "../i18n/hostText";
import { hostText } from "../i18n/hostText";

/** Apps Script's error texts (English whatever the user's language) mapped to what the user can do. */
const KNOWN: readonly [RegExp, HostTextKey][] = [
  [
    /do(es)? not have permission|not have access|access denied|requested entity was not found|unexpected error while getting the method or property open/i,
    "noAccess",
  ],
  [/protected cell or object|permission to remove this protection/i, "protectedCells"],
  [
    /service invoked too many times|service .*(failed|timed out|unavailable)|try again later|rate limit/i,
    "serviceBusy",
  ],
  [/exceeded maximum execution time/i, "tooLong"],
];

function messageOf(error: unknown): string {
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string")
    return error.message;
  return String(error);
}

/**
 * A failure in plain words, in the user's language. Errors are recognised by their text, not by
 * `instanceof`, since they cross realms (Apps Script services, the sidebar).
 * @example describeFailure(new Error("You do not have permission to access the requested document."), "fi")
 */
export function describeFailure(error: unknown, lang: Lang): string {
  const message = messageOf(error);
  const known = KNOWN.find(([pattern]) => pattern.test(message));
  return known
    ? hostText(known[1], lang)
    : hostText("failed", lang, { detail: message.replace(/^Exception: /, "") });
}
