/**
 * The ribbon's ExecuteFunction commands (manifest.xml FunctionName): create last month's sheet, validate
 * it, generate the 100+100 checklists. A function command has no pane, so each one tells the user how
 * it went in a small dialog (notice.html) and completes when the user closes it.
 */
import type { Lang } from "../../../core/i18n/lang";
import type { PaneOutcome } from "../taskpane/actions";
import {
  defaultMonth,
  runCreateMonthSheet,
  runGenerateChecklists,
  runValidateMonth,
} from "../taskpane/actions";
import { describeError } from "../taskpane/describeError";
import { langOf, t } from "../taskpane/strings";

interface CommandEvent {
  completed(): void;
}

function showNotice(text: string, ok: boolean, lang: Lang, done: () => void): void {
  const url = new URL("notice.html", location.href);
  url.search = new URLSearchParams({ text, ok: ok ? "1" : "0", lang, title: t(lang, "title") }).toString();
  Office.context.ui.displayDialogAsync(
    url.toString(),
    { height: 30, width: 35, displayInIframe: true },
    (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        done();
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        done();
      });
      // Closed with the dialog's own X.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => done());
    },
  );
}

function command(work: (lang: Lang) => Promise<PaneOutcome>): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    const lang = langOf(Office.context.displayLanguage);
    let text: string;
    let ok: boolean;
    try {
      const outcome = await work(lang);
      ok = outcome.ok;
      text = outcome.message;
    } catch (error) {
      ok = false;
      text = describeError(error, lang);
    }
    showNotice(text, ok, lang, () => event.completed());
  };
}

const COMMANDS = {
  createMonthSheetCommand: command((lang) => runCreateMonthSheet(lang, defaultMonth(new Date()))),
  validateMonthCommand: command((lang) => runValidateMonth(lang, defaultMonth(new Date()))),
  generateChecklistsCommand: command((lang) => runGenerateChecklists(lang, new Date())),
};

void Office.onReady(() => {
  for (const [id, fn] of Object.entries(COMMANDS)) {
    Office.actions.associate(id, fn);
    // Older clients look the function up by name on the global object.
    (globalThis as Record<string, unknown>)[id] = fn;
  }
});
