// Readiness figures (PRODUCT.md §3). The tally under _lib/ is private on purpose.
export { ShareSchema } from "./Share";
export type { Share } from "./Share";
export { MeasuresSchema } from "./Measures";
export type { Measures } from "./Measures";
export { computeMeasures } from "./computeMeasures";
export type { ComputeMeasuresOptions } from "./computeMeasures";
export { computeUnitReadiness } from "./computeUnitReadiness";
export type { ComputeUnitReadinessOptions, UnitReadiness } from "./computeUnitReadiness";
export { poolMeasures } from "./poolMeasures";
export { shareBand } from "./shareBand";
export { monthChange } from "./monthChange";
export type { MonthChange } from "./monthChange";
