import type { Lang } from "../../../core/i18n/lang";
import { hostText } from "../i18n/hostText";
import type { Outcome } from "./Outcome";

const DIALOG_DETAILS = 25;
const DIALOG_ISSUES = 10;

/** An outcome as the plain text of a dialog: the message, the details, then the first issues. */
export function formatOutcome(outcome: Outcome, lang: Lang): string {
  const lines = [outcome.message];
  if (outcome.details.length > 0) lines.push("", ...outcome.details.slice(0, DIALOG_DETAILS));
  if (outcome.issueCount > 0) {
    const shown = outcome.issues.slice(0, DIALOG_ISSUES);
    lines.push("", hostText("issuesHeading", lang, { shown: shown.length, count: outcome.issueCount }));
    lines.push(...shown.map((issue) => `• ${issue.where ? `${issue.where}: ` : ""}${issue.message}`));
  }
  return lines.join("\n");
}
