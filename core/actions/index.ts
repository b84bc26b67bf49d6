/**
 * The user actions of PRODUCT.md §7, each over the Workbook interface. Hosts call these and nothing else.
 * (Bodies land with issue 3; the signatures are the contract the hosts wire to.)
 */
export type { Workbook, ProgressListener } from "./Workbook";
export type { ActionResult, BaseActionOptions, RegionSource } from "./types";
