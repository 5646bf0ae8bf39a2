/**
 * Mutation testing of the core, outside `npm test`. Three scopes, each with its own tests (see
 * vitest.mutation.config.ts): `domain` (policy, threshold statistics, and the route scorer's
 * second opinion, labelled examples, evidence rows, loader, grouped folds and need-a-person
 * detector), `outcomes` (outcome
 * rules, the history label, record-outcome and the retune use case) and `stores` (the DynamoDB
 * adapters, against the emulator-backed suites).
 * `npm run mutation` runs all three; `MUTATION_SCOPE=domain npx stryker run` runs one, and
 * `--mutate <glob>` narrows it. Reports land in reports/mutation/<scope>.{html,json}.
 */
const SCOPES = ['domain', 'outcomes', 'stores'];
const scope = SCOPES.find((s) => s === process.env.MUTATION_SCOPE) ?? 'domain';

const MUTATE = {
  domain: [
    'lib/domain/policy/**/*.ts',
    'lib/domain/thresholds/**/*.ts',
    'lib/domain/classification/second-opinion.ts',
    'lib/domain/scorer/labelled-example.ts',
    'lib/domain/scorer/evidence-rows.ts',
    'lib/domain/scorer/route-scorer-source.ts',
    'lib/domain/scorer/need-detector.ts',
    'lib/domain/scorer/fold-groups.ts',
  ],
  outcomes: [
    'lib/domain/outcomes/**/*.ts',
    'lib/domain/tickets/history-decision.ts',
    'lib/use-cases/record-outcome.ts',
    'lib/use-cases/retune-routes.ts',
  ],
  stores: ['lib/adapters/dynamodb/**/*.ts'],
};

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // The machine has two cores shared with other work.
  concurrency: 2,
  mutate: MUTATE[scope],
  // The emulator-backed suites take seconds per test; an endless loop still times out.
  timeoutMS: scope === 'stores' ? 30_000 : 5_000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${scope}.html` },
  jsonReporter: { fileName: `reports/mutation/${scope}.json` },
  clearTextReporter: { logTests: false, reportMutants: true, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['cdk.out', 'coverage', '.triage', 'reports', 'docs'],
  cleanTempDir: 'always',
};
