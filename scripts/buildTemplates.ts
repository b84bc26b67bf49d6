/**
 * `npm run build:templates`: regenerates templates/content/defaultContent.ts from the CSVs and the
 * template workbooks (fi, sv, en) from the code. templates/templates.test.ts fails when either is stale.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { setupTemplate } from "../core/actions";
import type { Lang } from "../core/i18n/lang";
import { ExcelJsWorkbook } from "../cli/xlsx/ExcelJsWorkbook";
import { writeWorkbookFile } from "../cli/xlsx/files";
import { CONTENT_MODULE, renderContentModule } from "./buildContent";

export const TEMPLATE_DIR = join(__dirname, "..", "templates");

/** The template files users download, by language. */
export const TEMPLATE_FILES: Record<Lang, string> = {
  fi: "tilannekuva-pohja.xlsx",
  sv: "tilannekuva-mall-sv.xlsx",
  en: "tilannekuva-template-en.xlsx",
};

/** The template workbook of a language, as the code makes it now. */
export async function buildTemplateWorkbook(lang: Lang): Promise<ExcelJsWorkbook> {
  const workbook = new ExcelJsWorkbook();
  // Fixed document dates keep the file stable between builds.
  workbook.excel.created = new Date(Date.UTC(2022, 0, 1));
  workbook.excel.modified = new Date(Date.UTC(2022, 0, 1));
  workbook.excel.creator = "Tilannekuva";
  await setupTemplate(workbook, { lang });
  return workbook;
}

async function main(): Promise<void> {
  writeFileSync(CONTENT_MODULE, renderContentModule());
  for (const [lang, file] of Object.entries(TEMPLATE_FILES) as [Lang, string][]) {
    const path = join(TEMPLATE_DIR, file);
    await writeWorkbookFile(await buildTemplateWorkbook(lang), path);
    process.stdout.write(`wrote ${path}\n`);
  }
}

if (require.main === module) void main();
