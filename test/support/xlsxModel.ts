import ExcelJS from "exceljs";
import JSZip from "jszip";

/** What tests compare of two .xlsx files, read back by ExcelJS (and JSZip for what ExcelJS does not read). */

export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(bytes as unknown as ArrayBuffer);
  return excel;
}

type Internals = {
  dataValidations: { model: Record<string, unknown> };
  conditionalFormattings: unknown[];
  sheetProtection: unknown;
};

/** What a user of the file gets from one sheet, as ExcelJS reads it back. */
export function sheetModel(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const style = cell.style;
      cells.push([
        cell.address,
        cell.type,
        cell.type === ExcelJS.ValueType.Merge ? cell.master.address : cell.value,
        style.numFmt,
        style.font,
        style.fill,
        style.alignment,
        style.border,
        style.protection,
      ]);
    }),
  );
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => rows.push([row.number, row.height, row.hidden]));
  const columns = Array.from({ length: ws.columnCount }, (_, c) => {
    const column = ws.getColumn(c + 1);
    return [c, column.width, column.hidden];
  });
  const view = ws.views?.[0];
  const { pageSetup } = ws;
  const internals = ws as unknown as Internals;
  return {
    name: ws.name,
    state: ws.state,
    cells,
    rows,
    columns,
    merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    view: {
      state: view?.state ?? "normal",
      xSplit: view && "xSplit" in view ? view.xSplit : undefined,
      ySplit: view && "ySplit" in view ? view.ySplit : undefined,
      selected: (view as { tabSelected?: boolean } | undefined)?.tabSelected ?? false,
    },
    validations: internals.dataValidations.model,
    conditionalFormats: internals.conditionalFormattings,
    protection: internals.sheetProtection,
    autoFilter: ws.autoFilter,
    tabColor: ws.properties.tabColor,
    print: ws.headerFooter?.oddFooter
      ? {
          paperSize: pageSetup.paperSize,
          orientation: pageSetup.orientation,
          fitToPage: pageSetup.fitToPage,
          fitToWidth: pageSetup.fitToWidth,
          fitToHeight: pageSetup.fitToHeight,
          printArea: pageSetup.printArea,
          printTitlesRow: pageSetup.printTitlesRow,
          footer: ws.headerFooter?.oddFooter,
        }
      : null,
  };
}

export async function charts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((f) => /^xl\/(charts|drawings)\/.*\.xml$/.test(f));
  return Promise.all(parts.sort().map(async (f) => `${f}\n${await zip.file(f)!.async("string")}`));
}

/** The page breaks of each worksheet part, which ExcelJS does not read back. */
export async function rowBreaks(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  const breaks = await Promise.all(
    parts.map(async (f) =>
      [...(await zip.file(f)!.async("string")).matchAll(/<brk id="(\d+)"/g)].map((m) => m[1]),
    ),
  );
  return breaks.map((ids) => ids.join(",")).sort();
}
