import { monthNumber } from "@/lib/dates";
import { findCountryMentions } from "@/lib/extract/countries";
import { currencyCode, multiplier } from "@/lib/extract/money";
import type { PeriodValue } from "@/lib/extract/periods";
import type { TradeMetric } from "@/lib/extract/types";
import type { CountryCode } from "@/lib/schema";

/**
 * Statistical tables as pages flatten them into text: a caption with the unit ("Million USD",
 * "Trade (expressed in millions of US$): Belarus"), a header line, then one line per row, a
 * label and its numbers ("Export (FOB) 3 797.0 3 340.7 …", "| Jun'12 | 799.8 | 1,142.5 |").
 * Either the rows are periods and the columns metrics ("Year EU imports EU exports Balance"),
 * or the rows are metrics and the header lists the periods ("2019 2020 … January-June 2024").
 * A table is read only when every part is stated: the unit and one currency, a metric or a
 * period for every column, and cells that split into exactly as many numbers as there are
 * columns; anything less and the table yields nothing, since a cell read into the wrong
 * column is a wrong figure beside a real number.
 */
export type TableCell = {
  /** Offsets of the cell's number in the text. */
  start: number;
  end: number;
  metric: TradeMetric;
  reporter: CountryCode;
  partner: CountryCode;
  period: PeriodValue;
  value: number;
  currency: string;
  /** The column or row label the metric was read from, and the label that gave the period. */
  metricLabel: string;
  periodLabel: string;
  layout: "periods-down" | "periods-across";
};

type Token = { start: number; end: number; text: string };
type Line = { start: number; end: number; text: string };
/** A line read as a table row: its label and the tokens of its numeric part. */
type Row = { line: Line; label: string; labelStart: number; numbers: Token[]; piped: boolean };

const NUMBER_TOKEN = /^(?:[-−]?(?:\d[\d,.]*\d|\d)|[-−]?\.\d+|N\/A|n\/a|n\.a\.|\.\.|-|–|—|…)$/;
const EMPTY_CELL = /^(?:N\/A|n\/a|n\.a\.|\.\.|-|–|—|…)$/;
const MONTH_WORD = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const YEAR_PART = String.raw`(?:\s*['’]\s*\d{2}(?!\d)|\s+(?:19|20)\d{2}(?!\d))`;
/** A period as a table labels it: "2015", "Jun'12", "Jan-Jun'13", "January-June 2024", "H1 2024". */
const PERIOD_LABEL = new RegExp(
  String.raw`(?<![\w'’])(?:(?<m1>${MONTH_WORD})(?:\s*[-–]\s*(?<m2>${MONTH_WORD}))?(?<my>${YEAR_PART})|(?<half>H[12]|Q[1-4])(?<hy>${YEAR_PART})|(?<year>(?:19|20)\d{2}))(?![\w'’])`,
  "gi",
);
/** The metric a row or column label names; "trade gap" and "trade balance" before any bare metric word. */
const LABEL_METRICS: [RegExp, TradeMetric][] = [
  [/\b(?:trade\s+(?:gap|balance)|balance|deficit|surplus)\b/i, "balance"],
  [/\b(?:turnover|total\s+trade)\b/i, "turnover"],
  [/\b(?:exports?|exp)\b/i, "exports"],
  [/\b(?:imports?|imp)\b/i, "imports"],
];
/** Where one column's label begins in a header written with spaces. */
const COLUMN_WORD = /\b(?:trade\s+(?:gap|balance)|balance|deficit|surplus|turnover|total\s+trade|exports?|imports?)\b/gi;
/** A label of something other than a level of trade: a change, a share, a ratio, a part of the flow. */
const NOT_LEVEL = /%|\bpct\b|per\s*cent|\by\/y\b|\bm\/m\b|growth|change|share|excluding|re-?exports?|coverage|index|ratio|\bof\s+which\b/i;
/** Trade in services is not the trade in goods the figures chart. */
const SERVICES = /\bservices\b/i;
const SCALE = /(?<![A-Za-z])(thousands?|thous\.?|'000|mn|mln|millions?|bn|bln|billions?|trillions?|b)(?![A-Za-z])/gi;
const CURRENCY_SIGN = /US\s?\$|\$|€|£|₽|\b(?:USD|EUR|GBP|RUB|CNY|JPY|KZT|UAH|GEL|INR|BYN)\b|\b(?:euros?|dollars?|roubles?|rubles?|yuan|lari|tenge|hryvnias?)\b/gi;
/** A caption is a short line near the header; a line of prose is not a caption. */
const MAX_CAPTION = 120;
const MAX_LABEL = 60;
const MAX_ROW = 2000;
/** More numbers than any table row of the corpus holds: a dump of figures, not a row. */
const MAX_TOKENS = 120;

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    out.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return out;
}

function tokensOf(text: string, base: number): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] }));
}

/**
 * A line as a table row: a label of a few words (or none, or a period) and then two or more
 * numbers to the end of the line; in a table written with bars, a label cell and number cells.
 */
export function tableRowOf(line: Line): Row | undefined {
  const { text } = line;
  // Cheap refusals first: most lines of an article hold no number, or are prose, which ends in a word.
  if (!/\d/.test(text) || text.length > MAX_ROW) return undefined;
  const row = (text.match(/\|/g) ?? []).length >= 2 ? piped(line) : spaced(line);
  // A line of periods alone ("2019 2020 2021") heads a table's columns; it is no row of it.
  return row && !periodsListed(text) ? row : undefined;
}

/** The last `n` whitespace-separated tokens of `text`, read from its end (a pattern anchored at the end would be tried from every position). */
function lastTokens(text: string, n: number): string[] {
  const out: string[] = [];
  let end = text.length;
  while (out.length < n) {
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    let start = end;
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    if (start === end) break;
    out.unshift(text.slice(start, end));
    end = start;
  }
  return out;
}

/** A row written with bars: a label cell, then number cells. */
function piped(line: Line): Row | undefined {
  const cells: Token[] = [];
  let at = 0;
  for (const part of line.text.split("|")) {
    const lead = part.length - part.trimStart().length;
    const t = part.trim();
    if (t) cells.push({ start: line.start + at + lead, end: line.start + at + lead + t.length, text: t });
    at += part.length + 1;
  }
  const [label, ...rest] = cells;
  if (!label || rest.length < 2 || !rest.every((c) => NUMBER_TOKEN.test(c.text)) || NUMBER_TOKEN.test(label.text)) return undefined;
  return { line, label: label.text, labelStart: label.start, numbers: rest, piped: true };
}

/** A row written with spaces: a label of a few words (or none), then numbers to the end of the line. */
function spaced(line: Line): Row | undefined {
  const { text } = line;
  const lastTwo = lastTokens(text, 2);
  if (lastTwo.length < 2 || !lastTwo.every((t) => NUMBER_TOKEN.test(t))) return undefined;
  const tokens = tokensOf(text, line.start);
  let first = tokens.length;
  while (first > 0 && NUMBER_TOKEN.test(tokens[first - 1]!.text)) first--;
  // A leading year is the row's label ("2015 3.7 5.7 2.0"), not one of its cells.
  if (first === 0 && tokens.length > 2 && /^(?:19|20)\d{2}$/.test(tokens[0]!.text)) first = 1;
  const numbers = tokens.slice(first);
  const label = first === 0 ? "" : text.slice(tokens[0]!.start - line.start, tokens[first - 1]!.end - line.start);
  // A row of empty cells ("1975 N/A N/A") is still a row of its table when it has a label.
  if (numbers.length < 2 || (!label && numbers.every((t) => EMPTY_CELL.test(t.text)))) return undefined;
  if (label.length > MAX_LABEL || /[.!?;]\s/.test(label)) return undefined;
  return { line, label, labelStart: first === 0 ? numbers[0]!.start : tokens[0]!.start, numbers, piped: false };
}

/** Whether a line of text is a row of a table (a sentence of its own when cited). */
export const isTableRow = (text: string) => tableRowOf({ start: 0, end: text.length, text }) !== undefined;

function yearOf(part: string): number {
  const digits = part.replace(/\D/g, "");
  if (digits.length === 4) return Number(digits);
  const yy = Number(digits);
  return yy <= 50 ? 2000 + yy : 1900 + yy;
}

function periodOfMatch(g: Record<string, string | undefined>): PeriodValue | undefined {
  if (g.year) return { year: Number(g.year), from: 1, to: 12 };
  if (g.half) {
    const year = yearOf(g.hy!);
    const n = Number(g.half[1]);
    return g.half[0]!.toUpperCase() === "H" ? { year, from: n * 6 - 5, to: n * 6 } : { year, from: n * 3 - 2, to: n * 3 };
  }
  const from = monthNumber(g.m1!.replace(/\.$/, ""));
  const to = g.m2 ? monthNumber(g.m2.replace(/\.$/, "")) : from;
  if (!from || !to || to < from) return undefined;
  return { year: yearOf(g.my!), from, to };
}

/** The periods a header lists, when it lists nothing else. */
function periodsListed(text: string): { label: string; value: PeriodValue }[] | undefined {
  const out: { label: string; value: PeriodValue }[] = [];
  let rest = text;
  for (const m of text.matchAll(PERIOD_LABEL)) {
    const value = periodOfMatch(m.groups ?? {});
    if (!value) return undefined;
    out.push({ label: m[0], value });
    rest = rest.replace(m[0], " ");
  }
  return out.length >= 2 && /^[\s|,*]*$/.test(rest) ? out : undefined;
}

/** The period a row's label is, when it is a period and nothing more. */
function periodLabelled(label: string): PeriodValue | undefined {
  const listed = [...label.trim().matchAll(PERIOD_LABEL)];
  if (listed.length !== 1 || listed[0]![0] !== label.trim()) return undefined;
  return periodOfMatch(listed[0]!.groups ?? {});
}

function metricLabelled(label: string): TradeMetric | undefined {
  if (NOT_LEVEL.test(label)) return undefined;
  return LABEL_METRICS.find(([re]) => re.test(label))?.[1];
}

/** The columns a header names, each a metric or (a change, a share) none. */
function columnsOf(header: Line, piped: boolean): { label: string; metric?: TradeMetric }[] {
  if (piped) return header.text.split("|").map((c) => c.trim()).filter(Boolean).slice(1).map((label) => ({ label, metric: metricLabelled(label) }));
  const starts = [...header.text.matchAll(COLUMN_WORD)].map((m) => m.index);
  return starts.map((s, i) => {
    const label = header.text.slice(s, starts[i + 1] ?? header.text.length).trim();
    return { label, metric: metricLabelled(label) };
  });
}

/**
 * Splits a row's number tokens into `count` cells. A number written with spaces between its
 * thousands ("13 315.0", "-1 296 001") is one cell: a head of one to three digits, then groups of
 * exactly three, only the last with decimals. Undefined unless exactly one split fits.
 */
function cellsOf(tokens: Token[], count: number): Token[] | undefined {
  if (tokens.length > MAX_TOKENS) return undefined;
  const head = (t: Token) => /^[-−]?\d{1,3}$/.test(t.text);
  const group = (t: Token) => /^\d{3}$/.test(t.text);
  const lastGroup = (t: Token) => /^\d{3}(?:[.,]\d+)?$/.test(t.text);
  // The cells that can start at token i: where each one ends.
  const ends = tokens.map((t, i) => {
    const out = [i + 1];
    if (!head(t)) return out;
    for (let j = i + 1; j < tokens.length && lastGroup(tokens[j]!); j++) {
      out.push(j + 1);
      if (!group(tokens[j]!)) break;
    }
    return out;
  });
  // ways[i][c]: in how many ways (0, 1 or "more", as 2) tokens from i split into c cells.
  const ways = Array.from({ length: tokens.length + 1 }, () => new Array<number>(count + 1).fill(0));
  ways[tokens.length]![0] = 1;
  for (let i = tokens.length - 1; i >= 0; i--) for (let c = 1; c <= count; c++) ways[i]![c] = Math.min(2, ends[i]!.reduce((n, e) => n + ways[e]![c - 1]!, 0));
  if (ways[0]![count] !== 1) return undefined;
  const cells: Token[] = [];
  for (let i = 0, c = count; c > 0; c--) {
    const e = ends[i]!.find((x) => ways[x]![c - 1] === 1)!;
    cells.push({ start: tokens[i]!.start, end: tokens[e - 1]!.end, text: tokens.slice(i, e).map((x) => x.text).join(" ") });
    i = e;
  }
  return cells;
}

/** A cell's number: thousands in spaces or commas, a decimal point, or a decimal comma alone. */
function cellValue(text: string): number | undefined {
  if (EMPTY_CELL.test(text)) return undefined;
  let t = text.replace(/−/g, "-").replace(/\s/g, "");
  if (t.includes(",") && t.includes(".")) t = t.replace(/,/g, "");
  else if (/^-?\d{1,3}(?:,\d{3})+$/.test(t)) t = t.replace(/,/g, "");
  else t = t.replace(",", ".");
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** The one scale and the one currency a table's caption and header state, if they state exactly one of each. */
function unitOf(text: string): { scale: number; currency: string } | undefined {
  const scales = new Set([...text.matchAll(SCALE)].map((m) => (m[1]!.toLowerCase() === "'000" ? 1e3 : /^thous/i.test(m[1]!) ? 1e3 : multiplier(m[1]!.replace(/s$/i, "")))));
  const currencies = new Set([...text.matchAll(CURRENCY_SIGN)].map((m) => currencyCode(m[0].replace(/^US\s?\$$/, "US$"))).filter(Boolean));
  if (scales.size !== 1 || currencies.size !== 1) return undefined;
  const scale = [...scales][0]!;
  return scale > 1 ? { scale, currency: [...currencies][0]! } : undefined;
}

/**
 * Whose trade a table states: countries its caption or header names. A header's country owns
 * the flows ("EU imports", "EU exports"); a country the caption trades "with" is the partner of
 * the country the article is about; any other country named alone is the reporter, with the
 * world ("Trade (expressed in millions of US$): Belarus"); none named, the article's country.
 */
function partiesOf(caption: string, header: string, focus: CountryCode | undefined): { reporter: CountryCode; partner: CountryCode } | undefined {
  const inHeader = [...new Set(findCountryMentions(header).map((c) => c.code))];
  const mentions = findCountryMentions(caption);
  const named = [...new Set([...mentions, ...findCountryMentions(header)].map((c) => c.code))];
  if (named.length > 2 || inHeader.length > 1) return undefined;
  const other = (reporter: CountryCode) => named.find((c) => c !== reporter);
  if (inHeader[0]) return { reporter: inHeader[0], partner: other(inHeader[0]) ?? "WLD" };
  if (named.length === 2) return { reporter: named[0]!, partner: named[1]! };
  if (named.length === 1) {
    const tradedWith = mentions.some((m) => /\b(?:with|to|from)\s+(?:the\s+)?$/i.test(caption.slice(Math.max(0, m.start - 12), m.start)));
    if (!tradedWith) return { reporter: named[0]!, partner: "WLD" };
    return focus && focus !== named[0] ? { reporter: focus, partner: named[0]! } : undefined;
  }
  return focus ? { reporter: focus, partner: "WLD" } : undefined;
}

/** The short lines above a header (blank lines skipped, prose and other tables' rows ending the search). */
function captionAbove(lines: Line[], headerAt: number): string {
  const out: string[] = [];
  for (let i = headerAt - 1; i >= 0 && i >= headerAt - 6 && out.length < 3; i--) {
    const t = lines[i]!.text.trim();
    if (!t) continue;
    if (t.length > MAX_CAPTION || tableRowOf(lines[i]!)) break;
    out.unshift(t);
  }
  return out.join("\n");
}

function signed(metric: TradeMetric, label: string, value: number): number | undefined {
  if (metric !== "balance") return value < 0 ? undefined : value;
  return /deficit/i.test(label) && value > 0 ? -value : value;
}

/** Every cell of every table in the text that can be read whole. */
export function readTables(text: string, focus: CountryCode | undefined): TableCell[] {
  const lines = linesOf(text);
  const out: TableCell[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = tableRowOf(lines[i]!);
    if (!first) {
      i++;
      continue;
    }
    const firstAt = i;
    const rows: Row[] = [];
    while (i < lines.length) {
      const row = tableRowOf(lines[i]!);
      if (!row || row.piped !== first.piped) break;
      rows.push(row);
      i++;
    }
    let headerAt = firstAt - 1;
    while (headerAt >= 0 && !lines[headerAt]!.text.trim()) headerAt--;
    if (headerAt < 0) continue;
    out.push(...readTable(lines, headerAt, rows, focus));
  }
  return out;
}

function readTable(lines: Line[], headerAt: number, rows: Row[], focus: CountryCode | undefined): TableCell[] {
  const header = lines[headerAt]!;
  const caption = captionAbove(lines, headerAt);
  const across = periodsListed(header.text);
  const labels = rows.map((r) => r.label).join("\n");
  const unit = unitOf(`${caption}\n${header.text}\n${across ? labels : ""}`);
  const parties = partiesOf(caption, header.text, focus);
  if (!unit || !parties || SERVICES.test(`${caption}\n${header.text}`)) return [];
  const out: TableCell[] = [];
  const cell = (t: Token, metric: TradeMetric, metricLabel: string, period: { label: string; value: PeriodValue }, layout: TableCell["layout"]) => {
    const number = cellValue(t.text);
    const value = number === undefined ? undefined : signed(metric, metricLabel, number);
    if (value === undefined) return;
    out.push({ start: t.start, end: t.end, metric, ...parties, period: period.value, value: Math.round(value * unit.scale), currency: unit.currency, metricLabel, periodLabel: period.label, layout });
  };
  if (across) {
    for (const row of rows) {
      const metric = metricLabelled(row.label);
      const cells = metric && cellsOf(row.numbers, across.length);
      if (metric && cells) cells.forEach((t, k) => cell(t, metric, row.label, across[k]!, "periods-across"));
    }
    return out;
  }
  const columns = columnsOf(header, rows[0]!.piped);
  if (columns.length < 2 || !columns.some((c) => c.metric)) return [];
  for (const row of rows) {
    const value = periodLabelled(row.label);
    const cells = value && cellsOf(row.numbers, columns.length);
    if (value && cells) cells.forEach((t, k) => columns[k]!.metric && cell(t, columns[k]!.metric!, columns[k]!.label, { label: row.label, value }, "periods-down"));
  }
  return out;
}
