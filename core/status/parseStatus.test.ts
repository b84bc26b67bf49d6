import { parseStatus } from "./parseStatus";

const STATUSES = {
  not_started: { fi: "Ei aloitettu", sv: "Inte påbörjad", en: "Not started" },
  in_progress: { fi: "Käynnissä", sv: "Pågår", en: "In progress" },
  done: { fi: "Valmis", sv: "Klar", en: "Done" },
  not_applicable: { fi: "Ei koske", sv: "Berör inte", en: "Not applicable" },
};

describe("parseStatus", () => {
  it.each([
    ["Ei aloitettu", "not_started"],
    ["Käynnissä", "in_progress"],
    ["Valmis", "done"],
    ["Ei koske", "not_applicable"],
    ["Inte påbörjad", "not_started"],
    ["Pågår", "in_progress"],
    ["Klar", "done"],
    ["Berör inte", "not_applicable"],
    ["Not started", "not_started"],
    ["In progress", "in_progress"],
    ["Done", "done"],
    ["Not applicable", "not_applicable"],
  ])("reads the label %j", (text, code) => {
    expect(parseStatus(text, STATUSES)).toBe(code);
  });

  it("ignores case and surrounding or repeated whitespace, NBSP and tabs included", () => {
    expect(parseStatus("  KÄYNNISSÄ ", STATUSES)).toBe("in_progress");
    expect(parseStatus("\u00a0ei\u00a0\u00a0ALOITETTU\t", STATUSES)).toBe("not_started");
    expect(parseStatus("\tberör   inte\n", STATUSES)).toBe("not_applicable");
    expect(parseStatus("in\tprogress", STATUSES)).toBe("in_progress");
    expect(parseStatus("PåGÅR", STATUSES)).toBe("in_progress");
    // macOS and some web forms hand over decomposed letters: a + combining diaeresis.
    expect(parseStatus("Ka\u0308ynnissa\u0308", STATUSES)).toBe("in_progress");
  });

  it("accepts the codes themselves", () => {
    expect(parseStatus("done", STATUSES)).toBe("done");
    expect(parseStatus(" NOT_APPLICABLE ", STATUSES)).toBe("not_applicable");
    expect(parseStatus("in_progress", STATUSES)).toBe("in_progress");
  });

  it("returns null for a blank cell", () => {
    expect(parseStatus(null, STATUSES)).toBeNull();
    expect(parseStatus(undefined, STATUSES)).toBeNull();
    expect(parseStatus("", STATUSES)).toBeNull();
    expect(parseStatus(" \u00a0\t", STATUSES)).toBeNull();
  });

  it("returns undefined for anything else", () => {
    expect(parseStatus("valmis?", STATUSES)).toBeUndefined();
    expect(parseStatus("Valmis 50 %", STATUSES)).toBeUndefined();
    expect(parseStatus(1, STATUSES)).toBeUndefined();
    expect(parseStatus(true, STATUSES)).toBeUndefined();
    expect(parseStatus(new Date(Date.UTC(2022, 8, 30)), STATUSES)).toBeUndefined();
  });

  it("uses the labels of the statuses it is given", () => {
    const custom = { ...STATUSES, done: { fi: "Tehty", sv: "Gjort", en: "Finished" } };
    expect(parseStatus("tehty", custom)).toBe("done");
    expect(parseStatus("Valmis", custom)).toBeUndefined();
    expect(parseStatus("Valmis", STATUSES)).toBe("done");
  });
});
