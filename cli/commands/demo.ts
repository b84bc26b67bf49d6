import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { dayParts, addMonths } from "../../core/_lib/day";
import {
  actionMessage,
  consolidate,
  createMonthSheet,
  createRegionWorkbook,
  generateChecklists,
  setupTemplate,
} from "../../core/actions";
import { assessmentSheetName } from "../../core/sheets/assessmentSheet";
import { discussionBrief, exportLongCsv } from "../../core/actions";
import { demoDiscussions, demoFollowUp } from "../../core/demo/demoDiscussions";
import type { DiscussionEntry } from "../../core/discussion/DiscussionSchema";
import { DISCUSSION_SHEET } from "../../core/discussion/discussionLabels";
import type { Lang } from "../../core/i18n/lang";
import { discussionRow } from "../../core/sheets/national/discussionSheet";
import { simulatedCells } from "../../core/demo/simulatedCells";
import { simulateMonth } from "../../core/demo/simulateMonth";
import { REGIONAL, unitRoadmap } from "../../core/programme/builtins";
import { renderReport } from "../../core/report/renderReport";
import type { SpecCell } from "../../core/sheets/SheetSpec";
import type { Command } from "../Command";
import { cliMessage } from "../cliMessages";
import { DEMO_CREATOR, guardDemoRegionFiles } from "../demoGuard";
import { parseCommandArgs } from "../Command";
import { langOption, monthOption, progress, regionSource } from "../io";
import { ExcelJsWorkbook } from "../xlsx/ExcelJsWorkbook";
import { writeWorkbookFile } from "../xlsx/files";

const USAGE = `Usage: tilannekuva demo [--out DIR] [--month YYYY-MM] [--months N] [--lang fi|sv|en]

Runs the whole monthly cycle on simulated data (the same on every machine): writes the template, the 22
region workbooks with statuses for N months ending at --month (default 4 months to 2022-09; one region
misses the last month), their 100+100 checklists, the national workbook with history and a discussion
record (an action agreed last month still open), the summary JSON, the HTML report, the discussion
brief of every region and the long-format CSV of every month.`;

const DEMO_NOT_REPORTING = "16";

/** Types cells into an ExcelJS sheet the way a preparer would (values only; formats and formulas stay). */
function typeCells(
  workbook: ExcelJsWorkbook,
  sheet: string,
  cells: { row: number; column: number; value: SpecCell }[],
): void {
  const worksheet = workbook.excel.getWorksheet(sheet);
  if (!worksheet) return;
  for (const { row, column, value } of cells) {
    const cell = worksheet.getCell(row + 1, column + 1);
    if (value !== null && typeof value === "object" && "date" in value) {
      const { year, month, day } = dayParts(value.date);
      cell.value = new Date(Date.UTC(year, month - 1, day));
    } else if (value === null || typeof value !== "object") {
      cell.value = value;
    }
  }
}

const DEMO_DISCUSSED = ["01", "05", "16"];

/** Types discussion record rows below the sheet's table, as the analyst would. */
async function typeDiscussions(workbook: ExcelJsWorkbook, entries: DiscussionEntry[], lang: Lang) {
  const sheet = DISCUSSION_SHEET[lang];
  const start = ((await workbook.readSheets([sheet])).get(sheet) ?? []).length;
  const names = new Map(REGIONAL.units.map((u) => [u.code, u.name[lang]]));
  const cells = entries.flatMap((entry, r) =>
    discussionRow(entry, names, lang).map((value, column) => ({ row: start + r, column, value })),
  );
  typeCells(workbook, sheet, cells);
}

export const demoCommand: Command = {
  name: "demo",
  summary: "write a complete demo: template, 22 regions, national workbook and report",
  usage: USAGE,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      out: { type: "string" },
      month: { type: "string" },
      months: { type: "string" },
      lang: { type: "string" },
    });
    const dir = values.out ?? "out";
    const lastMonth = monthOption(values.month ?? "2022-09");
    const lang = langOption(values.lang) ?? "fi";
    const count = Math.max(1, Math.min(24, Number(values.months ?? 4) || 4));
    const months = Array.from({ length: count }, (_, i) => addMonths(lastMonth, i - count + 1));
    const regionPath = (code: string) => join(dir, "alueet", `alue-${code}.xlsx`);
    await guardDemoRegionFiles(REGIONAL.units.map((unit) => regionPath(unit.code)));
    await mkdir(join(dir, "alueet"), { recursive: true });

    const template = new ExcelJsWorkbook();
    await setupTemplate(template, { lang });
    const templatePath = join(dir, "tilannekuva-pohja.xlsx");
    await writeWorkbookFile(template, templatePath);
    const written = [templatePath];

    const regionFiles: Record<string, string> = {};
    for (const [index, unit] of REGIONAL.units.entries()) {
      progress(
        `${actionMessage("progressRegion", lang, { done: index + 1, total: REGIONAL.units.length })} ${unit.name[lang]}`,
      );
      const workbook = new ExcelJsWorkbook();
      workbook.excel.creator = DEMO_CREATOR;
      await createRegionWorkbook(template, workbook, { region: unit.code, lang });
      const roadmap = unitRoadmap(REGIONAL, unit.code);
      for (const month of months) {
        if (unit.code === DEMO_NOT_REPORTING && month === lastMonth) continue;
        await createMonthSheet(workbook, { month, lang });
        const simulated = simulateMonth(REGIONAL, roadmap, unit.code, month);
        // The month sheet and its self-assessment sheet, typed into as a preparer would.
        const grids = await workbook.readSheets([month, assessmentSheetName(month, lang)]);
        for (const [name, grid] of grids)
          typeCells(workbook, name, simulatedCells(grid, simulated, REGIONAL, lang));
      }
      await generateChecklists(workbook, { lang });
      const path = regionPath(unit.code);
      await writeWorkbookFile(workbook, path);
      regionFiles[unit.code] = path;
      written.push(path);
    }

    // The ministry consolidates every month in turn, so the national workbook carries its history.
    const national = new ExcelJsWorkbook();
    let result;
    for (const month of months) {
      progress(cliMessage("progressNational", lang, { month }));
      const sources = Object.values(regionFiles).map(regionSource);
      result = await consolidate(national, sources, { month, lang });
      // The analyst records the month's discussions; the last month's follow-up leaves an action open.
      // Earlier months' actions were done by the next discussion; the one before last stays open and
      // carries over, so the brief shows one open action, not the same one again for every month.
      const entries =
        month === lastMonth
          ? demoFollowUp(month, DEMO_DISCUSSED, lang)
          : demoDiscussions(month, DEMO_DISCUSSED, lang, month === addMonths(lastMonth, -1));
      await typeDiscussions(national, entries, lang);
    }
    const nationalPath = join(dir, "kansallinen.xlsx");
    await writeWorkbookFile(national, nationalPath);
    const jsonPath = join(dir, `tilannekuva-${lastMonth}.json`);
    const reportPath = join(dir, `raportti-${lastMonth}.html`);
    if (result?.summary && result.picture) {
      await writeFile(jsonPath, `${JSON.stringify(result.summary, null, 2)}\n`);
      await writeFile(reportPath, renderReport(result.picture));
    }
    const brief = await discussionBrief(national, { month: lastMonth, lang });
    const briefPath = join(dir, brief.fileName);
    if (brief.html) await writeFile(briefPath, brief.html);
    // The data for analysts: every month the national workbook holds, a row per region × task × month.
    const data = await exportLongCsv(national, { lang });
    const csvPath = join(dir, data.fileName);
    if (data.csv) await writeFile(csvPath, data.csv);
    written.push(nationalPath, jsonPath, reportPath, briefPath, csvPath);
    process.stdout.write(
      `${result?.message ?? ""}\n${written.filter((p) => !p.includes("alueet")).join("\n")}\n${join(dir, "alueet")}/ (${REGIONAL.units.length} region workbooks)\n`,
    );
    return 0;
  },
};
