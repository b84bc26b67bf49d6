/**
 * `npm run dev-server`: serves dist/ over https on https://localhost:3000, the address manifest.xml
 * names, with the localhost certificate of office-addin-dev-certs (created and trusted on first use).
 * Build first (`npm run build`).
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:https";
import os from "node:os";
import path from "node:path";
import { getHttpsServerOptions } from "office-addin-dev-certs";
import { serveStatic } from "./serveStatic";

const PORT = Number(process.env["PORT"] ?? 3000);
const DIST = path.resolve(__dirname, "..", "dist");

/** Where office-addin-dev-certs keeps what it generated (its `defaults`, not exported from its main). */
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/**
 * The localhost certificate. office-addin-dev-certs also trusts its CA system-wide, which on Linux needs
 * sudo; when only that step fails, serve with the generated files anyway and say how to trust the CA.
 */
async function certificates(): Promise<{ key: Buffer; cert: Buffer; ca: Buffer }> {
  try {
    return await getHttpsServerOptions();
  } catch (error) {
    const files = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => path.join(CERT_DIR, f));
    if (!files.every((f) => existsSync(f))) throw error;
    process.stderr.write(
      `Could not trust the development CA (${error instanceof Error ? error.message.trim() : String(error)}).\n` +
        `Serving with the generated certificate; trust ${files[2]} in your system or browser to load the add-in.\n`,
    );
    const [key, cert, ca] = files.map((f) => readFileSync(f));
    return { key: key!, cert: cert!, ca: ca! };
  }
}

async function main(): Promise<void> {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    process.stderr.write("dist/ has no build yet: run `npm run build` (in excel-addin) first.\n");
    process.exitCode = 1;
    return;
  }
  const { key, cert, ca } = await certificates();
  createServer({ key, cert, ca }, serveStatic(DIST)).listen(PORT, "localhost", () => {
    process.stdout.write(
      `Serving ${path.relative(process.cwd(), DIST) || "."} on https://localhost:${PORT}/taskpane.html\n`,
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Could not start the dev server: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
