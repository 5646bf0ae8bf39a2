import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The tests Stryker runs against each mutant (see stryker.config.mjs), per scope, so a mutant costs
 * seconds rather than the whole suite. The pure domain is judged by its unit tests alone: the
 * emulator-backed suites take ~40 s a run and would also cover it, drowning the run in timeouts.
 * The feedback loop and the DynamoDB stores need those suites, which start their own dynalite.
 */
const SUITES = {
  domain: [
    'test/unit/policy.test.ts',
    'test/unit/model-unavailable.test.ts',
    'test/security/injection.test.ts',
    'test/thresholds/*.test.ts',
    'test/feedback/plan-route.test.ts',
  ],
  feedback: [
    'test/feedback/*.test.ts',
    'test/integration/route-config-concurrency.test.ts',
    'test/integration/classify-handler.test.ts',
    'test/integration/ticket-store*.test.ts',
    'test/integration/outcome-*.test.ts',
  ],
} as const;

const scope = process.env.MUTATION_SCOPE === 'feedback' ? 'feedback' : 'domain';

// Spread, not mergeConfig: mergeConfig concatenates arrays, which would keep the base's `test/**` glob.
export default defineConfig({ ...base, test: { ...base.test, include: [...SUITES[scope]] } });
