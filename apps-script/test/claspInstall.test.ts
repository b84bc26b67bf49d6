import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLASP_MISSING, claspCommand, DEPLOY_DIR } from "../scripts/push";

const ROOT = join(__dirname, "..", "..");

function manifest(path: string): Record<string, Record<string, string> | undefined> {
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, Record<string, string> | undefined>;
}

describe("clasp is installed only by those who deploy", () => {
  it("is in none of the root package's dependencies, so `npm install` does not bring googleapis", () => {
    const root = manifest(join(ROOT, "package.json"));
    for (const field of ["dependencies", "devDependencies", "optionalDependencies"])
      expect(Object.keys(root[field] ?? {})).not.toContain("@google/clasp");
    const lock = readFileSync(join(ROOT, "package-lock.json"), "utf8");
    expect(lock).not.toContain('"node_modules/@google/clasp"');
    expect(lock).not.toContain('"node_modules/googleapis"');
  });

  it("comes from apps-script/deploy, pinned, installed by `npm run gas:install`", () => {
    expect(manifest(join(DEPLOY_DIR, "package.json")).dependencies?.["@google/clasp"]).toMatch(
      /^\d+\.\d+\.\d+$/,
    );
    expect(readFileSync(join(DEPLOY_DIR, "package-lock.json"), "utf8")).toContain(
      '"node_modules/@google/clasp"',
    );
    expect(manifest(join(ROOT, "package.json")).scripts?.["gas:install"]).toBe(
      "npm --prefix apps-script/deploy ci --no-audit --no-fund",
    );
  });

  it("gas:push says how to install clasp when it is missing", () => {
    const empty = mkdtempSync(join(tmpdir(), "tilannekuva-noclasp-"));
    try {
      expect(() => claspCommand(empty)).toThrow(CLASP_MISSING);
      expect(CLASP_MISSING).toContain("npm run gas:install");
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("the README says how to install clasp and what `npm install` weighs", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toContain("npm run gas:install");
    expect(readme).toMatch(/`npm install` (brings|takes) about \d+ MB/);
  });
});

describe("gas:push without clasp", () => {
  const installed = (() => {
    try {
      claspCommand();
      return true;
    } catch {
      return false;
    }
  })();

  // Where clasp is not installed (a fresh clone), the real script must say what to do and exit 2.
  (installed ? it.skip : it)("exits 2 with the install step, before building or writing anything", () => {
    let status = 0;
    let stderr = "";
    try {
      execFileSync(
        process.execPath,
        [
          require.resolve("tsx/cli"),
          "apps-script/scripts/push.ts",
          "region",
          "--script-id",
          "1FakeScriptIdForTheTest_0123456789",
        ],
        { cwd: ROOT, encoding: "utf8", stdio: "pipe" },
      );
    } catch (error) {
      const failed = error as { status: number; stderr: string };
      status = failed.status;
      stderr = failed.stderr;
    }
    expect(status).toBe(2);
    expect(stderr).toContain("npm run gas:install");
  });
});
