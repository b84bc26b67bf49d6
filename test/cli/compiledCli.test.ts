import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { runCli } from "./_support/runCli";

jest.setTimeout(120_000);

const run = promisify(execFile);
const BIN = join(__dirname, "..", "..", "cli", "bin", "tilannekuva.cjs");

describe("the shipped command line", () => {
  it("runs the compiled JavaScript, without transpiling TypeScript, and answers as the sources do", async () => {
    await run("npm", ["run", "-s", "build:cli"], { cwd: join(__dirname, "..", "..") });
    const dir = await mkdtemp(join(tmpdir(), "tilannekuva-bin-"));
    try {
      // Printed at exit: whether tsx (the TypeScript loader) was ever loaded into the process.
      const probe = join(dir, "probe.cjs");
      await writeFile(
        probe,
        `process.on("exit", () => process.stderr.write("tsx:" + Object.keys(require.cache).some((k) => k.includes("/tsx/")) + "\\n"));\n`,
      );
      const { stdout, stderr } = await run(process.execPath, [
        "-r",
        probe,
        BIN,
        "calendar",
        "--year",
        "2023",
        "--json",
      ]);
      expect(stderr).toContain("tsx:false");
      expect(stdout).toBe((await runCli(["calendar", "--year", "2023", "--json"])).stdout);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
