/**
 * The single-file commands on one large region workbook (5,000 tasks × 12 month sheets by default), each a
 * whole process beside its floor measured in the same run: `month` and `checklists` beside ExcelJS
 * loading and saving the same file (goal 1.2×), `validate` beside unzipping and scanning the XML it
 * needs (goal 2×).
 */
import { existsSync } from "node:fs";
import { copyFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { RoadmapRow } from "../../../core";
import { addMonths } from "../../../core/_lib/day";
import { buildScripts, measureEach, regionFile } from "./curves";
import type { CurveOptions, Measure } from "./curves";

export interface SingleFileOptions extends Pick<
  CurveOptions,
  "dir" | "month" | "typed" | "random" | "write"
> {
  roadmap: RoadmapRow[];
  sheets: number;
  runs: number;
}

/** Prints the table; returns false when a goal is missed. */
export async function runSingleFile(options: SingleFileOptions): Promise<boolean> {
  const { dir, month, write, runs } = options;
  const floorScript = await buildScripts(dir);
  const source = await regionFile(options, options.sheets);
  // Each command writes its own copy, so every run starts from the same file.
  const input = join(dir, "yksi.xlsx");
  const fresh = () => copyFile(source, input);
  const out = (name: string) => join(dir, `${name}-out.xlsx`);
  // Each run from the same file and without the output a run before it wrote: the command line never
  // writes over a region's workbook, and a refused run (a fraction of a second) must not pass for the
  // best. A run that writes must leave its output. A command and its floor run in turns, as the curves
  // do: run after the others, `validate` met the machine still freeing the 1 GB processes of `month`
  // and `checklists`.
  const fromSameFile = async (args: string[], run: () => Promise<Measure>): Promise<Measure> => {
    const output = args.includes("--out") ? args[args.indexOf("--out") + 1] : undefined;
    await fresh();
    if (output) await rm(output, { force: true });
    const measured = await run();
    if (output && !existsSync(output)) throw new Error(`${args.join(" ")} wrote no ${output}`);
    return measured;
  };
  const cli = (...args: string[]) => ["cli/bin/tilannekuva.cjs", ...args];
  const [loadSave, monthRun, checklists] = (await measureEach(
    runs,
    [
      [join(__dirname, "loadSaveFloor.cjs"), input, "--out", out("floor")],
      cli("month", "--workbook", input, "--month", addMonths(month, 1), "--out", out("month")),
      cli("checklists", "--workbook", input, "--out", out("checklists")),
    ],
    "month",
    fromSameFile,
  )) as [Measure, Measure, Measure];
  const [scan, validate] = (await measureEach(
    runs,
    [[floorScript, month, input], cli("validate", "--month", month, input)],
    "validate",
    fromSameFile,
  )) as [Measure, Measure];
  const rows: [string, Measure, Measure, number][] = [
    ["month", monthRun, loadSave, 1.2],
    ["checklists", checklists, loadSave, 1.2],
    ["validate", validate, scan, 2],
  ];
  const cells = (...texts: string[]) =>
    texts.map((t, n) => (n === 0 ? t.padEnd(12) : t.padStart(11))).join("");
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  write(
    `\nOne region workbook, ${options.roadmap.length.toLocaleString("en")} tasks × ${options.sheets} month sheets\n`,
  );
  write(
    `${cells("command", "CPU", "wall", "peak RSS", "floor", "floor CPU", "floor RSS", "CPU ratio")}  goal\n`,
  );
  write(`${"-".repeat(96)}\n`);
  let met = true;
  for (const [name, command, floor, goal] of rows) {
    const ratio = command.cpuMs / floor.cpuMs;
    met &&= ratio <= goal;
    write(
      `${cells(name, seconds(command.cpuMs), seconds(command.ms), `${command.peakRssMb} MB`, floor === scan ? "scan" : "load+save", seconds(floor.cpuMs), `${floor.peakRssMb} MB`, ratio.toFixed(2))}  ${ratio <= goal ? "ok" : "MISSED"} (≤ ${goal}×)\n`,
    );
  }
  write(
    `(floors: "load+save" is ExcelJS loading the file and saving it again; "scan" unzips and scans the XML validate reads)\n`,
  );
  return met;
}
