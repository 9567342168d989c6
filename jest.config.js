// Jest in ESM mode: @actions/core 3 is ESM-only, so the sources and tests run as ES modules.
export default {
  clearMocks: true,
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  testTimeout: 30000,
  setupFiles: ['<rootDir>/__tests__/setup-env.ts'],
  globalSetup: '<rootDir>/__tests__/global/setup.js',
  globalTeardown: '<rootDir>/__tests__/global/teardown.js',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }]
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' }
}
