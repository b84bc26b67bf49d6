/**
 * Curves of `tilannekuva consolidate` over regions × month sheets, each point a whole process (the
 * compiled command line) with its peak RSS, beside the floor of unzipping and scanning the same XML,
 * measured in the same run. Region files are one region's workbook made through the actions (1,000
 * tasks, statuses typed), copied as distinct regions (regionCopies.ts): N files are N regions counted.
 * The programme of N units and the synthetic roadmap come from a national workbook given as --previous
 * (the ministry's from its first consolidation), at every size alike: without it the command line knows
 * only the built-in 22 regions and measures them against the built-in example roadmap, not theirs.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import type { RoadmapRow } from "../../../core";
import { createMonthSheet, createRegionWorkbook, reportingCalendar, setupTemplate } from "../../../core";
import { addMonths } from "../../../core/_lib/day";
import { MONTH_LAYOUT, monthColumn } from "../../../core/sheets/monthLayout";
import { ExcelJsWorkbook } from "../../../cli/xlsx/ExcelJsWorkbook";
import { writeWorkbookFile } from "../../../cli/xlsx/files";
import { benchUnits, nationalWorkbook, regionCopies } from "./regionCopies";

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
export async function regionFile(
  options: Pick<CurveOptions, "roadmap" | "month" | "typed" | "random" | "dir">,
  sheets: number,
): Promise<string> {
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
  const path = join(options.dir, `alue-${roadmap.length}-${sheets}.xlsx`);
  await writeWorkbookFile(workbook, path);
  return path;
}

export interface Measure {
  ms: number;
  cpuMs: number;
  peakRssMb: number;
}

/** The V8 flags the command line's launcher sets itself for a command (cli/bin/v8Flags.cjs). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the launcher's own CommonJS file, read as it is
const { v8Flags } = require("../../../cli/bin/v8Flags.cjs") as { v8Flags: (command: string) => string };

/**
 * One whole process: its wall time, and the CPU time and peak RSS usage.cjs reports. A floor's script
 * runs under the V8 flags the launcher sets for the command it is the floor of (`floorOf`), so both
 * meet the same engine.
 */
async function once(args: string[], floorOf: string | undefined): Promise<Measure> {
  const flags = floorOf && !args[0]?.endsWith("tilannekuva.cjs") ? v8Flags(floorOf).split(" ") : [];
  const started = process.hrtime.bigint();
  // A command may exit 1 (validate on a file with errors): its usage line is printed all the same.
  const { stderr } = await run(process.execPath, [...flags, "-r", join(__dirname, "usage.cjs"), ...args], {
    cwd: ROOT,
    maxBuffer: 256 * 1024 * 1024,
  }).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? "" }));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const usage = JSON.parse(stderr.trim().split("\n").at(-1)!) as { peakRssMb: number; cpuMs: number };
  return { ms, ...usage };
}

/**
 * The best of `runs` of each command, taken in turns (a run of each, then the next round), so that a
 * neighbour busy for a while slows a command and its floor alike rather than one of them. `floorOf` as
 * in `once`; `around` wraps each run (to set up its files before and check its output after).
 */
export async function measureEach(
  runs: number,
  commands: string[][],
  floorOf?: string,
  around: (args: string[], run: () => Promise<Measure>) => Promise<Measure> = (_, run) => run(),
): Promise<Measure[]> {
  const best = commands.map((): Measure => ({ ms: Infinity, cpuMs: Infinity, peakRssMb: 0 }));
  for (let i = 0; i < runs; i++) {
    for (const [n, args] of commands.entries()) {
      const measured = await around(args, () => once(args, floorOf));
      if (measured.cpuMs < best[n]!.cpuMs) best[n] = measured;
    }
  }
  return best;
}

/** A bench script bundled to plain JavaScript in `dir`, run as a whole process as the command line is. */
async function bundled(dir: string, name: string): Promise<string> {
  const script = join(dir, `${name}.cjs`);
  await build({
    entryPoints: [join(__dirname, `${name}.ts`)],
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: script,
    logLevel: "warning",
  });
  return script;
}

/** The compiled command line, and the scan floor (scanFloor.ts) bundled into `dir`; returns the floor's path. */
export async function buildScripts(dir: string): Promise<string> {
  await run("npm", ["run", "-s", "build:cli"], { cwd: ROOT });
  return bundled(dir, "scanFloor");
}

/** Prints the table of curves; returns false when a goal is missed. */
export async function runCurves(options: CurveOptions): Promise<boolean> {
  const { dir, month, write } = options;
  const floorScript = await buildScripts(dir);
  const readScript = await bundled(dir, "readAlone");
  const most = Math.max(...options.regions);
  let met = true;
  const cells = (...texts: string[]) =>
    texts.map((t, n) => (n === 0 ? t.padEnd(12) : t.padStart(11))).join("");
  write(
    `\n${cells("regions×sh", "CPU", "wall", "peak RSS", "floor CPU", "floor wall", "floor RSS", "CPU ratio", "read CPU", "read RSS")}  goal\n`,
  );
  write(`${"-".repeat(118)}\n`);
  const units = benchUnits(most);
  const nationals = new Map<number, string>();
  for (const count of options.regions)
    nationals.set(
      count,
      await nationalWorkbook(units.slice(0, count), options.roadmap, join(dir, `edellinen-${count}.xlsx`)),
    );
  for (const sheets of options.monthSheets) {
    const files = await regionCopies(await regionFile(options, sheets), units, dir, String(sheets));
    for (const count of options.regions) {
      const regionFiles = files.slice(0, count);
      const out = join(dir, `kansallinen-${count}-${sheets}.xlsx`);
      const [consolidate, floor, read] = (await measureEach(
        options.runs,
        [
          [
            "cli/bin/tilannekuva.cjs",
            "consolidate",
            "--month",
            month,
            "--previous",
            nationals.get(count)!,
            "--out",
            out,
            ...regionFiles,
          ],
          [floorScript, month, ...regionFiles],
          [readScript, month, nationals.get(count)!, ...regionFiles],
        ],
        "consolidate",
      )) as [Measure, Measure, Measure];
      const ratio = consolidate.cpuMs / floor.cpuMs;
      const rssGoal = count >= 300 && sheets >= 24 ? consolidate.peakRssMb < 300 : true;
      const ok = ratio <= 2 && rssGoal;
      met &&= ok;
      const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
      write(
        `${cells(`${count} × ${sheets}`, seconds(consolidate.cpuMs), seconds(consolidate.ms), `${consolidate.peakRssMb} MB`, seconds(floor.cpuMs), seconds(floor.ms), `${floor.peakRssMb} MB`, ratio.toFixed(2), seconds(read.cpuMs), `${read.peakRssMb} MB`)}  ${ok ? "ok" : "MISSED"}\n`,
      );
    }
  }
  write(
    `(goals: CPU time ≤ 2 × the floor's at every size; peak RSS < 300 MB at 300 × 24. CPU, not wall\n time, is compared: on a shared machine wall time measures the neighbours. "read": the reading half\n alone, every region read into the readings consolidate keeps and nothing written, see readAlone.ts.)\n`,
  );
  return met;
}
