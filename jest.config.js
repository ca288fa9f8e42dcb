/** One jest run for everything: engine and CLI tests in node, pane tests opt into jsdom per file. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  setupFilesAfterEnv: ["<rootDir>/test/setupTestingLibrary.ts"],
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/shims/office-addin-manifest.cjs" },
};
