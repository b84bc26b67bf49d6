/** ACCEPTANCE.md: every check names a test, and every test it names exists. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const ADDIN = path.resolve(__dirname, "..");
const rows = readFileSync(path.join(ADDIN, "ACCEPTANCE.md"), "utf8")
  .split("\n")
  .filter((line) => /^\|\s*\d+\s*\|/.test(line));

describe("ACCEPTANCE.md", () => {
  it("lists the checks the stand-in cannot prove", () => {
    const text = rows.join("\n");
    for (const topic of ["Null-object", "Apostrophe", "Locale booleans", "size", "createWorkbook on Mac"]) {
      expect(text).toContain(topic);
    }
  });

  it("names, on every line, test files that exist and test names found in them", () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
    let names = 0;
    for (const row of rows) {
      const cells = row.split(/\s\|\s/);
      const last = cells[cells.length - 1] ?? "";
      const files = [...last.matchAll(/`([\w.]+\.test\.ts)`/g)].map((m) => m[1]!);
      expect({ row: row.slice(0, 40), files: files.length > 0 }).toEqual({
        row: row.slice(0, 40),
        files: true,
      });
      for (const file of files) expect(existsSync(path.join(ADDIN, "test", file))).toBe(true);
      for (const m of last.matchAll(/`([\w.]+\.test\.ts)` › (?:[\w ]+ › )?"([^"…]+)/g)) {
        names += 1;
        const source = readFileSync(path.join(ADDIN, "test", m[1]!), "utf8");
        expect({ file: m[1], name: m[2], found: source.includes(m[2]!) }).toMatchObject({ found: true });
      }
    }
    expect(names).toBeGreaterThanOrEqual(8);
  });
});
