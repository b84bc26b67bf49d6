/**
 * Curves of `tilannekuva consolidate` over regions × month sheets, each point a whole process (the
 * compiled command line) with its peak RSS, beside the floor of unzipping and scanning the same XML,
 * measured in the same run. Region files are one region's workbook made through the actions (1,000
 * tasks, statuses typed), copied: every copy is read in full, the figures count it once.
 */
import { execFile } from "node:child_process";
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import type { RoadmapRow } from "../../../core";
import { createMonthSheet, createRegionWorkbook, reportingCalendar, setupTemplate } from "../../../core";
import { addMonths } from "../../../core/_lib/day";
import { MONTH_LAYOUT, monthColumn } from "../../../core/sheets/monthLayout";
import { ExcelJsWorkbook } from "../../../cli/xlsx/ExcelJsWorkbook";
import { writeWorkbookFile } from "../../../cli/xlsx/files";

const run = promisify(execFile);
const ROOT = join(__dirname, "..", "..", "..");

export interface CurveOptions {
  dir: string;
  roadmap: RoadmapRow[];
  month: string;
  regions: readonly number[];
  monthSheets: readonly number[];
  runs: number;
  /** Status a preparer types for a task, from the bench's typist. */
  typed: (task: RoadmapRow, asOf: string, next: () => number) => unknown;
  random: (seed: number) => () => number;
  write: (line: string) => void;
}

/** One region's workbook with `sheets` month sheets up to `month`, statuses typed in each. */
async function regionFile(options: CurveOptions, sheets: number): Promise<string> {
  const { roadmap, month } = options;
  const template = new ExcelJsWorkbook();
  await setupTemplate(template, { lang: "fi", roadmap });
  const workbook = new ExcelJsWorkbook();
  await createRegionWorkbook(template, workbook, { region: "01" });
  const byId = new Map(roadmap.map((task) => [task.id, task]));
  const next = options.random(sheets);
  for (let m = sheets - 1; m >= 0; m--) {
    const key = addMonths(month, -m);
    const created = await createMonthSheet(workbook, { month: key });
    if (!created.ok) throw new Error(created.message);
    const sheet = workbook.excel.getWorksheet(key)!;
    const { asOf } = reportingCalendar(key);
    for (let r = MONTH_LAYOUT.tableHeaderRow + 1; r <= MONTH_LAYOUT.tableHeaderRow + roadmap.length; r++) {
      const task = byId.get(String(sheet.getCell(r, monthColumn("id") + 1).value));
      if (task) sheet.getCell(r, monthColumn("status") + 1).value = options.typed(task, asOf, next) as string;
    }
  }
  const path = join(options.dir, `alue-${sheets}.xlsx`);
  await writeWorkbookFile(workbook, path);
  return path;
}

/** Best wall time of `runs` whole processes, and the peak RSS the preloaded usage.cjs reports. */
async function measure(runs: number, args: string[]): Promise<{ ms: number; peakRssMb: number }> {
  let best = { ms: Infinity, peakRssMb: 0 };
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const { stderr } = await run(process.execPath, ["-r", join(__dirname, "usage.cjs"), ...args], {
      cwd: ROOT,
      maxBuffer: 256 * 1024 * 1024,
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const { peakRssMb } = JSON.parse(stderr.trim().split("\n").at(-1)!) as { peakRssMb: number };
    if (ms < best.ms) best = { ms, peakRssMb };
  }
  return best;
}

/** Prints the table of curves; returns false when a goal is missed. */
export async function runCurves(options: CurveOptions): Promise<boolean> {
  const { dir, month, write } = options;
  await run("npm", ["run", "-s", "build:cli"], { cwd: ROOT });
  const floorScript = join(dir, "floor.cjs");
  await build({
    entryPoints: [join(__dirname, "scanFloor.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: floorScript,
    logLevel: "warning",
  });
  const most = Math.max(...options.regions);
  let met = true;
  write(
    `\n${"regions × sheets".padEnd(18)}${"consolidate".padStart(13)}${"peak RSS".padStart(11)}${"floor".padStart(10)}${"floor RSS".padStart(11)}${"ratio".padStart(8)}  goal\n`,
  );
  write(`${"-".repeat(80)}\n`);
  for (const sheets of options.monthSheets) {
    const source = await regionFile(options, sheets);
    const files: string[] = [];
    for (let i = 0; i < most; i++) {
      const copy = join(dir, `alue-${sheets}-${i}.xlsx`);
      await copyFile(source, copy);
      files.push(copy);
    }
    for (const count of options.regions) {
      const regionFiles = files.slice(0, count);
      const out = join(dir, `kansallinen-${count}-${sheets}.xlsx`);
      const consolidate = await measure(options.runs, [
        "cli/bin/tilannekuva.cjs",
        "consolidate",
        "--month",
        month,
        "--out",
        out,
        ...regionFiles,
      ]);
      const floor = await measure(options.runs, [floorScript, month, ...regionFiles]);
      const ratio = consolidate.ms / floor.ms;
      const rssGoal = count >= 300 && sheets >= 24 ? consolidate.peakRssMb < 300 : true;
      const ok = ratio <= 2 && rssGoal;
      met &&= ok;
      write(
        `${`${count} × ${sheets}`.padEnd(18)}${`${(consolidate.ms / 1000).toFixed(2)} s`.padStart(13)}${`${consolidate.peakRssMb} MB`.padStart(11)}` +
          `${`${(floor.ms / 1000).toFixed(2)} s`.padStart(10)}${`${floor.peakRssMb} MB`.padStart(11)}${ratio.toFixed(2).padStart(8)}  ${ok ? "ok" : "MISSED"}\n`,
      );
    }
  }
  write(`(goals: time ≤ 2 × floor at every size; peak RSS < 300 MB at 300 × 24)\n`);
  return met;
}
