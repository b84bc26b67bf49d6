/**
 * `npm run bench`: how fast consolidation and the core are. Prints figures and asserts nothing.
 *
 * (a) 22 region workbooks of a synthetic 1,000-task roadmap, made through the actions and saved as real
 *     .xlsx files: ExcelJS alone loading them versus the whole `tilannekuva consolidate` (load, read every
 *     region, write the national workbook). Consolidation should cost little beyond ExcelJS itself.
 * (b) The core alone: 22 regions × 1,000 tasks × 36 months of status grids through parseStatusTable and
 *     computeUnitReadiness.
 */
import { cpus } from "node:os";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CellValue, Grid, RoadmapRow } from "../../core";
import {
  computeUnitReadiness,
  createMonthSheet,
  createRegionWorkbook,
  parseStatusTable,
  REGIONAL,
  reportingCalendar,
  setupTemplate,
  statusOf,
  SummarySchema,
} from "../../core";
import { addMonths } from "../../core/_lib/day";
import {
  MONTH_LAYOUT,
  MONTH_TABLE_COLUMNS,
  monthColumn,
  monthColumnLabel,
} from "../../core/sheets/monthLayout";
import { main } from "../../cli/main";
import { ExcelJsWorkbook } from "../../cli/xlsx/ExcelJsWorkbook";
import { readWorkbookFile, writeWorkbookFile } from "../../cli/xlsx/files";
import { random, syntheticRoadmap } from "./_lib/syntheticRoadmap";

const TASKS = 1000;
const MONTHS = 36;
const RUNS = 3;
const MONTH = "2022-09";
const STATUSES = REGIONAL.statuses;

/** What a preparer types: mostly the drop-down's label, sometimes another language, case or spacing. */
function typedStatus(task: RoadmapRow, asOf: string, next: () => number): CellValue {
  const roll = next();
  if (roll < 0.005) return null;
  if (roll < 0.01) return "valmis?";
  if (roll < 0.04) return STATUSES.not_applicable.fi;
  const code =
    task.end !== null && task.end <= asOf && next() < 0.8
      ? "done"
      : task.start !== null && task.start <= asOf && next() < 0.85
        ? "in_progress"
        : "not_started";
  const label = STATUSES[code];
  if (roll < 0.06) return label.sv;
  if (roll < 0.08) return ` ${label.en.toUpperCase()} `;
  if (roll < 0.09) return label.fi.replace(" ", "\u00a0");
  return label.fi;
}

async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

async function bestOf<T>(runs: number, run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  let best: { ms: number; value: T } | undefined;
  for (let i = 0; i < runs; i++) {
    const result = await timed(run);
    if (!best || result.ms < best.ms) best = result;
  }
  return best!;
}

/** Runs the command line in-process with its progress lines held back; returns the exit code and what it said. */
async function quietly(argv: string[]): Promise<{ code: number; output: string }> {
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  let output = "";
  const capture = (chunk: string | Uint8Array): boolean => {
    output += String(chunk);
    return true;
  };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  try {
    return { code: await main(argv), output };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

/** (a) Real region files of the synthetic roadmap, made through the actions. */
async function buildRegionFiles(
  dir: string,
  roadmap: RoadmapRow[],
): Promise<{ template: string; regions: string[] }> {
  const template = new ExcelJsWorkbook();
  await setupTemplate(template, { lang: "fi", roadmap });
  const templatePath = join(dir, "pohja.xlsx");
  await writeWorkbookFile(template, templatePath);
  const { asOf } = reportingCalendar(MONTH);
  const regions: string[] = [];
  for (const [index, unit] of REGIONAL.units.entries()) {
    const workbook = new ExcelJsWorkbook();
    await createRegionWorkbook(template, workbook, { region: unit.code });
    const created = await createMonthSheet(workbook, { month: MONTH });
    if (!created.ok) throw new Error(created.message);
    const sheet = workbook.excel.getWorksheet(MONTH)!;
    const idColumn = monthColumn("id") + 1;
    const statusColumn = monthColumn("status") + 1;
    const byId = new Map(roadmap.map((task) => [task.id, task]));
    const next = random(1000 + index);
    for (let r = MONTH_LAYOUT.tableHeaderRow + 1; r <= MONTH_LAYOUT.tableHeaderRow + roadmap.length; r++) {
      const task = byId.get(String(sheet.getCell(r, idColumn).value));
      if (task) sheet.getCell(r, statusColumn).value = typedStatus(task, asOf, next) as string | null;
    }
    const path = join(dir, `alue-${unit.code}.xlsx`);
    await writeWorkbookFile(workbook, path);
    regions.push(path);
  }
  return { template: templatePath, regions };
}

/** (b) The task table of one month as a host hands it over (`range.values`): header and 1,000 rows. */
function statusGrid(roadmap: readonly RoadmapRow[], month: string, seed: number): Grid {
  const { asOf } = reportingCalendar(month);
  const next = random(seed);
  const date = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);
  const header = MONTH_TABLE_COLUMNS.map((column) => monthColumnLabel(column, "fi"));
  const rows: CellValue[][] = [header];
  for (const task of roadmap) {
    const status = typedStatus(task, asOf, next);
    rows.push([
      task.id,
      REGIONAL.groups[Number(task.group) - 1]?.name.fi ?? "",
      task.area,
      task.task,
      task.subtask,
      task.phase,
      date(task.start),
      date(task.end),
      task.critical ? "Kyllä" : "Ei",
      status,
      status,
      next() < 0.05 ? "Viivästyy, resurssit puuttuvat" : null,
      null,
      next() < 0.5 ? "Vastuuhenkilö" : null,
    ]);
  }
  return rows;
}

function pad(text: string | number, width: number): string {
  return String(text).padStart(width);
}

async function run(): Promise<void> {
  const total = await timed(async () => {
    process.stdout.write(
      `Tilannekuva bench — Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} (${cpus().length} cores)\n\n`,
    );
    const roadmap = syntheticRoadmap(TASKS);
    const dir = await mkdtemp(join(tmpdir(), "tilannekuva-bench-"));
    try {
      const build = await timed(() => buildRegionFiles(dir, roadmap));
      const { template, regions } = build.value;
      process.stdout.write(
        `built ${regions.length} region workbooks × ${TASKS} tasks in ${(build.ms / 1000).toFixed(1)} s\n`,
      );

      const load = await bestOf(RUNS, async () => {
        for (const path of regions) await readWorkbookFile(path);
      });
      const out = join(dir, "kansallinen.xlsx");
      const json = join(dir, "tilannekuva.json");
      const consolidate = await bestOf(RUNS, async () => {
        const argv = [
          "consolidate",
          "--month",
          MONTH,
          "--out",
          out,
          "--json",
          json,
          "--previous",
          template,
          ...regions,
        ];
        const result = await quietly(argv);
        if (result.code !== 0) throw new Error(`consolidate exited ${result.code}:\n${result.output}`);
      });
      // Not a no-op: every region reports and its critical tasks are counted.
      const summary = SummarySchema.parse(JSON.parse(await readFile(json, "utf8")));
      const { reporting, national } = summary;
      process.stdout.write(
        `consolidated: ${reporting.count}/${reporting.of} regions reporting, ${national.readiness.started.of.toLocaleString("en")} critical tasks due by the target, ${summary.issues.length.toLocaleString("en")} issues\n`,
      );

      const grids = REGIONAL.units.flatMap((unit, u) =>
        Array.from({ length: MONTHS }, (_, m) => {
          const month = addMonths("2021-01", m);
          return { month, grid: statusGrid(roadmap, month, u * 100 + m) };
        }),
      );
      const options = { sheet: "", roadmap, statuses: STATUSES };
      const core = await bestOf(RUNS, () => {
        let issues = 0;
        for (const { month, grid } of grids) {
          const parsed = parseStatusTable(grid, { ...options, sheet: month });
          issues += parsed.issues.length;
          computeUnitReadiness(roadmap, statusOf(parsed.value), {
            asOf: reportingCalendar(month).asOf,
            target: REGIONAL.target,
            groups: REGIONAL.groups,
          });
        }
        return issues;
      });
      const statusRows = grids.length * TASKS;
      const rate = statusRows / (core.ms / 1000);

      const ratio = consolidate.ms / load.ms;
      const rows: [string, string, string, string][] = [
        ["ExcelJS load, 22 files", `${load.ms.toFixed(0)} ms`, "", ""],
        ["consolidate end to end", `${consolidate.ms.toFixed(0)} ms`, "", ""],
        ["  ratio consolidate / load", ratio.toFixed(2), "≤ 1.5", ratio <= 1.5 ? "ok" : "MISSED"],
        [`core: ${statusRows.toLocaleString("en")} status rows`, `${core.ms.toFixed(0)} ms`, "", ""],
        [
          "  status rows per second",
          Math.round(rate).toLocaleString("en"),
          "≥ 1,000,000",
          rate >= 1e6 ? "ok" : "MISSED",
        ],
      ];
      process.stdout.write(
        `\n${"measure (best of 3)".padEnd(34)}${pad("result", 12)}${pad("target", 14)}${pad("", 8)}\n`,
      );
      process.stdout.write(`${"-".repeat(68)}\n`);
      for (const [name, value, target, verdict] of rows) {
        process.stdout.write(`${name.padEnd(34)}${pad(value, 12)}${pad(target, 14)}${pad(verdict, 8)}\n`);
      }
      process.stdout.write(
        `\n(core run counted ${core.value.toLocaleString("en")} issues: the odd blank or unknown status, as in real data)\n`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  process.stdout.write(`total ${(total.ms / 1000).toFixed(1)} s\n`);
}

run().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
