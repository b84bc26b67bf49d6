/** DOM rendering of what the actions hand back. Text only ever goes in as text (textContent), never HTML. */
import { ACTION_LABELS, actionLabel } from "../../../core/actions/actionLabels";
import type { ActionLabelKey } from "../../../core/actions/actionLabels";
import type { Lang } from "../../../core/i18n/lang";
import { issueLocation } from "../../../core/issues/Issue";
import type { CalendarRow, PaneOutcome } from "./actions";
import { say } from "./paneWords";
import type { PaneWordKey } from "./paneWords";
import { t } from "./strings";

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * Fills every `data-i18n` element with its string, every `data-action` button with the action's one
 * wording from the core (the same as the ribbon, the Sheets menu and Ohjeet), and sets the page language.
 */
export function applyStrings(lang: Lang): void {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    node.textContent = t(lang, node.dataset["i18n"] as Parameters<typeof t>[1]);
  }
  for (const node of document.querySelectorAll<HTMLElement>("[data-action]")) {
    const key = node.dataset["action"];
    if (key && key in ACTION_LABELS) node.textContent = actionLabel(key as ActionLabelKey, lang);
  }
  document.title = t(lang, "title");
}

/** A sentence in a result area: errors are announced at once (role=alert), the rest politely. */
export function showMessage(container: HTMLElement, text: string, ok: boolean): void {
  container.replaceChildren();
  const message = element("p", text, `message ${ok ? "ok" : "error"}`);
  message.setAttribute("role", ok ? "status" : "alert");
  container.append(message);
}

export interface OutcomeOptions {
  /** When given, each issue with a sheet and cell is a button that shows that cell. */
  readonly onSelect?: (sheet: string, cell: string) => void;
}

/** What a result holds, for its colour and its first word: a box says done only when it is. */
export type OutcomeKind = "done" | "warnings" | "errors" | "failed" | "cancelled";

export function outcomeKind(outcome: PaneOutcome & { readonly cancelled?: boolean }): OutcomeKind {
  if (outcome.cancelled) return "cancelled";
  if (!outcome.ok) return "failed";
  if (outcome.issues.some((issue) => issue.severity === "error")) return "errors";
  if (outcome.issues.length > 0 || outcome.notices.length > 0) return "warnings";
  return "done";
}

const KIND_WORD: Record<OutcomeKind, PaneWordKey> = {
  done: "outcomeDone",
  warnings: "outcomeWarnings",
  errors: "outcomeErrors",
  failed: "outcomeFailed",
  cancelled: "outcomeCancelled",
};

/** The result's sentence in a box coloured by its kind, led by a word that says the same. */
function showOutcomeMessage(container: HTMLElement, text: string, kind: OutcomeKind, lang: Lang): void {
  container.replaceChildren();
  const message = element("p", undefined, `message outcome ${kind}`);
  message.dataset["outcome"] = kind;
  message.setAttribute("role", kind === "errors" || kind === "failed" ? "alert" : "status");
  message.append(element("strong", say(lang, KIND_WORD[kind])), document.createTextNode(` ${text}`));
  container.append(message);
}

export function renderOutcome(
  container: HTMLElement,
  outcome: PaneOutcome & { readonly cancelled?: boolean },
  lang: Lang,
  options: OutcomeOptions = {},
): void {
  showOutcomeMessage(container, outcome.message, outcomeKind(outcome), lang);
  for (const notice of outcome.notices) {
    const key = notice.feature === "validations" ? "noticeValidations" : "noticeCheckboxes";
    const p = element(
      "p",
      t(lang, key, { requirement: notice.requirement, sheet: notice.sheet }),
      "message notice",
    );
    p.setAttribute("role", "status");
    container.append(p);
  }
  if (outcome.issues.length === 0) return;
  const details = element("details", undefined, "issues");
  details.open = true;
  details.append(element("summary", t(lang, "issues", { count: outcome.issues.length })));
  const list = element("ul");
  for (const issue of outcome.issues) {
    const item = element("li");
    const severity = t(lang, issue.severity === "error" ? "error" : "warning");
    const badge = element("span", severity, `severity ${issue.severity}`);
    // The space keeps the badge and the message apart in what screen readers and speech input hear.
    const text = ` ${issue.region && !options.onSelect ? `${issue.region}: ${issue.message}` : issue.message}`;
    const { onSelect } = options;
    if (onSelect && issue.sheet && issue.cell) {
      const sheet = issue.sheet;
      const cell = issue.cell;
      const button = element("button", undefined, "issue-button");
      button.type = "button";
      button.dataset["sheet"] = sheet;
      button.dataset["cell"] = cell;
      // The name starts with the visible text (WCAG 2.5.3, label in name) and then says what a click does.
      button.setAttribute(
        "aria-label",
        `${severity}${text} – ${t(lang, "issueSelect", { location: issueLocation(issue) })}`,
      );
      button.append(badge, document.createTextNode(text));
      button.addEventListener("click", () => onSelect(sheet, cell));
      item.append(button);
    } else {
      item.append(badge, document.createTextNode(text));
    }
    list.append(item);
  }
  details.append(list);
  container.append(details);
}

export function renderCalendar(
  container: HTMLElement,
  year: number,
  rows: readonly CalendarRow[],
  lang: Lang,
): void {
  container.replaceChildren();
  const table = element("table");
  table.append(element("caption", t(lang, "calendarCaption", { year })));
  const head = element("thead");
  const headRow = element("tr");
  for (const key of ["colMonth", "colDue", "colPublish"] as const) {
    const th = element("th", t(lang, key));
    th.scope = "col";
    headRow.append(th);
  }
  head.append(headRow);
  const body = element("tbody");
  for (const row of rows) {
    const tr = element("tr");
    const th = element("th", row.month);
    th.scope = "row";
    tr.append(th, element("td", row.due), element("td", row.publishBy));
    body.append(tr);
  }
  table.append(head, body);
  container.append(table);
}
