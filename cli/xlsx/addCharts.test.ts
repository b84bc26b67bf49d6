import JSZip from "jszip";
import type { SheetSpec } from "../../core/sheets/SheetSpec";
import { ExcelJsWorkbook } from "./ExcelJsWorkbook";

const chartSheet = (name: string): SheetSpec => ({
  name,
  cells: [
    ["Alue", "Aloitettu", "Valmis"],
    ["Kainuu", 0.5, 0.25],
    ["Lappi", null, 1],
  ],
  charts: [
    {
      kind: "bar",
      title: "Valmius <alueittain> & muuta",
      dataRange: "A1:C3",
      anchor: "E2",
      width: 400,
      height: 200,
    },
    { kind: "line", title: "Kehitys", dataRange: "A1:C3", anchor: "E20" },
  ],
});

async function parts(
  workbook: ExcelJsWorkbook,
): Promise<{ zip: JSZip; text: (path: string) => Promise<string> }> {
  const zip = await JSZip.loadAsync(await workbook.toBuffer());
  return { zip, text: async (path) => (await zip.file(path)?.async("string")) ?? "" };
}

describe("charts in an .xlsx written by ExcelJS", () => {
  it("writes a drawing and one chart part per chart, linked from the sheet and typed in [Content_Types]", async () => {
    const workbook = new ExcelJsWorkbook();
    await workbook.writeSheets([{ name: "Ensin", cells: [["x"]] }, chartSheet("Kaavi'ot")]);
    const { zip, text } = await parts(workbook);
    expect(
      Object.keys(zip.files)
        .filter((f) => /^xl\/(charts|drawings)\//.test(f))
        .sort(),
    ).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    const sheet = await text("xl/worksheets/sheet2.xml");
    expect(sheet).toMatch(
      /<drawing r:id="rId\d+"\/><\/worksheet>$|<drawing r:id="rId\d+"\/><(tableParts|extLst)/,
    );
    expect(await text("xl/worksheets/sheet1.xml")).not.toContain("<drawing");
    expect(await text("xl/worksheets/_rels/sheet2.xml.rels")).toContain('Target="../drawings/drawing1.xml"');
    const types = await text("[Content_Types].xml");
    expect(types).toContain('PartName="/xl/charts/chart2.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    const drawing = await text("xl/drawings/drawing1.xml");
    expect(drawing).toContain("<xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>");
    expect(drawing).toContain(`cx="${400 * 9525}" cy="${200 * 9525}"`);
  });

  it("gives every chart its series by reference, with the title escaped and the sheet name quoted", async () => {
    const workbook = new ExcelJsWorkbook();
    await workbook.writeSheets([chartSheet("Kaavi'ot")]);
    const { text } = await parts(workbook);
    const bar = await text("xl/charts/chart1.xml");
    expect(bar).toContain('<c:barDir val="bar"/>');
    expect(bar).toContain("Valmius &lt;alueittain&gt; &amp; muuta");
    expect(bar.match(/<c:ser>/g)).toHaveLength(2);
    expect(bar).toContain("<c:f>'Kaavi''ot'!$B$1:$B$1</c:f>");
    expect(bar).toContain("<c:f>'Kaavi''ot'!$A$2:$A$3</c:f>");
    expect(bar).toContain("<c:f>'Kaavi''ot'!$C$2:$C$3</c:f>");
    // The empty cell has no cached point: a gap, not a zero.
    expect(bar).toContain('<c:ptCount val="2"/><c:pt idx="0"><c:v>0.5</c:v></c:pt></c:numCache>');
    expect(await text("xl/charts/chart2.xml")).toContain("<c:lineChart>");
  });

  it("drops the charts of a sheet rewritten without them, and still opens in ExcelJS", async () => {
    const workbook = new ExcelJsWorkbook();
    await workbook.writeSheets([chartSheet("Kaaviot")]);
    await workbook.writeSheets([{ name: "Kaaviot", cells: [["ei kaavioita"]] }]);
    const bytes = await workbook.toBuffer();
    const { zip } = await parts(workbook);
    expect(Object.keys(zip.files).some((f) => f.startsWith("xl/charts/"))).toBe(false);
    const reopened = await ExcelJsWorkbook.fromBuffer(bytes);
    expect(await reopened.sheetNames()).toEqual(["Kaaviot"]);
  });

  it("leaves a file without charts exactly as ExcelJS wrote it", async () => {
    const workbook = new ExcelJsWorkbook();
    await workbook.writeSheets([{ name: "A", cells: [["x"]] }]);
    const ours = await workbook.toBuffer();
    const plain = new Uint8Array((await workbook.excel.xlsx.writeBuffer()) as ArrayBuffer);
    expect(ours.length).toBe(plain.length);
  });
});
