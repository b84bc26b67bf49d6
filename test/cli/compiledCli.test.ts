import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { removeDir, tempDir, writeRegionFile } from "./_support/regionFiles";
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
      // ASCII only, so V8 holds the source a byte a character (the build escapes what esbuild leaves).
      expect(/[^\0-\x7f]/.test(await readFile(join(BIN, "..", "..", "dist", "main.cjs"), "utf8"))).toBe(
        false,
      );
      expect(stdout).toBe((await runCli(["calendar", "--year", "2023", "--json"])).stdout);
      // The compiled file lives a folder deeper than the sources: the version is read all the same.
      const version = await run(process.execPath, [BIN, "--version"]);
      expect(version.stdout).toBe((await runCli(["--version"])).stdout);
      expect(version.stdout).toMatch(/^tilannekuva \d+\.\d+\.\d+/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("keeps V8's code cache per build and command, and runs the same without it or with a spoilt one", async () => {
    const root = join(__dirname, "..", "..");
    await run("npm", ["run", "-s", "build:cli"], { cwd: root });
    const dist = join(root, "cli", "dist");
    const caches = async () => (await readdir(dist)).filter((name) => name.endsWith(".v8cache")).sort();
    const calendar = async () =>
      (await run(process.execPath, [BIN, "calendar", "--year", "2023", "--json"])).stdout;
    const expected = (await runCli(["calendar", "--year", "2023", "--json"])).stdout;
    // A build removes the caches of the one before; the first run of a command leaves one named by the build and the command.
    expect(await caches()).toEqual([]);
    expect(await calendar()).toBe(expected);
    const [made] = await caches();
    expect(made).toMatch(/^main-\d+-\d+-calendar\.v8cache$/);
    const bytes = await readFile(join(dist, made!));
    // Used as it is by the next run, which leaves it alone.
    expect(await calendar()).toBe(expected);
    expect((await readFile(join(dist, made!))).equals(bytes)).toBe(true);
    // A spoilt cache is refused by V8: the command runs all the same and writes a good one again.
    const spoilt = Buffer.alloc(bytes.length, 7);
    await writeFile(join(dist, made!), spoilt);
    expect(await calendar()).toBe(expected);
    const rewritten = await readFile(join(dist, made!));
    expect(rewritten.equals(spoilt)).toBe(false);
    expect(rewritten.subarray(0, 16).equals(bytes.subarray(0, 16))).toBe(true);
    // Another command has its own; the first cache of a new build (here: a newer file) removes the old build's.
    await run(process.execPath, [BIN, "--version"]);
    expect(await caches()).toEqual([made, made!.replace("calendar", "other")].sort());
    await utimes(join(dist, "main.cjs"), new Date(), new Date(Date.now() + 5000));
    expect(await calendar()).toBe(expected);
    const after = await caches();
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(made);
  });

  it("runs the sources instead when one the build was made from is newer, or the list of them is missing", async () => {
    // The launcher in a folder of its own: a compiled file that says so, and one source file.
    const dir = await mkdtemp(join(tmpdir(), "tilannekuva-fresh-"));
    try {
      await mkdir(join(dir, "cli", "bin"), { recursive: true });
      await mkdir(join(dir, "cli", "dist"));
      await mkdir(join(dir, "core"));
      const launcher = join(dir, "cli", "bin", "tilannekuva.cjs");
      await copyFile(BIN, launcher);
      await copyFile(join(BIN, "..", "v8Flags.cjs"), join(dir, "cli", "bin", "v8Flags.cjs"));
      const compiled = join(dir, "cli", "dist", "main.cjs");
      await writeFile(
        compiled,
        `exports.main = async () => { process.stdout.write("compiled\\n"); return 0; };\n`,
      );
      const source = join(dir, "core", "a.ts");
      await writeFile(source, "export {};\n");
      const inputs = join(dir, "cli", "dist", "inputs.json");
      await writeFile(inputs, JSON.stringify(["core/a.ts"]));
      const now = Date.now() / 1000;
      await utimes(compiled, now, now);
      // Which one ran: the compiled file prints "compiled"; the sources need tsx, not installed there.
      const ran = async () => {
        const result = await run(process.execPath, [launcher, "--version"]).catch(
          (error: { stdout: string; stderr: string }) => error,
        );
        return result.stdout === "compiled\n"
          ? "compiled"
          : /tsx/.test(result.stderr)
            ? "sources"
            : result.stderr;
      };
      await utimes(source, now - 60, now - 60);
      expect(await ran()).toBe("compiled");
      await utimes(source, now + 60, now + 60);
      expect(await ran()).toBe("sources");
      await utimes(source, now - 60, now - 60);
      await rm(inputs);
      expect(await ran()).toBe("sources");
      // An installed package ships no sources: the compiled file is all there is.
      await rm(join(dir, "core"), { recursive: true });
      expect(await ran()).toBe("compiled");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("loads ExcelJS only for a command that writes with it (not consolidate), and never its streaming reader", async () => {
    await run("npm", ["run", "-s", "build:cli"], { cwd: join(__dirname, "..", "..") });
    const dir = await tempDir("tilannekuva-lazy-");
    try {
      const region = await writeRegionFile(dir, "01", { months: ["2022-09"] });
      const probe = join(dir, "probe.cjs");
      // Printed at exit: the packages' files that were loaded into the process.
      await writeFile(
        probe,
        `process.on("exit", () => process.stderr.write("loaded:" + JSON.stringify(Object.keys(require.cache).filter((k) => /node_modules[/](exceljs|jszip|unzipper)[/]/.test(k)).map((k) => k.replace(/.*node_modules[/]/, ""))) + "\\n"));\n`,
      );
      const loaded = async (...args: string[]) => {
        const { stderr } = await run(process.execPath, ["-r", probe, BIN, ...args]).catch(
          (error: { stderr: string }) => error,
        );
        return JSON.parse(/loaded:(.*)/.exec(stderr)![1]!) as string[];
      };
      expect(await loaded("validate", "--month", "2022-09", region)).toEqual([]);
      // A new national workbook is written from its sheet specs, without ExcelJS.
      const national = join(dir, "kansallinen.xlsx");
      expect(await loaded("consolidate", ...["--month", "2022-09", "--out", national, region])).toEqual([]);
      await expect(stat(national)).resolves.toBeTruthy();
      // Last month's is patched: its other parts copied as they are, without ExcelJS.
      const consolidating = await loaded(
        "consolidate",
        ...["--month", "2022-09", "--previous", national, "--out", national, region],
      );
      expect(consolidating).toEqual([]);
      // A region's month sheet is written into its workbook by ExcelJS, which keeps all it holds.
      const month = await loaded(
        "month",
        ...["--workbook", region, "--month", "2022-10", "--out", join(dir, "lokakuu.xlsx")],
      );
      expect(month).toContain("exceljs/lib/doc/workbook.js");
      expect(month.filter((file) => /stream\/xlsx|unzipper/.test(file))).toEqual([]);
    } finally {
      await removeDir(dir);
    }
  });
});
