/**
 * Collects the text of one cell or shared string up to `cap` characters: a shared string of hundreds of
 * megabytes costs at most `cap` (and a piece) in memory, and the core still sees that it was too long
 * (and cuts it). One collector serves every string of a part in turn (`clear`).
 */
export class TextCollector {
  private text = "";
  constructor(private readonly cap: number) {}

  /** Starts the next text. */
  clear(): void {
    this.text = "";
  }

  add(piece: string): void {
    if (this.text.length >= this.cap) return;
    this.text = this.text === "" ? piece : this.text + piece;
  }

  /** The text collected, at most `cap` characters; a cut one is a string of its own (see flatText). */
  value(): string {
    const text = this.text;
    return text.length > this.cap ? flatText(text.slice(0, this.cap)) : text;
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
