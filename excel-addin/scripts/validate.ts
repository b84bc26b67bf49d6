/** `npm run validate` (in excel-addin): the manifest against the offline schemas; exits 1 on failure. */
import path from "node:path";
import { MANIFEST_PATH, validateManifest } from "./validateManifest";

validateManifest()
  .then((report) => {
    const name = path.relative(process.cwd(), MANIFEST_PATH);
    if (report.valid) {
      process.stdout.write(`${name} is valid.\n`);
      return;
    }
    process.stderr.write(`${name} is not valid:\n${report.errors.map((e) => `  ${e}`).join("\n")}\n`);
    process.exitCode = 1;
  })
  .catch((error: unknown) => {
    process.stderr.write(
      `Could not validate the manifest: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  });
