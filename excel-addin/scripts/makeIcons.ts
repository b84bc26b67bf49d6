/**
 * Draws the add-in's ribbon icons (16, 32 and 80 px PNGs) into excel-addin/assets: a green tile with a
 * rising white bar chart, Excel's colours. Run once with `npx tsx excel-addin/scripts/makeIcons.ts`;
 * the PNGs are committed.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels of a size × size icon. */
function draw(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const radius = size * 0.18;
  const bars = [0.35, 0.55, 0.8];
  const barWidth = size * 0.16;
  const gap = size * 0.08;
  const left0 = (size - (3 * barWidth + 2 * gap)) / 2;
  const bottom = size * 0.8;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
      const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
      const inside = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= radius;
      const bar = bars.some((h, i) => {
        const left = left0 + i * (barWidth + gap);
        return (
          x + 0.5 >= left &&
          x + 0.5 <= left + barWidth &&
          y + 0.5 <= bottom &&
          y + 0.5 >= bottom - h * size * 0.65
        );
      });
      const offset = (y * size + x) * 4;
      const [r, g, b, a] = !inside ? [0, 0, 0, 0] : bar ? [255, 255, 255, 255] : [16, 124, 65, 255];
      pixels.writeUInt8(r, offset);
      pixels.writeUInt8(g, offset + 1);
      pixels.writeUInt8(b, offset + 2);
      pixels.writeUInt8(a, offset + 3);
    }
  }
  return pixels;
}

function png(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // RGBA
  const pixels = draw(size);
  const raw = Buffer.concat(
    Array.from({ length: size }, (_, y) =>
      Buffer.concat([Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4)]),
    ),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = path.resolve(__dirname, "..", "assets");
for (const size of [16, 32, 64, 80, 128]) writeFileSync(path.join(assets, `icon-${size}.png`), png(size));
