import { basename } from "node:path";
import { builtinProgramme, updateRoadmap } from "../../core/actions";
import { describeRoadmapDiff } from "../../core/roadmap/describeRoadmapDiff";
import { diffRoadmaps } from "../../core/roadmap/diffRoadmaps";
import type { Command } from "../Command";
import { parseCommandArgs, requireOption, UsageError } from "../Command";
import { formatIssues, langOption, monthOption, openWorkbook } from "../io";
import type { RoadmapFile } from "../roadmapFile";
import { readRoadmapFile } from "../roadmapFile";
import { writeWorkbookFile } from "../xlsx/files";

const USAGE = `Usage: tilannekuva roadmap diff OLD NEW [--lang fi|sv|en] [--programme regional|national-actors]
       tilannekuva roadmap apply --roadmap NEW.xlsx|NEW.csv [--version V] [--month YYYY-MM] [--out FILE.xlsx]
                                 [--lang fi|sv|en] WORKBOOK.xlsx...

Roadmap revisions. OLD and NEW are roadmaps: a template, national or region workbook (its roadmap sheet)
or a CSV file with the roadmap's columns.
  diff          lists what NEW changes against OLD, for the letter to the regions: tasks added, retired,
                renamed, moved to another group, dates moved, critical flags changed
  apply         "Päivitä tiekartta": applies NEW to each workbook (region, national or template): the
                roadmap sheet is replaced, the settings show the new version, and a region's latest month
                sheet (or --month) gains the new tasks with a blank status, keeping every entry by id;
                earlier month sheets are never changed. Workbooks are updated in place unless --out.
  --version     the new version (default: the version in NEW's settings; required for a CSV)
  --programme   the programme whose groups a CSV roadmap uses (default regional)`;

async function roadmapOrExplain(path: string, lang: "fi" | "sv" | "en", programmeId?: string) {
  const file = await readRoadmapFile(path, { lang, ...(programmeId ? { programmeId } : {}) });
  if (!file.ok) {
    process.stderr.write(`${path}:\n${formatIssues(file.issues, "  ") || "  (no roadmap)"}\n`);
    return null;
  }
  return file;
}

function programmeOption(value: string | undefined): string | undefined {
  if (value !== undefined && !["regional", "national-actors"].includes(value))
    throw new UsageError(`unknown programme "${value}"`);
  return value;
}

async function diff(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { lang: { type: "string" }, programme: { type: "string" } },
    true,
  );
  if (positionals.length !== 2) throw new UsageError("give two roadmaps: OLD NEW");
  const lang = langOption(values.lang) ?? "fi";
  const programmeId = programmeOption(values.programme);
  const [oldPath, newPath] = positionals as [string, string];
  const before = await roadmapOrExplain(oldPath, lang, programmeId);
  const after = await roadmapOrExplain(newPath, lang, programmeId);
  if (!before || !after) return 1;
  const lines = describeRoadmapDiff(diffRoadmaps(before.rows, after.rows), {
    lang,
    groups: builtinProgramme(programmeId).groups,
    from: before.label,
    to: after.label === before.label ? basename(newPath) : after.label,
  });
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

async function apply(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      roadmap: { type: "string" },
      version: { type: "string" },
      month: { type: "string" },
      out: { type: "string" },
      lang: { type: "string" },
      programme: { type: "string" },
    },
    true,
  );
  const path = requireOption(values.roadmap, "--roadmap");
  const lang = langOption(values.lang);
  const month = values.month === undefined ? undefined : monthOption(values.month);
  if (positionals.length === 0) throw new UsageError("give the workbooks to update");
  if (values.out && positionals.length > 1) throw new UsageError("--out takes one workbook");
  const revision: RoadmapFile | null = await roadmapOrExplain(
    path,
    lang ?? "fi",
    programmeOption(values.programme),
  );
  if (!revision) return 1;
  const version = values.version ?? revision.version;
  if (!version) throw new UsageError("give --version for a CSV roadmap");
  let failed = 0;
  for (const target of positionals) {
    try {
      const workbook = await openWorkbook(target);
      const result = await updateRoadmap(workbook, {
        roadmap: revision.rows,
        version,
        ...(month ? { month } : {}),
        ...(lang ? { lang } : {}),
      });
      if (!result.ok) {
        failed++;
        process.stderr.write(`${target}: ${result.message}\n`);
        continue;
      }
      const out = values.out ?? target;
      await writeWorkbookFile(workbook, out);
      process.stdout.write(`${out}: ${result.message}\n`);
    } catch (error) {
      failed++;
      process.stderr.write(`${target}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

export const roadmapCommand: Command = {
  name: "roadmap",
  summary: "roadmap revisions: diff two versions, apply one to workbooks",
  usage: USAGE,
  async run(argv) {
    const [sub, ...rest] = argv;
    if (sub === "diff") return diff(rest);
    if (sub === "apply") return apply(rest);
    throw new UsageError(
      sub ? `unknown subcommand "${sub}" (diff or apply)` : "give a subcommand: diff or apply",
    );
  },
};
