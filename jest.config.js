/** One jest run for everything: engine and CLI tests in node, pane tests opt into jsdom per file. */
module.exports = {
  testEnvironment: "node",
  // Workers are recycled past 1.5 GB between test files: a long-lived worker otherwise accumulates the
  // workbooks of many suites and ran out of heap in a full run.
  workerIdleMemoryLimit: "1536MB",
  // Tests assert behaviour, never speed (npm run bench shows speed): a loaded 2-core machine must not turn a
  // slow Excel double or a React render into a failure.
  testTimeout: 60_000,
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  setupFilesAfterEnv: ["<rootDir>/test/setupTestingLibrary.ts"],
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/shims/office-addin-manifest.cjs" },
};
