module.exports = {
  ...require('../jest.preset.cjs'),
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/artifacts/'],
  testTimeout: 120000,
  // Products are child processes; a failing test must not keep the run alive (see stopAllProducts).
  forceExit: true,
};
