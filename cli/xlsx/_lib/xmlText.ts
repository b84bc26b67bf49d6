// eslint-disable-next-line no-control-regex -- the characters xmlText removes
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** Text as XML character data or an attribute value. */
export function xmlText(text: string): string {
  // Most texts need nothing: one test instead of a walk (a national workbook has thousands).
  if (!NEEDS_ESCAPE.test(text)) return text;
  // One walk, not a replacement per character escaped: the month's summary JSON, kept on a sheet, is
  // megabytes of quotes at 300 regions.
  let escaped = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const entity = code < ENTITIES.length ? ENTITIES[code] : undefined;
    if (entity === undefined) continue;
    escaped += text.slice(from, i) + entity;
    from = i + 1;
  }
  return escaped + text.slice(from);
}

/**
 * What each character below "?" becomes: the four that XML reserves, as entities; the control characters
 * XML 1.0 cannot hold at all (all below a space but tab, line feed and carriage return), dropped.
 */
const ENTITIES: (string | undefined)[] = Array.from({ length: 63 }, (_, code) =>
  code === 0x26
    ? "&amp;"
    : code === 0x3c
      ? "&lt;"
      : code === 0x3e
        ? "&gt;"
        : code === 0x22
          ? "&quot;"
          : code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d
            ? ""
            : undefined,
);

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
