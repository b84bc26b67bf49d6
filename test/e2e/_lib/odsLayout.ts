import { run } from "./libreoffice";

/** Column widths and row heights (points) of one sheet of an .ods LibreOffice saved: what it lays out. */
export interface SheetLayout {
  columns: number[];
  rows: number[];
}

const POINTS: Record<string, number> = { in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pt: 1 };

function points(length: string): number {
  const match = /^([\d.]+)(in|cm|mm|pt)$/.exec(length);
  if (!match) throw new Error(`Not a length: ${length}`);
  return Number(match[1]) * POINTS[match[2]!]!;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Reads `content.xml` of the .ods (via `unzip -p`) and returns each named sheet's layout. */
export async function odsLayouts(path: string, sheets: readonly string[]): Promise<Map<string, SheetLayout>> {
  const { output: xml } = await run("unzip", ["-p", path, "content.xml"]);
  const widths = new Map<string, number>();
  const heights = new Map<string, number>();
  for (const m of xml.matchAll(
    /<style:style style:name="([^"]+)" style:family="table-(column|row)">(.*?)<\/style:style>/g,
  )) {
    const length = /style:(?:column-width|row-height)="([^"]+)"/.exec(m[3]!)?.[1];
    if (length) (m[2] === "column" ? widths : heights).set(m[1]!, points(length));
  }
  const layouts = new Map<string, SheetLayout>();
  for (const name of sheets) {
    const escaped = escapeRegExp(name.replace(/&/g, "&amp;"));
    const body = new RegExp(`<table:table table:name="${escaped}"[^>]*>(.*?)</table:table>`, "s").exec(
      xml,
    )?.[1];
    if (!body) throw new Error(`no sheet ${name} in ${path}`);
    const columns: number[] = [];
    for (const m of body.matchAll(/<table:table-column ([^>]*?)\/?>/g)) {
      const style = /table:style-name="([^"]+)"/.exec(m[1]!)?.[1] ?? "";
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(m[1]!)?.[1] ?? 1);
      for (let i = 0; i < Math.min(repeat, 64); i++) columns.push(widths.get(style) ?? 0);
    }
    const rows: number[] = [];
    for (const m of body.matchAll(/<table:table-row ([^>]*?)>/g)) {
      const style = /table:style-name="([^"]+)"/.exec(m[1]!)?.[1] ?? "";
      const repeat = Number(/table:number-rows-repeated="(\d+)"/.exec(m[1]!)?.[1] ?? 1);
      for (let i = 0; i < Math.min(repeat, 10_000); i++) rows.push(heights.get(style) ?? 0);
    }
    layouts.set(name, { columns, rows });
  }
  return layouts;
}
