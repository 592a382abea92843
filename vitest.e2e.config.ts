import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

/**
 * Browser tests against the production build: globalSetup ingests a hostile article into a
 * temporary copy of the corpus, runs `next build` over it (skip with E2E_SKIP_BUILD=1 when .next
 * already holds that build) and starts `next start -p $E2E_PORT` (default 3107).
 */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 900_000,
  },
});
