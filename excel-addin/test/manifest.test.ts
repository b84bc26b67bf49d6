import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ACTION_LABELS } from "../../core/actions/actionLabels";
import type { ActionLabelKey } from "../../core/actions/actionLabels";
import { buildAddin } from "../scripts/build";
import { DEV_BASE_URL, URL_ENV, baseUrlFromArgs, parseBaseUrl } from "../scripts/manifestForOrigin";
import {
  ADDIN_ROOT,
  MANIFEST_PATH,
  XSD_DIR,
  missingTranslations,
  validateManifest,
} from "../scripts/validateManifest";

const xml = readFileSync(MANIFEST_PATH, "utf8");

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A new temporary folder, removed when the file's tests end. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

function brokenCopy(change: (text: string) => string): string {
  const file = path.join(tempDir("manifest-"), "manifest.xml");
  writeFileSync(file, change(xml));
  return file;
}

/** Every URL of the manifest is under `base` (bar XML namespaces), and AppDomains is its origin. */
function expectServedOnlyFrom(text: string, base: string): void {
  const urls = [...text.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
  const foreign = urls.filter(
    (u) =>
      !u.startsWith(base) &&
      !u.startsWith("http://schemas.microsoft.com/") &&
      !u.startsWith("http://www.w3.org/"),
  );
  expect(foreign).toEqual([]);
  expect(text).toContain(`<SourceLocation DefaultValue="${base}taskpane.html"/>`);
  expect(text).toContain(`<bt:Url id="Commands.Url" DefaultValue="${base}commands.html"/>`);
  expect(text).toContain(`<IconUrl DefaultValue="${base}assets/icon-32.png"/>`);
  expect(text).toContain(`<SupportUrl DefaultValue="${base}taskpane.html"/>`);
  expect([...text.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1])).toEqual([
    new URL(base).origin,
  ]);
}

describe("a build for a deployment", () => {
  const base = "https://tilannekuva.example.fi/addin/";
  let built: string;

  beforeAll(async () => {
    const outdir = await buildAddin({
      production: true,
      outdir: tempDir("addin-dist-"),
      baseUrl: "https://tilannekuva.example.fi/addin",
    });
    built = readFileSync(path.join(outdir, "manifest.xml"), "utf8");
  }, 60_000);

  it("writes dist/manifest.xml with that address everywhere and the origin in AppDomains", () => {
    expectServedOnlyFrom(built, base);
    expect(built).not.toContain("localhost");
  });

  it("writes a manifest that is valid against the shipped schemas", async () => {
    const file = path.join(tempDir("manifest-"), "manifest.xml");
    writeFileSync(file, built);
    expect((await validateManifest(file)).errors).toEqual([]);
  });

  it("refuses an address Office would not load, before writing anything", async () => {
    const outdir = path.join(tempDir("addin-dist-"), "dist");
    await expect(buildAddin({ production: false, outdir, baseUrl: "http://example.fi/" })).rejects.toThrow(
      /https/,
    );
    expect(() => readFileSync(path.join(outdir, "manifest.xml"))).toThrow();
  });
});

describe("parseBaseUrl", () => {
  it("accepts any https address and http only on localhost", () => {
    expect(parseBaseUrl("https://addins.alue.fi:8443/tk")).toEqual({
      ok: true,
      base: "https://addins.alue.fi:8443/tk/",
      origin: "https://addins.alue.fi:8443",
    });
    expect(parseBaseUrl("http://localhost:3000/")).toMatchObject({ ok: true });
    expect(parseBaseUrl("http://tilannekuva.example.fi/")).toMatchObject({ ok: false });
    expect(parseBaseUrl("ftp://x/")).toMatchObject({ ok: false });
    expect(parseBaseUrl("https://x/?a=1")).toMatchObject({ ok: false });
    expect(parseBaseUrl("not a url")).toMatchObject({ ok: false });
  });

  it("takes the address from --url, --url=, the environment variable, npm's config, or the dev server", () => {
    expect(baseUrlFromArgs(["--production", "--url", "https://a/"], {})).toBe("https://a/");
    expect(baseUrlFromArgs(["--url=https://b/"], {})).toBe("https://b/");
    expect(baseUrlFromArgs([], { [URL_ENV]: "https://c/" })).toBe("https://c/");
    expect(baseUrlFromArgs([], { npm_config_url: "https://d/" })).toBe("https://d/");
    expect(baseUrlFromArgs([], {})).toBe(DEV_BASE_URL);
  });
});

describe("the add-in's own tree", () => {
  it("ships the manifest schemas and reads nothing from outside excel-addin for them", () => {
    expect(path.relative(ADDIN_ROOT, XSD_DIR)).toBe("schemas");
    expect(readFileSync(path.join(XSD_DIR, "README.md"), "utf8")).toMatch(/Copied into the project/);
    const reading = (dir: string): string[] =>
      readdirSync(path.join(ADDIN_ROOT, dir), { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".ts") && f !== "manifest.test.ts")
        .filter((f) =>
          /\.\.\/(\.\.\/)*shared\b|office-manifest-xsd/.test(
            readFileSync(path.join(ADDIN_ROOT, dir, f), "utf8"),
          ),
        )
        .map((f) => `${dir}/${f}`);
    expect([...reading("src"), ...reading("scripts"), ...reading("test")]).toEqual([]);
  });

  it("builds before sideloading (npm run start), and the root scripts pass their arguments on", () => {
    const scripts = (file: string) =>
      (JSON.parse(readFileSync(file, "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts(path.join(ADDIN_ROOT, "package.json"))["start"]).toMatch(
      /^tsx scripts\/build\.ts && tsx scripts\/debugging\.ts start$/,
    );
    const root = scripts(path.join(ADDIN_ROOT, "..", "package.json"));
    expect(root["addin:build"]).toBe("npm --prefix excel-addin run build --");
    expect(root["addin:start"]).toBe("npm --prefix excel-addin run start --");
  });
});

describe("manifest.xml", () => {
  it("is valid against the Office add-in manifest schemas, offline", async () => {
    const report = await validateManifest(MANIFEST_PATH, XSD_DIR);
    expect(report.errors).toEqual([]);
  });

  it("fails validation when it breaks the schema", async () => {
    const file = brokenCopy((t) =>
      t.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"),
    );
    const report = await validateManifest(file, XSD_DIR);
    expect(report.valid).toBe(false);
    expect(report.errors.join("\n")).toMatch(/Permissions/);
  });

  it("asks only for ReadWriteDocument and loads only from the address it is served from", () => {
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expectServedOnlyFrom(xml, DEV_BASE_URL);
  });

  it("is Finnish by default with Swedish and English for the name, description and every ribbon string", () => {
    expect(xml).toMatch(/<DefaultLocale>fi-FI<\/DefaultLocale>/);
    expect(xml).toMatch(
      /<DisplayName DefaultValue="Tilannekuva">\s*<Override Locale="sv-SE" Value="Lägesbild"\/>\s*<Override Locale="en-US" Value="Situational picture"\/>/,
    );
    expect(missingTranslations(xml)).toEqual([]);
    expect(
      missingTranslations(xml.replace('<bt:Override Locale="sv-SE" Value="Kontrollera månadsfliken"/>', "")),
    ).toEqual(["Validate.Label has no sv-SE text"]);
  });

  it("names each ribbon button as the core names the action, in every language", () => {
    const ribbon: Record<string, ActionLabelKey> = {
      "ShowPane.Label": "showPane",
      "CreateMonth.Label": "createMonthSheet",
      "Validate.Label": "validateMonth",
      "Checklists.Label": "generateChecklists",
    };
    for (const [id, key] of Object.entries(ribbon)) {
      const { fi, sv, en } = ACTION_LABELS[key];
      expect(xml).toContain(
        `<bt:String id="${id}" DefaultValue="${fi}">\n          <bt:Override Locale="sv-SE" Value="${sv}"/>\n          <bt:Override Locale="en-US" Value="${en}"/>`,
      );
    }
  });
});

/**
 * Which Excel: the bundles are ES2020, which Office 2019's engines (Internet Explorer 11, EdgeHTML)
 * cannot run; Office 2019 has ExcelApi up to 1.8 and is out of support since October 2025. The manifest
 * asks for a set Office 2019 lacks, so it never offers a pane that would stay blank (README, "Which Excel").
 */
describe("supported Excel versions", () => {
  const OFFICE_2019_EXCEL_API = "1.8";
  const version = (v: string) => v.split(".").map(Number) as [number, number];

  it("declares an ExcelApi requirement set above Office 2019's, as the ES2020 bundles need", async () => {
    const declared = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(xml)?.[1] ?? "0";
    const [major, minor] = version(declared);
    const [oldMajor, oldMinor] = version(OFFICE_2019_EXCEL_API);
    expect(major > oldMajor || (major === oldMajor && minor > oldMinor)).toBe(true);
    expect(xml).toMatch(new RegExp(`<Sets DefaultMinVersion="${declared.replace(".", "\\.")}">`));
    const readme = readFileSync(path.join(ADDIN_ROOT, "README.md"), "utf8");
    expect(readme).toMatch(/## Which Excel/);
    expect(readme).toContain(`ExcelApi ${declared}`);
  });
});

describe("manifest.xml, continued", () => {
  it("needs ExcelApi 1.9 and puts a group on the Home tab that the command functions back", () => {
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\/>/);
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    const functions = [...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]!);
    expect(functions).toEqual([
      "createMonthSheetCommand",
      "validateMonthCommand",
      "generateChecklistsCommand",
    ]);
    const commands = readFileSync(path.resolve(__dirname, "..", "src", "commands", "commands.ts"), "utf8");
    for (const name of functions) expect(commands).toMatch(new RegExp(`\\b${name}:`));
  });
});
