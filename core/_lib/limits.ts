/**
 * How much of a region's file consolidation is willing to read. A file is written by people and by
 * whatever software they use; past these limits it is named in an issue instead of exhausting memory or
 * time, and the other regions are still counted (PRODUCT.md §6 "Bounded").
 */

/**
 * Bytes of an .xlsx file. A region workbook of 5,000 tasks with 24 month sheets is about 10 MB (1,000
 * tasks: about 2 MB); 64 MB leaves six times that and still reads in well under a second.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Bytes of one XML part once inflated (a sheet, the shared strings, the styles). A month sheet of 5,000
 * tasks is about 6 MB of XML; a file that inflates far beyond that is a zip bomb or a sheet of a million
 * styled empty rows, and scanning 64 MB takes about half a second.
 */
export const MAX_PART_BYTES = 64 * 1024 * 1024;

/**
 * Bytes of all the XML parts of a workbook together, once inflated, for a command that loads a workbook
 * whole (`month`, `checklists`, `consolidate --previous`). A region workbook of 5,000 tasks with 24 month
 * sheets is about 150 MB of XML; ExcelJS holds some ten times the XML in memory, so much more than this
 * does not fit a laptop's memory anyway.
 */
export const MAX_WORKBOOK_XML_BYTES = 256 * 1024 * 1024;

/**
 * Last row read in a sheet. A month sheet has a row per task plus about 40; the largest programme we
 * know of has 5,000 tasks, so 100,000 rows is twenty times that.
 */
export const MAX_ROWS = 100_000;

/**
 * Last column read in a sheet (BL). Our widest sheet has fewer than 30 columns; with MAX_ROWS this keeps
 * the grid of one sheet under about 50 MB even when its values are spread to both limits.
 */
export const MAX_COLUMNS = 64;

/** Characters a spreadsheet cell holds (Excel and Google Sheets). Longer text is cut with a visible mark. */
export const MAX_TEXT_CHARS = 32_767;

/** What replaces the end of a text that was cut, so that a reader sees text is missing. */
export const CUT_MARK = " […]";

/**
 * First and last year of a day a spreadsheet shows: Excel's dates start in 1900 and end on 9999-12-31,
 * and a year below 100 becomes 1900 + year in JavaScript dates (`1.1.0005` would turn into 1905). A day
 * outside is named as an unreadable date instead.
 */
export const MIN_DAY_YEAR = 1900;
export const MAX_DAY_YEAR = 9999;
