module.exports = { ...require('../../jest.preset.cjs'), rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
