import { basename } from "node:path";
import { validateMonth } from "../../core/actions";
import type { Command } from "../Command";
import { parseCommandArgs, UsageError } from "../Command";
import { expandInputs } from "../inputFiles";
import { formatIssues, langOption, monthOption, openRegionFile } from "../io";

const USAGE = `Usage: tilannekuva validate --month YYYY-MM [--lang fi|sv|en] FILE.xlsx|FOLDER...

Checks each region workbook's month sheet the way consolidation reads it and lists every issue with its
sheet and cell. A folder stands for the .xlsx files in it. Exits 1 when any file has an error (or cannot be checked), 0 otherwise.`;

export const validateCommand: Command = {
  name: "validate",
  summary: "check month sheets and list issues by cell",
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { month: { type: "string" }, lang: { type: "string" } },
      true,
    );
    const month = monthOption(values.month);
    const lang = langOption(values.lang);
    if (positionals.length === 0) throw new UsageError("give at least one workbook");
    const files = await expandInputs(positionals);
    let failed = false;
    for (const path of files) {
      let output: string;
      try {
        const result = await validateMonth(await openRegionFile(path, lang), {
          month,
          ...(lang ? { lang } : {}),
        });
        failed ||= !result.ok || result.issues.some((i) => i.severity === "error");
        output = [result.message, formatIssues(result.issues, "  ")].filter(Boolean).join("\n");
      } catch (error) {
        failed = true;
        output = error instanceof Error ? error.message : String(error);
      }
      process.stdout.write(`${basename(path)}: ${output}\n`);
    }
    return failed ? 1 : 0;
  },
};
