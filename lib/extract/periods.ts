import { CHANGED_FROM } from "@/lib/extract/lexicon-en";
import { monthNumber } from "@/lib/dates";
import { matchesIn, type Ranges } from "@/lib/extract/scan";
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
  /** The text counts in Iranian years: "the first five months of this year" count from March. */
  iranianCalendar?: boolean;
  /** The year the article was written in, for "last year" and "this year". */
  articleYear?: number;
  /** The month the article was written in (1–12), for "last month". */
  articleMonth?: number;
  /** The period the text was last talking about, for "over the period" and "a year earlier". */
  previous?: PeriodValue;
  /**
   * The period of the figure the sentence before read, when that is not the one in force:
   * what "during this period" points back to ("… in 2022 amounted to $23.9 billion. During
   * this period, China's exports …"), where "over the period" means the period reported.
   */
  justNamed?: PeriodValue;
  /** First month of the fiscal year the text reports in (India 4, Pakistan 7, the US 10); 4 if unknown. */
  fiscalStart?: number;
  /** Whether "fiscal 2017" / "FY17" is the year starting then (Japan) rather than ending then (India). */
  fiscalNamedByStart?: boolean;
  /** The latest fiscal year the text states by its years ("July-March (2017-18)"): "the current fiscal year" when the article's month is unknown. */
  statedFiscalYear?: number;
};

/** Renders a period as the schema's string: "2014" or "2023-01/2023-05". */
export function toPeriodString({ year, from, to }: PeriodValue): Period {
  if (from === 1 && to === 12) return String(year);
  const mm = (n: number) => String(((n - 1) % 12) + 1).padStart(2, "0");
  return `${year}-${mm(from)}/${year + Math.floor((to - 1) / 12)}-${mm(to)}`;
}

/** Whether two periods are the same months of the same year. */
export const samePeriod = (a: PeriodValue, b: PeriodValue) => a.year === b.year && a.from === b.from && a.to === b.to;

/**
 * Whether `next` becomes the period in force over `current`: it ends later, except that a
 * loose mention of the whole year ("ranked first in 2019") does not replace the part of that
 * year the article reports (January–October 2019).
 */
export function supersedes(next: PeriodValue, current: PeriodValue | undefined): boolean {
  if (!current) return true;
  if (next.from === 1 && next.to === 12 && next.year === current.year && !(current.from === 1 && current.to === 12)) return false;
  return comparePeriods(next, current) > 0;
}

/** Orders periods by when they end, then by length: the later (or, on a tie, longer) one is greater. */
export function comparePeriods(a: PeriodValue, b: PeriodValue): number {
  return a.year * 12 + a.to - (b.year * 12 + b.to) || a.to - a.from - (b.to - b.from);
}

/** A month name or its abbreviation, as a pattern (no groups). */
export const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const YEAR = String.raw`(?:19[5-9]\d|20\d\d)`;
/** A day of the month before its name: "01 January", "30th September". */
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?`;
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
};
const COUNTS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const count = (w: string) => COUNTS[w.toLowerCase()] ?? Number(w);

/** Year reference after a partial period: "of 2024", "period of 2024", "2024", "of this year", "of last year". */
const YEAR_REF =
  String.raw`(?:\s+(?:period\s+)?(?:of|in)\s+(?:the\s+)?(?:year\s+)?(?<yr>${YEAR})|\s*,?\s*(?<yrb>${YEAR})|\s+(?:of\s+)?(?<rel>this|last|the\s+current|the\s+previous|the\s+past)\s+year|\s+of\s+(?<rel2>the)\s+year(?!\s+(?:before|earlier|ago))|['’]?(?<y2>\d\d)(?![\d\w]))?`;

type Groups = (name: string) => string | undefined;
type Months = { from: number; to: number; counted?: boolean };
const DEMONSTRATIVE_PERIOD = /\b(?:this|that|the\s+(?:same|said|mentioned|above-mentioned|aforementioned|abovementioned|indicated|given|specified))\s+period\b|\bthe\s+(?:full|whole|entire)\s+(?:fiscal|financial)\s+year\b/i;
type Rule = { source: string; resolve: (g: Groups) => Months | "relative" | "anaphoric" | "rolling" | "year" | "fiscal" | "to-date" | "full-year" | "span" | "last-month" | "in-month" | "iranian" | undefined };

/**
 * The period phrases, tried in this order at each position of one combined pattern (one pass
 * over the text is twice as fast as one pass per rule). A phrase may start with the
 * preposition that introduces it, so "in January-June 2024" is one range, not "in January".
 */
const RULES: Rule[] = [
  // fiscal years: "the 2023/24 fiscal year", "financial year 2023-24", "FY2023-24" (April–March)
  {
    source: String.raw`\b(?:(?:the\s+)?(?<fcur>current|ongoing|present)\s+(?:fiscal|financial)\s+year\b(?!\s*\(?\s*${YEAR})|(?:the\s+)?(?<fya>${YEAR})\s*[/–-]\s*(?:20)?\d\d\s+(?:fiscal|financial)\s+year|(?:fiscal|financial)\s+year\s+(?<fyb>${YEAR})\s*[/–-]\s*(?:20)?\d\d|FY\s?(?<fyc>${YEAR})\s*[/–-]\s*(?:20)?\d\d|FY\s?(?<fyd>\d\d)(?!\d)|(?:fiscal|financial)\s+(?:year\s+)?(?<fyn>${YEAR})(?!\s*[/–-]\s*\d)|FY\s?(?<fyn2>${YEAR})(?!\s*[/–-]\s*\d)|(?<fye>${YEAR})\s*[/–-]\s*\d\d(?=\s*\(${MONTH}\s*[-–]\s*${MONTH}\)))(?:\s*\((?<fm>${MONTH})\s*[-–]\s*${MONTH}\))?`,
    resolve: () => "fiscal",
  },
  // Iran's solar year, 21 March to 20 March, in the calendar months it covers: "the first five months of the
  // current Iranian year (starting March 21)", "the preceding Iranian year", "the Iranian year 1397"
  {
    source: String.raw`\b(?:(?:in|during|over|for)\s+)?(?:the\s+)?(?:(?:first|past|initial)\s+(?<in>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of\s+)?(?:the\s+)?(?:(?<ic>current|this|ongoing)|(?<ip>preceding|previous|last|past))?\s*Iranian\s+(?:calendar\s+|fiscal\s+)?year(?:\s+(?:of\s+)?(?<iy>1[34]\d\d))?(?:\s*\((?:starting|beginning|which\s+(?:started|began)|from)\s+(?:on\s+)?March\s+2[01](?:st)?\)|\s*\(March\s+2[01](?:st)?\s*[-–]\s*\w+\s+\d{1,2}\))?`,
    resolve: () => "iranian",
  },
  // "the cumulative period December 2020 to November 2021": twelve months or fewer across a year's end
  {
    source: String.raw`\b(?:(?:in|for|during|over|between|from|of)\s+)?(?<ma>${MONTH})\s+(?<yr>${YEAR})\s*(?:-|–|—|to|through|and|till|until)\s*(?<mb>${MONTH})\s+(?<ye>${YEAR})(?!\w)`,
    resolve: (g) => {
      const [from, to, years] = [monthNumber(g("ma")!)!, monthNumber(g("mb")!)!, Number(g("ye")) - Number(g("yr"))];
      return years === 0 || years === 1 ? { from, to: to + 12 * years } : undefined;
    },
  },
  // January-June 2024, Jan–Jun 2024, January through March, between January and May, from January to May,
  // "01 January to 30 September 2020"
  // (but "in August, September and October" names three months)
  {
    source: String.raw`\b(?:(?:in|for|during|over|between|from|of)\s+)?(?:${DAY}\s+)?(?<ma>${MONTH})\s*(?:-|–|—|to|through|(?<=\bbetween\s+[A-Za-z.]+\s*)and|till|until)\s*(?:${DAY}\s+)?(?<mb>${MONTH})(?:\s*\(\s*(?<fy>${YEAR})\s*[-–/]\s*\d\d\s*\)|\s+of\s+(?:the\s+)?(?:(?:current|ongoing|last|previous)\s+)?(?:FY\s?|(?:fiscal|financial)\s+year\s+)(?<rfy>${YEAR})\s*[-–/]\s*(?:20)?\d\d|${YEAR_REF})(?!\w)`,
    // "July-June (2023-24)": a range that runs into the next year starts in the first year named.
    // "Between April and August of the FY 2022-23": months of a fiscal year, placed by its calendar.
    resolve: (g) => {
      if (g("rfy")) return "fiscal";
      const [from, to] = [monthNumber(g("ma")!)!, monthNumber(g("mb")!)!];
      return { from, to: to < from ? to + 12 : to };
    },
  },
  // "so far this year", "year to date", "since the start of the year": January to a month the sentence names
  { source: String.raw`\b(?:so\s+far\s+this\s+year|(?:year[\s-]to[\s-]date|YTD)|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)\b`, resolve: () => "to-date" },
  // "a year earlier", "last year", "the same period last year", "the same period of 2022"
  {
    source: String.raw`\b(?:(?:in|over|during|for|from)\s+)?(?:(?<last>last|past|previous)\s+year|(?<this>this|the\s+current)\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|preceding|prior)\s+(?:(?:fiscal|financial)(?:\s+year)?(?!\s+(?:quarter|month|half))|year)|the\s+year\s+before|(?<same>(?:the\s+)?(?:same|similar|corresponding|like|analogous|analogical|comparable)\s+(?:period|quarter|month|half|time(?:\s*span|\s*frame)?|timeframe)\s+(?:(?:of\s+)?(?:the\s+)?(?:last|previous|past)\s+(?:(?:fiscal|financial)(?:\s+year)?|year)|(?:of\s+)?FY\s?\d\d(?!\d)|a\s+year\s+(?:earlier|ago|before)|(?:of|in)\s+(?<sy>${YEAR}))))\b`,
    resolve: () => "relative",
  },
  // "the rolling 12 months ending November", "the twelve months to March 2024": a year that ends in that month
  {
    source: String.raw`\b(?:(?:in|over|during|for)\s+)?(?:the\s+)?(?:rolling\s+|past\s+|last\s+)?(?:12|twelve)[\s-]months?(?:\s+period)?\s+(?:ending|ended|to|through|until|up\s+to)\s+(?:the\s+end\s+of\s+)?(?<me>${MONTH})${YEAR_REF}(?!\w)`,
    resolve: () => "rolling",
  },
  // the first five months of 2024, eleven months of 2023, 9M 2023, 11M2023 ("the six months" refers back)
  {
    source: String.raw`\b(?<!\b(?:previous|preceding)\s+)(?:(?<the>the\s+)?(?<first>first\s+)?(?<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months|(?<![\d.,$€£]\s?)(?<nm>\d{1,2})M)(?:(?:\s*\(${MONTH}\s*[-–]\s*${MONTH}\))?\s+(?:of|in)\s+(?:the\s+)?(?:(?:current|ongoing|last|previous|outgoing)\s+)?(?:FY\s?|(?:fiscal|financial)\s+year\s+)(?<nfy>${YEAR})\s*[-–/]\s*(?:20)?\d\d|\s+of\s+(?:the\s+)?(?<ncur>current|ongoing|present|this)\s+(?:fiscal|financial)(?:\s+year)?(?!\s*\(?\s*\d)|${YEAR_REF})\b`,
    // "the first eight months of the FY2022-23", "the first 10 months of the current fiscal": months counted from the fiscal year's start.
    resolve: (g) => (g("nfy") || g("ncur") ? "fiscal" : g("the") && !g("first") && !g("yr") && !g("yrb") && !g("rel") && !g("rel2") ? undefined : { from: 1, to: count(g("n") ?? g("nm")!), counted: true }),
  },
  // first quarter of 2024, Q1 2024, 1Q 2024, the first three quarters
  {
    source: String.raw`\b(?:(?:the\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter|(?:the\s+)?(?<qt>first|second|third|fourth)\s+term(?=\s+of\s+(?:the\s+)?(?:(?:current|this|last|previous)\s+year\b|${YEAR}))|Q(?<qn>[1-4])|(?<qm>[1-4])Q|(?:the\s+)?first\s+(?<qs>two|three)\s+quarters)(?:\s*\((?:Q[1-4]|[A-Z][a-z]+\s*[-–]\s*[A-Z][a-z]+)\))?(?:\s+of\s+(?:the\s+)?(?:FY\s?|(?:fiscal|financial)\s+year\s+)(?<qfyn>${YEAR})\s*[-–/]\s*(?:20)?\d\d|\s+of\s+(?:the\s+)?(?:(?<qcur>current|ongoing|this)\s+)?(?:fiscal|financial)\s+year(?:\s*\(\s*(?<qfy>${YEAR})\s*[-–/]\s*\d\d\s*\))?|\s+(?:of\s+)?FY\s?(?<qfyd>\d\d)(?!\d)|${YEAR_REF})(?!\w)`,
    // "the first quarter (July-September) of the current fiscal year (2022-23)", "Q1 of FY23":
    // the quarter counts from the fiscal year's start.
    resolve: (g) => {
      if (g("qfy") || g("qfyn") || g("qfyd") || g("qcur")) return "fiscal";
      if (g("qs")) return { from: 1, to: 3 * count(g("qs")!) };
      // Translated Azerbaijani copy calls a quarter a "term": "in the first term of 2021".
      const ordinal = g("q") ?? g("qt");
      const q = ordinal ? ORDINALS[ordinal.toLowerCase()]! : Number(g("qn") ?? g("qm"));
      return { from: 3 * q - 2, to: 3 * q };
    },
  },
  // first half of 2024, the first half-year of 2008, H1 2024, 1H 2024, second half of the year
  {
    // … and of a fiscal year: "H1 FY25", "the first half of the fiscal year 2025", "the second half of FY 2023-24".
    source: String.raw`\b(?:(?:the\s+)?(?<h>first|second)[\s-]half(?:[\s-]year)?|H(?<hn>[12])|(?<hm>[12])H)(?:\s+(?:of\s+)?(?:the\s+)?(?:FY\s?|(?:fiscal|financial)\s+year\s+)(?:(?<hfyn>${YEAR})\s*[-–/]\s*(?:20)?\d\d|(?<hfy>${YEAR})|(?<hfyd>\d\d)(?!\d))|\s+of\s+(?:the\s+)?(?<hcur>current|ongoing|this)\s+(?:fiscal|financial)\s+year|${YEAR_REF})\b`,
    resolve: (g) => (g("hfyn") || g("hfy") || g("hfyd") || g("hcur") ? "fiscal" : g("h")?.toLowerCase() === "second" || (g("hn") ?? g("hm")) === "2" ? { from: 7, to: 12 } : { from: 1, to: 6 }),
  },
  // in October alone, in October 2023, for March, "in August, September and October" (not a date such as "19 December 2022" or "December 19")
  {
    source: String.raw`\b(?:(?:in|for|during|over|of)\s+(?<m>${MONTH})(?!\s*\d{1,2}\b)|(?<!\d\s)(?<!\b(?:since|until|till|before|after)\s+)(?<mb>${MONTH})(?=\s+(?:of\s+)?(?:${YEAR}|this\s+year|last\s+year)\b)|(?<=\b(?:in|for|during|over|of)\s+${MONTH}(?:\s*,\s*${MONTH})*\s*(?:,|and|,\s*and)\s*)(?<mc>${MONTH})(?!\s*\d{1,2}\b))${YEAR_REF}(?:\s+alone)?\b`,
    resolve: (g) => ({ from: monthNumber(g("m") ?? g("mb") ?? g("mc")!)!, to: monthNumber(g("m") ?? g("mb") ?? g("mc")!)! }),
  },
  // "for the full year", "in the year as a whole": the whole year of the period already named
  { source: String.raw`\b(?:for|in|over)\s+the\s+(?:full|whole|entire)\s+year\b|\bthe\s+year\s+as\s+a\s+whole\b`, resolve: () => "full-year" },
  // "over the period", "during the same ten months": the period already named
  {
    source: String.raw`\b(?:in|over|during|for)\s+the\s+reporting\s+period\s+of\s+(?<ay>${YEAR})\b|\b(?:over|during|in|for|of)\s+(?:the|this|that)\s+(?:same\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months(?!\s+(?:of|in)\s+(?:this|the\s+current|last|the\s+previous|(?:the\s+)?(?:year\s+)?${YEAR}))|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})-month\s+period|period|year(?!\s+(?:of\s+)?(?:19|20)\d\d)|quarter|half|reporting\s+(?:period|quarter|year)|(?:(?:full|whole|entire)\s+)?(?:fiscal|financial)(?!\s+(?:year\s+)?(?:of\s+)?\d)(?:\s+year)?(?!\s*(?:of\s+)?\d))\b|\b(?:in|over|during|for)\s+the\s+period\s+under\s+review\b|\b(?:in|over|during|for)\s+the\s+(?:above-mentioned|aforementioned|abovementioned|indicated|given|said|specified|reviewed|reporting|same|this)\s+period\b|\b(?:in|over|during|for)\s+the\s+reporting\s+(?:period|quarter)\b`,
    resolve: () => "anaphoric",
  },
  // "in 2023-24", "the 2019-2020 period": a fiscal year in countries that report by them, else nothing
  { source: String.raw`(?<![\d,.$€£-])\b${YEAR}\s*[-–/]\s*(?:${YEAR}|\d\d)(?![\d%])`, resolve: () => "span" },
  // a bare year: "in 2014"
  { source: String.raw`(?<![\d,.$€£-])\b${YEAR}\b(?![\d%]|\s*(?:-|–)\s*\d)`, resolve: () => "year" },
  // "last month", "in the previous month", "a month earlier"
  { source: String.raw`\b(?:(?:in|during|for|over)\s+)?(?:(?:last|(?<pm>the\s+previous|the\s+preceding)|the\s+past)\s+month|(?<pm2>a\s+month\s+(?:earlier|before)|the\s+month\s+before))\b`, resolve: () => "last-month" },
  // "over the month", "in the reporting month", "on a monthly basis": the last month of the period in force
  { source: String.raw`\b(?:over|during|in|for)\s+the\s+(?:reporting\s+)?month\b|\bon\s+a\s+monthly\s+basis\b|\bmonth[\s-]on[\s-]month\b|\bin\s+monthly\s+terms\b`, resolve: () => "in-month" },
  // "as of the end of November", "by the end of September 2024", "As of November 2022": the year so far, to that month
  {
    source: String.raw`\b(?:(?:as\s+of|by|at|until)\s+the\s+end\s+of\s+(?<m>${MONTH})|as\s+of\s+(?<m2>${MONTH})(?!\s*\d{1,2}\b))${YEAR_REF}\b`,
    resolve: (g) => ({ from: 1, to: monthNumber(g("m") ?? g("m2")!)! }),
  },
];
// The combined pattern only says which rule matched (its inner groups made non-capturing, so
// no large groups object is built per match); that rule's own sticky pattern then reads the parts.
const PERIOD = new RegExp(RULES.map((r) => `(${r.source.replace(/\(\?<[A-Za-z]\w*>/g, "(?:")})`).join("|"), "gi");
const RULE_AT = RULES.map((r) => new RegExp(r.source, "iy"));

/** A year that is not the figure's period: a date, a deadline, a starting point. */
const NOT_PERIOD_BEFORE = new RegExp(String.raw`(?:\b(?:since|until|till|from|through|before|after|between)\s+(?:${MONTH}\s+)?|\b\d{1,2}\s+${MONTH}\s+|${MONTH}\s+\d{1,2},?\s+)$`, "i");

/** A period as matched, before the context (article year, previous period) resolves it. */
export type RawPeriod = {
  start: number;
  end: number;
  year?: number;
  /** Months counted ("the first five months"), not named: in an Iranian year they count from March. */
  counted?: boolean;
  /** An Iranian year (March to March): with no Persian year number, counted from the one the article's date falls in (0 the current, −1 the one before). */
  iranian?: number;
  /** "of last year" / "of this year": the year relative to the article's. */
  yearOffset?: number;
  from: number;
  to: number;
  by: boolean;
  /** "a year earlier", "the same period last year", "over the period": resolved from the period before. */
  relative?: "prior" | "same" | "previous";
  /** "during this period", "in the said period": the period the sentence before just named. */
  demonstrative?: boolean;
  /** An April–March style fiscal year whose first month depends on the country (`from`/`to` are 4/15). */
  fiscal?: boolean;
  /** "FY24", "fiscal 2017": the one year that names a fiscal year. */
  namedYear?: number;
  /** Named by a four-digit year ("fiscal 2017"), which is the calendar year where no fiscal calendar applies. */
  namedByFullYear?: boolean;
  /** "the first eight months of FY2022-23", "Q1 of FY23": the months [first, last] counted from the fiscal year's start. */
  part?: { first: number; last: number };
  /** "the 12 months ending November": with no year stated, it starts this many years before the one in view. */
  yearsBack?: number;
  /** "April to August of FY 2022-23": calendar months (1–12) of the fiscal year, placed once its start is known. */
  calendarPart?: { from: number; to: number };
  /** "so far this year": the article's year, months from the sentence's own range. */
  toDate?: boolean;
  /** "last month", "the previous month". */
  lastMonth?: boolean;
  /** "the previous month": the month before the single month just named, rather than before the article's. */
  monthBefore?: boolean;
  /** "over the month", "on a monthly basis": the last month of the period in force. */
  inMonth?: boolean;
  /** "for the full year": the whole year of the previous period. */
  fullYear?: boolean;
  /** "2023-24" with no word for it: a fiscal year only where the text's country counts in them. */
  bare?: boolean;
  comparison: boolean;
};

/** Words that make what follows a point of comparison, possibly with its amount between: "against $9.662 billion last year", "from the deficit of $23.272 billion last year". */
const COMPARED = /\b(?:than|compared\s+(?:to|with)|against|versus|vs\.?|from|on|relative\s+to)\s+(?:(?:the\s+)?(?:[a-z]+\s+){0,2}of\s+)?(?:(?:only|just|about|around|some|nearly|almost)\s+)?(?:(?:US\s?|[A-Z]{3}\s?)?[$€£¥₽]?\s?\d[\d.,]*\s*(?:trillion|billion|million|bn|mn|bln|mln|m|b)?\s*(?:dollars|euros|yuan|USD|EUR)?\s+)?(?:(?:in|the|with|of|same|corresponding|like|similar|period|month|quarter|half|time|from)\s+)*$/i;

/** "2019-2020", "2022-23": a span of one year to the next, as a fiscal year is written (not "2012-16"). */
function consecutiveYears(span: string): boolean {
  const [first, second] = span.split(/\s*[-–/]\s*/).map(Number) as [number, number];
  return second === (second >= 100 ? first + 1 : (first + 1) % 100);
}

/**
 * Finds every period-like phrase in `text` once, in text order, without resolving relative
 * ones. Meant to run once over a whole body; `resolvePeriods` then works sentence by sentence.
 */
export function scanPeriods(text: string, ranges?: Ranges): RawPeriod[] {
  const out: RawPeriod[] = [];
  for (const m of matchesIn(text, PERIOD, ranges)) {
    let rank = 1;
    while (m[rank] === undefined) rank++;
    rank--;
    const own = RULE_AT[rank]!;
    own.lastIndex = m.index;
    const parts = own.exec(text)?.groups ?? {};
    const g: Groups = (name) => parts[name];
    const [start, end] = [m.index, m.index + m[0].length];
    const before = text.slice(Math.max(0, start - 60), start);
    // "6% down from January-April 2015": a period the phrase opens with "from" is a point of
    // comparison when a change stands before it (not "From January to June, trade reached …").
    const comparison = COMPARED.test(before) || (/^from\s/i.test(m[0]) && CHANGED_FROM.test(before));
    const resolved = RULES[rank]!.resolve(g);
    if (resolved === undefined) continue;
    if (resolved === "relative") {
      if (g("same")) out.push({ start, end, year: g("sy") ? Number(g("sy")) : undefined, from: 0, to: 0, by: false, relative: g("sy") ? "previous" : "same", comparison: true });
      else if (g("last")) out.push({ start, end, yearOffset: -1, from: 1, to: 12, by: false, comparison });
      else if (g("this")) out.push({ start, end, yearOffset: 0, from: 1, to: 12, by: false, comparison });
      else out.push({ start, end, from: 0, to: 0, by: false, relative: "prior", comparison: true });
    } else if (resolved === "anaphoric") {
      // "during the five months" names its length: with nothing in force, the year's first five.
      const months = /(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})(?:\s+months|-month\s+period)/i.exec(m[0]);
      // "in the reporting period of 2023": the months reported, in the year it names.
      const year = g("ay") ? Number(g("ay")) : undefined;
      out.push({ start, end, ...(year ? { year } : {}), from: months ? 1 : 0, to: months ? count(months[1]!) : 0, by: false, relative: "previous", comparison, ...(DEMONSTRATIVE_PERIOD.test(m[0]) ? { demonstrative: true } : {}) });
    } else if (resolved === "fiscal") {
      // "FY24", "fiscal 2017": one year names it, the one it ends or starts in by the country's habit.
      const shortYear = g("fyd") ?? g("qfyd") ?? g("hfyd");
      const named = g("fyn") ?? g("fyn2") ?? g("hfy") ?? (shortYear ? String(2000 + Number(shortYear)) : undefined);
      const stated = g("fya") ?? g("fyb") ?? g("fyc") ?? g("fye") ?? g("nfy") ?? g("qfy") ?? g("qfyn") ?? g("hfyn") ?? g("rfy");
      // "(April-March)" after the year says when it starts; otherwise the country's calendar does.
      const from = g("fm") ? monthNumber(g("fm")!)! : 0;
      // Part of the fiscal year: months [first, last] counted from its start (0 = its first month).
      const quarter = g("q") ? ORDINALS[g("q")!.toLowerCase()] : g("qn") ?? g("qm") ? Number(g("qn") ?? g("qm")) : undefined;
      const half = g("h") ? (g("h")!.toLowerCase() === "second" ? 2 : 1) : g("hn") ?? g("hm") ? Number(g("hn") ?? g("hm")) : undefined;
      const part = g("nfy") || g("ncur") ? { first: 0, last: count(g("n") ?? g("nm")!) - 1 } : quarter ? { first: 3 * quarter - 3, last: 3 * quarter - 1 } : g("qs") ? { first: 0, last: 3 * count(g("qs")!) - 1 } : half ? { first: 6 * half - 6, last: 6 * half - 1 } : undefined;
      const calendarPart = g("rfy") ? { from: monthNumber(g("ma")!)!, to: monthNumber(g("mb")!)! } : undefined;
      out.push({ start, end, year: stated ? Number(stated) : undefined, namedYear: named ? Number(named) : undefined, namedByFullYear: Boolean(g("fyn") ?? g("fyn2") ?? g("hfy")), yearOffset: (g("qcur") ?? g("fcur") ?? g("ncur") ?? g("hcur")) && !stated && !named ? 0 : undefined, from, to: from ? from + 11 : 0, by: false, fiscal: true, part, calendarPart, comparison });
    } else if (resolved === "rolling") {
      // Months counted from January of the year it starts in: "12 months ending November 2019" is December 2018 – November 2019.
      const last = monthNumber(g("me")!)!;
      const stated = g("yr") ?? g("yrb") ?? (g("y2") ? String(2000 + Number(g("y2"))) : undefined);
      const rel = g("rel") ?? g("rel2");
      const back = last < 12 ? 1 : 0;
      const yearOffset = !stated && rel ? (/last|previous|past/i.test(rel) ? -1 : 0) - back : undefined;
      out.push({ start, end, year: stated ? Number(stated) - back : undefined, yearOffset, yearsBack: stated || rel ? undefined : back, from: last < 12 ? last + 1 : 1, to: last < 12 ? last + 12 : 12, by: false, comparison });
    } else if (resolved === "full-year") {
      out.push({ start, end, from: 1, to: 12, by: false, relative: "previous", fullYear: true, comparison });
    } else if (resolved === "iranian") {
      const months = g("in") ? count(g("in")!) : 12;
      const persian = g("iy");
      out.push({ start, end, year: persian ? Number(persian) + 621 : undefined, iranian: g("ip") ? -1 : 0, from: 3, to: 3 + months, by: false, comparison });
    } else if (resolved === "span") {
      if (!consecutiveYears(m[0])) continue;
      out.push({ start, end, year: Number(m[0].slice(0, 4)), from: 0, to: 0, by: false, fiscal: true, bare: true, comparison });
    } else if (resolved === "in-month") {
      out.push({ start, end, from: 0, to: 0, by: false, inMonth: true, comparison });
    } else if (resolved === "last-month") {
      out.push({ start, end, from: 0, to: 0, by: false, lastMonth: true, ...(g("pm") || g("pm2") ? { monthBefore: true } : {}), comparison });
    } else if (resolved === "to-date") {
      out.push({ start, end, yearOffset: 0, from: 0, to: 0, by: false, toDate: true, comparison });
    } else if (resolved === "year") {
      const before = text.slice(Math.max(0, start - 24), start);
      const by = /\bby\s+(?:the\s+end\s+of\s+)?$/i.test(before);
      if (!by && NOT_PERIOD_BEFORE.test(before)) continue;
      out.push({ start, end, year: Number(m[0]), from: 1, to: 12, by, comparison });
    } else if (resolved.from >= 1 && resolved.from <= 12 && resolved.from <= resolved.to && resolved.to - resolved.from < 12) {
      // "1H17", "Q3'19": a two-digit year written onto the period.
      const stated = g("yr") ?? g("yrb") ?? g("fy") ?? (g("y2") ? String(2000 + Number(g("y2"))) : undefined);
      const rel = g("rel") ?? g("rel2");
      const yearOffset = rel ? (/last|previous|past/i.test(rel) ? -1 : 0) : undefined;
      out.push({ start, end, year: stated ? Number(stated) : undefined, yearOffset, ...resolved, by: false, comparison });
    }
  }
  return out;
}

/**
 * Resolves a sentence's raw periods in order. Partial periods without a year take the year
 * from elsewhere in the sentence, then from the previous period, then the article's year.
 * "last year" is the article's year − 1, "a year earlier" the previous period one year back,
 * "over the period" the previous period itself. `offset` shifts offsets (body → sentence).
 */
export function resolvePeriods(raw: RawPeriod[], ctx: PeriodContext, offset = 0): PeriodMention[] {
  const yearOf = (r: RawPeriod) => r.year ?? (r.yearOffset !== undefined && ctx.articleYear !== undefined ? ctx.articleYear + r.yearOffset : undefined);
  const sentenceYear = raw.find((r) => r.year !== undefined && !r.by && !r.relative && !r.comparison)?.year;
  const out: PeriodMention[] = [];
  let previous = ctx.previous;
  const fiscalStart = ctx.fiscalStart ?? 4;
  // "in just five months (April-August) of this financial year": the months in brackets say
  // which five; the count alone would be January to May.
  const restated = (r: RawPeriod, i: number) => {
    const next = raw[i + 1];
    return r.from === 1 && !r.year && next !== undefined && next.start - r.end <= 3 && next.from > 1 && next.to - next.from === r.to - r.from && !next.fiscal;
  };
  for (const [i, r] of raw.entries()) {
    if (restated(r, i)) continue;
    let value: PeriodValue | undefined;
    if (r.toDate) {
      // Only as precise as the sentence: "so far this year … customs data for January-April".
      const range = raw.find((o) => !o.toDate && !o.relative && !o.fiscal && o.from === 1 && o.to < 12);
      if (range && ctx.articleYear !== undefined) value = { year: range.year ?? ctx.articleYear, from: 1, to: range.to };
    } else if (r.iranian !== undefined || (ctx.iranianCalendar && r.counted && r.year === undefined && r.yearOffset === 0)) {
      // Iranian years start on 21 March: a story of January or February is still in the one before,
      // and one whose month is unknown cannot say which year it is in.
      const current = ctx.articleYear === undefined || ctx.articleMonth === undefined ? undefined : ctx.articleMonth < 3 ? ctx.articleYear - 1 : ctx.articleYear;
      const year = r.year ?? (current === undefined ? undefined : current + (r.iranian ?? 0));
      if (year !== undefined) value = r.iranian === undefined ? { year, from: 3, to: 3 + r.to } : { year, from: r.from, to: r.to };
    } else if (r.fullYear) {
      if (previous) value = { year: previous.year, from: 1, to: 12 };
    } else if (r.bare && ctx.fiscalStart === undefined) {
      value = undefined;
    } else if (r.fiscal) {
      // "FY24"/"2023-24" name the fiscal year by the calendar years it spans; a July–June year starts in the first.
      const start = r.from || fiscalStart;
      const named = r.namedYear === undefined ? undefined : ctx.fiscalNamedByStart ? r.namedYear : r.namedYear - 1;
      // "fiscal 2017" where no country with a fiscal calendar is named: the calendar year.
      if (r.namedByFullYear && r.namedYear !== undefined && ctx.fiscalStart === undefined && !r.part) {
        out.push({ start: r.start - offset, end: r.end - offset, value: { year: r.namedYear, from: 1, to: 12 }, by: r.by, comparison: r.comparison });
        continue;
      }
      // "the current fiscal year": the one the article's date falls in.
      // An undated article that names a fiscal year by its calendar years ("in fiscal 2018-19") is in it.
      const current = ctx.articleYear === undefined ? ctx.statedFiscalYear : ctx.articleMonth === undefined ? ctx.statedFiscalYear ?? ctx.articleYear : ctx.articleMonth < start ? ctx.articleYear - 1 : ctx.articleYear;
      const year = r.year ?? named ?? (r.yearOffset === 0 ? current : undefined);
      const part = r.part ?? (r.calendarPart && { first: (r.calendarPart.from - start + 12) % 12, last: (r.calendarPart.to - start + 12) % 12 });
      const [from, to] = [start + (part?.first ?? 0), start + (part?.last ?? 11)];
      // A part that starts in the fiscal year's second calendar year ("Q3 of FY23", July–June) is dated in it.
      if (year !== undefined) value = from > 12 ? { year: year + 1, from: from - 12, to: to - 12 } : { year, from, to };
      // A fiscal year not yet over has no whole-year figure: "the current fiscal year" after
      // "the first three quarters of fiscal year 2017-18" is those three quarters.
      if (r.yearOffset === 0 && !part && previous && isPartial(previous)) value = previous;
    } else if (r.demonstrative && !r.from && ctx.justNamed) {
      value = ctx.justNamed;
    } else if (r.relative === "previous" && r.year === undefined) {
      // "in the four months" names its length: the first four months of the period in view.
      const months = r.from ? r.to - r.from + 1 : undefined;
      if (previous && months && previous.to - previous.from + 1 !== months) value = { year: previous.year, from: previous.from, to: previous.from + months - 1 };
      else value = previous ?? (r.from && ctx.articleYear !== undefined ? { year: ctx.articleYear, from: r.from, to: r.to } : undefined);
    }
    else if (r.relative === "prior" || r.relative === "same") {
      if (previous) value = { year: previous.year - 1, from: previous.from, to: previous.to };
    } else if (r.relative === "previous") {
      if (previous) value = { year: r.year!, from: previous.from, to: previous.to };
    } else if (r.lastMonth) {
      // "In August 2023 … In the previous month, it was …": July.
      const named = ctx.justNamed ?? previous;
      value = r.monthBefore && named && named.from === named.to ? (named.from === 1 ? { year: named.year - 1, from: 12, to: 12 } : { year: named.year, from: named.from - 1, to: named.from - 1 }) : lastMonthOf(ctx, previous);
    } else if (r.inMonth) {
      value = previous && lastMonthOf({}, previous);
    } else if (r.year === undefined && r.yearOffset === 0 && r.from === 1 && r.to === 12 && previous && (previous.year === ctx.articleYear || previous.year + Math.floor((previous.to - 1) / 12) === ctx.articleYear) && isPartial(previous)) {
      // "reached $42.76 billion this year" in a first-half story: the part of the year reported.
      value = previous;
    } else if (r.year === undefined && r.yearOffset === -1 && r.from === 1 && r.to === 12 && r.comparison && previous && isPartial(previous)) {
      // "against $9.662 billion last year" after a fiscal year or part-year: the same span a year earlier.
      value = { year: previous.year - 1, from: previous.from, to: previous.to };
    } else {
      const stated = yearOf(r) ?? sentenceYear;
      // A month without a year inside a period that spans two years ("In March alone", after
      // April–March 2024-25) falls in the year that puts it inside that period.
      // With no article year, "last year" counts back from the year in view, not the year itself.
      const inView = r.yearOffset !== undefined && previous ? previous.year + r.yearOffset : undefined;
      // A month, or months from January, named alone after a whole year that ended before the
      // article's ("trade was worth $6.8 billion in 2023 … in March", "по итогам 2024 года … за
      // январь-октябрь") are the latest the article reports, of its own year;
      // a December, in a story of unknown month, closes the year named ("за 2019 год … в декабре").
      const afterPastYear = previous && !isPartial(previous) && (r.from === r.to || r.from === 1) && ctx.articleYear !== undefined && previous.year < ctx.articleYear && r.to <= (ctx.articleMonth ?? 11) ? ctx.articleYear : undefined;
      let year = stated ?? inView ?? afterPastYear ?? (previous && r.from === r.to ? yearWithin(previous, r.from) : previous?.year) ?? ctx.articleYear;
      // A rolling year ends in its last month within the period in view ("12 months through March" after FY 2024-25).
      if (stated === undefined && r.yearsBack) {
        const endYear = previous ? yearWithin(previous, r.to - 12 * r.yearsBack) : ctx.articleYear;
        year = endYear === undefined ? undefined : endYear - r.yearsBack;
      }
      // A range named without its year has ended by the time it is reported: "July to February"
      // in a March 2023 story ran from July 2022.
      if (stated === undefined && year !== undefined && ctx.articleYear !== undefined && ctx.articleMonth !== undefined && year * 12 + r.to > ctx.articleYear * 12 + ctx.articleMonth) year -= 1;
      if (year !== undefined && Number.isFinite(year)) value = { year, from: r.from, to: r.to };
    }
    if (!value) continue;
    // "grew by over 30% last year against 2016": what is compared with 2016 is not 2016 itself,
    // so "last year" is the one after it, whatever year the article seemed to be from.
    if (r.year === undefined && r.yearOffset !== undefined && !r.comparison && raw.some((o) => o.comparison && o.year === value!.year && o.from === value!.from && o.to === value!.to)) value = { ...value, year: value.year + 1 };
    out.push({ start: r.start - offset, end: r.end - offset, value, by: r.by, comparison: r.comparison });
    // A point of comparison is not what the sentence goes on to talk about.
    if (!r.by && !r.comparison) previous = value;
  }
  return out;
}

const isPartial = (p: PeriodValue) => !(p.from === 1 && p.to === 12);

/** The calendar year in which month `month` (1–12) falls inside `period`, else the period's first year. */
function yearWithin(period: PeriodValue, month: number): number {
  return period.to > 12 && month + 12 <= period.to && month < period.from ? period.year + 1 : period.year;
}

/** "last month": the month before the article's, else the last month of the period in force. */
function lastMonthOf(ctx: PeriodContext, previous: PeriodValue | undefined): PeriodValue | undefined {
  if (ctx.articleYear !== undefined && ctx.articleMonth !== undefined) {
    return ctx.articleMonth === 1 ? { year: ctx.articleYear - 1, from: 12, to: 12 } : { year: ctx.articleYear, from: ctx.articleMonth - 1, to: ctx.articleMonth - 1 };
  }
  if (!previous) return undefined;
  const last = ((previous.to - 1) % 12) + 1;
  return { year: previous.year + Math.floor((previous.to - 1) / 12), from: last, to: last };
}

/** The latest fiscal year stated by its calendar years, not as a point of comparison: "July-March (2017-18)" gives 2017. */
export function statedFiscalYearOf(raw: RawPeriod[]): number | undefined {
  const years = raw.filter((r) => (r.fiscal || r.to > 12) && r.year !== undefined && !r.comparison).map((r) => r.year!);
  return years.length ? Math.max(...years) : undefined;
}

/** Finds and resolves the periods a sentence names, in text order (scanPeriods + resolvePeriods). */
export function findPeriodMentions(text: string, ctx: PeriodContext): PeriodMention[] {
  return resolvePeriods(scanPeriods(text), ctx);
}
