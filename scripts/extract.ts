import { loadArticles } from "./article-input";
import { processArticle } from "@/lib/pipeline";
import { formatFigureRow } from "@/lib/figure-text";
import type { Figure } from "@/lib/schema";

const USAGE = `usage: npm run --silent extract -- [--json] FILE...
  Prints the trade figures found in each article file (raw .txt or ingested .md)
  with the sentence that states each one. --json prints one JSON array on stdout.`;

type FileResult = { file: string; title: string; figures: (Figure & { sentence: string })[] };

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
    const figures = loaded.articles.flatMap(({ id, meta, body }) => {
      const { article, figures } = processArticle({ id, ...meta, body });
      return figures.map((f) => {
        const s = article.sentences[f.sentenceIndex]!;
        return { ...f, sentence: article.body.slice(s.start, s.end), span: [f.span[0] - s.start, f.span[1] - s.start] as [number, number] };
      });
    });
    results.push({ file, title: loaded.articles[0]!.meta.title, figures });
  }

  if (json) process.stdout.write(`${JSON.stringify(results, null, 1)}\n`);
  else process.stdout.write(results.map(formatFileResult).join("\n"));
  return failed > 0 ? 1 : 0;
}

function formatFileResult(r: FileResult): string {
  const head = `${r.file} — ${r.title}\n${r.figures.length} figure${r.figures.length === 1 ? "" : "s"}\n`;
  const rows = r.figures.map((f) => {
    const quote = `${f.sentence.slice(0, f.span[0])}[${f.sentence.slice(f.span[0], f.span[1])}]${f.sentence.slice(f.span[1])}`;
    return `  ${formatFigureRow(f)}\n      “${quote}”\n`;
  });
  return `${head}${rows.join("")}`;
}

process.exitCode = main(process.argv.slice(2));
