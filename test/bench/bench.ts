/**
 * `npm run bench`: how fast consolidation and the core are. Prints figures and exits 1 when a goal is
 * missed. By default regions {22, 100} × month sheets {1, 12}, one run each (a few minutes on two cores);
 * `npm run bench -- --full` does the whole grid below, best of 3 (`--runs N` sets the number of runs).
 *
 * (a) Curves of the whole `tilannekuva consolidate` process over regions {22, 100, 300} × month sheets
 *     {1, 12, 24} of a synthetic 1,000-task roadmap, with peak RSS, each beside the floor of unzipping
 *     and scanning the same XML in the same run, and the reading half alone (see _lib/curves.ts). N
 *     files are N distinct regions of a programme of N units, given as the national workbook (--previous).
 * (b) The core alone: 22 regions × 1,000 tasks × 36 months of status grids through parseStatusTable and
 *     computeUnitReadiness.
 * (c) The single-file commands (`month`, `checklists`, `validate`) on one workbook of 5,000 tasks × 12
 *     month sheets, beside ExcelJS's load-and-save and the scan floor (see _lib/singleFile.ts).
 *     `--no-single` leaves them out, `--single-only` measures only them.
 */
import { cpus } from "node:os";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CellValue, Grid, RoadmapRow } from "../../core";
import { computeUnitReadiness, parseStatusTable, REGIONAL, reportingCalendar, statusOf } from "../../core";
import { addMonths } from "../../core/_lib/day";
import type { MonthTableColumn } from "../../core/sheets/monthLayout";
import { MONTH_TABLE_COLUMNS, monthColumnLabel } from "../../core/sheets/monthLayout";
import { runCurves } from "./_lib/curves";
import { runSingleFile } from "./_lib/singleFile";
import { random, syntheticRoadmap } from "./_lib/syntheticRoadmap";

const TASKS = 1000;
/** The single-file commands' workbook: the largest programme we know of, late in its reporting. */
const SINGLE_FILE_TASKS = 5000;
const SINGLE_FILE_SHEETS = 12;
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

/** (b) The task table of one month as a host hands it over (`range.values`): header and 1,000 rows. */
function statusGrid(roadmap: readonly RoadmapRow[], month: string, seed: number): Grid {
  const { asOf } = reportingCalendar(month);
  const next = random(seed);
  const date = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);
  const header = MONTH_TABLE_COLUMNS.map((column) => monthColumnLabel(column, "fi"));
  const rows: CellValue[][] = [header];
  for (const task of roadmap) {
    const status = typedStatus(task, asOf, next);
    // By column key, so the grid follows the month table's layout whatever order its columns take.
    const cells: Record<MonthTableColumn, CellValue> = {
      id: task.id,
      group: REGIONAL.groups[Number(task.group) - 1]?.name.fi ?? "",
      area: task.area,
      task: task.task,
      subtask: task.subtask,
      phase: task.phase,
      start: date(task.start),
      end: date(task.end),
      critical: task.critical ? "Kyllä" : "Ei",
      previous: status,
      status,
      comment: next() < 0.05 ? "Viivästyy, resurssit puuttuvat" : null,
      expected: null,
      owner: next() < 0.5 ? "Vastuuhenkilö" : null,
    };
    rows.push(MONTH_TABLE_COLUMNS.map((column) => cells[column]));
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
      const full = process.argv.includes("--full");
      // `--regions 300 --sheets 24` measures chosen points only.
      const listed = (flag: string) => {
        const at = process.argv.indexOf(flag);
        return at < 0 ? undefined : process.argv[at + 1]!.split(",").map(Number);
      };
      const write = (line: string) => process.stdout.write(line);
      // `--runs 3` takes the best of three at the chosen points too (--full does).
      const runs = listed("--runs")?.[0] ?? (full ? RUNS : 1);
      const only = process.argv.includes("--single-only");
      const curvesMet =
        only ||
        (await runCurves({
          dir,
          roadmap,
          month: MONTH,
          regions: listed("--regions") ?? (full ? [22, 100, 300] : [22, 100]),
          monthSheets: listed("--sheets") ?? (full ? [1, 12, 24] : [1, 12]),
          runs,
          typed: typedStatus,
          random,
          write,
        }));
      const singleMet =
        process.argv.includes("--no-single") ||
        (await runSingleFile({
          dir,
          roadmap: syntheticRoadmap(SINGLE_FILE_TASKS),
          sheets: SINGLE_FILE_SHEETS,
          month: MONTH,
          runs,
          typed: typedStatus,
          random,
          write,
        }));
      if (!curvesMet || !singleMet) process.exitCode = 1;

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

      const rows: [string, string, string, string][] = [
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
      // BENCH_KEEP=1 keeps the generated files, to profile a command on them.
      if (process.env["BENCH_KEEP"]) process.stdout.write(`files kept in ${dir}\n`);
      else await rm(dir, { recursive: true, force: true });
    }
  });
  process.stdout.write(`total ${(total.ms / 1000).toFixed(1)} s\n`);
}

run().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
