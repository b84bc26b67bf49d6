/**
 * `npm run build:templates`: regenerates templates/content/defaultContent.ts from the CSVs and the
 * template workbooks (fi, sv, en) from the code. templates/templates.test.ts fails when either is stale.
 */
import { writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setupTemplate } from "../core/actions";
import type { Lang } from "../core/i18n/lang";
import { ExcelJsWorkbook } from "../cli/xlsx/ExcelJsWorkbook";
import { withFixedZipDates } from "../cli/xlsx/withFixedZipDates";
import { CONTENT_MODULE, renderContentModule } from "./buildContent";

export const TEMPLATE_DIR = join(__dirname, "..", "templates");

/** The template files users download, by language. */
export const TEMPLATE_FILES: Record<Lang, string> = {
  fi: "tilannekuva-pohja.xlsx",
  sv: "tilannekuva-mall-sv.xlsx",
  en: "tilannekuva-template-en.xlsx",
};

/** The date stamped on generated files (docProps and zip entries), so a rebuild gives the same bytes. */
export const BUILD_DATE = new Date(Date.UTC(2022, 0, 1));

/** The template workbook of a language, as the code makes it now. */
export async function buildTemplateWorkbook(lang: Lang): Promise<ExcelJsWorkbook> {
  const workbook = new ExcelJsWorkbook();
  workbook.excel.created = BUILD_DATE;
  workbook.excel.modified = BUILD_DATE;
  workbook.excel.creator = "Tilannekuva";
  workbook.excel.lastModifiedBy = "Tilannekuva";
  await setupTemplate(workbook, { lang });
  return workbook;
}

/** The bytes of a template file: the same on every build of the same code, on every machine. */
export async function buildTemplateFile(lang: Lang): Promise<Uint8Array> {
  return withFixedZipDates(await (await buildTemplateWorkbook(lang)).toBuffer(), BUILD_DATE);
}

async function main(): Promise<void> {
  writeFileSync(CONTENT_MODULE, renderContentModule());
  for (const [lang, file] of Object.entries(TEMPLATE_FILES) as [Lang, string][]) {
    const path = join(TEMPLATE_DIR, file);
    await writeFile(path, await buildTemplateFile(lang));
    process.stdout.write(`wrote ${path}\n`);
  }
}

if (require.main === module) void main();
