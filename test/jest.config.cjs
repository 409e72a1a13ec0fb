module.exports = {
  ...require('../jest.preset.cjs'),
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/artifacts/'],
  testTimeout: 120000,
};
