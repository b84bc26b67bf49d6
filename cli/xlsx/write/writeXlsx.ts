import { readFile } from "node:fs/promises";
import type { SheetSpec } from "../../../core/sheets/SheetSpec";
import { drawingXml, relsXml } from "../_lib/addCharts";
import { chartXml } from "../_lib/chartXml";
import { xmlText } from "../_lib/xmlText";
import { ListsColumns, SharedStrings } from "./SheetParts";
import { StyleTable } from "./StyleTable";
import { worksheetXml } from "./worksheetXml";
import type { ZipPart } from "./zipParts";
import { zipParts } from "./zipParts";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const OFFICE_TYPE = "application/vnd.openxmlformats-officedocument";

/** `'Sheet''s name'`: a sheet name quoted as a formula or defined name needs it. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The print titles and print area of each sheet that has them, as Excel's built-in defined names
 * (without the `<definedNames>` around them); `indexOf` gives a sheet's position among all the tabs.
 */
export function definedNames(
  specs: readonly SheetSpec[],
  indexOf: (spec: SheetSpec, i: number) => number = (_, i) => i,
): string {
  const names: string[] = [];
  specs.forEach((spec, i) => {
    const print = spec.print;
    const index = indexOf(spec, i);
    if (print?.area) {
      const area = print.area.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      names.push(
        `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${xmlText(`${quoted(spec.name)}!${area}`)}</definedName>`,
      );
    }
    if (print?.repeatRows) {
      const rows = `$${print.repeatRows.from}:$${print.repeatRows.to}`;
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${xmlText(`${quoted(spec.name)}!${rows}`)}</definedName>`,
      );
    }
  });
  return names.join("");
}

function workbookXml(specs: readonly SheetSpec[], activeTab: number, hasFormulas: boolean): string {
  const names = definedNames(specs);
  const sheets = specs.map(
    (spec, i) =>
      `<sheet name="${xmlText(spec.name)}" sheetId="${i + 1}"${spec.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`,
  );
  // Formulas are written without cached results; fullCalcOnLoad makes Excel and LibreOffice compute them.
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    (activeTab >= 0
      ? `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000" activeTab="${activeTab}"/></bookViews>`
      : "") +
    `<sheets>${sheets.join("")}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : "") +
    `<calcPr calcId="171027"${hasFormulas ? ' fullCalcOnLoad="1"' : ""}/></workbook>`
  );
}

function contentTypesXml(sheets: number, drawings: number, charts: number): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  const parts = [
    override("/xl/workbook.xml", `${OFFICE_TYPE}.spreadsheetml.sheet.main+xml`),
    ...Array.from({ length: sheets }, (_, i) =>
      override(`/xl/worksheets/sheet${i + 1}.xml`, `${OFFICE_TYPE}.spreadsheetml.worksheet+xml`),
    ),
    override("/xl/theme/theme1.xml", `${OFFICE_TYPE}.theme+xml`),
    override("/xl/styles.xml", `${OFFICE_TYPE}.spreadsheetml.styles+xml`),
    override("/xl/sharedStrings.xml", `${OFFICE_TYPE}.spreadsheetml.sharedStrings+xml`),
    ...Array.from({ length: drawings }, (_, i) =>
      override(`/xl/drawings/drawing${i + 1}.xml`, `${OFFICE_TYPE}.drawing+xml`),
    ),
    ...Array.from({ length: charts }, (_, i) =>
      override(`/xl/charts/chart${i + 1}.xml`, `${OFFICE_TYPE}.drawingml.chart+xml`),
    ),
    override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    override("/docProps/app.xml", `${OFFICE_TYPE}.extended-properties+xml`),
  ];
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    `<Default Extension="xml" ContentType="application/xml"/>${parts.join("")}</Types>`
  );
}

function docProps(specs: readonly SheetSpec[], date: Date): ZipPart[] {
  const stamp = `${date.toISOString().slice(0, 19)}Z`;
  const names = specs.map((s) => `<vt:lpstr>${xmlText(s.name)}</vt:lpstr>`).join("");
  return [
    {
      path: "docProps/app.xml",
      data:
        `${XML_HEAD}<Properties xmlns="${REL.replace("relationships", "extended-properties")}" ` +
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>' +
        `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${specs.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
        `<TitlesOfParts><vt:vector size="${specs.length}" baseType="lpstr">${names}</vt:vector></TitlesOfParts></Properties>`,
    },
    {
      path: "docProps/core.xml",
      data:
        `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>tilannekuva</dc:creator>' +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`,
    },
  ];
}

/**
 * An .xlsx file of sheet specs, written straight to SpreadsheetML without ExcelJS: the same cells,
 * formats, rules, drop-downs, protection, print setup, charts and hidden sheets that `renderSheet`
 * and `addCharts` give a new ExcelJS workbook, in a fifth of the time or less. Long drop-down lists go
 * to the hidden `_lists` sheet, last. The workbook opens on the last spec marked `active`, else on the
 * first. Checked against ExcelJS's file by reading both back (writeXlsx.test.ts) and in LibreOffice
 * (test/e2e/writeXlsx.e2e.test.ts); not opened in Excel itself here, which is why it follows the
 * schema's element order (ECMA-376 Part 1, §18.3.1.99 and §18.8.39) and writes what ExcelJS writes.
 * @example await writeFile(path, await writeXlsx(nationalSheets(picture), new Date()));
 */
export async function writeXlsx(specs: readonly SheetSpec[], date: Date): Promise<Buffer> {
  // Excel's default theme (Office, Calibri), the part ExcelJS writes into every workbook: read as a file,
  // so writing loads no module of ExcelJS.
  const themeXml = await readFile(require.resolve("exceljs/lib/xlsx/xml/theme1.xml"), "utf8");
  const tables = { styles: new StyleTable(), strings: new SharedStrings(), lists: new ListsColumns() };
  // No spec active: no tab is marked, and Excel opens on the first, as with ExcelJS.
  let activeTab = -1;
  specs.forEach((spec, i) => (activeTab = spec.active ? i : activeTab));
  const worksheets: ZipPart[] = [];
  const extra: ZipPart[] = [];
  let hasFormulas = false;
  let drawings = 0;
  let charts = 0;
  const write = (spec: SheetSpec, index: number) => {
    let drawing: string | undefined;
    if (spec.charts?.length) {
      drawings++;
      const chartRels = spec.charts.map((chart, i) => {
        charts++;
        extra.push({ path: `xl/charts/chart${charts}.xml`, data: chartXml(spec, chart) });
        return { id: `rId${i + 1}`, type: "chart", target: `../charts/chart${charts}.xml` };
      });
      extra.push(
        { path: `xl/drawings/drawing${drawings}.xml`, data: drawingXml(spec.charts) },
        { path: `xl/drawings/_rels/drawing${drawings}.xml.rels`, data: relsXml(chartRels) },
        {
          path: `xl/worksheets/_rels/sheet${index + 1}.xml.rels`,
          data: relsXml([{ id: "rId1", type: "drawing", target: `../drawings/drawing${drawings}.xml` }]),
        },
      );
      drawing = "rId1";
    }
    const sheet = worksheetXml(spec, tables, {
      selected: index === activeTab,
      ...(drawing ? { drawing } : {}),
    });
    hasFormulas ||= sheet.hasFormulas;
    worksheets.push({ path: `xl/worksheets/sheet${index + 1}.xml`, data: sheet.xml });
  };
  specs.forEach(write);
  // Written after the others: only then are all the long lists known.
  const lists = tables.lists.spec();
  const all = lists ? [...specs, lists] : specs;
  if (lists) write(lists, specs.length);

  const workbookRels = [
    ...all.map((_, i) => ({ id: `rId${i + 1}`, type: "worksheet", target: `worksheets/sheet${i + 1}.xml` })),
    { id: `rId${all.length + 1}`, type: "styles", target: "styles.xml" },
    { id: `rId${all.length + 2}`, type: "theme", target: "theme/theme1.xml" },
    { id: `rId${all.length + 3}`, type: "sharedStrings", target: "sharedStrings.xml" },
  ];
  const packageRels =
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  return zipParts(
    [
      { path: "[Content_Types].xml", data: contentTypesXml(all.length, drawings, charts) },
      { path: "_rels/.rels", data: packageRels },
      ...docProps(all, date),
      { path: "xl/workbook.xml", data: workbookXml(all, activeTab, hasFormulas) },
      { path: "xl/_rels/workbook.xml.rels", data: relsXml(workbookRels) },
      ...worksheets,
      ...extra,
      { path: "xl/theme/theme1.xml", data: themeXml },
      { path: "xl/styles.xml", data: tables.styles.xml() },
      { path: "xl/sharedStrings.xml", data: tables.strings.xml() },
    ],
    date,
  );
}
