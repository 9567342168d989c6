// Jest in ESM mode: @actions/core 3 is ESM-only, so the sources and tests run as ES modules.
// Two projects: `docker`, the suites that run real containers or the action's bundles (they use the
// helpers dockerSuite, smoke() or runBundle), and `unit`, every other suite, which needs neither
// Docker nor the network (`npm run test:unit`). `npm test` runs both.
import { readdirSync, readFileSync } from 'node:fs'
import { URL } from 'node:url'

const TESTS = new URL('__tests__/', import.meta.url)
const DOCKER_HELPERS = /helpers\/(docker-suite|smoke|action)\.js'/
const suites = readdirSync(TESTS, { recursive: true, encoding: 'utf8' }).filter(f =>
  f.endsWith('.test.ts')
)
const dockerSuites = suites.filter(f =>
  DOCKER_HELPERS.test(readFileSync(new URL(f, TESTS), 'utf8'))
)

const shared = {
  clearMocks: true,
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/__tests__/setup-env.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }]
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' }
}

export default {
  testTimeout: 30000,
  globalSetup: '<rootDir>/__tests__/global/setup.js',
  globalTeardown: '<rootDir>/__tests__/global/teardown.js',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: [
        '/node_modules/',
        ...dockerSuites.map(f => `/__tests__/${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
      ]
    },
    {
      ...shared,
      displayName: 'docker',
      testMatch: dockerSuites.map(f => `<rootDir>/__tests__/${f}`)
    }
  ]
}
