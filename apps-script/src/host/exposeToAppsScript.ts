/** The global object the bundle puts its entry points on; the build declares a top-level stub for each. */
export const GLOBAL_NAMESPACE = "Tilannekuva";

/**
 * Makes the entry points reachable from Apps Script. Menus, triggers and google.script.run call
 * functions by their global name, and the IDE lists only top-level function declarations, so
 * scripts/build.ts adds `function onOpen(e) { return Tilannekuva.onOpen(e) }` and so on after the
 * bundle.
 */
export function exposeToAppsScript(functions: Record<string, (...args: never[]) => unknown>): void {
  (globalThis as unknown as Record<string, unknown>)[GLOBAL_NAMESPACE] = Object.freeze({ ...functions });
}
