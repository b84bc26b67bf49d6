// What the compiled command line gets for `import ExcelJS from "exceljs"` (see scripts/buildCli.mjs):
// the parts it uses, each loaded on first use. The package's entry loads everything, its streaming
// reader and writer and CSV included (half a second of every start); `validate` needs none of it.
const Module = require("node:module");

/**
 * ExcelJS's workbook requires its CSV reader and writer (fast-csv, dayjs: a fifth of a second) at load,
 * though it builds one only when `workbook.csv` is used, which the command line never does. In its place
 * goes a class that says so if it ever is.
 */
function withoutCsv() {
  const path = require.resolve("exceljs/lib/csv/csv");
  if (require.cache[path]) return;
  const stub = new Module(path);
  stub.filename = path;
  stub.loaded = true;
  stub.exports = class CSV {
    constructor() {
      throw new Error("ExcelJS's CSV is not part of the tilannekuva command line");
    }
  };
  require.cache[path] = stub;
}

module.exports = {
  get Workbook() {
    withoutCsv();
    return require("exceljs/lib/doc/workbook");
  },
  get ValueType() {
    return require("exceljs/lib/doc/enums").ValueType;
  },
};
