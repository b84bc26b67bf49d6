import { readSharedStrings } from "./readParts";

async function* chunked(xml: Uint8Array, size: number) {
  for (let at = 0; at < xml.length; at += size) yield xml.subarray(at, at + size);
}

/** Shared strings as software writes them: entities, characters of two to four bytes, CDATA, phonetics. */
const XML = new TextEncoder().encode(
  [
    `\ufeff<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`,
    `<si><t>Myöhässä € 𝄞 &amp; &#228;&#x1D11E;</t></si><si/>`,
    `<si><r><t xml:space="preserve">rich </t></r><r><t><![CDATA[a<b & ö]]></t></r><rPh><t>phon</t></rPh></si>`,
    `<x:si><x:t>ÅÄÖ_x000D_&lt;</x:t></x:si></sst>`,
  ].join(""),
);

describe("readSharedStrings", () => {
  it("reads each string whole, entities and characters decoded, phonetic text left out", async () => {
    expect(await readSharedStrings(chunked(XML, XML.length))).toEqual([
      "Myöhässä € 𝄞 & ä𝄞",
      "",
      "rich a<b & ö",
      "ÅÄÖ\r<",
    ]);
  });

  it.each([1, 2, 3, 5, 7, 64])(
    "reads the same strings when the bytes arrive in chunks of %p, cut inside characters and entities",
    async (size) => {
      expect(await readSharedStrings(chunked(XML, size))).toEqual(
        await readSharedStrings(chunked(XML, XML.length)),
      );
    },
  );
});
