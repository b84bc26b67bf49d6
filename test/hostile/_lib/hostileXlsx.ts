import JSZip from "jszip";

/** The zip path of a sheet, found as a spreadsheet program finds it: workbook.xml, then its relationships. */
async function sheetPath(zip: JSZip, sheet: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`name="${sheet}"`));
  const id = tag && /r:id="([^"]+)"/.exec(tag)?.[1];
  const target = id && new RegExp(`<Relationship[^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!target) throw new Error(`no sheet ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/**
 * An .xlsx file changed at the XML level, the way another program (or an attacker) could write it:
 * `edit` gets the XML of a part and returns the new XML. Deflated, so a huge part stays a small file.
 */
export async function editPart(
  bytes: Uint8Array,
  part: { sheet: string } | { path: string },
  edit: (xml: string) => string,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const path = "sheet" in part ? await sheetPath(zip, part.sheet) : part.path;
  const xml = (await zip.file(path)?.async("string")) ?? "";
  zip.file(path, edit(xml));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** `<row>` elements (or anything) added at the end of a sheet's data. */
export function beforeSheetDataEnd(xml: string, added: string): string {
  const at = xml.lastIndexOf("</sheetData>");
  if (at < 0) throw new Error("no sheetData");
  return xml.slice(0, at) + added + xml.slice(at);
}
