import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { cleanRawArticle } from "@/lib/ingest/clean";
import { serializeArticleFile } from "@/lib/ingest/article-file";
import { slugify } from "@/lib/ingest/slug";
import { processArticle } from "@/lib/extract/pipeline";
import { findMoneyMentions } from "@/lib/extract/money";
import { bundledReviewsSchema, describeUnplaced, findLoosely, planBundledReviews, type BundledFigure, type BundledReviews } from "@/lib/edit/bundled-reviews";
import { articleMetaSchema, type ArticleMeta } from "@/lib/schema";
import { sameValue, type GoldArticle, type GoldFigure } from "@/lib/quality/score-figures";
import { articleDir, readGold } from "./annotated-sets";

const USAGE = `usage: npm run bundle-corpus
  Rebuilds the bundled corpus from the annotated real-news sets (tests/fixtures/real/*): every
  English article with a URL and a date whose figures touch Belarus or its region is copied as received
  to data/raw/, cleaned to data/articles/, and its annotated figures become its review in
  data/reviews.json. Articles bundled from elsewhere (the seeds) and their reviews are kept.`;

const ROOT = join(import.meta.dirname, "..");
const DATA = join(ROOT, "data");
const REAL = join(ROOT, "tests", "fixtures", "real");
const EDITOR = "tradecite-desk";
/** Belarus and the countries around it whose trade the corpus follows. */
const REGION = new Set(["BLR", "RUS", "UKR", "POL", "LTU", "LVA", "EST", "KAZ", "UZB", "KGZ", "TJK", "TKM", "GEO", "AZE", "ARM", "MDA"]);
/** Publishers by the domain of their pages; other domains are named as they are. */
const PUBLISHERS: Record<string, string> = {
  "tass.com": "TASS", "en.trend.az": "Trend", "trend.az": "Trend", "azernews.az": "AzerNews", "en.inform.kz": "Kazinform", "inform.kz": "Kazinform", "qazinform.com": "Kazinform",
  "astanatimes.com": "The Astana Times", "rt.com": "RT", "belarus.by": "Belarus.by", "news.by": "News.by", "menafn.com": "MENAFN", "euroradio.fm": "Euroradio", "euroradio.by": "Euroradio",
  "data.minsk.by": "data.minsk.by", "intellinews.com": "bne IntelliNews", "today.az": "Today.az", "eng.belta.by": "BelTA", "belta.by": "BelTA", "urdupoint.com": "UrduPoint", "en.ctv.by": "CTV",
  "tvr.by": "Belteleradiocompany", "report.az": "Report.az", "24.kg": "24.kg", "turkmenportal.com": "Turkmenportal", "sputnikglobe.com": "Sputnik", "news.err.ee": "ERR News",
  "en.vestikavkaza.ru": "Vestnik Kavkaza", "vestnikkavkaza.net": "Vestnik Kavkaza", "armenpress.am": "Armenpress", "en.people.cn": "People's Daily Online", "belarus24.by": "Belarus 24", "sb.by": "SB. Belarus Segodnya",
  "belsat.eu": "Belsat", "azertag.az": "AZERTAC", "chinadaily.com.cn": "China Daily", "globaltimes.cn": "Global Times", "dw.com": "DW", "baltictimes.com": "The Baltic Times", "kyivpost.com": "Kyiv Post",
  "civil.ge": "Civil.ge", "azatutyun.am": "Azatutyun", "caliber.az": "Caliber.az", "unian.info": "UNIAN", "news.am": "News.am", "geostat.ge": "Geostat", "stat.gov.pl": "Statistics Poland", "stat.ee": "Statistics Estonia",
  "belarusinfocus.info": "Belarus in Focus", "en.vietnamplus.vn": "VietnamPlus", "eng.lsm.lv": "LSM", "lithuaniatribune.com": "The Lithuania Tribune", "baltic-course.com": "The Baltic Course",
};

type Candidate = { set: string; gold: GoldArticle & { source: { url: string | null; title: string | null; date: string | null } }; path: string };

const inRegion = (f: GoldFigure) => REGION.has(f.reporter) || REGION.has(f.partner);

function candidates(): Candidate[] {
  // The Russian sets (ru-*) wait for the reader's gloss of a Russian sentence before they are bundled.
  const sets = readdirSync(REAL).filter((d) => existsSync(join(REAL, d, "gold.json")) && !d.startsWith("ru-")).sort();
  return sets.flatMap((set) =>
    (readGold(join(REAL, set)) as Candidate["gold"][])
      .filter((g) => g.source?.url && g.source?.date && g.figures.some(inRegion))
      .map((gold) => ({ set, gold, path: join(articleDir(join(REAL, set)), gold.file) })),
  );
}

function publisherOf(url: string): string {
  const host = new URL(url).hostname.replace(/^www\d?\./, "").replace(/^m\./, "").replace(/\.$/, "");
  return PUBLISHERS[host] ?? host;
}

/** Page furniture a cleaned page may take for its title: bylines, credits, calls to subscribe. */
const FURNITURE = /\b(?:journalist|translator|editor|translated|photos?|follow|stay up-to-date|subscribe|news agency)\b/i;

/** A line that reads as a headline: several words, not a dateline, a byline, a clock time or page furniture. */
const isHeadline = (line: string | undefined): line is string =>
  !!line && line.split(/\s+/).length >= 4 && /\p{Ll}/u.test(line) && !/^\s*by\b/i.test(line) && !/\d{1,2}:\d{2}/.test(line) && !/^\p{Lu}[\p{Lu}\s.-]+,/u.test(line) && !/[\u0400-\u04FF]/.test(line) && !FURNITURE.test(line) && !/\b\d{1,2}\.?$|\/\p{Lu}+\/|,\s*\p{Lu}{4,}$/u.test(line);

/** The words of a URL's last path segment that name the story ("china-russia-trade-up-in-2023-1111846084"), when they do. */
function headlineOfUrl(url: string): string | undefined {
  const segment = decodeURIComponent(new URL(url).pathname.split("/").filter(Boolean).at(-1) ?? "").replace(/\.(?:html?|php|vnp|aspx?)$/, "");
  const words = segment.split(/[-_]+/).filter((w) => w && !/^\d{5,}$/.test(w) && !/^[a-z]\d+$/i.test(w));
  while (words.length > 0 && /^[a-z]$|^(?=.*\d)(?=.*[a-z])[a-z\d]{5,}$/i.test(words.at(-1)!)) words.pop();
  if (words.filter((w) => /^[a-z]{3,}$/i.test(w)).length < 4) return undefined;
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The body's first sentence without its dateline ("BAKU, Azerbaijan, Feb. 25 By Trend"), cut to a headline's length. */
function headlineOfBody(body: string): string {
  let first = body;
  for (let before = ""; before !== first; ) {
    before = first;
    first = first
      .replace(/^\p{Lu}[\p{Lu}-]+\.\s+/u, "")
      .replace(/^(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\.?\s*/, "")
      .replace(/^\p{Lu}[\p{L} ./-]{0,40},(?: ?[\p{L}.]{1,20},?){0,3} ?\d{1,2}\b(?:,? \d{4})?(?:, \p{Lu}{3,}\.)?/u, "")
      .replace(/^(?:\p{Lu}[\p{Lu}-]+\s*[.:,–—-]*\s+)+(?=\p{Lu}\p{Ll})/u, "")
      .replace(/^[\s.,:;–—-]*(?:\/\s*[^/]{1,30}\/\s*)?(?:(?:By|–|—|-)\s+[\p{L}.]+\s+)?[\s.,:;–—-]*/u, "");
  }
  first = first.split(/(?<=[.!?])\s/)[0]!.trim();
  const text = first || body;
  return text.length <= 110 ? text.replace(/\.$/, "") : `${text.slice(0, 110).replace(/\s+\S*$/, "")}…`;
}

/** The title an article is bundled under: the annotated one, else the cleaned page's when it reads as a headline, else the URL's words, else the first sentence. */
function titleOf(gold: Candidate["gold"], cleanedTitle: string | undefined, body: string): string {
  // A cleaned title that is the start of the body, cut within a word, is a cut first line, not a headline.
  const cut = !!cleanedTitle && body.startsWith(cleanedTitle) && /\p{L}/u.test(body.charAt(cleanedTitle.length));
  const title = gold.source.title?.trim() || (isHeadline(cleanedTitle) && !cut ? cleanedTitle : undefined) || headlineOfUrl(gold.source.url!) || headlineOfBody(body);
  return title.replace(/\s+/g, " ");
}

const NUMBER = /\d[\d.,  ]*\d|\d/g;
const MULTIPLIER = /^\s*(thousand|million|billion|trillion|mln|bln|mn|bn|trn|m\b|b\b)/i;
/** An amount written in words ("a billion", "one and a half billion dollars"). */
const WORDED = /\b(?:a|one|two|three|four|five|ten)(?:\s+and\s+a\s+half)?\s+(?:million|billion|trillion)(?:\s+dollars)?/i;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, trn: 1e12 };

/** The text of a gold figure's number in the body: a figure the extractor read there, else a money amount, else a bare number (with its multiplier) worth the value. */
function numberOf(body: string, at: [number, number], f: GoldFigure, read: ReturnType<typeof processArticle>["figures"]): string | undefined {
  const inQuote = read.filter((r) => r.span[0] >= at[0] && r.span[1] <= at[1] && sameValue(Math.abs(r.value), Math.abs(f.value)) && r.currency === (f.currency ?? "USD"));
  if (inQuote[0]) return body.slice(inQuote[0].span[0], inQuote[0].span[1]);
  const quote = body.slice(at[0], at[1]);
  const money = findMoneyMentions(quote).find((m) => sameValue(m.value, Math.abs(f.value)));
  if (money) return quote.slice(money.start, money.end);
  const numbers = [...quote.matchAll(NUMBER)].map((m) => {
    const digits = m[0].replace(/[\s  ]/g, "");
    const after = MULTIPLIER.exec(quote.slice(m.index + m[0].length));
    return { m, after, readings: [digits.replace(/,/g, ""), digits.replace(/\./g, "").replace(/,/g, "."), digits.replace(/[.,]/g, "")].map(Number) };
  });
  for (const { m, after, readings } of numbers) {
    const scale = after ? SCALE[after[1]!.toLowerCase()]! : 1;
    if (readings.some((v) => sameValue(v * scale, Math.abs(f.value)))) return quote.slice(m.index, m.index + m[0].length + (after?.[0].length ?? 0)).trim();
  }
  // A unit the copy leaves to context ("$474.7", "Uzbekistan - 135.9") or a range's first end ("$47-48 bln").
  for (const { m, readings } of numbers) if (readings.some((v) => [1e3, 1e6, 1e9, 1e12].some((k) => sameValue(v * k, Math.abs(f.value))))) return m[0].trim();
  return WORDED.exec(quote)?.[0];
}

function main(argv: string[]): number {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const reviewsPath = join(DATA, "reviews.json");
  const previous: BundledReviews = existsSync(reviewsPath) ? bundledReviewsSchema.parse(JSON.parse(readFileSync(reviewsPath, "utf8"))) : { editor: EDITOR, articles: {} };
  const kept = Object.fromEntries(Object.entries(previous.articles).filter(([, a]) => !a.from.startsWith("annotated set ")));
  const articles: BundledReviews["articles"] = { ...kept };
  const issued = new Map(Object.entries(previous.articles).map(([id, a]) => [a.from, id]));
  const problems: string[] = [];
  const writes: Array<[string, string]> = [];
  let figureCount = 0;
  for (const { set, gold, path } of candidates()) {
    const text = readFileSync(path, "utf8");
    const page = cleanRawArticle(text)[0];
    if (!page) {
      problems.push(`${set}/${gold.file}: no article in it`);
      continue;
    }
    const rawName = `real-${set}-${basename(gold.file)}`;
    const meta: ArticleMeta = articleMetaSchema.parse({ ...page.meta, title: titleOf(gold, page.meta.title, page.body), date: gold.source.date, publisher: publisherOf(gold.source.url!), url: gold.source.url, source: rawName });
    // An article keeps the slug a bundle once gave it, though a better reading of its title would
    // give another: its page's address has been issued and may be cited.
    const from = `annotated set ${set}, ${gold.file}`;
    let id = issued.get(from) ?? (slugify(meta.title) || "article");
    for (let n = 2; articles[id]; n++) id = `${slugify(meta.title).slice(0, 96)}-${n}`;
    const read = processArticle({ id, ...meta, body: page.body });
    const figures: BundledFigure[] = [];
    for (const [f, kind] of [...gold.figures.map((f) => [f, "actual"] as const), ...(gold.targets ?? []).map((f) => [f, "target"] as const)]) {
      const quote = f.quote ?? "";
      const at = findLoosely(page.body, quote);
      const number = at && numberOf(page.body, at, f, read.figures);
      if (!at || !number) {
        problems.push(`${set}/${gold.file}: ${at ? "no number worth" : "quote not in the cleaned body for"} ${f.metric} ${f.reporter}-${f.partner} ${f.period} ${f.value}: “${quote}”`);
        continue;
      }
      figures.push({ quote: page.body.slice(at[0], at[1]), number, reading: { metric: f.metric as BundledFigure["reading"]["metric"], reporter: f.reporter, partner: f.partner, period: f.period, value: f.value, currency: f.currency ?? "USD", qualifier: (f.qualifier ?? "exact") as BundledFigure["reading"]["qualifier"], kind } });
    }
    // A figure that has no place (its number runs across sentences as the splitter reads them, or
    // states this metric for the pair already) is left out, and said.
    const { unplaced } = planBundledReviews(read.article, read.figures.map((f) => ({ ...f, reviewed: false, rejected: false })), figures);
    for (const u of unplaced) problems.push(`${set}/${gold.file}: left out: ${describeUnplaced(u)}`);
    const placeable = figures.filter((f) => !unplaced.some((u) => u.figure === f));
    writes.push([join(DATA, "raw", rawName), text], [join(DATA, "articles", `${id}.md`), serializeArticleFile({ meta, body: page.body })]);
    articles[id] = { from, figures: placeable };
    figureCount += placeable.length;
  }
  writes.push([reviewsPath, `${JSON.stringify(bundledReviewsSchema.parse({ editor: previous.editor, articles }), null, 1)}\n`]);
  // Everything is read and checked before anything is written: a failed run leaves the corpus as it was.
  for (const file of readdirSync(join(DATA, "raw")).filter((f) => f.startsWith("real-"))) rmSync(join(DATA, "raw", file));
  for (const file of readdirSync(join(DATA, "articles"))) if (!kept[file.slice(0, -3)]) rmSync(join(DATA, "articles", file));
  for (const [path, content] of writes) writeFileSync(path, content);
  process.stdout.write(`${Object.keys(articles).length} articles, ${figureCount} reviewed figures from the annotated sets\n`);
  for (const p of problems) process.stderr.write(`bundle-corpus: ${p}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
