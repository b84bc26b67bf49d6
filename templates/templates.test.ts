import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../core/i18n/lang";
import { readWorkbookFile } from "../cli/xlsx/files";
import { CONTENT_MODULE, renderContentModule } from "../scripts/buildContent";
import { buildTemplateWorkbook, TEMPLATE_DIR, TEMPLATE_FILES } from "../scripts/buildTemplates";

const STALE = "out of date with the code: run `npm run build:templates` and commit the result";

describe("templates/", () => {
  it(`has the default content module made from its CSVs (${STALE})`, () => {
    expect(readFileSync(CONTENT_MODULE, "utf8")).toBe(renderContentModule());
  });

  it.each(Object.entries(TEMPLATE_FILES) as [Lang, string][])(
    `holds the %s template as the code makes it (${STALE})`,
    async (lang, file) => {
      const shipped = await readWorkbookFile(join(TEMPLATE_DIR, file));
      const fresh = await buildTemplateWorkbook(lang);
      const names = await fresh.sheetNames();
      expect(await shipped.sheetNames()).toEqual(names);
      const [a, b] = await Promise.all([shipped.readSheets(names), fresh.readSheets(names)]);
      for (const name of names) {
        expect({ name, grid: a.get(name) }).toEqual({ name, grid: b.get(name) });
      }
    },
  );
});
