/**
 * `npm run start` / `npm run stop`: sideload the add-in into Excel and start or stop debugging with
 * office-addin-debugging, as a yo office project does. That package is an optional dependency (its
 * keytar dependency needs a native build some machines cannot do), so say what to do when it is missing.
 *
 * Desktop Excel (default):      npm run start
 * Excel on the web:             npm run start -- web --document "https://<tenant>.sharepoint.com/…/Book.xlsx"
 *   (--document takes the URL of a workbook in OneDrive or SharePoint; the add-in is sideloaded into it)
 * Extra arguments are passed on to office-addin-debugging.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const [verb = "start", ...rest] = process.argv.slice(2);
// `npm run start` builds first, so this is the manifest of the build it sideloads (scripts/build.ts).
const manifest = path.resolve(__dirname, "..", "dist", "manifest.xml");

let cli: string;
try {
  cli = require.resolve("office-addin-debugging/cli.js");
} catch {
  try {
    const pkg = require.resolve("office-addin-debugging/package.json");
    cli = path.join(path.dirname(pkg), "cli.js");
  } catch {
    process.stderr.write(
      [
        `office-addin-debugging is not installed, so \`npm run ${verb}\` cannot sideload the add-in here.`,
        "It is an optional dependency: its keytar dependency could not be built on this machine.",
        "Install it where it builds (`npm install office-addin-debugging`), or sideload by hand:",
        "  1. npm run build && npm run dev-server",
        "  2. Excel → Home → Add-ins → More add-ins → Upload My Add-in → excel-addin/dist/manifest.xml",
        "",
      ].join("\n"),
    );
    process.exit(1);
  }
}

const args =
  verb === "stop"
    ? ["stop", manifest, ...rest]
    : ["start", manifest, ...(rest.length > 0 ? rest : ["desktop"]), "--app", "excel"];
const result = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit" });
process.exit(result.status ?? 1);
