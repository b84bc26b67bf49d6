// eslint-disable-next-line no-control-regex -- the characters xmlText removes
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** Text as XML character data or an attribute value. */
export function xmlText(text: string): string {
  // Most texts need nothing: one test instead of five replacements (a national workbook has thousands).
  if (!NEEDS_ESCAPE.test(text)) return text;
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // eslint-disable-next-line no-control-regex -- XML 1.0 cannot hold these characters at all
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")
  );
}

/** The text an XML attribute value stands for (the five predefined entities and numeric references). */
export function xmlUnescape(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
