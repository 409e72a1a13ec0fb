// Component tests run in jest (the repo's one runner) with jsdom, in ESM mode like the other packages.
module.exports = {
  ...require('../../jest.preset.cjs'),
  rootDir: '.',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.test.tsx', '<rootDir>/src/**/*.test.ts'],
  setupFiles: ['<rootDir>/src/test/polyfills.cjs'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  moduleNameMapper: {
    ...require('../../jest.preset.cjs').moduleNameMapper,
    '\\.(css)$': '<rootDir>/src/test/style-stub.cjs',
  },
};
