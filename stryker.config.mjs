/**
 * Mutation testing of the core, outside `npm test`. Two scopes, each with its own tests (see
 * vitest.mutation.config.ts): `domain` (policy and threshold statistics, unit tests) and `feedback`
 * (outcomes, record-outcome and the DynamoDB stores, with the emulator-backed suites).
 * `npm run mutation` runs both; `MUTATION_SCOPE=domain npx stryker run` runs one. Reports land in
 * reports/mutation/<scope>.{html,json}.
 */
const scope = process.env.MUTATION_SCOPE === 'feedback' ? 'feedback' : 'domain';

const MUTATE = {
  domain: ['lib/domain/policy/**/*.ts', 'lib/domain/thresholds/**/*.ts'],
  feedback: [
    'lib/domain/outcomes/**/*.ts',
    'lib/use-cases/record-outcome.ts',
    'lib/adapters/dynamodb/**/*.ts',
  ],
};

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // The machine has two cores shared with other work.
  concurrency: 2,
  mutate: MUTATE[scope],
  // The emulator-backed suites take seconds per test; an endless loop still times out.
  timeoutMS: scope === 'feedback' ? 30_000 : 5_000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${scope}.html` },
  jsonReporter: { fileName: `reports/mutation/${scope}.json` },
  clearTextReporter: { logTests: false, reportMutants: true, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['cdk.out', 'coverage', '.triage', 'reports', 'docs'],
  cleanTempDir: 'always',
};
