/** withExcel as the pane and the ribbon run every action: over the global Excel and Office. */
import { validateMonth } from "../../core/actions";
import { withExcel } from "../src/host/OfficeWorkbook";
import { createFakeExcel, installFakeOffice } from "./fakeExcel";

describe("withExcel", () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("waits while someone is typing in a cell, then runs the action (delayForCellEdit)", async () => {
    const fake = createFakeExcel({ sheets: ["S"] });
    installFakeOffice(globalThis, fake);
    fake.editCell();
    let done = false;
    const action = withExcel((workbook) => validateMonth(workbook, { month: "2022-09" })).then((result) => {
      done = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    fake.leaveCell();
    expect((await action).message).toMatch(/alueen työkirja/);
  });

  it("fails with InvalidOperationInCellEditMode on an Excel without ExcelApi 1.11", async () => {
    const fake = createFakeExcel({ sheets: ["S"], apiVersion: "1.9" });
    installFakeOffice(globalThis, fake);
    fake.editCell();
    await expect(withExcel((workbook) => workbook.sheetNames())).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
  });
});
