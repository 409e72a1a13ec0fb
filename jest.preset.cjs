/**
 * Shared jest settings. Jest runs in ESM mode (NODE_OPTIONS=--experimental-vm-modules) because
 * NestJS 12 is ESM-only and CJS jest cannot require() it on Node 20 (STACK.md P1).
 */
module.exports = {
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'es6' },
      },
    ],
  },
  testEnvironment: 'node',
};
