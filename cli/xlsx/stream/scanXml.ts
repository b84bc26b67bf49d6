/** What a scan reports: tags by local name (a `x:` prefix dropped), their raw attributes, decoded text. */
export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML character and entity references replaced by the characters they stand for. */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref] ?? whole;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const attributeCache = new Map<string, RegExp>();

/** The value of one attribute in a tag's raw attributes, decoded; undefined when absent. */
export function attribute(raw: string, name: string): string | undefined {
  // The usual form, ` r="A1"`, found without a regular expression: this runs three times a cell.
  const at = raw.indexOf(` ${name}="`);
  if (at >= 0) {
    const start = at + name.length + 3;
    const end = raw.indexOf('"', start);
    if (end >= 0) return decodeXml(raw.slice(start, end));
  }
  let pattern = attributeCache.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributeCache.set(name, pattern);
  }
  const match = pattern.exec(raw);
  return match ? decodeXml(match[1] ?? match[2] ?? "") : undefined;
}

/**
 * What a scan reports, by position in `xml` (the text at hand, valid during the call only): nothing is
 * cut into strings unless the visitor asks, so the sheets and shared strings, most of what is read, cost
 * no garbage for the tags they skip.
 */
export interface TagVisitor {
  /** A start or empty tag: its local name (a `x:` prefix dropped) from `name` to `nameEnd`, its attributes to `end`. */
  open(xml: string, name: number, nameEnd: number, end: number, selfClosing: boolean): void;
  /** An end tag, its local name from `name` to `nameEnd`. */
  close(xml: string, name: number, nameEnd: number): void;
  /** Text from `start` to `end`: raw (entities not decoded), or a CDATA section's as it is. */
  text(xml: string, start: number, end: number, cdata: boolean): void;
}

/** Whether the characters of `xml` from `start` to `end` are `name`. */
export function isName(xml: string, start: number, end: number, name: string): boolean {
  return end - start === name.length && xml.startsWith(name, start);
}

/** The local name's start: after the first `:` between `start` and `end`, if any. */
function localStart(xml: string, start: number, end: number): number {
  for (let at = start; at < end; at++) if (xml.charCodeAt(at) === 58 /* : */) return at + 1;
  return start;
}

/**
 * A forward-only scan of XML arriving in chunks, for the small, regular XML of an .xlsx part. Only the
 * unfinished tail of a chunk is kept, so memory stays at a chunk whatever the part's size. Comments,
 * processing instructions and the declaration are skipped; CDATA is text. Chosen over saxes (already in
 * ExcelJS's dependencies) because it is several times faster on sheet XML; see test/bench.
 */
export async function scanTags(chunks: AsyncIterable<string>, visitor: TagVisitor): Promise<void> {
  let buffer = "";
  for await (const chunk of chunks) {
    buffer = buffer ? buffer + chunk : chunk;
    let pos = 0;
    for (;;) {
      const lt = buffer.indexOf("<", pos);
      if (lt < 0) {
        // Text without a tag in this chunk (a huge shared string): hand it over, but not half an entity.
        const amp = buffer.lastIndexOf("&");
        const cut = amp >= pos && buffer.indexOf(";", amp) < 0 ? amp : buffer.length;
        if (cut > pos) visitor.text(buffer, pos, cut, false);
        pos = cut;
        break;
      }
      if (lt > pos) visitor.text(buffer, pos, lt, false);
      pos = lt;
      const second = buffer.charCodeAt(lt + 1);
      if (second === 33 /* ! */) {
        if (buffer.startsWith("<![CDATA[", lt)) {
          const end = buffer.indexOf("]]>", lt);
          if (end < 0) break;
          visitor.text(buffer, lt + 9, end, true);
          pos = end + 3;
          continue;
        }
        if (buffer.startsWith("<!--", lt)) {
          const end = buffer.indexOf("-->", lt);
          if (end < 0) break;
          pos = end + 3;
          continue;
        }
      }
      const end = buffer.indexOf(">", lt);
      if (end < 0) break;
      pos = end + 1;
      if (second === 63 /* ? */ || second === 33 /* ! */) continue;
      if (second === 47 /* / */) {
        let name = lt + 2;
        while (name < end && buffer.charCodeAt(name) <= 32) name++;
        let nameEnd = name;
        while (nameEnd < end && buffer.charCodeAt(nameEnd) > 32) nameEnd++;
        visitor.close(buffer, localStart(buffer, name, nameEnd), nameEnd);
        continue;
      }
      const selfClosing = buffer.charCodeAt(end - 1) === 47;
      const bodyEnd = selfClosing ? end - 1 : end;
      // The name runs to the first white space; the attributes from there.
      let space = lt + 1;
      while (space < bodyEnd && buffer.charCodeAt(space) > 32) space++;
      visitor.open(buffer, localStart(buffer, lt + 1, space), space, bodyEnd, selfClosing);
    }
    buffer = pos >= buffer.length ? "" : buffer.slice(pos);
  }
}

/** scanTags with each tag's name, attributes and text cut out as strings, text decoded. */
export function scanXml(chunks: AsyncIterable<string>, handler: XmlHandler): Promise<void> {
  return scanTags(chunks, {
    open: (xml, name, nameEnd, end, selfClosing) =>
      handler.open(xml.slice(name, nameEnd), nameEnd < end ? xml.slice(nameEnd, end) : "", selfClosing),
    close: (xml, name, nameEnd) => handler.close(xml.slice(name, nameEnd)),
    text: (xml, start, end, cdata) => {
      const text = xml.slice(start, end);
      handler.text(cdata ? text : decodeXml(text));
    },
  });
}
