import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import { loadArticles, readArticleText, type LoadedArticle } from "./article-input";
import { ArticleFileError, parseArticleFile, serializeArticleFile } from "@/lib/article-file";

const USAGE = `usage: npm run ingest -- [--force] [--out DIR] FILE...
  Cleans raw article files (.txt, as scraped) and writes one Markdown file per article,
  with YAML front matter, to DIR (default data/articles). An existing article is kept
  unless --force is given, and even then its metadata (title, date, author, publisher,
  URL), which may have been edited by hand, is kept; only the body is cleaned again. If
  any file fails, nothing is written.`;

type Planned = { file: string; article: LoadedArticle; target: string; text: string };

/** The article with the metadata of the file it would replace, field by field, when that file reads as an article. */
function withEditedMeta(article: LoadedArticle, target: string): LoadedArticle {
  if (!existsSync(target)) return article;
  const read = readArticleText(target);
  if (!read.ok) return article;
  try {
    return { ...article, meta: { ...article.meta, ...parseArticleFile(read.text).meta } };
  } catch (e) {
    if (e instanceof ArticleFileError) return article;
    throw e;
  }
}

/**
 * mkdir -p, one level at a time: Node's own recursive mkdir never returns for a path under
 * /proc ("--out /proc/x"), where creating the missing directory fails with ENOENT forever.
 */
function makeDirectory(dir: string): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error(`${dir} is not a directory`), { code: "ENOTDIR" });
    return;
  }
  const parent = dirname(dir);
  if (parent !== dir) makeDirectory(parent);
  mkdirSync(dir);
}

function parseArgs(argv: string[]): { force: boolean; out: string; files: string[] } | string {
  let force = false;
  let out = join("data", "articles");
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--force") force = true;
    else if (arg === "--out") {
      const dir = argv[++i];
      if (!dir) return "--out needs a directory";
      out = dir;
    } else if (arg.startsWith("--")) return `unknown option ${arg}`;
    else files.push(arg);
  }
  return files.length ? { force, out, files } : "no files given";
}

function main(argv: string[]): number {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === "string") {
    process.stderr.write(`ingest: ${args}\n${USAGE}\n`);
    return 2;
  }

  // Plan everything first: a run that fails anywhere writes nothing.
  const errors: string[] = [];
  const planned: Planned[] = [];
  for (const file of args.files) {
    const loaded = loadArticles(file);
    if (!loaded.ok) {
      errors.push(`${file}: ${loaded.reason}`);
      continue;
    }
    if (extname(file).toLowerCase() === ".md") {
      errors.push(`${file}: already an ingested article (.md); ingest reads raw .txt files`);
      continue;
    }
    for (const cleaned of loaded.articles) {
      const target = join(args.out, `${cleaned.id}.md`);
      const article = withEditedMeta(cleaned, target);
      const text = serializeArticleFile(article);
      const clash = planned.find((p) => p.target === target);
      if (clash) errors.push(`${file}: article "${article.meta.title}" has the same file name as one from ${clash.file} (${target})`);
      else if (existsSync(target) && !args.force && readFileSync(target, "utf8") !== text) {
        errors.push(`${file}: ${target} exists and differs; use --force to overwrite it`);
      } else planned.push({ file, article, target, text });
    }
  }
  if (errors.length > 0) {
    for (const e of errors) process.stderr.write(`ingest: ${e}\n`);
    process.stderr.write(`ingest: nothing written (${errors.length} problem${errors.length === 1 ? "" : "s"})\n`);
    return 1;
  }

  try {
    makeDirectory(resolve(args.out));
  } catch (e) {
    process.stderr.write(`ingest: cannot create ${args.out}: ${(e as NodeJS.ErrnoException).code ?? "error"}\n`);
    return 1;
  }
  // Write beside the targets, then rename: a reader never sees a half-written article.
  const temps = planned.map((p) => `${p.target}.tmp-${process.pid}`);
  try {
    planned.forEach((p, i) => writeFileSync(temps[i]!, p.text));
    planned.forEach((p, i) => renameSync(temps[i]!, p.target));
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    process.stderr.write(`ingest: cannot write to ${args.out}: ${(e as NodeJS.ErrnoException).code ?? "error"}\n`);
    return 1;
  }
  for (const p of planned) {
    const paragraphs = p.article.body.split("\n\n").length;
    process.stdout.write(`${p.file} → ${relative(process.cwd(), p.target) || p.target} (“${p.article.meta.title}”, ${paragraphs} paragraphs)\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
