/** Unit and integration tests: `npm test`. End-to-end suites live in jest.e2e.config.cjs. */
process.env.TZ = "Europe/Helsinki";

module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  testMatch: ["<rootDir>/{core,cli,test,excel-addin,apps-script,templates}/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "\\.e2e\\.test\\.ts$"],
  setupFiles: ["<rootDir>/test/setupEnv.cjs"],
};
