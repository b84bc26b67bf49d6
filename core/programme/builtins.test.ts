import { ProgrammeSchema } from "./ProgrammeSchema";
import { BUILTIN_PROGRAMMES, NATIONAL_ACTORS, REGIONAL, withFields } from "./builtins";

describe("the built-in programmes", () => {
  it.each(Object.entries(BUILTIN_PROGRAMMES))(
    "%s is a programme as the schema has it, unchanged by parsing",
    (_, programme) => {
      expect(ProgrammeSchema.parse(programme)).toEqual(programme);
    },
  );
});

describe("withFields", () => {
  it("replaces the fields given and leaves the built-in roadmap unread until asked for", () => {
    const own = [{ ...REGIONAL.roadmap[0]!, id: "9.9.9.9" }];
    const patched = withFields(REGIONAL, { roadmap: own, templateVersion: "9.0" });
    expect(patched.roadmap).toBe(own);
    expect(patched.templateVersion).toBe("9.0");
    expect(REGIONAL.roadmap).not.toBe(own);
    expect(patched.units).toBe(REGIONAL.units);
    // National actors' units come from their roadmap: still a getter, so not parsed by the copy.
    const actors = withFields(NATIONAL_ACTORS, { roadmap: own });
    expect(Object.getOwnPropertyDescriptor(actors, "units")?.get).toBeInstanceOf(Function);
    expect(actors.units).toEqual(NATIONAL_ACTORS.units);
    expect({ ...patched }).toEqual({ ...REGIONAL, roadmap: own, templateVersion: "9.0" });
  });

  it("parses a built-in roadmap once", () => {
    expect(REGIONAL.roadmap).toBe(REGIONAL.roadmap);
    expect(NATIONAL_ACTORS.units).toBe(NATIONAL_ACTORS.units);
  });
});
