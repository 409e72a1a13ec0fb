const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  rootDir: '.',
  testRegex: '.*\\.(spec|e2e-spec)\\.ts$',
  // src/collab/yjs.mts is an ES module on purpose (one Yjs copy shared with @parallax/doc); TypeScript
  // sources import it as './yjs.mjs'.
  moduleFileExtensions: [...preset.moduleFileExtensions, 'mts'],
  extensionsToTreatAsEsm: [...preset.extensionsToTreatAsEsm, '.mts'],
  moduleNameMapper: { '^(\\.{1,2}/(?:.*/)?)yjs\\.mjs$': '$1yjs.mts', ...preset.moduleNameMapper },
  transform: { '^.+\\.m?tsx?$': preset.transform['^.+\\.tsx?$'] },
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 30000,
};
