import { createRegionWorkbook } from "../../core/actions";
import type { Command } from "../Command";
import { parseCommandArgs, requireOption, UsageError } from "../Command";
import { langOption, openWorkbook } from "../io";
import { guardOutputs } from "../outputGuard";
import { ExcelJsWorkbook } from "../xlsx/ExcelJsWorkbook";
import { writeWorkbookFile } from "../xlsx/files";

const USAGE = `Usage: tilannekuva region --template FILE.xlsx --region CODE --out FILE.xlsx [--lang fi|sv|en]

Makes a region's workbook from the template: the same sheets, with the region set.
  --region   the region's code (01–21, 90 in the default programme)`;

export const regionCommand: Command = {
  name: "region",
  summary: "create a region's workbook from the template",
  usage: USAGE,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      template: { type: "string" },
      region: { type: "string" },
      out: { type: "string" },
      lang: { type: "string" },
    });
    const templatePath = requireOption(values.template, "--template");
    // Codes are two digits; "5" is what people type for "05".
    const region = requireOption(values.region, "--region")
      .trim()
      .replace(/^\d$/, (digit) => `0${digit}`);
    const out = requireOption(values.out, "--out");
    const lang = langOption(values.lang);
    await guardOutputs([{ flag: "--out", path: out }], [templatePath]);
    const template = await openWorkbook(templatePath, lang);
    const target = new ExcelJsWorkbook();
    const result = await createRegionWorkbook(template, target, { region, ...(lang ? { lang } : {}) });
    // The only way this action fails is a region code the programme does not know: a bad argument.
    if (!result.ok) throw new UsageError(result.message);
    await writeWorkbookFile(target, out);
    process.stdout.write(`${result.message}\n${out}\n`);
    return 0;
  },
};
