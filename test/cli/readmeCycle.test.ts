/**
 * The README's monthly cycle, run exactly as written: the lines between its markers, pasted into an
 * empty folder, with `tilannekuva` put on the PATH the way the README says (`npm install -g .`).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { SummarySchema } from "../../core/consolidation/SummarySchema";
import { removeDir, tempDir } from "./_support/regionFiles";

const run = promisify(execFile);
const ROOT = join(__dirname, "..", "..");

jest.setTimeout(300_000);

/** The shell lines of the README's monthly cycle: the one sh block between the markers. */
function readmeCycle(readme: string): string[] {
  const section = /<!-- monthly-cycle:start -->\s*```sh\n([\s\S]*?)\n```\s*<!-- monthly-cycle:end -->/.exec(
    readme,
  );
  if (!section?.[1]) throw new Error("README.md has no monthly-cycle block");
  return section[1].split("\n");
}

let prefix: string;
let work: string;

beforeAll(async () => {
  prefix = await tempDir("tilannekuva-prefix-");
  work = await tempDir("tilannekuva-cycle-");
});

afterAll(async () => {
  await removeDir(prefix);
  await removeDir(work);
});

describe("README: the monthly cycle", () => {
  let lines: string[];

  beforeAll(async () => {
    lines = readmeCycle(await readFile(join(ROOT, "README.md"), "utf8"));
  });

  it("uses the command as installed on the PATH, not npx, and creates every folder it uses", () => {
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line).toMatch(/^(tilannekuva |mkdir )/);
    expect(lines[0]).toBe("mkdir alueet");
  });

  it("reads no file the block did not make first", () => {
    const made = new Set<string>(["alueet"]);
    for (const line of lines) {
      const words = line.split(/\s+/);
      for (const [i, word] of words.entries()) {
        const previous = words[i - 1] ?? "";
        const writes = ["--out", "--json", "--report"].includes(previous);
        const reads = ["--template", "--workbook", "--previous", "--roadmap"].includes(previous);
        if (reads)
          expect({ line, reads: word, made: made.has(word) }).toEqual({ line, reads: word, made: true });
        if (writes) made.add(word);
      }
      if (line.startsWith("tilannekuva validate") || line.startsWith("tilannekuva consolidate"))
        expect(made.has(words.at(-1)!)).toBe(true);
    }
  });

  it("runs from start to end in an empty folder with the command put on the PATH by `npm install -g .`", async () => {
    const rootBefore = (await readdir(ROOT)).sort();
    // What the README tells the user to type in the clone, into a throw-away global folder.
    await run("npm", ["install", "-g", ".", "--prefix", prefix, "--offline", "--no-audit", "--no-fund"], {
      cwd: ROOT,
    });
    const bin = join(prefix, "bin");
    expect(existsSync(join(bin, "tilannekuva"))).toBe(true);
    const { stdout } = await run("bash", ["-e", "-c", lines.join("\n")], {
      cwd: work,
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ""}` },
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(stdout).toContain("kansallinen-2022-09.xlsx");
    for (const file of [
      "pohja.xlsx",
      "alueet/alue-05.xlsx",
      "alueet/alue-06.xlsx",
      "kansallinen-2022-08.xlsx",
      "kansallinen-2022-09.xlsx",
      "raportti-2022-09.html",
    ])
      expect({ file, exists: existsSync(join(work, file)) }).toEqual({ file, exists: true });
    const summary = SummarySchema.parse(
      JSON.parse(await readFile(join(work, "tilannekuva-2022-09.json"), "utf8")),
    );
    expect(summary.month).toBe("2022-09");
    expect(summary.reporting).toEqual({ count: 2, of: 22 });
    // Nothing of the cycle lands in the clone.
    expect((await readdir(ROOT)).sort()).toEqual(rootBefore);
  });
});
