import { readFile } from "node:fs/promises";
import { parseCsv } from "../../core/_lib/csv";
import type { Grid } from "../../core/_lib/cells";
import { builtinProgramme, setupTemplate } from "../../core/actions";
import { parseRoadmap } from "../../core/roadmap/parseRoadmap";
import { findSheet } from "../../core/sheets/labels";
import type { Command } from "../Command";
import { parseCommandArgs, requireOption, UsageError } from "../Command";
import { formatIssues, isCsv, langOption, openWorkbook } from "../io";
import { guardOutputs } from "../outputGuard";
import { ExcelJsWorkbook } from "../xlsx/ExcelJsWorkbook";
import { writeWorkbookFile } from "../xlsx/files";

const USAGE = `Usage: tilannekuva template --out FILE.xlsx [--roadmap FILE.xlsx|FILE.csv] [--programme regional|national-actors] [--lang fi|sv|en]

Writes the template workbook: instructions, the roadmap, settings and the lists behind drop-downs.
  --roadmap     a roadmap to use instead of the built-in example (e.g. the official one); headers in
                Finnish, Swedish or English, in any order
  --programme   regional (default) or national-actors
  --lang        language of the sheets (default fi)`;

async function roadmapGrid(path: string): Promise<{ grid: Grid; sheet: string }> {
  if (isCsv(path)) return { grid: parseCsv(await readFile(path, "utf8")), sheet: path };
  const workbook = await openWorkbook(path);
  const names = await workbook.sheetNames();
  const sheet = findSheet(names, "roadmap") ?? names[0];
  if (!sheet) throw new Error(`${path} has no sheets`);
  return { grid: (await workbook.readSheets([sheet])).get(sheet) ?? [], sheet };
}

export const templateCommand: Command = {
  name: "template",
  summary: "write the template workbook",
  usage: USAGE,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      out: { type: "string" },
      roadmap: { type: "string" },
      programme: { type: "string" },
      lang: { type: "string" },
    });
    const out = requireOption(values.out, "--out");
    const lang = langOption(values.lang) ?? "fi";
    const programmeId = values.programme ?? "regional";
    if (!["regional", "national-actors"].includes(programmeId))
      throw new UsageError(`unknown programme "${programmeId}"`);
    await guardOutputs([{ flag: "--out", path: out }], values.roadmap ? [values.roadmap] : []);
    let roadmap;
    if (values.roadmap) {
      const { grid, sheet } = await roadmapGrid(values.roadmap);
      const parsed = parseRoadmap(grid, { groups: builtinProgramme(programmeId).groups, sheet, lang });
      if (!parsed.ok) {
        process.stderr.write(`${formatIssues(parsed.issues)}\n`);
        return 1;
      }
      roadmap = parsed.value;
    }
    const workbook = new ExcelJsWorkbook();
    const result = await setupTemplate(workbook, { programmeId, lang, ...(roadmap ? { roadmap } : {}) });
    await writeWorkbookFile(workbook, out);
    process.stdout.write(`${result.message}\n${out}\n`);
    return 0;
  },
};
