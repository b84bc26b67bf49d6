/**
 * Sets the modification date of every entry of a zip file (an .xlsx is one) to a fixed moment, in
 * place of the time it was written. ExcelJS (through JSZip) stamps each entry with "now", so a file built
 * twice from the same content differs; with fixed dates it is the same byte for byte, and a committed
 * generated file changes only when its content does. Only the date fields change: no recompression.
 */
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** MS-DOS time and date words, as zip stores them (two-second resolution, no time zone). */
export function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const last = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= last; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error("not a zip file: no end of central directory");
}

/**
 * A copy of the zip bytes with every entry dated `date` (UTC), in the central directory and in each
 * entry's local header.
 * @example await writeFile(path, withFixedZipDates(await workbook.toBuffer(), new Date(Date.UTC(2022, 0, 1))));
 */
export function withFixedZipDates(bytes: Uint8Array, date: Date): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const stamp = dosDateTime(date);
  const end = findEndOfCentralDirectory(view);
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) throw new Error(`not a zip file: bad entry ${i}`);
    view.setUint16(at + 12, stamp.time, true);
    view.setUint16(at + 14, stamp.date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error(`not a zip file: bad header ${i}`);
    view.setUint16(local + 10, stamp.time, true);
    view.setUint16(local + 12, stamp.date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}
