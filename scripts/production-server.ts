import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export type ServerOptions = { env?: Record<string, string>; distDir?: string };

/**
 * Starts the production server (`npm start`) on `port` from the production build in `root` (its `.next`, or
 * `distDir`) and waits until it answers; `stop()` ends it and its children. Fails with a
 * readable message when there is no build.
 */
export async function startProductionServer(root: string, port: number, options: ServerOptions = {}): Promise<{ base: string; pid: number; stop: () => void }> {
  const distDir = options.distDir ?? ".next";
  if (!existsSync(join(root, distDir, "BUILD_ID"))) throw new Error("no production build here; run `npm run build` first");
  const base = `http://localhost:${port}`;
  const env = { ...process.env, ...options.env, NEXT_TELEMETRY_DISABLED: "1", TRADECITE_DIST_DIR: distDir };
  const server = spawn(process.execPath, [join(root, "scripts", "serve.mjs"), "--port", String(port)], { cwd: root, stdio: "ignore", detached: true, env });
  const stop = () => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  };
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(base)).ok) return { base, pid: server.pid!, stop };
    } catch {
      if (tries > 240) {
        stop();
        throw new Error("the production server did not answer within two minutes");
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
