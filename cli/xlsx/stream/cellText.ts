/**
 * Collects the text of one cell or shared string up to `cap` characters: a shared string of hundreds of
 * megabytes costs at most `cap` in memory, and the core still sees that it was too long (and cuts it).
 */
export class TextCollector {
  private parts: string[] = [];
  private length = 0;
  constructor(private readonly cap: number) {}

  add(text: string): void {
    if (this.length >= this.cap) return;
    const piece = text.length > this.cap - this.length ? text.slice(0, this.cap - this.length) : text;
    this.parts.push(piece);
    this.length += piece.length;
  }

  /** The text collected; flattened, so it holds no slice of a large chunk alive. */
  value(): string {
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join("");
    // A copy that does not share memory with the chunk it came from (V8 keeps sliced strings' parents).
    return text.length < 13 ? text : flatText(text);
  }
}

/**
 * The text as a string of its own. A slice of a large chunk keeps the whole chunk alive in V8; slicing a
 * concatenation makes V8 copy it flat first, so the result keeps only its own characters.
 */
export function flatText(text: string): string {
  return `${text} `.slice(0, -1);
}

/** `_x000D_`-style escapes as ExcelJS reads them in shared and inline strings. */
export function unescapeText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A date serial as ExcelJS turns it into a Date (utils.excelToDate), so both readers agree. */
export function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}
