import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The tests Stryker runs against each mutant (see stryker.config.mjs), per scope, so a mutant costs
 * seconds rather than the whole suite. The pure domain and the outcome rules are judged by their
 * unit tests: the emulator-backed suites take 10–40 s a run and would cover them too, turning each
 * mutant into a minute. The DynamoDB stores need those suites, which start their own dynalite.
 */
const SUITES = {
  domain: [
    'test/lib/domain/policy/*.test.ts',
    'test/lib/domain/policy/signals/*.test.ts',
    'test/lib/use-cases/decide-claimed.test.ts',
    'test/security/injection.test.ts',
    'test/lib/domain/thresholds/*.test.ts',
    'test/lib/domain/classification/second-opinion.test.ts',
    'test/lib/domain/scorer/labelled-example.test.ts',
    'test/lib/domain/scorer/evidence-rows.test.ts',
    'test/lib/domain/scorer/route-scorer-source.test.ts',
    'test/lib/domain/scorer/need-detector.test.ts',
    'test/lib/domain/scorer/cross-fit.test.ts',
    'test/lib/domain/scorer/fold-groups.test.ts',
  ],
  outcomes: [
    'test/lib/domain/outcomes/*.test.ts',
    'test/lib/domain/route-config/exploration-plan.test.ts',
    'test/lib/use-cases/record-outcome*.test.ts',
    'test/lib/adapters/dynamodb/outcome-store.test.ts',
    'test/tools/local/simulated-people.test.ts',
    'test/tools/simulate/replay.adjudicated.test.ts',
    'test/lib/use-cases/retune-routes.test.ts',
    'test/lib/use-cases/triage-record.history.test.ts',
    'test/lib/domain/tickets/history-decision.test.ts',
  ],
  stores: [
    'test/lib/adapters/dynamodb/ticket-store.test.ts',
    'test/lib/adapters/dynamodb/outcome-store.test.ts',
    'test/integration/route-config-concurrency.test.ts',
    'test/integration/classify-handler.test.ts',
    'test/integration/ticket-store*.test.ts',
    'test/integration/outcome-*.test.ts',
  ],
} as const;

type Scope = keyof typeof SUITES;
const scope: Scope =
  (Object.keys(SUITES) as Scope[]).find((s) => s === process.env.MUTATION_SCOPE) ?? 'domain';

// Spread, not mergeConfig: mergeConfig concatenates arrays, which would keep the base's `test/**` glob.
// Without the base's projects: each names its own files, which would replace this include.
export default defineConfig({
  ...base,
  test: { ...base.test, projects: undefined, include: [...SUITES[scope]] },
});
