// Reading the status columns of a month sheet. Helpers under _lib/ are private on purpose.
export { parseStatus } from "./parseStatus";
export { parseStatusTable } from "./parseStatusTable";
export type { ParseStatusTableOptions } from "./parseStatusTable";
export { statusOf } from "./statusOf";
export type { StatusEntry } from "./StatusEntry";
export type { StatusTable } from "./StatusTable";
