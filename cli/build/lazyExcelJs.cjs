// What the compiled command line gets for `import ExcelJS from "exceljs"` (see scripts/buildCli.mjs):
// the parts it uses, each loaded on first use. The package's entry loads everything, its streaming
// reader and writer and CSV included (half a second of every start); `validate` needs none of it.
module.exports = {
  get Workbook() {
    return require("exceljs/lib/doc/workbook");
  },
  get ValueType() {
    return require("exceljs/lib/doc/enums").ValueType;
  },
};
