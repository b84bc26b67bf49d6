import { scanSheet } from "./scanSheet";

const context = {
  sheet: "2022-09",
  sharedStrings: ["Tunnus", "Valmis", "Tehtävä <&>"],
  dateStyles: [false, true],
  date1904: false,
};

async function* chunked(xml: Uint8Array, sizes: readonly number[]) {
  let at = 0;
  for (let i = 0; at < xml.length; i++) {
    const size = sizes[i % sizes.length]!;
    yield xml.subarray(at, at + size);
    at += size;
  }
}

/** The XML as the reader gets it: its UTF-8 bytes. */
const bytes = (xml: string) => new TextEncoder().encode(xml);

/** Sheet XML in the forms software writes it: prefixes, either quote, entities, CDATA, comments. */
const SHEET = bytes(
  [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>`,
    `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>44834</x:v></x:c></x:row>`,
    `<row r='2'><c r='A2' t='s' s='0'><v>2</v></c><c r="B2" t = "inlineStr"><is><r><t>rich </t></r>`,
    `<r><t xml:space="preserve">&lt;text&gt;</t></r><rPh sb="0" eb="1"><t>phonetic</t></rPh></is></c>`,
    `<c r="C2" t="str"><f>A1&amp;""</f><v><![CDATA[a<b]]></v></c><!-- a comment <c r="D2"> -->`,
    `<c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c><c r="F2" s="0"/><c r="G2"><v>0.25</v></c></row>`,
    `<row><c t="s"><v>1</v></c><c><v>7</v></c><c r="&#x45;3"><v>8</v></c></row>`,
    `<row r="5"><c r="A5" t="s"><v>1</v></c><c r="B5" t="s"><v>1</v></c><c r="C5" t="s"><v>2</v></c>`,
    `<c r="D5" t="inlineStr"><is><t>Myöhässä € 𝄞 &#228;<![CDATA[ & ö]]></t></is></c></row>`,
    `</x:sheetData><mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells>`,
    `<headerFooter><oddFooter>&amp;LItä-Uudenmaan hyvinvointialue</oddFooter></headerFooter></x:worksheet>`,
  ].join(""),
);

describe("scanSheet", () => {
  it("reads cells in every form software writes them, other than ASCII as UTF-8", async () => {
    expect(await scanSheet(chunked(SHEET, [SHEET.length]), context)).toEqual([
      ["Tunnus", new Date(Date.UTC(2022, 8, 30)), null, null, null, null, null],
      ["Tehtävä <&>", "rich <text>", "a<b", true, "#N/A", null, 0.25],
      ["Valmis", 7, null, null, 8, null, null],
      [null, null, null, null, null, null, null],
      ["Valmis", null, "Tehtävä <&>", "Myöhässä € 𝄞 ä & ö", null, null, null],
    ]);
  });

  it("gives the cells of one day one Date, and a Date of their own to other sheets", async () => {
    const xml = bytes(
      `<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>44834</v></c><c r="B1" s="1"><v>44834</v></c>` +
        `<c r="C1" s="1"><v>44835</v></c></row></sheetData></worksheet>`,
    );
    const [row] = await scanSheet(chunked(xml, [xml.length]), context);
    expect(row).toEqual([
      new Date(Date.UTC(2022, 8, 30)),
      new Date(Date.UTC(2022, 8, 30)),
      new Date(Date.UTC(2022, 9, 1)),
    ]);
    expect(row![0]).toBe(row![1]);
    const [other] = await scanSheet(chunked(xml, [xml.length]), context);
    expect(other![0]).not.toBe(row![0]);
  });

  it.each([[[1]], [[2, 3, 5]], [[7, 1, 13]], [[64]]])(
    "reads the same grid whatever chunks the XML arrives in: %p",
    async (sizes) => {
      const whole = await scanSheet(chunked(SHEET, [SHEET.length]), context);
      expect(await scanSheet(chunked(SHEET, sizes), context)).toEqual(whole);
    },
  );
});
