import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    env: { CDK_DISABLE_VERSION_CHECK: '1', POWERTOOLS_DEV: 'false' },
  },
});
