import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { annotatedSets, readSet, snapshotOf } from "./annotated-sets";

const USAGE = `usage: npm run --silent snapshot -- [--check]
  Writes predicted.json beside the gold.json of every annotated set in tests/fixtures/:
  the figures the extractor finds in each article, one per line, so that a change to the
  engine shows as a diff of figures gained and lost. --check writes nothing and exits 1
  if any snapshot is out of date.`;

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ options: { check: { type: "boolean" }, help: { type: "boolean", short: "h" } } });
  } catch (e) {
    process.stderr.write(`snapshot: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let stale = 0;
  for (const set of annotatedSets()) {
    const target = join(set, "predicted.json");
    const next = snapshotOf(readSet(set));
    const current = existsSync(target) ? readFileSync(target, "utf8") : "";
    if (current === next) continue;
    stale++;
    if (parsed.values.check) {
      process.stdout.write(`out of date: ${relative(process.cwd(), target)}\n`);
      continue;
    }
    writeFileSync(`${target}.tmp`, next);
    renameSync(`${target}.tmp`, target);
    process.stdout.write(`wrote ${relative(process.cwd(), target)}\n`);
  }
  if (stale === 0) process.stdout.write("snapshots up to date\n");
  return parsed.values.check && stale > 0 ? 1 : 0;
}

process.exitCode = main();
