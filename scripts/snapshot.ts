import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { processArticle } from "@/lib/pipeline";
import type { GoldArticle } from "@/lib/score-figures";
import { formatSnapshot, snapshotFigure, type SnapshotArticle } from "@/lib/snapshot";
import { loadArticles } from "./article-input";

const USAGE = `usage: npm run --silent snapshot -- [--check]
  Writes predicted.json beside the gold.json of every annotated set in tests/fixtures/:
  the figures the extractor finds in each article, one per line, so that a change to the
  engine shows as a diff of figures gained and lost. --check writes nothing and exits 1
  if any snapshot is out of date.`;

const fixtures = join(import.meta.dirname, "..", "tests", "fixtures");

/** Every folder under tests/fixtures (one level, and the sets inside tests/fixtures/real) that holds a gold.json. */
export function annotatedSets(): string[] {
  const level = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(dir, d.name));
  return [...level(fixtures), ...level(join(fixtures, "real"))].filter((d) => existsSync(join(d, "gold.json"))).sort();
}

/** The snapshot of one set, as the current extractor reads its articles. */
export function snapshotOf(set: string): string {
  const gold = JSON.parse(readFileSync(join(set, "gold.json"), "utf8")) as GoldArticle[];
  const dir = existsSync(join(set, "articles")) ? join(set, "articles") : set;
  const articles: SnapshotArticle[] = gold.map((g) => {
    const loaded = loadArticles(join(dir, g.file));
    const page = loaded.ok ? loaded.articles[0] : undefined;
    if (!page) return { file: g.file, figures: [] };
    const { article, figures } = processArticle({ id: page.id, ...page.meta, body: page.body });
    return { file: g.file, figures: figures.map((f) => snapshotFigure(f, article.body)) };
  });
  return formatSnapshot(articles);
}

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
    const next = snapshotOf(set);
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

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) process.exitCode = main();
