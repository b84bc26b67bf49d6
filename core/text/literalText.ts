/**
 * Turns text into a value that Excel's `range.values`/`range.formulas` and Google Sheets' `setValues`
 * store as exactly that text. Those APIs parse what they are given as if typed: a leading `=`, `+`, `-`
 * or `@` makes a formula, and "12", "0012", "2022-09", "1.3.2022", "5 %", "TRUE" or "Jan 2022" become
 * numbers, dates or booleans. A leading apostrophe tells both "this is text" and is not stored, so every
 * non-empty text gets one. Hosts that write typed cells (ExcelJS) do not need it.
 * @example literalText('=HYPERLINK("http://x","y")') // → `'=HYPERLINK("http://x","y")`
 */
export function literalText(text: string): string {
  return text === "" ? "" : `'${text}`;
}
