import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most integration files wait on emulators, sockets and timers rather than the CPU, so more
    // workers than cores keep both cores busy: on 2 cores the 1,420 tests took 198 s with three
    // workers and 181 s with four (BENCHMARKS.md). The CPU-bound files (BANKING77 training) stay
    // far inside their timeouts. `isolate: false` would let module state (stdout capture,
    // pollers) leak between files.
    maxWorkers: 4,
    env: {
      CDK_DISABLE_VERSION_CHECK: '1',
      POWERTOOLS_DEV: 'false',
      // The SDK's notice that its Node 20 support ends in 2027 (the Lambdas run Node 24).
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  },
});
