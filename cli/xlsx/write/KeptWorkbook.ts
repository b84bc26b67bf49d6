import { inflateRawSync } from "node:zlib";
import type { Grid } from "../../../core/_lib/cells";
import type { Workbook } from "../../../core/actions/Workbook";
import { checkSheetSpecs } from "../../../core/sheets/checkSheetSpecs";
import type { SheetSpec } from "../../../core/sheets/SheetSpec";
import { addChartParts, sheetParts } from "../_lib/addCharts";
import { inlineList } from "../_lib/applyValidations";
import type { ExcelJsWorkbook } from "../ExcelJsWorkbook";
import { definedNames } from "./writeXlsx";
import { ListsColumns, SharedStrings } from "./SheetParts";
import { specGrid } from "./SpecWorkbook";
import { StyleTable, stylesBase } from "./StyleTable";
import { unzipParts, partsPackage } from "./unzipParts";
import { worksheetXml } from "./worksheetXml";
import { zipParts } from "./zipParts";

/** A spec the own writer can put into ExcelJS's file: one whose drop-downs all fit inline. */
function ownable(spec: SheetSpec): boolean {
  return (spec.validations ?? []).every((v) => v.values.length === 0 || inlineList(v.values) !== null);
}

/**
 * An existing workbook opened with ExcelJS, which keeps all it holds, whose rewritten sheets are
 * written by the own writer: ExcelJS saves an empty sheet in each one's place (its tab position, name,
 * visibility), and the own writer's worksheet part replaces it in the file, its styles and strings
 * added after ExcelJS's. The command line's national workbook of the monthly run (--previous), where
 * ExcelJS rendering and saving the national sheets was most of the time of writing.
 * @example const national = new KeptWorkbook(await readWorkbookFile(path)); await national.toXlsx(new Date())
 */
export class KeptWorkbook implements Workbook {
  /** The specs written by the own writer, by name, in the order written. */
  private readonly written = new Map<string, SheetSpec>();

  constructor(private readonly inner: ExcelJsWorkbook) {}

  async sheetNames(): Promise<string[]> {
    return this.inner.sheetNames();
  }

  async readSheets(names: readonly string[]): Promise<Map<string, Grid>> {
    const grids = await this.inner.readSheets(names.filter((name) => !this.find(name)));
    for (const name of names) {
      const spec = this.find(name);
      if (spec) grids.set(name, specGrid(spec));
    }
    return new Map(names.filter((name) => grids.has(name)).map((name) => [name, grids.get(name)!]));
  }

  async writeSheets(specs: readonly SheetSpec[]): Promise<void> {
    checkSheetSpecs(specs);
    for (const spec of specs) {
      const old = this.find(spec.name);
      if (old) this.written.delete(old.name);
      if (ownable(spec)) this.written.set(spec.name, spec);
    }
    // ExcelJS keeps the tab order, the names and the replacing: a placeholder where the own writer writes.
    await this.inner.writeSheets(
      specs.map((spec) =>
        this.written.get(spec.name) === spec
          ? {
              name: spec.name,
              cells: [],
              ...(spec.hidden ? { hidden: true } : {}),
              ...(spec.active ? { active: true } : {}),
            }
          : spec,
      ),
    );
  }

  async closeSheets(names: readonly string[]): Promise<void> {
    // Closing changes a sheet as ExcelJS holds it: one the own writer would write is rendered now.
    const specs = names.flatMap((name) => this.find(name) ?? []);
    for (const spec of specs) this.written.delete(spec.name);
    if (specs.length) await this.inner.writeSheets(specs);
    await this.inner.closeSheets(names);
  }

  /** The workbook as the bytes of an .xlsx file, its parts dated `date`. */
  async toXlsx(date: Date): Promise<Buffer> {
    const parts = unzipParts(await this.inner.toBuffer({ compression: "STORE", charts: false }));
    const pkg = partsPackage(parts);
    const written = [...this.written.values()];
    const stylesXml = (await pkg.text("xl/styles.xml")) ?? "";
    const stringsXml = (await pkg.text("xl/sharedStrings.xml")) ?? "";
    const base = stylesBase(stylesXml);
    const strings = SharedStrings.countIn(stringsXml);
    const located = await sheetParts(pkg);
    if (!base || strings === null || written.some((spec) => !located.has(spec.name))) {
      // Not shaped as ExcelJS writes it: ExcelJS renders the sheets itself.
      await this.inner.writeSheets(written);
      this.written.clear();
      return this.toXlsx(date);
    }
    const tables = {
      styles: new StyleTable(base),
      strings: new SharedStrings(strings),
      lists: new ListsColumns(),
    };
    let hasFormulas = false;
    for (const spec of written) {
      const part = located.get(spec.name)!;
      const selected = ((await pkg.text(part)) ?? "").includes('tabSelected="1"');
      const sheet = worksheetXml(spec, tables, { selected });
      hasFormulas ||= sheet.hasFormulas;
      pkg.put(part, inflateRawSync(sheet.xml.data).toString("utf8"));
    }
    pkg.put("xl/styles.xml", tables.styles.mergeInto(stylesXml));
    pkg.put("xl/sharedStrings.xml", tables.strings.mergeInto(stringsXml));
    const names = [...located.keys()];
    pkg.put(
      "xl/workbook.xml",
      withNames((await pkg.text("xl/workbook.xml")) ?? "", written, names, hasFormulas),
    );
    await addChartParts(pkg, [...this.inner.chartSpecs(), ...written]);
    return zipParts(parts, date);
  }

  /** A spec written by the own writer under this name: Excel compares names case-insensitively. */
  private find(name: string): SheetSpec | undefined {
    const lower = name.toLocaleLowerCase();
    return (
      this.written.get(name) ?? [...this.written.values()].find((s) => s.name.toLocaleLowerCase() === lower)
    );
  }
}

/** The workbook part with the print names of the written sheets and, with formulas, recalculation on open. */
function withNames(
  xml: string,
  written: readonly SheetSpec[],
  names: readonly string[],
  formulas: boolean,
): string {
  const defined = definedNames(written, (spec) => names.indexOf(spec.name));
  let merged = xml;
  if (defined) {
    merged = merged.includes("</definedNames>")
      ? merged.replace("</definedNames>", `${defined}</definedNames>`)
      : merged.replace(/<calcPr\b|<\/workbook>/, (at) => `<definedNames>${defined}</definedNames>${at}`);
  }
  if (formulas && !/<calcPr\b[^>]*fullCalcOnLoad=/.test(merged))
    merged = merged.replace(/<calcPr\b/, '<calcPr fullCalcOnLoad="1"');
  return merged;
}
