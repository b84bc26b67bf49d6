/** The global object the bundle puts its entry points on; the build declares a top-level stub for each. */
export const GLOBAL_NAMESPACE = "Tilannekuva";
/** The global object of the light entry (src/poll.ts), evaluated on every execution; see scripts/build.ts. */
export const POLL_NAMESPACE = "TilannekuvaPoll";

/**
 * Makes the entry points reachable from Apps Script. Menus, triggers and google.script.run call
 * functions by their global name, and the IDE lists only top-level function declarations, so
 * scripts/build.ts adds `function onOpen(e) { return Tilannekuva.onOpen(e) }` and so on after the
 * bundle.
 */
export function exposeToAppsScript(
  functions: Record<string, (...args: never[]) => unknown>,
  namespace: string = GLOBAL_NAMESPACE,
): void {
  (globalThis as unknown as Record<string, unknown>)[namespace] = Object.freeze({ ...functions });
}
