import { ASIDE, METRIC_CUE } from "@/lib/extract/lexicon-en";
import type { MoneyMention } from "@/lib/extract/money";
import { matchesIn, type Ranges } from "@/lib/extract/scan";
import type { AmountWindow, Cue, Located, Previous, RespectiveRuns, SentenceView } from "@/lib/extract/types";
import type { Article } from "@/lib/schema";

export function findAll(text: string, re: RegExp, ranges?: Ranges): { start: number; end: number; text: string }[] {
  return [...matchesIn(text, re, ranges)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

export function findCues(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const m of text.matchAll(METRIC_CUE)) {
    const g = m.groups!;
    const metric = g.both !== undefined ? "turnover" : (["balance", "exports", "imports", "turnover"] as const).find((k) => g[k] !== undefined)!;
    cues.push({ start: m.index, end: m.index + m[0].length, metric, text: m[0] });
  }
  return cues;
}

/** The sentences holding any of `hits` (body offsets), merged into runs of adjacent sentences. */
export function interestingRanges(sentences: Article["sentences"], hits: Located[]): [number, number][] {
  const starts = hits.map((h) => h.start).sort((a, b) => a - b);
  const out: [number, number][] = [];
  let h = 0;
  for (const s of sentences) {
    while (h < starts.length && starts[h]! < s.start) h++;
    if (h >= starts.length || starts[h]! >= s.end) continue;
    const last = out[out.length - 1];
    if (last && last[1] >= s.start - 2) last[1] = s.end;
    else out.push([s.start, s.end]);
  }
  return out;
}

/**
 * Splits body-wide matches (sorted by start) into one list per sentence, as copies with
 * offsets relative to the sentence. Matches that cross a sentence boundary belong to none.
 */
export function bySentence<T extends Located>(items: T[], sentences: Article["sentences"]): T[][] {
  const out: T[][] = sentences.map(() => []);
  let i = 0;
  sentences.forEach((s, k) => {
    while (i < items.length && items[i]!.start < s.start) i++;
    for (; i < items.length && items[i]!.start < s.end; i++) {
      const item = items[i]!;
      if (item.end <= s.end) out[k]!.push({ ...item, start: item.start - s.start, end: item.end - s.start });
    }
  });
  return out;
}

/** Offsets of the asides in a sentence, whose countries are not parties to its figures; an aside that states an amount is no aside. */
export function asideRanges(text: string, money: MoneyMention[]): [number, number][] {
  return findAll(text, ASIDE).filter((a) => !money.some((m) => m.start >= a.start && m.end <= a.end)).map((a) => [a.start, a.end]);
}

/**
 * The amount again in brackets right after `money[i]`, restating it: in another currency
 * ("2.3 billion euros ($2.9 billion)") or written out ("$11 billion ($10,992.30 million)"), with
 * where the brackets end. Another value in the same currency is a comparison, not a restatement.
 */
export function bracketedConversion(text: string, money: MoneyMention[], i: number): { twin: MoneyMention; end: number } | undefined {
  const amount = money[i]!;
  const bracket = /^\s*\([^()]*\)/.exec(text.slice(amount.end));
  if (!bracket) return undefined;
  const end = amount.end + bracket[0].length;
  const twin = money.find((m) => m.start > amount.end && m.end <= end && (m.currency !== amount.currency || Math.abs(m.value - amount.value) <= 0.05 * amount.value));
  return twin && { twin, end };
}

/** Where the words that named the amount before end: its trade word after it, and "from/to" a country right after that. */
function namedBefore(view: SentenceView, previous: Previous | undefined, prevEnd: number, start: number): number {
  const cue = previous?.rightCue;
  if (!cue || cue.start < prevEnd || cue.end > start || /\b(?:and|or|while|but)\b/i.test(view.text.slice(prevEnd, cue.start))) return prevEnd;
  const place = view.parties.find((c) => c.start >= cue.end && c.end <= start && /^\s+(?:from|to|with)\s+(?:the\s+)?$/i.test(view.text.slice(cue.end, c.start)));
  return place?.end ?? cue.end;
}

export function windowOf(view: SentenceView, i: number, prevEnd: number, previous: Previous | undefined, respective: RespectiveRuns): AmountWindow {
  const { text, money, cues, breaks } = view;
  const amount = money[i]!;
  // The amount restated in brackets does not end its reach: "exported goods worth 2.3 billion
  // euros ($2.9 billion) to Russia".
  const twin = bracketedConversion(text, money, i)?.twin;
  const nextStart = money[twin ? money.indexOf(twin) + 1 : i + 1]?.start ?? text.length;
  // An amount of a "respectively" run reads the whole clause before the run.
  const group = respective.get(i);
  const leftEnd = group?.leftEnd ?? amount.start;
  // A colon or dash right before the amount labels it ("exports to Poland: $4.27 billion"): not a break.
  const clauseStart = group?.leftStart ?? breaks.filter((b) => b.start >= prevEnd && b.end <= amount.start && !/^\s*[-−]?\s*$/.test(text.slice(b.end, amount.start))).pop()?.end ?? prevEnd;
  // "$22 million are exports from Kyrgyzstan and $46 million imports": the trade word that named the
  // amount before, with the country it goes to or comes from, is that amount's, not this one's.
  const leftStart = group ? clauseStart : Math.max(clauseStart, namedBefore(view, previous, prevEnd, amount.start));
  const rightEnd = Math.min(breaks.find((b) => b.start >= amount.end)?.start ?? nextStart, nextStart);
  // "€17.3 billion were exported and €19.4 billion imported": a word that named the amount before is not this one's;
  // nor does a word in an aside that the amount is not part of ("imports, mostly gas delivered by pipeline, totaled").
  const described = (c: Cue) => view.descriptions.some(([s, e]) => c.start >= s && c.end <= e && !(amount.start >= s && amount.end <= e));
  const leftCues = cues.filter((c) => c.start >= leftStart && c.end <= leftEnd && c !== previous?.rightCue && !described(c));
  // A trade word after the amount counts only right after it: "$610 mln were Georgian exports",
  // "$842.5 million was accounted for by Azerbaijani exports".
  const rightCues = cues.filter((c) => {
    const between = text.slice(amount.end, c.start);
    return c.start >= amount.end && c.start < rightEnd && !/[,;(]/.test(between) && (between.length <= 30 || /^\s*(?:was|were)\s+(?:accounted\s+for|made\s+up|represented|generated)\s+by\b/i.test(between));
  });
  return {
    leftStart, leftEnd, rightEnd, group,
    left: text.slice(leftStart, leftEnd),
    right: text.slice(amount.end, rightEnd),
    leftCues, rightCues, nearestCue: leftCues[leftCues.length - 1],
  };
}
