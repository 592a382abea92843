import { findCountryMentions } from "@/lib/extract/countries";
import type { CountryMention } from "@/lib/extract/countries";
import { FISCAL_NAMED_BY_START, FISCAL_START, RANK_WORD } from "@/lib/extract/lexicon-en";
import { MONTH, type PeriodMention, type RawPeriod, supersedes } from "@/lib/extract/periods";
import { monthNumber } from "@/lib/dates";
import { roleOf } from "@/lib/extract/roles";
import type { Context, Cue, TradeMetric } from "@/lib/extract/types";
import type { Article, CountryCode } from "@/lib/schema";

/**
 * When an article was written: its date, else a dateline, else the year inferred from the
 * periods it reports (a whole-year figure for year Y is only published after Y ends) and the
 * month of a dateline that gives none ("BISHKEK, Kyrgyzstan, November 28."). A headline that
 * dates what it reports ("… Deficit Decreased to $44.3 billion in December 2016") outweighs the
 * body, whose years include the history and the comparisons.
 */
export function articleDateOf(article: Article, periods: RawPeriod[], titlePeriods: RawPeriod[], yearsBeforeLastYear: number[]): { year?: number; month?: number } {
  if (article.date) return { year: Number(article.date.slice(0, 4)), month: Number(article.date.slice(5, 7)) };
  const head = article.body.slice(0, 300);
  const dateline = /\b(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+|[A-Z][a-z]+\.?\s+\d{1,2},?\s+)((?:19|20)\d\d)\b/.exec(head);
  if (dateline) return { year: Number(dateline[1]) };
  // "during South Korean President Moon Jae In’s visit to Vietnam on Friday (23/3/2018)": the
  // latest full date the text gives, unless it reports a later year.
  const written = [...article.body.matchAll(NUMERIC_DATE)].map((m) => ({ year: Number(m[3]), month: Number(m[2]) })).filter((d) => d.month >= 1 && d.month <= 12).sort((a, b) => a.year - b.year || a.month - b.month).pop();
  if (written && !periods.some((p) => p.year !== undefined && p.year > written.year && !p.by)) return written;
  // "BISHKEK, Kyrgyzstan, November 28.", "MINSK, 27 January (BelTA)", "30 Sep. 15:50": the month, not the year.
  const yearless = YEARLESS_DATELINE.exec(head.slice(0, 120));
  const month = yearless ? monthNumber(yearless.groups!.m1 ?? yearless.groups!.m2!) : undefined;
  const titled = titlePeriods.filter((p) => (p.year !== undefined || p.namedYear !== undefined) && !p.by && !p.relative && !p.comparison);
  // A headline's year is the year the body calls "this year": "Trade … in 2022 exceeded EUR 5
  // billion" over "for the first 10 months of this year"; a body that also says "last year" may
  // be reporting the headline's year after it ended.
  if (titled.length && periods.some((p) => p.yearOffset === 0) && !periods.some((p) => p.yearOffset === -1)) return { year: Math.max(...titled.map((p) => p.year ?? p.namedYear!)), month };
  if (titled.length) periods = titled;
  // "FY23" counts as the fiscal year that starts in 2022, as most fiscal calendars name it.
  const dated = periods.map((p) => (p.year === undefined && p.namedYear !== undefined ? { ...p, year: p.namedYear - 1 } : p));
  const stated = dated.filter((p) => p.year !== undefined && !p.by && !p.relative && !p.comparison);
  // Only points of comparison ("the same period of 2023", "more than in 2016"): the text reports
  // the year after; if it calls a year compared with a whole year "last year", it was written the
  // year after that ("the same month of 2022" compares a part of the year in progress).
  const compared = dated.filter((p) => p.year !== undefined && !p.by && (p.relative || p.comparison));
  if (stated.length === 0) {
    if (compared.length === 0) return { year: undefined, month };
    const latestCompared = Math.max(...compared.map((p) => p.year!));
    const yearOnYear = compared.every((p) => p.year !== latestCompared || !p.relative) && periods.some((p) => p.yearOffset === -1 && !p.comparison);
    return { year: latestCompared + (yearOnYear ? 2 : 1), month };
  }
  const latest = Math.max(...stated.map((p) => p.year!));
  // "from $1.9 billion in 2019 to $2.3 billion in 2020 and $3.3 billion last year": a sequence
  // of years that ends in "last year" puts that year after the latest it names.
  if (yearsBeforeLastYear.includes(latest)) return { year: latest + 2, month };
  // "in the first nine months of last year" beside "January–September 2025": written in 2026.
  if (periods.some((p) => p.yearOffset === -1 && !(p.from === 1 && p.to === 12) && !p.comparison)) return { year: latest + 1, month };
  // "the same period of 2020" compares a part of 2021 with 2020's: 2021 is the year in progress.
  const samePeriodYears = periods.filter((p) => p.relative === "previous" && p.year !== undefined).map((p) => p.year!);
  if (samePeriodYears.includes(latest - 1)) return { year: latest, month };
  // The latest part-year reported is of the article's year, unless it ends after the month the
  // article is dated ("January-November" in a January story is last year's).
  // A whole fiscal year ("fiscal 2017", "FY23", "April-March, 2015") is reported after it ends, as a calendar year is.
  const parts = stated.filter((p) => p.year === latest && p.to - p.from !== 11 && !(p.fiscal && !p.part));
  const current = parts.length > 0 && (month === undefined || parts.some((p) => p.to <= month));
  return { year: current ? latest : latest + 1, month };
}

/** "23/3/2018", "23.03.2018": a day, a month and a year. */
const NUMERIC_DATE = /(?<![\d.,/])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)(?![\d.,/]\d)/g;

const YEARLESS_DATELINE = new RegExp(String.raw`^(?:[^\n]{0,60}?[,.]\s*)?(?:(?<m1>${MONTH})\.?\s*(?<d1>\d{1,2})\b|(?<d2>\d{1,2})\s+(?<m2>${MONTH})\b)(?!\.?,?\s*\d{4})`, "i");

/** How far apart two periods of one sequence of years may be ("in 2020 and $3.3 billion last year"). */
const SEQUENCE_GAP = 40;

/** The years a sentence names just before a "last year" that continues their sequence. */
export function yearsBeforeLastYearIn(periods: RawPeriod[]): number[] {
  return periods
    .filter((p) => p.yearOffset === -1 && p.from === 1 && p.to === 12 && !p.comparison)
    .flatMap((p) => periods.filter((q) => q.year !== undefined && !q.relative && !q.comparison && !q.by && q.end <= p.start && p.start - q.end <= SEQUENCE_GAP).map((q) => q.year!));
}

/**
 * The partner a figure leaves in view for the sentences after it. A country's trade with the EU,
 * in an article about its world totals ("The balance with EU28 countries ended in a surplus of
 * CZK 62.2bn"), is a breakdown: what follows without a partner is the total again.
 */
export function partnerInView(ctx: Context, reporter: CountryCode, partner: CountryCode): CountryCode {
  return partner === "EU" && ctx.topic?.partner === "WLD" && ctx.topic.reporter === reporter ? "WLD" : partner;
}

/** Who a partner list belongs to when the sentence does not say: the country the article reports on. */
export function listOwner(ctx: Context, subject: CountryCode): CountryCode | undefined {
  if (ctx.focus && ctx.focus !== subject) return ctx.focus;
  return ctx.reporter !== subject ? ctx.reporter : ctx.partner;
}

/**
 * The fiscal year's first month for an article: that of the first country with a fiscal calendar
 * it names, as the lede names the country it reports on first ("trade between Bangladesh and
 * India" counts in Bangladesh's July–June years, though India is named more). Capitals are passed over: a dateline ("Kathmandu, Dec 2") names where, not whose data.
 */
export function fiscalCalendarOf(countries: CountryMention[]): { start: number; namedByStart: boolean } | undefined {
  const best = countries.find((c) => c.form !== "capital" && FISCAL_START[c.code] !== undefined)?.code;
  return best ? { start: FISCAL_START[best]!, namedByStart: FISCAL_NAMED_BY_START.has(best) } : undefined;
}

/** The country named most in a list of mentions (not capitals, not the EU); the first on a tie. */
export function mostNamed(mentions: CountryMention[]): CountryCode | undefined {
  const counts = new Map<CountryCode, number>();
  for (const c of mentions) if (c.form !== "capital" && c.code !== "EU") counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  return mostCounted(counts);
}

/** The key with the highest count; the first inserted on a tie. */
function mostCounted<K>(counts: Map<K, number>): K | undefined {
  let best: [K, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/** Counts the countries a sentence names (not capitals: a dateline says where, not whose trade) and updates the focus. */
export function countNamed(ctx: Context, mentions: CountryMention[]) {
  // A bloc is no focus: its members' lists are their own.
  // "Türkiye's largest export market": a possessive names whose trade it is, and counts double.
  for (const c of mentions) if (c.form !== "capital" && c.code !== "EU") ctx.named.set(c.code, (ctx.named.get(c.code) ?? 0) + (c.possessive ? 2 : 1));
  if (ctx.totalOf) return;
  ctx.focus = mostCounted(ctx.named);
}

/** The two countries named most often in a text (a headline and the paragraphs before a sentence). */
export function mostNamedPair(title: string, text: string): [CountryCode, CountryCode] | undefined {
  const counts = new Map<CountryCode, number>();
  for (const c of [...findCountryMentions(title), ...findCountryMentions(text)]) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && second ? [first[0], second[0]] : undefined;
}

/** What a ranking noun ranks by: partners by turnover, markets and buyers by exports, suppliers by imports. */
export function rankedByOf(text: string, cues: Cue[]): TradeMetric | undefined {
  for (const c of [...cues].reverse()) {
    // "the top ten trading partners by exports": partners ranked by one flow.
    const by = /partners?$/i.test(c.text) ? /^\s+(?:by|in)\s+(exports|imports)\b/i.exec(text.slice(c.end)) : null;
    if (by) return by[1]!.toLowerCase() as TradeMetric;
    if (/partners?$/i.test(c.text)) return "turnover";
    // Not "exporters"/"importers": as often the name of an association as a ranking.
    if (/^(?:markets?|destinations?|buyers?|customers?)$/i.test(c.text)) return "exports";
    if (/^(?:suppliers?|sources?)$/i.test(c.text)) return "imports";
  }
  // "The largest volume of foreign trade turnover was recorded with China": what "largest" ranks.
  const rank = RANK_WORD.exec(text);
  return rank ? cues.find((c) => c.start >= rank.index && c.start - rank.index <= 60)?.metric : undefined;
}

/**
 * A sentence that names a trade metric and a pair without an amount ("Belarus and Georgia
 * have modest trade turnover") sets what a following "it" refers to.
 */
export function updateContext(text: string, cues: Cue[], parties: CountryMention[], ctx: Context, hadMoney: boolean, total: boolean) {
  if (hadMoney) return;
  const distinct = [...new Set(parties.map((p) => p.code))];
  // "Economic cooperation between Russia and Türkiye has been on the rise": a pair named as one
  // puts it in view, trade word or not.
  if (cues.length === 0) {
    if (distinct.length === 2 && parties.filter((c) => roleOf(text, c) === "between").length >= 2) [ctx.reporter, ctx.partner] = distinct;
    return;
  }
  // "China's share in total Ukrainian imports": the pair already in view keeps its side.
  const samePair = distinct.length === 2 && distinct.includes(ctx.reporter ?? "") && distinct.includes(ctx.partner ?? "");
  // "shipments to Bangladesh and Sri Lanka registered negative growth": two partners of one side, not a pair.
  const roles = new Set(parties.map((c) => roleOf(text, c)));
  const twoPartners = distinct.length === 2 && roles.size === 1 && ["dest", "origin"].includes([...roles][0]!);
  if (twoPartners) {
    // The side in view, if any, stays.
  } else if (distinct.length === 2 && !samePair && ctx.reporter && distinct.includes(ctx.reporter)) {
    // "Romania remained the main destination for Moldovan goods": the side in view stays the reporter.
    ctx.partner = distinct.find((c) => c !== ctx.reporter);
  } else if (distinct.length === 2 && !samePair) {
    ctx.reporter = distinct[0];
    ctx.partner = distinct[1];
  } else if (distinct.length === 1 && ctx.reporter && ctx.partner && !distinct.includes(ctx.reporter) && !distinct.includes(ctx.partner)) {
    ctx.partner = partnerInView(ctx, ctx.reporter, distinct[0]!);
  } else if (distinct.length === 1 && !ctx.reporter && total) {
    // "Moldova's foreign trade in January-September 2024:" introduces the country's totals.
    ctx.reporter = distinct[0];
    ctx.partner = "WLD";
  }
  ctx.metric = cues[cues.length - 1]!.metric;
  ctx.metricAge = 0;
}

/**
 * A sentence about trade that names its period puts it in force, whether it has no amount or
 * its amounts became no figure ("China was the third largest destination for non-oil products
 * in May, …": the sentences after it are about May too).
 */
export function holdPeriod(periods: PeriodMention[], ctx: Context, intentAt: number | undefined, articleYear?: number) {
  // "China has displaced Russia … by the end of 2023": with no goal in the sentence, "by" dates what happened.
  // "… his hope that trade will go up to USD3BN in 2006": a period after the intent word is the goal's.
  // "Trade has improved early this year": the article's own year, not yet over, dates no figure.
  const main = periods.find((p) => (intentAt === undefined || (!p.by && p.start < intentAt)) && !p.comparison && !(p.value.year === articleYear && p.value.from === 1 && p.value.to === 12));
  if (main && supersedes(main.value, ctx.period)) ctx.period = main.value;
}
