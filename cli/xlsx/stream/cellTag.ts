import { decodeXml, utf8Of } from "./scanXml";

const encoder = new TextEncoder();

/** What a `<c>` tag says of its cell: where it is (0 when it does not say), its type and its style. */
export interface CellTag {
  row: number;
  column: number;
  type: string;
  style: number;
}

/**
 * The one-based row and column of a cell reference such as `AB12` (one to three letters, then digits)
 * in `xml` from `start` to `end`, into `into`; false when it is not one. Read a character at a time, as
 * it runs for every cell of a sheet.
 */
function readRef(xml: Uint8Array, start: number, end: number, into: CellTag): boolean {
  let column = 0;
  let at = start;
  for (; at < end && at < start + 4; at++) {
    const code = xml[at]! | 0x20; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + code - 96;
  }
  if (at === start || at > start + 3 || at === end) return false;
  let row = 0;
  for (let i = at; i < end; i++) {
    const digit = xml[i]! - 48;
    if (digit < 0 || digit > 9) return false;
    row = row * 10 + digit;
  }
  into.row = row;
  into.column = column;
  return true;
}

/** A style index of digits only, read without a string; else as Number reads it (0 when it cannot). */
function readStyle(xml: Uint8Array, start: number, end: number): number {
  let style = 0;
  for (let i = start; i < end; i++) {
    const digit = xml[i]! - 48;
    if (digit < 0 || digit > 9) return Number(decodeXml(utf8Of(xml, start, end))) || 0;
    style = style * 10 + digit;
  }
  return style;
}

/** An attribute's value with its entities decoded, as bytes again for the readers above. */
function decodedBytes(xml: Uint8Array, start: number, end: number): Uint8Array {
  return encoder.encode(decodeXml(utf8Of(xml, start, end)));
}

/**
 * Reads the attributes `r`, `t` and `s` of a `<c>` tag whose attributes run from `start` to `end` in
 * `xml` (UTF-8 bytes), into `into`, without cutting the tag into strings: the common `t="s"` and an absent type are
 * constants, a reference and a style are read digit by digit. Any XML form is read (spaces around `=`,
 * either quote, a namespace prefix); an attribute holding an entity is decoded first.
 * @example readCellTag(new TextEncoder().encode('<c r="B2" s="3" t="s">'), 2, 20, tag) // tag: { row: 2, column: 2, type: "s", style: 3 }
 */
export function readCellTag(xml: Uint8Array, start: number, end: number, into: CellTag): void {
  into.row = 0;
  into.column = 0;
  into.type = "";
  into.style = 0;
  let seenRef = false;
  let seenType = false;
  let seenStyle = false;
  let at = start;
  while (at < end) {
    let code = xml[at]!;
    if (code <= 32) {
      at++;
      continue;
    }
    // The local name, after a namespace prefix if any.
    const nameStart = at;
    let name = at;
    while (at < end && (code = xml[at]!) > 32 && code !== 61 /* = */) {
      if (code === 58 /* : */ && name === nameStart) name = at + 1;
      at++;
    }
    const nameEnd = at;
    while (at < end && xml[at]! <= 32) at++;
    if (xml[at] !== 61) continue;
    at++;
    while (at < end && xml[at]! <= 32) at++;
    const quote = xml[at];
    if (quote !== 34 && quote !== 39) return;
    const valueStart = at + 1;
    let valueEnd = valueStart;
    while (valueEnd < end && xml[valueEnd] !== quote) valueEnd++;
    if (valueEnd >= end) return;
    at = valueEnd + 1;
    if (nameEnd - name !== 1) continue;
    let plain = true;
    for (let i = valueStart; i < valueEnd && plain; i++) plain = xml[i] !== 38; /* & */
    switch (xml[name]) {
      case 114 /* r */:
        if (seenRef) break;
        seenRef = true;
        if (plain) readRef(xml, valueStart, valueEnd, into);
        else {
          const ref = decodedBytes(xml, valueStart, valueEnd);
          readRef(ref, 0, ref.length, into);
        }
        break;
      case 116 /* t */:
        if (seenType) break;
        seenType = true;
        into.type =
          plain && valueEnd - valueStart === 1 && xml[valueStart] === 115
            ? "s"
            : decodeXml(utf8Of(xml, valueStart, valueEnd));
        break;
      case 115 /* s */:
        if (seenStyle) break;
        seenStyle = true;
        if (plain) into.style = readStyle(xml, valueStart, valueEnd);
        else {
          const style = decodedBytes(xml, valueStart, valueEnd);
          into.style = readStyle(style, 0, style.length);
        }
        break;
    }
  }
}
