import { REGIONAL } from "../programme/builtins";
import { buildListsSheet } from "./listsSheet";

describe("the Listat sheet", () => {
  it.each(["fi", "sv", "en"] as const)(
    "shows people labels in %s, the codes only in hidden columns",
    (lang) => {
      const spec = buildListsSheet(REGIONAL, lang);
      const hidden = new Set(spec.hiddenColumns ?? []);
      const visible = spec.cells.flatMap((row) => row.filter((_, c) => !hidden.has(c)));
      const all = spec.cells.flat();
      for (const code of ["in_progress", "done", "not_applicable"]) {
        expect(visible).not.toContain(code);
        // The live summary still counts a status typed as its code.
        expect(all).toContain(code);
      }
    },
  );
});
