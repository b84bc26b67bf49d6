import { generateChecklists } from "../../core/actions";
import type { Command } from "../Command";
import { parseCommandArgs, requireOption } from "../Command";
import { langOption, openWorkbook } from "../io";
import { guardOutputs } from "../outputGuard";
import { writeWorkbookFile } from "../xlsx/files";

const USAGE = `Usage: tilannekuva checklists --workbook FILE.xlsx [--out FILE.xlsx] [--lang fi|sv|en]

Writes the 100+100 checklist tabs (the last 100 days before the target date and the first 100 after),
keeping ticks, owners and notes already on them. Without --out the workbook is updated in place.`;

export const checklistsCommand: Command = {
  name: "checklists",
  summary: "write the 100+100 checklist tabs",
  usage: USAGE,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      workbook: { type: "string" },
      out: { type: "string" },
      lang: { type: "string" },
    });
    const path = requireOption(values.workbook, "--workbook");
    const lang = langOption(values.lang);
    if (values.out) await guardOutputs([{ flag: "--out", path: values.out, mayReplace: path }], [path]);
    const workbook = await openWorkbook(path, lang);
    const result = await generateChecklists(workbook, lang ? { lang } : {});
    await writeWorkbookFile(workbook, values.out ?? path);
    process.stdout.write(`${result.message}\n`);
    return 0;
  },
};
