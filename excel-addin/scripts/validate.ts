/**
 * `npm run validate` (in excel-addin): manifest.xml, and dist/manifest.xml when a build wrote one, against
 * the offline schemas in excel-addin/schemas; or the manifest files given as arguments. Exits 1 on failure.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { DIST } from "./build";
import { MANIFEST_PATH, validateManifest } from "./validateManifest";

async function main(): Promise<void> {
  const given = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const built = path.join(DIST, "manifest.xml");
  const files = given.length > 0 ? given : [MANIFEST_PATH, ...(existsSync(built) ? [built] : [])];
  for (const file of files) {
    const name = path.relative(process.cwd(), path.resolve(file));
    const report = await validateManifest(path.resolve(file));
    if (report.valid) {
      process.stdout.write(`${name} is valid.\n`);
    } else {
      process.stderr.write(`${name} is not valid:\n${report.errors.map((e) => `  ${e}`).join("\n")}\n`);
      process.exitCode = 1;
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Could not validate the manifest: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
