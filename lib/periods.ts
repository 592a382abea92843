import { monthNumber } from "@/lib/dates";
import type { Period } from "@/lib/schema";

/**
 * A period as a starting year and an inclusive month range counted from January of that year;
 * a whole year is months 1–12, a fiscal year April–March is months 4–15.
 */
export type PeriodValue = { year: number; from: number; to: number };

/**
 * A period named in a sentence. `by` marks a deadline ("by 2027"), which only targets use;
 * `comparison` a period named as a point of comparison ("than in 2022", "a year earlier").
 */
export type PeriodMention = { start: number; end: number; value: PeriodValue; by: boolean; comparison: boolean };

export type PeriodContext = {
  /** The year the article was written in, for "last year" and "this year". */
  articleYear?: number;
  /** The period the text was last talking about, for "over the period" and "a year earlier". */
  previous?: PeriodValue;
};

/** Renders a period as the schema's string: "2014" or "2023-01/2023-05". */
export function formatPeriod({ year, from, to }: PeriodValue): Period {
  if (from === 1 && to === 12) return String(year);
  const mm = (n: number) => String(((n - 1) % 12) + 1).padStart(2, "0");
  return `${year}-${mm(from)}/${year + Math.floor((to - 1) / 12)}-${mm(to)}`;
}

/** Orders periods by when they end, then by length: the later (or, on a tie, longer) one is greater. */
export function comparePeriods(a: PeriodValue, b: PeriodValue): number {
  return a.year * 12 + a.to - (b.year * 12 + b.to) || a.to - a.from - (b.to - b.from);
}

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const YEAR = String.raw`(?:19[5-9]\d|20\d\d)`;
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
};
const COUNTS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const count = (w: string) => COUNTS[w.toLowerCase()] ?? Number(w);

/** Year reference after a partial period: "of 2024", "2024", "of this year", "of last year". */
const YEAR_REF = String.raw`(?:\s+(?:of|in)\s+(?:the\s+)?(?:year\s+)?(?<yr>${YEAR})|\s*,?\s*(?<yr2>${YEAR})|\s+(?:of\s+)?(?<rel>this|last|the\s+current|the\s+previous|the\s+past)\s+year)`;

type Rule = { re: RegExp; resolve: (g: Record<string, string | undefined>) => { from: number; to: number } | undefined };

const RULES: Rule[] = [
  // fiscal years: "the 2023/24 fiscal year", "financial year 2023-24", "FY2023-24" (April–March)
  {
    re: new RegExp(String.raw`\b(?:(?:the\s+)?(?<fy1>${YEAR})\s*[/–-]\s*(?:20)?\d\d\s+(?:fiscal|financial)\s+year|(?:fiscal|financial)\s+year\s+(?<fy2>${YEAR})\s*[/–-]\s*(?:20)?\d\d|FY\s?(?<fy3>${YEAR})\s*[/–-]\s*(?:20)?\d\d)(?:\s*\(April\s*[-–]\s*March\))?`, "giu"),
    resolve: () => ({ from: 4, to: 15 }),
  },
  // January-June 2024, Jan–Jun 2024, January through March, between January and May, from January to May
  {
    re: new RegExp(String.raw`\b(?:between\s+|from\s+)?(?<m1>${MONTH})\s*(?:-|–|—|to|through|and|till|until)\s*(?<m2>${MONTH})(?:${YEAR_REF})?\b`, "giu"),
    resolve: (g) => ({ from: monthNumber(g.m1!)!, to: monthNumber(g.m2!)! }),
  },
  // the first five months of 2024, eleven months of 2023, the nine months, 9M 2023, 11M2023, 5M
  {
    re: new RegExp(String.raw`\b(?:(?:the\s+)?(?:first\s+)?(?<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months|(?<n2>\d{1,2})M)(?:${YEAR_REF})?\b`, "giu"),
    resolve: (g) => ({ from: 1, to: count(g.n ?? g.n2!) }),
  },
  // first quarter of 2024, Q1 2024, 1Q 2024, the first three quarters, the January-March quarter is handled above
  {
    re: new RegExp(String.raw`\b(?:(?:the\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|Q(?<qn>[1-4])|(?<qn2>[1-4])Q|(?:the\s+)?first\s+(?<qs>two|three)\s+quarters)(?:${YEAR_REF})?\b`, "giu"),
    resolve: (g) => {
      if (g.qs) return { from: 1, to: 3 * count(g.qs) };
      const q = g.q ? ORDINALS[g.q.toLowerCase()]! : Number(g.qn ?? g.qn2);
      return { from: 3 * q - 2, to: 3 * q };
    },
  },
  // first half of 2024, H1 2024, 1H 2024, second half of the year
  {
    re: new RegExp(String.raw`\b(?:(?:the\s+)?(?<h>first|second)\s+half|H(?<hn>[12])|(?<hn2>[12])H)(?:${YEAR_REF})?\b`, "giu"),
    resolve: (g) => ((g.h?.toLowerCase() ?? "") === "second" || (g.hn ?? g.hn2) === "2" ? { from: 7, to: 12 } : { from: 1, to: 6 }),
  },
  // in October alone, in October 2023, for March (not a date such as "19 December 2022" or "December 19")
  {
    re: new RegExp(String.raw`(?<!\d\s)\b(?:in|for|during|over|of)\s+(?<m>${MONTH})(?!\s*\d{1,2}\b)(?:\s+(?<yr>${YEAR}))?(?:\s+alone)?\b`, "giu"),
    resolve: (g) => ({ from: monthNumber(g.m!)!, to: monthNumber(g.m!)! }),
  },
];

const YEAR_ONLY = new RegExp(String.raw`(?<![\d,.$€£-])\b${YEAR}\b(?![\d%]|\s*(?:-|–)\s*\d)`, "g");
const RELATIVE_YEAR = /\b(?:(?<last>last|past|previous)\s+year|(?<this>this|the\s+current)\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|preceding)\s+(?:fiscal\s+|financial\s+)?year|the\s+year\s+before|(?<same>(?:the\s+)?same\s+period\s+(?:(?:of\s+)?(?:the\s+)?(?:last|previous|past)\s+year|a\s+year\s+(?:earlier|ago|before)|(?:of|in)\s+(?<sy>(?:19|20)\d\d))))\b/giu;
const ANAPHORIC = /\b(?:over|during|in|for)\s+(?:the|this|that)\s+(?:same\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months|period|year|quarter|half|reporting\s+period)\b/giu;
/** A year that is not the figure's period: a date, a deadline, a starting point. */
const NOT_PERIOD_BEFORE = /(?:\b(?:since|until|till|from|through|before|after|between)\s+|\d{1,2}\s+\p{L}+\.?\s+|\p{L}+\.?\s+\d{1,2},?\s+)$/u;

function yearFrom(g: Record<string, string | undefined>, ctx: PeriodContext): number | undefined {
  const stated = g.yr ?? g.yr2 ?? g.fy1 ?? g.fy2 ?? g.fy3;
  if (stated) return Number(stated);
  if (g.rel) return /last|previous|past/i.test(g.rel) ? (ctx.articleYear ?? NaN) - 1 : ctx.articleYear;
  return undefined;
}

/**
 * Finds the periods a sentence names, in text order. Partial periods without a year take the
 * year from elsewhere in the sentence, then from the previous period, then the article's year.
 * Relative forms resolve against `ctx`: "last year" is the article's year − 1, "a year
 * earlier" the previous period one year back, "over the period" the previous period itself.
 */
export function findPeriodMentions(text: string, ctx: PeriodContext): PeriodMention[] {
  const found: { start: number; end: number; year?: number; from: number; to: number; by: boolean; relative?: "prior" | "same" }[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);

  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      if (taken(m.index, m.index + m[0].length)) continue;
      const months = rule.resolve(m.groups ?? {});
      if (!months || !(months.from >= 1 && months.to <= 15 && months.from <= months.to)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, year: yearFrom(m.groups ?? {}, ctx), ...months, by: false });
    }
  }
  for (const m of text.matchAll(RELATIVE_YEAR)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const g = m.groups ?? {};
    const start = m.index, end = m.index + m[0].length;
    if (g.same) {
      found.push({ start, end, year: g.sy ? Number(g.sy) : undefined, from: 0, to: 0, by: false, relative: g.sy ? undefined : "same" });
    } else if (g.last) found.push({ start, end, year: (ctx.articleYear ?? NaN) - 1, from: 1, to: 12, by: false });
    else if (g.this) found.push({ start, end, year: ctx.articleYear, from: 1, to: 12, by: false });
    else found.push({ start, end, from: 0, to: 0, by: false, relative: "prior" });
  }
  for (const m of text.matchAll(YEAR_ONLY)) {
    if (taken(m.index, m.index + 4)) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const by = /\bby\s+(?:the\s+end\s+of\s+)?$/i.test(before);
    if (!by && NOT_PERIOD_BEFORE.test(before)) continue;
    found.push({ start: m.index, end: m.index + 4, year: Number(m[0]), from: 1, to: 12, by });
  }
  for (const m of text.matchAll(ANAPHORIC)) {
    if (taken(m.index, m.index + m[0].length) || !ctx.previous) continue;
    found.push({ start: m.index, end: m.index + m[0].length, ...ctx.previous, by: false });
  }
  found.sort((a, b) => a.start - b.start);

  const out: PeriodMention[] = [];
  const COMPARED = /\b(?:than|compared\s+(?:to|with)|against|versus|vs\.?|from|on)\s+(?:(?:in|the|with|of)\s+)*$/i;
  const sentenceYear = found.find((f) => f.year !== undefined && !f.by && !f.relative)?.year;
  let previous = ctx.previous;
  for (const f of found) {
    let value: PeriodValue | undefined;
    if (f.relative === "prior" || f.relative === "same") {
      if (previous) value = { year: previous.year - 1, from: previous.from, to: previous.to };
    } else if (f.from === 0) {
      if (previous && f.year !== undefined) value = { year: f.year, from: previous.from, to: previous.to };
    } else {
      const year = f.year ?? sentenceYear ?? previous?.year ?? ctx.articleYear;
      if (year !== undefined && Number.isFinite(year)) value = { year, from: f.from, to: f.to };
    }
    if (!value) continue;
    const comparison = f.relative !== undefined || COMPARED.test(text.slice(Math.max(0, f.start - 25), f.start));
    out.push({ start: f.start, end: f.end, value, by: f.by, comparison });
    if (!f.by) previous = value;
  }
  return out;
}
