/** ExcelJS's copy of Excel's default theme (Office, Calibri), a part every .xlsx it writes carries. */
declare module "exceljs/lib/xlsx/xml/theme1" {
  const xml: string;
  export default xml;
}
