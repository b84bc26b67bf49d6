// The floor of a command that changes one workbook (`month`, `checklists`): ExcelJS loads the file and
// saves it again, nothing else. Run as a whole process by the bench. Usage: node loadSaveFloor.cjs IN --out OUT
const { Buffer } = require("node:buffer");
const { readFileSync, writeFileSync } = require("node:fs");
const ExcelJS = require("exceljs");

const [input, , output] = process.argv.slice(2);
const workbook = new ExcelJS.Workbook();
workbook.xlsx
  .load(readFileSync(input))
  .then(() => workbook.xlsx.writeBuffer())
  .then((bytes) => writeFileSync(output, Buffer.from(bytes)));
