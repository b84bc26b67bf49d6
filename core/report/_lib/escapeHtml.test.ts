import { escapeHtml } from "./escapeHtml";

describe("escapeHtml", () => {
  it("escapes the five characters that can end text or an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
    );
  });

  it("leaves formulas, line breaks and Finnish letters as they are", () => {
    expect(escapeHtml("=SUM(A1)\n+1 -1+2 @SUM(A1) äöå ÄÖÅ – €")).toBe(
      "=SUM(A1)\n+1 -1+2 @SUM(A1) äöå ÄÖÅ – €",
    );
  });

  it("replaces characters an HTML document may not hold", () => {
    expect(escapeHtml("a\u0000b\u0007c\tdx\uD800y😀")).toBe("a\uFFFDb\uFFFDc\tdx\uFFFDy😀");
  });
});
