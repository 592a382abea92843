import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

/**
 * Browser tests against a production build: globalSetup seeds a temporary data directory, adds
 * the test articles (a hostile one among them) through the ingest CLI, builds into .next-e2e
 * (skip with E2E_SKIP_BUILD=1 when it already holds a build) and starts `next start -p
 * $E2E_PORT` (default 3107) on that data.
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
