import { parseRange, rangeAddress } from "../../../core/_lib/cells";
import { chartColour } from "../../../core/sheets/chartColours";
import type { ChartSpec, SheetSpec, SpecCell } from "../../../core/sheets/SheetSpec";
import { xmlText } from "./xmlText";

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const CAT_AXIS = 500100;
const VAL_AXIS = 500200;

/** `'Kaaviot'!$A$5:$A$27`: an absolute reference, the sheet name quoted as formulas need. */
function reference(sheet: string, row: number, column: number, rows: number): string {
  const [first, last = first] = rangeAddress(row, column, rows, 1).split(":");
  const abs = (a1: string) => a1.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `'${sheet.replace(/'/g, "''")}'!${abs(first!)}:${abs(last!)}`;
}

function textOf(cell: SpecCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object") return "date" in cell ? cell.date : "";
  return String(cell);
}

function strCache(values: readonly string[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numCache(values: readonly (SpecCell | undefined)[]): string {
  // A cell without a number has no point: the chart leaves a gap, as the sheet leaves the cell empty.
  const points = values
    .map((v, i) =>
      typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "",
    )
    .join("");
  return `<c:numCache><c:formatCode>0 %</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function series(spec: SheetSpec, chart: ChartSpec, index: number): string {
  const box = parseRange(chart.dataRange);
  const column = box.column + 1 + index;
  const first = box.row + 1;
  const n = box.rows - 1;
  const cell = (r: number, c: number) => spec.cells[r]?.[c];
  const colour = chartColour(index).slice(1);
  const line = chart.kind === "line";
  const look = line
    ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr>` +
      `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr></c:marker>`
    : `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
  const categories = Array.from({ length: n }, (_, i) => textOf(cell(first + i, box.column)));
  const values = Array.from({ length: n }, (_, i) => cell(first + i, column));
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${xmlText(reference(spec.name, box.row, column, 1))}</c:f>${strCache([textOf(cell(box.row, column))])}</c:strRef></c:tx>` +
    look +
    `<c:cat><c:strRef><c:f>${xmlText(reference(spec.name, first, box.column, n))}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlText(reference(spec.name, first, column, n))}</c:f>${numCache(values)}</c:numRef></c:val>` +
    (line ? '<c:smooth val="0"/>' : "") +
    `</c:ser>`
  );
}

function axes(kind: ChartSpec["kind"]): string {
  const bar = kind === "bar";
  // Horizontal bars list the first region at the top, as the table does.
  const catScaling = `<c:scaling><c:orientation val="${bar ? "maxMin" : "minMax"}"/></c:scaling>`;
  const valScaling = '<c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>';
  const text =
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="fi-FI"/></a:p></c:txPr>';
  return (
    `<c:catAx><c:axId val="${CAT_AXIS}"/>${catScaling}<c:delete val="0"/><c:axPos val="${bar ? "l" : "b"}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>' +
    `<c:tickLblPos val="nextTo"/>${text}<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="${VAL_AXIS}"/>${valScaling}<c:delete val="0"/><c:axPos val="${bar ? "b" : "l"}"/>` +
    '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' +
    '<c:numFmt formatCode="0 %" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>' +
    `<c:tickLblPos val="nextTo"/>${text}<c:crossAx val="${CAT_AXIS}"/><c:crosses val="${bar ? "max" : "autoZero"}"/>` +
    '<c:crossBetween val="between"/><c:majorUnit val="0.25"/></c:valAx>'
  );
}

/**
 * The DrawingML part (`xl/charts/chartN.xml`) of one chart of a sheet spec: its series read the
 * sheet's cells by reference, with the values cached so a viewer that does not recalculate still
 * draws them. Shares are plotted on a fixed 0–100 % axis, so two months' charts compare by eye.
 * @example chartXml(spec, spec.charts[0])
 */
export function chartXml(spec: SheetSpec, chart: ChartSpec): string {
  const box = parseRange(chart.dataRange);
  const all = Array.from({ length: box.columns - 1 }, (_, i) => series(spec, chart, i)).join("");
  const plot =
    chart.kind === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${all}<c:marker val="1"/>`
      : `<c:barChart><c:barDir val="${chart.kind === "bar" ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${all}<c:gapWidth val="60"/>`;
  const close = chart.kind === "line" ? "</c:lineChart>" : "</c:barChart>";
  const title =
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="fi-FI" sz="1400" b="1"/><a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title>';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `${plot}<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>${close}${axes(chart.kind)}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    `</c:chart></c:chartSpace>`
  );
}
