import { crc32, deflateRawSync } from "node:zlib";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/**
 * A zip with parts added after its own, each deflated by Node's zlib (a part of hundreds of megabytes
 * of repeated XML is written in a fraction of a second, and stays a small file). The parts already
 * there are copied byte for byte.
 */
export function withExtraParts(zip: Buffer, parts: readonly { name: string; text: string }[]): Buffer {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new Error("not a zip");
  const directorySize = zip.readUInt32LE(end + 12);
  const directoryAt = zip.readUInt32LE(end + 16);
  const locals: Buffer[] = [zip.subarray(0, directoryAt)];
  const centrals: Buffer[] = [zip.subarray(directoryAt, directoryAt + directorySize)];
  let offset = directoryAt;
  for (const part of parts) {
    const text = Buffer.from(part.text, "utf8");
    const data = deflateRawSync(text);
    const name = Buffer.from(part.name, "utf8");
    // The central record holds the local header's fields two bytes further on (after "version made by").
    const record = (length: number, signature: number, shift: number) => {
      const bytes = Buffer.alloc(length);
      bytes.writeUInt32LE(signature, 0);
      bytes.writeUInt16LE(20, 4 + shift);
      bytes.writeUInt16LE(8, 8 + shift);
      bytes.writeUInt32LE(crc32(text), 14 + shift);
      bytes.writeUInt32LE(data.length, 18 + shift);
      bytes.writeUInt32LE(text.length, 22 + shift);
      bytes.writeUInt16LE(name.length, 26 + shift);
      return bytes;
    };
    const local = record(30, 0x04034b50, 0);
    const central = record(46, 0x02014b50, 2);
    central.writeUInt16LE(20, 4);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const tail = Buffer.from(zip.subarray(end, end + 22));
  tail.writeUInt16LE(zip.readUInt16LE(end + 8) + parts.length, 8);
  tail.writeUInt16LE(zip.readUInt16LE(end + 10) + parts.length, 10);
  tail.writeUInt32LE(directory.length, 12);
  tail.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, tail]);
}
