import { ProgrammeSchema } from "./ProgrammeSchema";
import { BUILTIN_PROGRAMMES } from "./builtins";

describe("the built-in programmes", () => {
  it.each(Object.entries(BUILTIN_PROGRAMMES))(
    "%s is a programme as the schema has it, unchanged by parsing",
    (_, programme) => {
      expect(ProgrammeSchema.parse(programme)).toEqual(programme);
    },
  );
});
