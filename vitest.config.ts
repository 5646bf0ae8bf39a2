import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most integration files wait on emulators, sockets and timers rather than the CPU, so three
    // workers on a 2-core machine keep both cores busy: 983 tests took 130 s with three and 160 s
    // with two on a quiet machine (BENCHMARKS.md). The CPU-bound files (BANKING77 training) stay
    // far inside their timeouts at three. `isolate: false` would let module state (stdout
    // capture, pollers) leak between files.
    maxWorkers: 3,
    env: {
      CDK_DISABLE_VERSION_CHECK: '1',
      POWERTOOLS_DEV: 'false',
      // The SDK's notice that its Node 20 support ends in 2027 (the Lambdas run Node 24).
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  },
});
