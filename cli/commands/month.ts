import { createMonthSheet } from "../../core/actions";
import type { Command } from "../Command";
import { parseCommandArgs, requireOption } from "../Command";
import { langOption, monthOption, openWorkbook } from "../io";
import { orderMonthTabs } from "../orderMonthTabs";
import { guardOutputs } from "../outputGuard";
import { writeWorkbookFile } from "../xlsx/files";

const USAGE = `Usage: tilannekuva month --workbook FILE.xlsx --month YYYY-MM [--out FILE.xlsx] [--lang fi|sv|en]

Creates the month sheet YYYY-MM in a region's workbook, carrying over every status, comment, owner and
expected date of the latest earlier month sheet. An existing month sheet is never changed.
Without --out the workbook is updated in place.`;

export const monthCommand: Command = {
  name: "month",
  summary: "create the month sheet in a region's workbook",
  usage: USAGE,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      workbook: { type: "string" },
      month: { type: "string" },
      out: { type: "string" },
      lang: { type: "string" },
    });
    const path = requireOption(values.workbook, "--workbook");
    const month = monthOption(values.month);
    const lang = langOption(values.lang);
    if (values.out) await guardOutputs([{ flag: "--out", path: values.out, mayReplace: path }], [path]);
    const workbook = await openWorkbook(path, lang);
    const result = await createMonthSheet(workbook, { month, ...(lang ? { lang } : {}) });
    if (!result.ok) {
      process.stderr.write(`${result.message}\n`);
      return 1;
    }
    // Month tabs in month order, also when a month is made late.
    if (result.sheets.length > 0) orderMonthTabs(workbook);
    const out = values.out ?? path;
    if (result.sheets.length > 0 || out !== path) await writeWorkbookFile(workbook, out);
    process.stdout.write(`${result.message}\n`);
    return 0;
  },
};
