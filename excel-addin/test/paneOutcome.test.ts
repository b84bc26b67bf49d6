/** How the pane words and colours a result, and the failures it explains. */
import type { Issue } from "../../core/issues/Issue";
import { SheetPasswordProtectedError } from "../src/host/prepareExistingSheets";
import { describeError } from "../src/taskpane/describeError";
import { outcomeKind } from "../src/taskpane/render";

const issue = (severity: Issue["severity"]): Issue =>
  ({ code: "unknown_status", severity, message: "x", region: "01" }) as Issue;

describe("outcomeKind", () => {
  it("says done only when a result holds no finding", () => {
    const base = { ok: true, message: "", issues: [], notices: [] };
    expect(outcomeKind(base)).toBe("done");
    expect(outcomeKind({ ...base, issues: [issue("warning")] })).toBe("warnings");
    // "0/22 regions reported, 1 errors" is not a green success.
    expect(outcomeKind({ ...base, issues: [issue("warning"), issue("error")] })).toBe("errors");
    expect(outcomeKind({ ...base, ok: false })).toBe("failed");
    expect(outcomeKind({ ...base, ok: false, cancelled: true })).toBe("cancelled");
  });
});

describe("describeError", () => {
  it("names the sheets a user protected with a password, in each language", () => {
    const error = new SheetPasswordProtectedError(["2022-09"]);
    expect(describeError(error, "fi")).toContain("Välilehti 2022-09 on suojattu salasanalla");
    expect(describeError(error, "sv")).toContain("Fliken 2022-09 är skyddad med lösenord");
    expect(describeError({ name: error.name, sheets: ["A"] }, "en")).toContain("The sheet A is protected");
  });
});
