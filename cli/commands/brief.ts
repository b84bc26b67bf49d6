import { writeFile } from "node:fs/promises";
import { discussionBrief } from "../../core/actions";
import type { Command } from "../Command";
import { guardOutputs } from "../outputGuard";
import { parseCommandArgs, requireOption, UsageError } from "../Command";
import { langOption, monthOption, openWorkbook } from "../io";

const USAGE = `Usage: tilannekuva brief --month YYYY-MM [--region CODE] [--lang fi|sv|en] NATIONAL.xlsx --out FILE.html

Writes the discussion brief (Keskustelumuistio) of a consolidated month from the national workbook: one
printable A4 page per region with its figures beside the national ones and last month's, what moved, late
critical tasks, self-assessments against measured progress, risks, issues, open actions from earlier
discussions and questions to ask.
  --region  only that region's page (default: every region, a page each)`;

export const briefCommand: Command = {
  name: "brief",
  summary: "write the discussion brief: one A4 page per region",
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        month: { type: "string" },
        region: { type: "string" },
        out: { type: "string" },
        lang: { type: "string" },
      },
      true,
    );
    const month = monthOption(values.month);
    const out = requireOption(values.out, "--out");
    const lang = langOption(values.lang);
    if (positionals.length !== 1) throw new UsageError("give exactly one national workbook");
    const input = positionals[0]!;
    // Never over the national workbook or a region's, however the path is spelled (symlinks included).
    await guardOutputs([{ flag: "--out", path: out }], [input]);
    const national = await openWorkbook(input);
    const result = await discussionBrief(national, {
      month,
      ...(values.region ? { region: values.region } : {}),
      ...(lang ? { lang } : {}),
    });
    if (!result.ok || result.html === null) {
      process.stderr.write(`${result.message}\n`);
      return 1;
    }
    await writeFile(out, result.html);
    process.stdout.write(`${result.message}\n${out}\n`);
    return 0;
  },
};
