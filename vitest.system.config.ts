import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The system checks: the same product driven by programs `npm test` cannot count on, Debian's
 * Chromium (the report draws) and the AWS CLI (the served stack answers it). .ci/run installs both
 * and runs these after `npm test`, with `npm run test:system`.
 */
// Without the base's projects: each names its own files, which would replace this include.
export default defineConfig({
  ...base,
  test: { ...base.test, projects: undefined, include: ['test-system/**/*.test.ts'] },
});
