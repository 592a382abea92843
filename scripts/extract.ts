import { loadArticles } from "./article-input";
import { processArticle } from "@/lib/pipeline";
import { formatFigureRow } from "@/lib/figure-text";
import type { Figure } from "@/lib/schema";

const USAGE = `usage: npm run --silent extract -- [--json] FILE...
  Prints the trade figures found in each article file (raw .txt or ingested .md)
  with the sentence that states each one. --json prints one JSON array on stdout.`;

type FoundFigure = Figure & { sentence: string };
/**
 * One file: its article's figures. A scraped page may carry other articles ("Similar
 * articles"); theirs are listed under `related`, never mixed into the page's own.
 */
type FileResult = { file: string; title: string; figures: FoundFigure[]; related?: { title: string; figures: FoundFigure[] }[] };

function main(argv: string[]): number {
  const json = argv.includes("--json");
  const unknown = argv.filter((a) => a.startsWith("--") && a !== "--json");
  const files = argv.filter((a) => !a.startsWith("--"));
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (unknown.length > 0 || files.length === 0) {
    process.stderr.write(`${unknown.length ? `extract: unknown option ${unknown[0]}\n` : "extract: no files given\n"}${USAGE}\n`);
    return 2;
  }

  let failed = 0;
  const results: FileResult[] = [];
  for (const file of files) {
    const loaded = loadArticles(file);
    if (!loaded.ok) {
      process.stderr.write(`extract: ${file}: ${loaded.reason}\n`);
      failed++;
      continue;
    }
    const [main, ...others] = loaded.articles.map(({ id, meta, body }) => {
      const { article, figures } = processArticle({ id, ...meta, body });
      const found = figures.map((f) => {
        const s = article.sentences[f.sentenceIndex]!;
        return { ...f, sentence: article.body.slice(s.start, s.end), span: [f.span[0] - s.start, f.span[1] - s.start] as [number, number] };
      });
      return { title: article.title, figures: found };
    });
    results.push({ file, ...main!, ...(others.length ? { related: others } : {}) });
  }

  if (json) process.stdout.write(`${JSON.stringify(results, null, 1)}\n`);
  else process.stdout.write(results.map(formatFileResult).join("\n"));
  return failed > 0 ? 1 : 0;
}

function formatFigures(title: string, figures: FoundFigure[]): string {
  const rows = figures.map((f) => {
    const quote = `${f.sentence.slice(0, f.span[0])}[${f.sentence.slice(f.span[0], f.span[1])}]${f.sentence.slice(f.span[1])}`;
    return `  ${formatFigureRow(f)}\n      “${quote}”\n`;
  });
  return `${title}\n${figures.length} figure${figures.length === 1 ? "" : "s"}\n${rows.join("")}`;
}

function formatFileResult(r: FileResult): string {
  const related = (r.related ?? []).map((a) => `  related article in the same file: ${formatFigures(a.title, a.figures)}`);
  return `${r.file} — ${formatFigures(r.title, r.figures)}${related.join("")}`;
}

process.exitCode = main(process.argv.slice(2));
