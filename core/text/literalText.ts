/** Characters that make Excel's `range.values`, Sheets' `setValues` and paste read text as a formula. */
const FORMULA_LEADS = new Set(["=", "+", "-", "@"]);

/**
 * Turns user text into a value no spreadsheet write API will read as a formula: text starting with
 * `=`, `+`, `-` or `@` gets a leading apostrophe, which Excel and Google Sheets both take as "this is
 * text" and do not show. Hosts that write typed cells (ExcelJS) do not need it.
 * @example literalText('=HYPERLINK("http://x","y")') // → `'=HYPERLINK("http://x","y")`
 */
export function literalText(text: string): string {
  return FORMULA_LEADS.has(text.charAt(0)) || text.startsWith("'") ? `'${text}` : text;
}
