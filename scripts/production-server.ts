import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * Starts `next start` on `port` from the production build in `root` and waits until it answers;
 * `stop()` ends it and its children. Fails with a readable message when there is no build.
 */
export async function startProductionServer(root: string, port: number): Promise<{ base: string; stop: () => void }> {
  if (!existsSync(join(root, ".next", "BUILD_ID"))) throw new Error("no production build here; run `npm run build` first");
  const base = `http://localhost:${port}`;
  const server = spawn(join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port)], { cwd: root, stdio: "ignore", detached: true, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const stop = () => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  };
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(base)).ok) return { base, stop };
    } catch {
      if (tries > 120) {
        stop();
        throw new Error("next start did not answer within a minute");
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
