// The printable HTML report. Chart and table builders under _lib/ are private on purpose.
export { renderReport } from "./renderReport";
