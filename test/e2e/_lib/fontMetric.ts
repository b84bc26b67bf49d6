import { readFileSync } from "node:fs";

/**
 * Advance widths of a TrueType font, read from its `head`, `hhea`, `hmtx` and `cmap` (format 4) tables:
 * enough to measure how wide LibreOffice draws a label in the font it actually used.
 */
export class FontMetric {
  private readonly unitsPerEm: number;
  private readonly advances: number[];
  private readonly glyphOf = new Map<number, number>();

  constructor(path: string) {
    const data = readFileSync(path);
    const tables = new Map<string, number>();
    const count = data.readUInt16BE(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      tables.set(data.toString("latin1", at, at + 4), data.readUInt32BE(at + 8));
    }
    const table = (tag: string) => {
      const offset = tables.get(tag);
      if (offset === undefined) throw new Error(`${path}: no ${tag} table`);
      return offset;
    };
    this.unitsPerEm = data.readUInt16BE(table("head") + 18);
    const metrics = data.readUInt16BE(table("hhea") + 34);
    const hmtx = table("hmtx");
    this.advances = Array.from({ length: metrics }, (_, i) => data.readUInt16BE(hmtx + i * 4));
    const cmap = table("cmap");
    for (let i = 0; i < data.readUInt16BE(cmap + 2); i++) {
      const record = cmap + 4 + i * 8;
      const sub = cmap + data.readUInt32BE(record + 4);
      if (data.readUInt16BE(record) !== 3 || data.readUInt16BE(record + 2) !== 1) continue;
      if (data.readUInt16BE(sub) !== 4) continue;
      const segments = data.readUInt16BE(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const ranges = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const end = data.readUInt16BE(ends + s * 2);
        const start = data.readUInt16BE(starts + s * 2);
        const delta = data.readInt16BE(deltas + s * 2);
        const range = data.readUInt16BE(ranges + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph =
            range === 0 ? (c + delta) & 0xffff : data.readUInt16BE(ranges + s * 2 + range + (c - start) * 2);
          if (glyph !== 0) this.glyphOf.set(c, range === 0 ? glyph : (glyph + delta) & 0xffff);
        }
      }
    }
  }

  /** Width in points of `text` set at `size` points. */
  width(text: string, size: number): number {
    let units = 0;
    for (const char of text) {
      const glyph = this.glyphOf.get(char.codePointAt(0)!) ?? 0;
      units += this.advances[Math.min(glyph, this.advances.length - 1)]!;
    }
    return (units / this.unitsPerEm) * size;
  }
}
