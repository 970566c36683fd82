/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, diagnostics: false }] },
  testTimeout: 60000,
};
