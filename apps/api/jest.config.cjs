module.exports = {
  ...require('../../jest.preset.cjs'),
  rootDir: '.',
  testRegex: '.*\\.(spec|e2e-spec)\\.ts$',
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 30000,
};
