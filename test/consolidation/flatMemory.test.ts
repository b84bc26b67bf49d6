import { execFile } from "node:child_process";
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { addMonths } from "../../core/_lib/day";
import { plausibleFill, removeDir, tempDir, writeRegionFile } from "../cli/_support/regionFiles";

jest.setTimeout(300_000);

const MONTH = "2022-09";
const MONTHS = Array.from({ length: 12 }, (_, i) => addMonths(MONTH, i - 11));
const run = promisify(execFile);

let dir: string;
let files: string[];

/** Peak RSS (MB) of a whole `consolidate` process over the first `count` files. */
async function peakRss(count: number): Promise<number> {
  const args = ["-r", "tsx/cjs", "test/bench/_lib/peakRss.ts", "consolidate", "--month", MONTH];
  args.push("--out", join(dir, `out-${count}.xlsx`), ...files.slice(0, count));
  const { stderr } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  const last = stderr.trim().split("\n").at(-1)!;
  const result = JSON.parse(last) as { peakRssMb: number; code: number };
  expect(result.code).toBe(0);
  return result.peakRssMb;
}

beforeAll(async () => {
  dir = await tempDir("tilannekuva-memory-");
  // One region workbook late in the programme (12 month sheets), copied: every copy is read in full.
  const source = await writeRegionFile(dir, "01", { months: MONTHS, fill: plausibleFill });
  files = [];
  for (let i = 0; i < 80; i++) {
    const path = join(dir, `copy-${i}.xlsx`);
    await copyFile(source, path);
    files.push(path);
  }
});

afterAll(() => removeDir(dir));

describe("consolidate's memory", () => {
  it("does not grow with the number of regions: 80 files of 12 month sheets peak like 10", async () => {
    const few = await peakRss(10);
    const many = await peakRss(80);
    // Holding every workbook, as before, grew by several MB a file (hundreds of MB here).
    expect(many).toBeLessThan(few + 40);
  });
});
