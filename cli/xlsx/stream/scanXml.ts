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

function localName(tag: string): string {
  const colon = tag.indexOf(":");
  return colon < 0 ? tag : tag.slice(colon + 1);
}

/**
 * A forward-only scan of XML arriving in chunks, for the small, regular XML of an .xlsx part. Only the
 * unfinished tail of a chunk is kept, so memory stays at a chunk whatever the part's size. Comments,
 * processing instructions and the declaration are skipped; CDATA is text. Chosen over saxes (already in
 * ExcelJS's dependencies) because it is several times faster on sheet XML; see test/bench.
 */
export async function scanXml(chunks: AsyncIterable<string>, handler: XmlHandler): Promise<void> {
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
        if (cut > pos) handler.text(decodeXml(buffer.slice(pos, cut)));
        pos = cut;
        break;
      }
      if (lt > pos) handler.text(decodeXml(buffer.slice(pos, lt)));
      pos = lt;
      let end: number;
      if (buffer.startsWith("<![CDATA[", lt)) {
        end = buffer.indexOf("]]>", lt);
        if (end < 0) break;
        handler.text(buffer.slice(lt + 9, end));
        pos = end + 3;
        continue;
      }
      if (buffer.startsWith("<!--", lt)) {
        end = buffer.indexOf("-->", lt);
        if (end < 0) break;
        pos = end + 3;
        continue;
      }
      end = buffer.indexOf(">", lt);
      if (end < 0) break;
      pos = end + 1;
      const second = buffer.charCodeAt(lt + 1);
      if (second === 63 /* ? */ || second === 33 /* ! */) continue;
      if (second === 47 /* / */) {
        handler.close(localName(buffer.slice(lt + 2, end).trim()));
        continue;
      }
      const selfClosing = buffer.charCodeAt(end - 1) === 47;
      const bodyEnd = selfClosing ? end - 1 : end;
      // The name runs to the first white space; the attributes (raw) from there.
      let space = lt + 1;
      while (space < bodyEnd && buffer.charCodeAt(space) > 32) space++;
      const name = buffer.slice(lt + 1, space);
      handler.open(localName(name), space < bodyEnd ? buffer.slice(space, bodyEnd) : "", selfClosing);
    }
    buffer = pos >= buffer.length ? "" : buffer.slice(pos);
  }
}
