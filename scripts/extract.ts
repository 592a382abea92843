import "./quiet-pipe";
import { parseArgs } from "node:util";
import { loadArticles } from "./article-input";
import type { AmountExplanation } from "@/lib/extract";
import { processArticle } from "@/lib/extract/pipeline";
import { formatFigureRow } from "@/lib/figure-text";
import type { Figure } from "@/lib/schema";

const USAGE = `usage: npm run --silent extract -- [--json | --explain] FILE...
  Prints the trade figures found in each article file (raw .txt or ingested .md)
  with the sentence that states each one. --json prints one JSON array on stdout
  (per file: its sentences that state figures, once each, and the figures, whose
  span counts from the start of their sentence);
  --explain shows, for every amount, what decided its figure or why it gave none.`;

/** A sentence that states figures, given once however many it states. */
type StatingSentence = { index: number; text: string };
/** One article's figures, each span counted from the start of its sentence. */
type FoundArticle = { title: string; sentences: StatingSentence[]; figures: Figure[] };
/**
 * One file: its article's figures. A scraped page may carry other articles ("Similar
 * articles"); theirs are listed under `related`, never mixed into the page's own.
 */
type FileResult = { file: string } & FoundArticle & { related?: FoundArticle[] };

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
      const stating = [...new Set(figures.map((f) => f.sentenceIndex))].map((index) => ({ index, text: article.body.slice(article.sentences[index]!.start, article.sentences[index]!.end) }));
      const found = figures.map((f) => {
        const s = article.sentences[f.sentenceIndex]!;
        return { ...f, span: [f.span[0] - s.start, f.span[1] - s.start] as [number, number] };
      });
      return { title: article.title, sentences: stating, figures: found };
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
    const quote = quoteAround(body.slice(s.start, s.end), [n.span[0] - s.start, n.span[1] - s.start]);
    lines.push(`  sentence ${n.sentenceIndex + 1}: “${quote}”`, `    money:   ${n.money}`);
    if (n.decided) {
      lines.push(`    metric:  ${n.decided.metric}`, `    parties: ${n.decided.parties}`, `    period:  ${n.decided.period}`, `    kind:    ${n.decided.kind}`);
      lines.push(`    figure:  ${n.figureId}, confidence ${n.confidence?.toFixed(2)} from ${n.features?.join(", ")}`);
    } else lines.push(`    no figure: ${n.rejected}`);
  }
  return `${lines.join("\n")}\n`;
}

function formatFigures(a: FoundArticle): string {
  const textOf = new Map(a.sentences.map((s) => [s.index, s.text]));
  const rows = a.figures.map((f) => `  ${formatFigureRow(f)}\n      “${quoteAround(textOf.get(f.sentenceIndex)!, f.span)}”\n`);
  return `${a.title}\n${a.figures.length} figure${a.figures.length === 1 ? "" : "s"}\n${rows.join("")}`;
}

/** The sentence with the amount in brackets; a long one cut to the words around the amount. */
function quoteAround(sentence: string, [start, end]: [number, number]): string {
  const from = start > QUOTE_REACH ? start - QUOTE_REACH : 0;
  const to = Math.min(sentence.length, end + QUOTE_REACH);
  return `${from > 0 ? "…" : ""}${sentence.slice(from, start)}[${sentence.slice(start, end)}]${sentence.slice(end, to)}${to < sentence.length ? "…" : ""}`;
}

/** How many characters of a sentence a quote shows on each side of its amount. */
const QUOTE_REACH = 300;

function formatFileResult(r: FileResult): string {
  const related = (r.related ?? []).map((a) => `  related article in the same file: ${formatFigures(a)}`);
  return `${r.file} — ${formatFigures(r)}${related.join("")}`;
}

process.exitCode = main(process.argv.slice(2));
