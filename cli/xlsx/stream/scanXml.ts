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

// A byte order mark inside a value is text (U+FEFF), not a mark: the part's own is outside every value.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** The character codes of short ASCII text, in one array used again and again (no garbage but the text). */
const codes: number[] = [];

/** The bytes of `xml` from `start` to `end` as the UTF-8 text they are (short ASCII without a call out). */
export function utf8Of(xml: Uint8Array, start: number, end: number): string {
  const length = end - start;
  if (length > 64) return utf8.decode(xml.subarray(start, end));
  for (let i = 0; i < length; i++) {
    const code = xml[start + i]!;
    if (code > 127) return utf8.decode(xml.subarray(start, end));
    codes[i] = code;
  }
  codes.length = length;
  return String.fromCharCode.apply(null, codes);
}

/** The bytes of `xml` from `start` to `end` as text of a character each (what `latin1` decoding gives). */
export function latin1Of(xml: Uint8Array, start: number, end: number): string {
  let text = "";
  for (let at = start; at < end; at += 8192)
    text += String.fromCharCode.apply(
      null,
      xml.subarray(at, Math.min(at + 8192, end)) as unknown as number[],
    );
  return text;
}

const attributeCache = new Map<string, RegExp>();

/** The value of one attribute in a tag's raw attributes, decoded; undefined when absent. */
export function attribute(raw: string, name: string): string | undefined {
  // The usual form, ` r="A1"`, found without a regular expression.
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
 * What a scan reports, by position in `xml` (the part's UTF-8 bytes at hand, valid during the call
 * only): nothing is decoded into strings unless the visitor asks, so the sheets and shared strings, most
 * of what is read, cost no garbage for the tags they skip, and the part is never one string.
 */
export interface TagVisitor {
  /** A start or empty tag: its local name (a `x:` prefix dropped) from `name` to `nameEnd`, its attributes to `end`. */
  open(xml: Uint8Array, name: number, nameEnd: number, end: number, selfClosing: boolean): void;
  /** An end tag, its local name from `name` to `nameEnd`. */
  close(xml: Uint8Array, name: number, nameEnd: number): void;
  /**
   * Text from `start` to `end`: raw (entities not decoded), or a CDATA section's as it is. Long text may
   * come in pieces, never cut inside an entity or a UTF-8 character, so each piece decodes on its own.
   */
  text(xml: Uint8Array, start: number, end: number, cdata: boolean): void;
}

/** Whether the bytes of `xml` from `start` to `end` are the ASCII `name`. */
export function isName(xml: Uint8Array, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (xml[start + i] !== name.charCodeAt(i)) return false;
  return true;
}

/** Whether the ASCII `text` stands in `xml` at `at`. */
function standsAt(xml: Uint8Array, at: number, text: string): boolean {
  return at + text.length <= xml.length && isName(xml, at, at + text.length, text);
}

/** Where the ASCII `text` first stands in `xml` from `from`; -1 when nowhere. */
function find(xml: Uint8Array, text: string, from: number): number {
  const first = text.charCodeAt(0);
  for (let at = from; at + text.length <= xml.length; at++)
    if (xml[at] === first && standsAt(xml, at, text)) return at;
  return -1;
}

/** The longest entity a piece of text is kept whole for (`&#x10FFFF;` and then some). */
const ENTITY_BYTES = 32;

/**
 * Where text running to the end of `xml` may be cut (from `start`): before an entity or a UTF-8
 * character the chunk ends inside, so that both come whole with the next chunk.
 */
function textCut(xml: Uint8Array, start: number): number {
  let cut = xml.length;
  for (let at = cut - 1; at >= start && at >= cut - ENTITY_BYTES; at--) {
    const code = xml[at];
    if (code === 59 /* ; */) break;
    if (code === 38 /* & */) {
      cut = at;
      break;
    }
  }
  // A character's continuation bytes (10xxxxxx) after its lead byte: cut before an unfinished one.
  let lead = cut - 1;
  while (lead >= start && lead > cut - 4 && (xml[lead]! & 0xc0) === 0x80) lead--;
  if (lead >= start) {
    const code = xml[lead]!;
    const length = code >= 0xf0 ? 4 : code >= 0xe0 ? 3 : code >= 0xc0 ? 2 : 1;
    if (cut - lead < length) cut = lead;
  }
  return cut;
}

/** The unread tail of one chunk and the next chunk, as one run of bytes. */
function joined(tail: Uint8Array, chunk: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(tail.length + chunk.length);
  bytes.set(tail);
  bytes.set(chunk, tail.length);
  return bytes;
}

/**
 * A forward-only scan of XML arriving as chunks of UTF-8 bytes, for the small, regular XML of an .xlsx
 * part. Only the unfinished tail of a chunk is kept, so memory stays at a chunk whatever the part's size.
 * Comments, processing instructions and the declaration are skipped; CDATA is text. Chosen over saxes
 * (already in ExcelJS's dependencies) because it is several times faster on sheet XML; and over bytes
 * rather than text because turning a month sheet's bytes into a string costs five scans of them.
 */
export async function scanTags(chunks: AsyncIterable<Uint8Array>, visitor: TagVisitor): Promise<void> {
  let tail: Uint8Array | undefined;
  for await (const chunk of chunks) {
    // A plain view of Node's Buffers: one kind of array to read, and its subarrays cost no Buffer.
    const xml = tail ? joined(tail, chunk) : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    const pos = scanChunk(xml, visitor);
    tail = pos >= xml.length ? undefined : xml.subarray(pos);
  }
}

/**
 * The tags of one chunk reported to `visitor`, up to the first one the chunk ends inside; returns where
 * that one starts (the chunk's length when none). A function of its own, not the loop of scanTags: V8
 * compiles this short, hot, synchronous loop, not the whole async function around it, and compiles it
 * again (when a new kind of visitor comes) in a fraction of the time.
 */
function scanChunk(xml: Uint8Array, visitor: TagVisitor): number {
  const length = xml.length;
  let pos = 0;
  for (;;) {
    let lt = pos;
    while (lt < length && xml[lt] !== 60 /* < */) lt++;
    if (lt >= length) {
      // Text without a tag in this chunk (a huge shared string): hand it over, but not half of anything.
      const cut = textCut(xml, pos);
      if (cut > pos) visitor.text(xml, pos, cut, false);
      return cut;
    }
    if (lt > pos) visitor.text(xml, pos, lt, false);
    pos = lt;
    const second = xml[lt + 1];
    if (second === 33 /* ! */) {
      if (standsAt(xml, lt, "<![CDATA[")) {
        const end = find(xml, "]]>", lt);
        if (end < 0) return pos;
        visitor.text(xml, lt + 9, end, true);
        pos = end + 3;
        continue;
      }
      if (standsAt(xml, lt, "<!--")) {
        const end = find(xml, "-->", lt);
        if (end < 0) return pos;
        pos = end + 3;
        continue;
      }
    }
    let end = lt + 1;
    while (end < length && xml[end] !== 62 /* > */) end++;
    if (end >= length) return pos;
    pos = end + 1;
    if (second === 63 /* ? */ || second === 33 /* ! */) continue;
    if (second === 47 /* / */) {
      let name = lt + 2;
      while (name < end && xml[name]! <= 32) name++;
      // The local name starts after the first `:`, if any.
      let local = name;
      let nameEnd = name;
      for (let code; nameEnd < end && (code = xml[nameEnd]!) > 32; nameEnd++)
        if (code === 58 /* : */ && local === name) local = nameEnd + 1;
      visitor.close(xml, local, nameEnd);
      continue;
    }
    const selfClosing = xml[end - 1] === 47;
    const bodyEnd = selfClosing ? end - 1 : end;
    // The name runs to the first white space; the attributes from there.
    let local = lt + 1;
    let space = lt + 1;
    for (let code; space < bodyEnd && (code = xml[space]!) > 32; space++)
      if (code === 58 /* : */ && local === lt + 1) local = space + 1;
    visitor.open(xml, local, space, bodyEnd, selfClosing);
  }
}

/** scanTags with each tag's name, attributes and text cut out as strings, text decoded. */
export function scanXml(chunks: AsyncIterable<Uint8Array>, handler: XmlHandler): Promise<void> {
  return scanTags(chunks, {
    open: (xml, name, nameEnd, end, selfClosing) =>
      handler.open(utf8Of(xml, name, nameEnd), nameEnd < end ? utf8Of(xml, nameEnd, end) : "", selfClosing),
    close: (xml, name, nameEnd) => handler.close(utf8Of(xml, name, nameEnd)),
    text: (xml, start, end, cdata) => {
      const text = utf8Of(xml, start, end);
      handler.text(cdata ? text : decodeXml(text));
    },
  });
}
