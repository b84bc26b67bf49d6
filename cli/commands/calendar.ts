import type { Command } from "../Command";
import { UsageError, parseCommandArgs, requireOption } from "../Command";
import { formatDayLong, formatMonthLong, yearCalendar } from "../../core/calendar";
import type { Lang } from "../../core/i18n/lang";
import { DEFAULT_LANG, LangSchema } from "../../core/i18n/lang";

const USAGE = `Usage: tilannekuva calendar --year YYYY [--json] [--lang fi|sv|en]

Prints the reporting calendar of a year: for each data month, the day its situation is due
(the 1st of the next month, or the next working day) and the day the picture based on it is
published by (the last working day of the next month).

Options:
  --year YYYY       the year of the data months (1900–2999), required
  --json            print a JSON array of {"month","due","publishBy"} with ISO dates
  --lang fi|sv|en   language of the table (default fi); ignored with --json

Example: tilannekuva calendar --year 2022 --lang sv`;

const HEADERS: Record<Lang, { title: string; month: string; due: string; publishBy: string }> = {
  fi: {
    title: "Raportointikalenteri",
    month: "Tietokuukausi",
    due: "Raportoitava viimeistään",
    publishBy: "Julkaistava viimeistään",
  },
  sv: {
    title: "Rapporteringskalender",
    month: "Datamånad",
    due: "Rapporteras senast",
    publishBy: "Publiceras senast",
  },
  en: { title: "Reporting calendar", month: "Data month", due: "Due", publishBy: "Publish by" },
};

function parseYear(text: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 1900 || year > 2999) {
    throw new UsageError(`--year must be a year between 1900 and 2999, not "${text}"`);
  }
  return year;
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, col) => cell.padEnd(widths[col] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** `tilannekuva calendar`: the due and publication days of a year's data months. */
export const calendarCommand: Command = {
  name: "calendar",
  summary: "Reporting calendar: due and publication days of a year's data months",
  usage: USAGE,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      year: { type: "string" },
      json: { type: "boolean" },
      lang: { type: "string" },
    });
    const year = parseYear(requireOption(values.year, "--year"));
    const lang = LangSchema.safeParse(values.lang ?? DEFAULT_LANG);
    if (!lang.success) throw new UsageError(`--lang must be fi, sv or en, not "${values.lang ?? ""}"`);
    const months = yearCalendar(year);

    if (values.json) {
      const rows = months.map(({ month, due, publishBy }) => ({ month, due, publishBy }));
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    const h = HEADERS[lang.data];
    const body = months.map((m) => [
      formatMonthLong(m.month, lang.data),
      formatDayLong(m.due, lang.data),
      formatDayLong(m.publishBy, lang.data),
    ]);
    process.stdout.write(`${h.title} ${year}\n\n${table([[h.month, h.due, h.publishBy], ...body])}\n`);
    return 0;
  },
};
