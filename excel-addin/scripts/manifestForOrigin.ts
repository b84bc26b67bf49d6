/**
 * The manifest for one deployment: manifest.xml names the dev server (https://localhost:3000/) and a
 * build swaps in the address `dist/` is served from, everywhere the manifest names a URL (source
 * location, icons, function file, support URL) and the origin in AppDomains.
 */

/** The address manifest.xml is written with: the dev server of scripts/devServer.ts. */
export const DEV_BASE_URL = "https://localhost:3000/";

/** Where a build reads the deployment address when `--url` is not given. */
export const URL_ENV = "TILANNEKUVA_ADDIN_URL";

export type BaseUrlResult = { ok: true; base: string; origin: string } | { ok: false; error: string };

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Checks a deployment address: https anywhere, http only on this machine (Office refuses plain http
 * elsewhere), no query or fragment. The base always ends in "/" so file names append to it.
 * @example parseBaseUrl("https://tilannekuva.example.fi/addin") // { ok: true, base: ".../addin/", ... }
 */
export function parseBaseUrl(text: string): BaseUrlResult {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, error: `Not a URL: ${JSON.stringify(text)}` };
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname))) {
    return { ok: false, error: `Office loads add-ins over https only (http only on localhost): ${text}` };
  }
  if (url.search || url.hash || url.username || url.password) {
    return { ok: false, error: `The add-in address takes no query, fragment or credentials: ${text}` };
  }
  const pathname = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return { ok: true, base: `${url.origin}${pathname}`, origin: url.origin };
}

/** manifest.xml with every dev-server address replaced by `base` (and its origin in AppDomains). */
export function manifestForOrigin(xml: string, base: { base: string; origin: string }): string {
  const devOrigin = DEV_BASE_URL.slice(0, -1);
  return xml
    .replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${escapeXml(base.origin)}</AppDomain>`)
    .split(DEV_BASE_URL)
    .join(escapeXml(base.base))
    .split(devOrigin)
    .join(escapeXml(base.origin));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The deployment address from `--url X`, `--url=X` or the environment; the dev server otherwise. */
export function baseUrlFromArgs(argv: readonly string[], env: NodeJS.ProcessEnv): string {
  const index = argv.indexOf("--url");
  if (index >= 0 && argv[index + 1]) return argv[index + 1]!;
  const inline = argv.find((a) => a.startsWith("--url="));
  if (inline) return inline.slice("--url=".length);
  // `npm run build --url X` (without `--`) reaches the script as npm's config, not as an argument.
  return env[URL_ENV] ?? env["npm_config_url"] ?? DEV_BASE_URL;
}
