/** End-to-end suites in real engines (LibreOffice, Chromium): `npm run test:e2e`. */
const base = require("./jest.config.cjs");

module.exports = {
  ...base,
  testMatch: ["<rootDir>/{core,cli,test,excel-addin,apps-script}/**/*.e2e.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 180000,
};
