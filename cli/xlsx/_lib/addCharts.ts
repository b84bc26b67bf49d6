import JSZip from "jszip";
import { parseRange } from "../../../core/_lib/cells";
import type { ChartSpec, SheetSpec } from "../../../core/sheets/SheetSpec";
import { chartXml } from "./chartXml";
import { xmlText, xmlUnescape } from "./xmlText";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
/** EMUs per pixel at 96 dpi. */
const EMU = 9525;

/** The parts of an .xlsx package, read and written as text: a zip in JSZip, or parts held in memory. */
export interface PackageParts {
  text(path: string): Promise<string | undefined>;
  put(path: string, text: string): void;
  paths(): string[];
}

/** The worksheet part of every sheet name, in tab order, from the workbook and its relationships. */
export async function sheetParts(zip: PackageParts): Promise<Map<string, string>> {
  const workbook = (await zip.text("xl/workbook.xml")) ?? "";
  const rels = (await zip.text("xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map<string, string>();
  for (const [, attrs = ""] of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = /\bId="([^"]*)"/.exec(attrs)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(attrs)?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const [, attrs = ""] of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    const id = /\br:id="([^"]*)"/.exec(attrs)?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) parts.set(xmlUnescape(name), part);
  }
  return parts;
}

/** The drawing part of a sheet: each chart anchored at its top-left cell, at its size. */
export function drawingXml(charts: readonly ChartSpec[]): string {
  const anchors = charts.map((chart, i) => {
    const { row, column } = parseRange(chart.anchor);
    const cx = Math.round((chart.width ?? 480) * EMU);
    const cy = Math.round((chart.height ?? 300) * EMU);
    return (
      `<xdr:oneCellAnchor><xdr:from><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
      `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="${cx}" cy="${cy}"/>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(`Chart ${i + 1}`)}" descr="${xmlText(chart.title)}"/>` +
      "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>" +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId${i + 1}"/>` +
      "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>"
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors.join("")}</xdr:wsDr>`
  );
}

/** A relationships part. */
export function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  const items = rels.map(
    (r) => `<Relationship Id="${r.id}" Type="${REL}/${r.type}" Target="${xmlText(r.target)}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${items.join("")}</Relationships>`;
}

/** Elements a worksheet may have after `<drawing>`, in schema order: the drawing goes before the first. */
const AFTER_DRAWING =
  /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;

function withDrawing(sheetXml: string, relId: string): string {
  const at = AFTER_DRAWING.exec(sheetXml)?.index ?? sheetXml.lastIndexOf("</worksheet>");
  const root = /<worksheet\b[^>]*>/.exec(sheetXml)?.[0] ?? "";
  const xml = root.includes("xmlns:r=")
    ? sheetXml
    : sheetXml.replace(root, root.replace(/>$/, ` xmlns:r="${REL}">`));
  const shift = xml.length - sheetXml.length;
  return `${xml.slice(0, at + shift)}<drawing r:id="${relId}"/>${xml.slice(at + shift)}`;
}

/**
 * Adds native charts to an .xlsx written by ExcelJS, which cannot write them: per sheet one drawing
 * part with the charts anchored at their cells, one chart part per chart, their relationships and
 * content types. Sheets are found by name, so the order ExcelJS numbered its parts in does not matter.
 * @example const bytes = await addCharts(await excel.xlsx.writeBuffer(), [summarySpec])
 */
export async function addCharts(
  xlsx: Uint8Array,
  specs: readonly SheetSpec[],
  compression: "DEFLATE" | "STORE" = "DEFLATE",
): Promise<Uint8Array> {
  if (!specs.some((s) => (s.charts?.length ?? 0) > 0)) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  await addChartParts(
    {
      text: async (path) => zip.file(path)?.async("string"),
      // Parts only, no folder entries: an .xlsx package has none, and strict readers reject them.
      put: (path, text) => zip.file(path, text, { createFolders: false }),
      paths: () => Object.keys(zip.files),
    },
    specs,
  );
  return zip.generateAsync({ type: "uint8array", compression });
}

/** `addCharts` on the parts of a package, wherever they are held. */
export async function addChartParts(zip: PackageParts, specs: readonly SheetSpec[]): Promise<void> {
  const withCharts = specs.filter((s) => (s.charts?.length ?? 0) > 0);
  if (withCharts.length === 0) return;
  const put = (path: string, text: string) => zip.put(path, text);
  const parts = await sheetParts(zip);
  const taken = (prefix: string) =>
    zip.paths().filter((f) => f.startsWith(prefix) && f.endsWith(".xml")).length;
  let drawingNo = taken("xl/drawings/drawing");
  let chartNo = taken("xl/charts/chart");
  const overrides: string[] = [];
  for (const spec of withCharts) {
    const part = parts.get(spec.name);
    const sheetXml = part ? await zip.text(part) : undefined;
    if (!part || sheetXml === undefined) continue;
    drawingNo++;
    const drawing = `xl/drawings/drawing${drawingNo}.xml`;
    const drawingRels: { id: string; type: string; target: string }[] = [];
    for (const [i, chart] of (spec.charts ?? []).entries()) {
      chartNo++;
      put(`xl/charts/chart${chartNo}.xml`, chartXml(spec, chart));
      overrides.push(`<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CHART_TYPE}"/>`);
      drawingRels.push({ id: `rId${i + 1}`, type: "chart", target: `../charts/chart${chartNo}.xml` });
    }
    put(drawing, drawingXml(spec.charts ?? []));
    put(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relsXml(drawingRels));
    overrides.push(`<Override PartName="/${drawing}" ContentType="${DRAWING_TYPE}"/>`);

    const dir = part.slice(0, part.lastIndexOf("/"));
    const relsPath = `${dir}/_rels/${part.slice(dir.length + 1)}.rels`;
    const existing =
      (await zip.text(relsPath)) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"></Relationships>`;
    const ids = new Set([...existing.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const relId = `rId${n}`;
    put(
      relsPath,
      existing.replace(
        "</Relationships>",
        `<Relationship Id="${relId}" Type="${REL}/drawing" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`,
      ),
    );
    put(part, withDrawing(sheetXml, relId));
  }
  const types = (await zip.text("[Content_Types].xml")) ?? "";
  put("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
}
