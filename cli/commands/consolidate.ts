import { writeFile } from "node:fs/promises";
import { actionMessage, consolidate, exportLongCsv } from "../../core/actions";
import { SummarySchema } from "../../core/consolidation/SummarySchema";
import { renderReport } from "../../core/report/renderReport";
import { collectGarbage } from "../collectGarbage";
import type { Command } from "../Command";
import { parseCommandArgs, requireOption, UsageError } from "../Command";
import { expandInputs } from "../inputFiles";
import { formatIssues, langOption, monthOption, openNationalWorkbook, progress, regionSource } from "../io";
import { guardOutputs } from "../outputGuard";
import { readRoadmapFile } from "../roadmapFile";
import { writeWorkbookFile } from "../xlsx/files";
import { SpecWorkbook } from "../xlsx/write/SpecWorkbook";

const USAGE = `Usage: tilannekuva consolidate --month YYYY-MM --out FILE.xlsx [--json FILE.json] [--report FILE.html]
                              [--csv FILE.csv] [--previous NATIONAL.xlsx] [--roadmap FILE.xlsx|FILE.csv]
                              [--strict] [--lang fi|sv|en] REGION_FILE|FOLDER...

Consolidates the regions' workbooks into the national workbook: Yhteenveto, Valmisteluryhmät, Myöhässä,
Riskit, Tarkistukset and Historia. A region is known by the code inside its file, never by the file name.
A bad file never stops the others: it is listed in Tarkistukset and the region counts as not reporting.
A folder stands for the .xlsx files in it (Excel's ~$ lock files and the output files are skipped).
No output may be an input or a region's workbook; --out may be the --previous workbook.
  --previous  last month's national workbook: its roadmap, settings and history carry forward
  --roadmap   without --previous, the roadmap every region is measured against (a template or a CSV);
              default the built-in one. A region's own copy never decides; one that differs is named
  --json      also write the summary JSON (reporting, national and group figures, regions, issues)
  --report    also write the HTML report (one self-contained file)
  --csv       also write the long-format CSV: one row per region × task × month, for every month
              the national workbook holds (this one and, with --previous, the earlier ones)
  --strict    exit 1 when any region has an error (default: exit 0 once the output is written)`;

export const consolidateCommand: Command = {
  name: "consolidate",
  summary: "consolidate region workbooks into the national picture",
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        month: { type: "string" },
        out: { type: "string" },
        json: { type: "string" },
        report: { type: "string" },
        csv: { type: "string" },
        previous: { type: "string" },
        roadmap: { type: "string" },
        strict: { type: "boolean" },
        lang: { type: "string" },
      },
      true,
    );
    const month = monthOption(values.month);
    const out = requireOption(values.out, "--out");
    const lang = langOption(values.lang);
    if (positionals.length === 0) throw new UsageError("give the region workbooks to consolidate");
    const outputs = [
      { flag: "--out", path: out, mayReplace: values.previous },
      ...(values.json ? [{ flag: "--json", path: values.json }] : []),
      ...(values.report ? [{ flag: "--report", path: values.report }] : []),
      ...(values.csv ? [{ flag: "--csv", path: values.csv }] : []),
    ];
    const files = await expandInputs(positionals, { outputs: outputs.map((o) => o.path) });
    await guardOutputs(outputs, [...files, ...(values.previous ? [values.previous] : [])]);
    const uiLang = lang ?? "fi";
    // A new national workbook is written straight from its sheet specs, and last month's is patched:
    // the sheets rewritten are put into its file by the same writer, its other parts copied as they
    // are. Neither loads ExcelJS (a fifth of a 22-region run, and most of its memory at 300).
    const national = values.previous
      ? await openNationalWorkbook(values.previous, uiLang)
      : new SpecWorkbook();
    const sources = files.map(regionSource);
    const roadmap = values.roadmap ? await readRoadmapFile(values.roadmap, { lang: uiLang }) : undefined;
    if (roadmap && !roadmap.ok) {
      process.stderr.write(`${values.roadmap}:\n${formatIssues(roadmap.issues, "  ")}\n`);
      return 1;
    }
    const result = await consolidate(national, sources, {
      month,
      ...(lang ? { lang } : {}),
      ...(roadmap
        ? { roadmap: roadmap.rows, ...(roadmap.version ? { roadmapVersion: roadmap.version } : {}) }
        : {}),
      onProgress: ({ done, total, label }) => {
        // Every region read: the readings are all that stays of them.
        if (done === total) collectGarbage();
        else progress(`${actionMessage("progressRegion", uiLang, { done: done + 1, total })} ${label}`);
      },
    });
    if (!result.ok || !result.summary || !result.picture) {
      process.stderr.write(`${result.message}\n`);
      return 1;
    }
    collectGarbage();
    await writeWorkbookFile(national, out);
    const written = [out];
    if (values.json) {
      const summary = SummarySchema.parse(result.summary);
      await writeFile(values.json, `${JSON.stringify(summary, null, 2)}\n`);
      written.push(values.json);
    }
    if (values.report) {
      await writeFile(values.report, renderReport(result.picture));
      written.push(values.report);
    }
    const messages = [result.message];
    if (values.csv) {
      const data = await exportLongCsv(national, { lang: uiLang });
      if (data.csv) {
        await writeFile(values.csv, data.csv);
        written.push(values.csv);
      }
      messages.push(data.message);
    }
    process.stdout.write(`${messages.join("\n")}\n${written.join("\n")}\n`);
    const anyError = result.summary.issues.some((i) => i.severity === "error");
    return values.strict && anyError ? 1 : 0;
  },
};
