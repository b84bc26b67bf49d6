import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { MANIFEST_PATH, XSD_DIR, missingTranslations, validateManifest } from "../scripts/validateManifest";

const xml = readFileSync(MANIFEST_PATH, "utf8");

function brokenCopy(change: (text: string) => string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
  writeFileSync(file, change(xml));
  return file;
}

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

  it("asks only for ReadWriteDocument and loads only from localhost", () => {
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    const urls = [...xml.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
    const foreign = urls.filter(
      (u) =>
        !u.startsWith("https://localhost:3000/") &&
        !u.startsWith("http://schemas.microsoft.com/") &&
        !u.startsWith("http://www.w3.org/"),
    );
    expect(foreign).toEqual([]);
    expect(xml).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
    expect([...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1])).toEqual([
      "https://localhost:3000",
    ]);
  });

  it("is Finnish by default with Swedish and English for the name, description and every ribbon string", () => {
    expect(xml).toMatch(/<DefaultLocale>fi-FI<\/DefaultLocale>/);
    expect(xml).toMatch(
      /<DisplayName DefaultValue="Tilannekuva">\s*<Override Locale="sv-SE" Value="Lägesbild"\/>\s*<Override Locale="en-US" Value="Situational picture"\/>/,
    );
    expect(missingTranslations(xml)).toEqual([]);
    expect(missingTranslations(xml.replace('<bt:Override Locale="sv-SE" Value="Kontrollera"/>', ""))).toEqual(
      ["Validate.Label has no sv-SE text"],
    );
  });

  it("needs ExcelApi 1.7 and puts a group on the Home tab that the command functions back", () => {
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\/>/);
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
