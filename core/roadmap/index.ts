/** Reading a roadmap sheet (PRODUCT.md §2): the parser and the cell readers it is made of. */
export { parseRoadmap } from "./parseRoadmap";
export type { ParseRoadmapOptions } from "./parseRoadmap";
export { parseRoadmapDate } from "./parseRoadmapDate";
export { parseFlag } from "./parseFlag";
export { parseChecklistMark } from "./parseChecklistMark";
export { parseGroup } from "./parseGroup";
