/**
 * Validates manifest.xml offline against the Office add-in manifest schemas shipped in excel-addin/schemas
 * (office-addin-manifest's own `validate` needs a network service), and checks what the schema cannot:
 * the permission the add-in asks for and a Swedish and English text for every user-visible string.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

export const ADDIN_ROOT = path.resolve(__dirname, "..");
/** The schemas travel with the add-in (see schemas/README.md), so validation needs nothing outside it. */
export const XSD_DIR = path.join(ADDIN_ROOT, "schemas");
export const MANIFEST_PATH = path.join(ADDIN_ROOT, "manifest.xml");

const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
const LOCALES = ["sv-SE", "en-US"];

export interface ManifestReport {
  readonly valid: boolean;
  readonly errors: readonly string[];
}

/** Every `<DisplayName>`/`<Description>` and `<bt:String>` must carry an Override for each locale. */
export function missingTranslations(xml: string): string[] {
  const problems: string[] = [];
  const blocks = [
    ...xml.matchAll(/<(DisplayName|Description)\s+DefaultValue="[^"]*"\s*(\/>|>([\s\S]*?)<\/\1>)/g),
  ].map((m) => ({ id: m[1]!, body: m[3] ?? "" }));
  for (const m of xml.matchAll(/<bt:String\s+id="([^"]+)"[^>]*?(\/>|>([\s\S]*?)<\/bt:String>)/g)) {
    blocks.push({ id: m[1]!, body: m[3] ?? "" });
  }
  for (const { id, body } of blocks) {
    for (const locale of LOCALES) {
      if (!new RegExp(`Override\\s+Locale="${locale}"\\s+Value="[^"]+"`).test(body)) {
        problems.push(`${id} has no ${locale} text`);
      }
    }
  }
  return problems;
}

export async function validateManifest(
  manifestPath = MANIFEST_PATH,
  xsdDir = XSD_DIR,
): Promise<ManifestReport> {
  const xml = readFileSync(manifestPath, "utf8");
  const schemas = readdirSync(xsdDir).filter((f) => f.endsWith(".xsd"));
  if (!schemas.includes(MAIN_SCHEMA)) {
    return { valid: false, errors: [`${MAIN_SCHEMA} not found in ${xsdDir}`] };
  }
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [{ fileName: MAIN_SCHEMA, contents: readFileSync(path.join(xsdDir, MAIN_SCHEMA), "utf8") }],
    preload: schemas
      .filter((f) => f !== MAIN_SCHEMA)
      .map((f) => ({ fileName: f, contents: readFileSync(path.join(xsdDir, f), "utf8") })),
  });
  const errors = [
    ...result.errors.map((e) => e.rawMessage),
    ...(/<Permissions>\s*ReadWriteDocument\s*<\/Permissions>/.test(xml)
      ? []
      : ["Permissions must be ReadWriteDocument"]),
    ...missingTranslations(xml),
  ];
  return { valid: errors.length === 0, errors };
}
