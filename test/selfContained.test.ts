/**
 * A user's clone has nothing beside it: no file of the project may read from the steering workspace's
 * folder next to the clone. Documentation may mention where shipped files came from; code and config may not.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");

// The folder next to the clone, written with / or \, or a path built from its parts ("..", "shared").
// The samples below are built from parts too, so this file does not spell the path it looks for.
const UP = "..";
const SHARED = "shared";
const READS_SHARED = /\.\.[\\/]shared\b|["'`]\.\.["'`]\s*,\s*["'`]shared["'`]/;

function trackedFiles(): string[] {
  return execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
}

describe("the repository is self-contained", () => {
  it("has no tracked file other than documentation that reads the folder next to the clone", () => {
    const offenders = trackedFiles()
      .filter((file) => !/\.md$/i.test(file) && !/\.(xlsx|png|ico|jpg|gif)$/i.test(file))
      .filter((file) => file !== "test/selfContained.test.ts")
      .filter((file) => READS_SHARED.test(readFileSync(join(ROOT, file), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("recognises the ways a path to the folder next to the clone is written", () => {
    for (const text of [
      `"${UP}/${SHARED}/x"`,
      `'${UP}\\${SHARED}'`,
      `path.resolve(ROOT, "${UP}", "${SHARED}", "x")`,
    ])
      expect(READS_SHARED.test(text)).toBe(true);
    expect(READS_SHARED.test('"./shared"')).toBe(false);
  });
});
