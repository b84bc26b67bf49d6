/** The monthly reporting cycle and Finnish working days (PRODUCT.md §4). */
export { checklistWindowOf } from "./checklistWindowOf";
export { daysUntil } from "./daysUntil";
export { easterSunday } from "./easterSunday";
export { finnishHolidays } from "./finnishHolidays";
export type { FinnishHoliday } from "./finnishHolidays";
export { formatDayLong } from "./formatDayLong";
export { formatMonthLong } from "./formatMonthLong";
export { isWorkingDay } from "./isWorkingDay";
export { lastWorkingDayOfMonth } from "./lastWorkingDayOfMonth";
export { nextWorkingDay } from "./nextWorkingDay";
export { phaseOf } from "./phaseOf";
export { reportingCalendar } from "./reportingCalendar";
export type { ReportingMonth } from "./reportingCalendar";
export { yearCalendar } from "./yearCalendar";
