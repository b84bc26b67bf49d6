/**
 * The task pane: Office.onReady wires the DOM; each button runs one action from ./actions and shows
 * its outcome, or the failure in plain words, in the pane.
 */
import type { Lang } from "../../../core/i18n/lang";
import type { PaneOutcome } from "./actions";
import {
  calendarRows,
  defaultMonth,
  runCreateMonthSheet,
  runDetectRole,
  runGenerateChecklists,
  runUpdateRoadmap,
  runSetupTemplate,
  runValidateMonth,
  selectCell,
} from "./actions";
import { renderFileLink, runDiscussionBrief, runLongCsv } from "./analystFiles";
import type { FileOutcome } from "./analystFiles";
import type { PickedFile } from "./consolidateFiles";
import { consolidateFiles } from "./consolidateFiles";
import { describeError } from "./describeError";
import type { RoleView } from "./paneRoles";
import { applyRole } from "./paneRoles";
import { runCreateRegionWorkbooks } from "./regionFiles";
import { applyStrings, renderCalendar, renderOutcome, showMessage } from "./render";
import { renderFigures } from "./renderFigures";
import { renderRegionWorkbooks } from "./renderRegionWorkbooks";
import { langOf, t } from "./strings";

let lang: Lang = "fi";
const roleView: RoleView = { info: { role: "template", region: null }, showAll: false };

const byId = <T extends HTMLElement>(id: string): T => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`taskpane.html has no #${id}`);
  return node as T;
};

function showGlobal(text: string): void {
  const status = byId<HTMLParagraphElement>("global-status");
  status.textContent = text;
  status.hidden = false;
}

/**
 * Runs `work` for the button `id`: every action button is disabled meanwhile, the section is marked busy,
 * and whatever goes wrong ends up in the section's result area.
 */
async function run(id: string, work: (result: HTMLElement) => Promise<void>): Promise<void> {
  const result = byId(`${id}-result`);
  const section = result.closest("section");
  const buttons = [...document.querySelectorAll<HTMLButtonElement>("button.action")];
  buttons.forEach((b) => (b.disabled = true));
  section?.setAttribute("aria-busy", "true");
  showMessage(result, t(lang, "working"), true);
  try {
    await work(result);
  } catch (error) {
    showMessage(result, describeError(error, lang), false);
  } finally {
    buttons.forEach((b) => (b.disabled = false));
    section?.removeAttribute("aria-busy");
  }
}

const month = (): string => byId<HTMLInputElement>("month").value.trim();

function onSelectIssue(sheet: string, cell: string): void {
  selectCell(sheet, cell).catch((error: unknown) => showGlobal(describeError(error, lang)));
}

function wire(id: string, work: (result: HTMLElement) => Promise<void>): void {
  byId(id).addEventListener("click", () => void run(id, work));
}

function show(result: HTMLElement, outcome: PaneOutcome & { cancelled?: boolean }, selectable = false): void {
  renderOutcome(result, outcome, lang, selectable ? { onSelect: onSelectIssue } : {});
}

function initialise(initialLang: Lang): void {
  lang = initialLang;
  const langSelect = byId<HTMLSelectElement>("lang");
  langSelect.value = lang;
  langSelect.addEventListener("change", () => {
    lang = langSelect.value === "sv" || langSelect.value === "en" ? langSelect.value : "fi";
    applyStrings(lang);
    applyRole(roleView, lang);
  });
  applyStrings(lang);
  applyRole(roleView, lang);
  const detectRole = (): Promise<void> =>
    runDetectRole().then((info) => {
      roleView.info = info;
      applyRole(roleView, lang);
    });
  detectRole().catch((error: unknown) => showGlobal(describeError(error, lang)));
  byId("show-all").addEventListener("click", () => {
    roleView.showAll = !roleView.showAll;
    applyRole(roleView, lang);
  });
  const today = new Date();
  byId<HTMLInputElement>("month").value = defaultMonth(today);
  byId<HTMLInputElement>("year").value = String(today.getFullYear());

  wire("setup", async (result) => {
    show(result, await runSetupTemplate(lang, byId<HTMLSelectElement>("programme").value));
    await detectRole();
  });
  wire("create-month", async (result) => show(result, await runCreateMonthSheet(lang, month())));
  wire("validate", async (result) => show(result, await runValidateMonth(lang, month()), true));
  wire("checklists", async (result) => show(result, await runGenerateChecklists(lang, new Date())));
  wire("update-roadmap", async (result) => show(result, await runUpdateRoadmap(lang), true));
  const cancel = byId<HTMLButtonElement>("consolidate-cancel");
  let cancelled = false;
  cancel.addEventListener("click", () => {
    cancelled = true;
    cancel.disabled = true;
  });
  wire("consolidate", async (result) => {
    const progress = byId("consolidate-progress");
    const files: PickedFile[] = [...(byId<HTMLInputElement>("files").files ?? [])];
    cancelled = false;
    cancel.disabled = false;
    cancel.hidden = false;
    try {
      const outcome = await consolidateFiles(lang, month(), files, {
        onProgress: (text) => (progress.textContent = text),
        cancelled: () => cancelled,
      });
      show(result, outcome);
      if (outcome.figures) {
        renderFigures(result, outcome.figures, lang, (sheet) => onSelectIssue(sheet, "A1"));
      }
    } finally {
      cancel.hidden = true;
    }
  });
  const offerFile = (result: HTMLElement, outcome: FileOutcome) => {
    show(result, outcome);
    if (outcome.file) renderFileLink(result, outcome.file, lang);
  };
  wire("brief", async (result) => offerFile(result, await runDiscussionBrief(lang, month())));
  wire("long-csv", async (result) => offerFile(result, await runLongCsv(lang)));
  wire("regions", async (result) => {
    const progress = byId("regions-progress");
    const outcome = await runCreateRegionWorkbooks(lang, (text) => (progress.textContent = text));
    show(result, outcome);
    if (outcome.files.length > 0) {
      renderRegionWorkbooks(result, outcome.files, lang, (error) => showGlobal(describeError(error, lang)));
    }
  });
  wire("calendar", async (result) => {
    const year = Number(byId<HTMLInputElement>("year").value);
    if (!Number.isInteger(year) || year < 1900 || year > 9999) {
      showMessage(result, t(lang, "badYear"), false);
      return;
    }
    renderCalendar(result, year, calendarRows(year, lang), lang);
  });
}

window.addEventListener("unhandledrejection", (event) => showGlobal(describeError(event.reason, lang)));

if (typeof Office === "undefined") {
  // office.js did not load (offline, blocked): the pane still tells the user, in Finnish and the browser's language.
  const fallback = langOf(navigator.language);
  applyStrings(fallback);
  showGlobal(t(fallback, "officeMissing"));
} else {
  void Office.onReady((info) => {
    initialise(langOf(Office.context.displayLanguage));
    if (info.host !== Office.HostType.Excel) showGlobal(t(lang, "notInExcel"));
  });
}
