import { parseArgs } from "node:util";
import { loadArticles } from "./article-input";
import type { AmountExplanation } from "@/lib/extract";
import { processArticle } from "@/lib/pipeline";
import { formatFigureRow } from "@/lib/figure-text";
import type { Figure } from "@/lib/schema";

const USAGE = `usage: npm run --silent extract -- [--json | --explain] FILE...
  Prints the trade figures found in each article file (raw .txt or ingested .md)
  with the sentence that states each one. --json prints one JSON array on stdout;
  --explain shows, for every amount, what decided its figure or why it gave none.`;

type FoundFigure = Figure & { sentence: string };
/**
 * One file: its article's figures. A scraped page may carry other articles ("Similar
 * articles"); theirs are listed under `related`, never mixed into the page's own.
 */
type FileResult = { file: string; title: string; figures: FoundFigure[]; related?: { title: string; figures: FoundFigure[] }[] };

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { json: { type: "boolean" }, explain: { type: "boolean" }, help: { type: "boolean", short: "h" } }, allowPositionals: true });
  } catch (e) {
    process.stderr.write(`extract: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { json, explain, help } = parsed.values;
  const files = parsed.positionals;
  if (help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (files.length === 0 || (json && explain)) {
    process.stderr.write(`extract: ${files.length === 0 ? "no files given" : "--json and --explain do not go together"}\n${USAGE}\n`);
    return 2;
  }

  let failed = 0;
  const results: FileResult[] = [];
  const explanations: string[] = [];
  for (const file of files) {
    const loaded = loadArticles(file);
    if (!loaded.ok) {
      process.stderr.write(`extract: ${file}: ${loaded.reason}\n`);
      failed++;
      continue;
    }
    const [main, ...others] = loaded.articles.map(({ id, meta, body }) => {
      const notes: AmountExplanation[] = [];
      const { article, figures } = processArticle({ id, ...meta, body }, explain ? notes : undefined);
      if (explain) explanations.push(formatExplanations(file, article.title, notes, article.body, article.sentences));
      const found = figures.map((f) => {
        const s = article.sentences[f.sentenceIndex]!;
        return { ...f, sentence: article.body.slice(s.start, s.end), span: [f.span[0] - s.start, f.span[1] - s.start] as [number, number] };
      });
      return { title: article.title, figures: found };
    });
    results.push({ file, ...main!, ...(others.length ? { related: others } : {}) });
  }

  if (explain) process.stdout.write(explanations.join("\n"));
  else if (json) process.stdout.write(`${JSON.stringify(results, null, 1)}\n`);
  else process.stdout.write(results.map(formatFileResult).join("\n"));
  return failed > 0 ? 1 : 0;
}

function formatExplanations(file: string, title: string, notes: AmountExplanation[], body: string, sentences: { start: number; end: number }[]): string {
  const lines = [`${file} — ${title}`, `${notes.length} amount${notes.length === 1 ? "" : "s"}`];
  for (const n of notes) {
    const s = sentences[n.sentenceIndex]!;
    const sentence = body.slice(s.start, s.end);
    const quote = `${sentence.slice(0, n.span[0] - s.start)}[${n.amount}]${sentence.slice(n.span[1] - s.start)}`;
    lines.push(`  sentence ${n.sentenceIndex + 1}: “${quote}”`, `    money:   ${n.money}`);
    if (n.decided) {
      lines.push(`    metric:  ${n.decided.metric}`, `    parties: ${n.decided.parties}`, `    period:  ${n.decided.period}`, `    kind:    ${n.decided.kind}`);
      lines.push(`    figure:  ${n.figureId}, confidence ${n.confidence?.toFixed(2)} from ${n.features?.join(", ")}`);
    } else lines.push(`    no figure: ${n.rejected}`);
  }
  return `${lines.join("\n")}\n`;
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
