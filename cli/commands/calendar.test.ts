import { calendarCommand } from "./calendar";

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const write = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    const code = await calendarCommand.run(argv);
    return { code, out };
  } finally {
    write.mockRestore();
  }
}

describe("calendarCommand", () => {
  describe("--json", () => {
    it("prints the twelve months as pretty JSON with month, due and publishBy only", async () => {
      const { code, out } = await run(["--year", "2022", "--json"]);
      expect(code).toBe(0);
      expect(out.endsWith("}\n]\n")).toBe(true);
      const rows = JSON.parse(out) as unknown[];
      expect(rows).toHaveLength(12);
      expect(out).toContain(
        '  {\n    "month": "2022-04",\n    "due": "2022-05-02",\n    "publishBy": "2022-05-31"\n  }',
      );
      expect(rows[8]).toEqual({ month: "2022-09", due: "2022-10-03", publishBy: "2022-10-31" });
      expect(rows[11]).toEqual({ month: "2022-12", due: "2023-01-02", publishBy: "2023-01-31" });
      expect(out).toBe(`${JSON.stringify(rows, null, 2)}\n`);
    });

    it("keeps the keys in the order month, due, publishBy", async () => {
      const { out } = await run(["--json", "--year", "2021"]);
      const last = (JSON.parse(out) as Record<string, string>[])[11];
      expect(Object.keys(last ?? {})).toEqual(["month", "due", "publishBy"]);
      expect(last).toEqual({ month: "2021-12", due: "2022-01-03", publishBy: "2022-01-31" });
    });
  });

  describe("table", () => {
    it("prints Finnish by default with weekday names and d.M.yyyy", async () => {
      const { code, out } = await run(["--year", "2021"]);
      expect(code).toBe(0);
      expect(out).toContain("Tietokuukausi");
      expect(out).toMatch(/joulukuu 2021 +maanantai 3\.1\.2022 +maanantai 31\.1\.2022\n$/);
      expect(out.trimEnd().split("\n")).toHaveLength(2 + 1 + 12);
    });

    it("prints Swedish and English when asked", async () => {
      expect((await run(["--year", "2021", "--lang", "sv"])).out).toMatch(/december 2021 +måndag 3\.1\.2022/);
      expect((await run(["--year", "2021", "--lang", "en"])).out).toMatch(/December 2021 +Monday 3\.1\.2022/);
    });
  });

  describe("bad arguments", () => {
    it.each([
      [[]],
      [["--json"]],
      [["--year", "22"]],
      [["--year", "twenty"]],
      [["--year", "2022-01"]],
      [["--year", "2022", "--lang", "de"]],
      [["--year", "2022", "--colour"]],
    ])("rejects %j with a UsageError", async (argv) => {
      await expect(run(argv)).rejects.toMatchObject({ name: "UsageError" });
    });
  });

  it("has a usage text naming its options", () => {
    expect(calendarCommand.name).toBe("calendar");
    expect(calendarCommand.usage).toContain("--year YYYY");
    expect(calendarCommand.usage).toContain("--json");
    expect(calendarCommand.usage).toContain("--lang fi|sv|en");
  });
});
