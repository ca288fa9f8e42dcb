/**
 * Material that lives beside the repository, not in it (../shared: the seed text, Microsoft's manifest
 * schemas). A fresh clone has no ../shared, and `npm test` must still pass there, so tests that need it
 * skip with a visible note when it is absent. CI sets PLAN_CHECK_REQUIRE_SHARED=1 (see .ci/run): there a
 * missing file is a failure, never a silent skip.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** ../shared beside the repository clone. */
export const SHARED_DIR = path.resolve(__dirname, "..", "..", "shared");

export const sharedRequired = (): boolean => process.env.PLAN_CHECK_REQUIRE_SHARED === "1";

export interface SharedFile {
  /** Absolute path of the file. */
  path: string;
  /** The path as a reader knows it: ../shared/… */
  shown: string;
  present: boolean;
}

export function sharedFile(...parts: string[]): SharedFile {
  const file = path.join(SHARED_DIR, ...parts);
  return { path: file, shown: ["..", "shared", ...parts].join("/"), present: fs.existsSync(file) };
}

/**
 * `test`, when the shared file is present. When it is absent the test is skipped (its title says why, and a
 * note goes to the console), unless PLAN_CHECK_REQUIRE_SHARED=1, where it fails naming the missing file.
 */
export function testWithShared(file: SharedFile, title: string, fn: () => unknown): void {
  if (file.present) {
    test(title, fn as jest.ProvidesCallback);
  } else if (sharedRequired()) {
    test(title, () => {
      throw new Error(`${file.shown} is missing (${file.path}) and PLAN_CHECK_REQUIRE_SHARED=1 says it must be present`);
    });
  } else {
    test.skip(`${title} [skipped: ${file.shown} is absent]`, () => undefined);
  }
}

/** One console note per absent file, so a skipped suite is never silent. */
export function noteIfAbsent(file: SharedFile, what: string): void {
  if (!file.present && !sharedRequired()) {
    console.warn(`${what}: skipped, ${file.shown} is absent beside the repository (set PLAN_CHECK_REQUIRE_SHARED=1 to require it)`);
  }
}
