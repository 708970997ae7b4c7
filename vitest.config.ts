import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'happy-dom',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // e2e files each start their own Chromium; two cores: keep files sequential there.
    fileParallelism: true,
  },
});
