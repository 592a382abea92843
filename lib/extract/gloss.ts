import type { GlossEntry } from "@/lib/extract/lexicon-ru";

/** A text read word by word into the engine's English, with the way back to the original's offsets. */
export type Gloss = {
  text: string;
  /** The original offset of a glossed offset: a start maps to the start of its word, an end to the end of it. */
  toSource: (offset: number, edge: "start" | "end") => number;
  /** The glossed offset of an original offset. */
  fromSource: (offset: number) => number;
};

type Segment = { from: number; to: number; outFrom: number; outTo: number; copied: boolean };

const compiled = new WeakMap<readonly GlossEntry[], RegExp[]>();

function patternsOf(lexicon: readonly GlossEntry[]): RegExp[] {
  let patterns = compiled.get(lexicon);
  if (!patterns) {
    // Sticky, and whole words only: a letter may neither precede nor follow a match.
    patterns = lexicon.map(([p]) => new RegExp(`(?:${p})(?![\\p{L}\\d])`, "iuy"));
    compiled.set(lexicon, patterns);
  }
  return patterns;
}

/**
 * Reads `text` through a lexicon: at the start of each word, the first entry that matches is
 * replaced by its English; numbers take a decimal point for a decimal comma ("64,18" → "64.18");
 * everything else is copied. Each replaced word remembers the original text it stands for, so
 * a figure found in the gloss is placed on the words it was read from.
 */
export function glossText(text: string, lexicon: readonly GlossEntry[]): Gloss {
  const patterns = patternsOf(lexicon);
  const segments: Segment[] = [];
  let out = "";
  let copyFrom = 0;
  const flushCopy = (to: number) => {
    if (to > copyFrom) {
      segments.push({ from: copyFrom, to, outFrom: out.length, outTo: out.length + (to - copyFrom), copied: true });
      out += text.slice(copyFrom, to);
    }
  };
  const replace = (from: number, to: number, english: string) => {
    flushCopy(from);
    segments.push({ from, to, outFrom: out.length, outTo: out.length + english.length, copied: false });
    out += english;
    copyFrom = to;
  };
  for (let i = 0; i < text.length; ) {
    const startsWord = i === 0 || !/[\p{L}\d]/u.test(text[i - 1]!);
    // A word, a numeral's case ending after its digits ("5-ти"), or a dollar sign before the scale ("565,6 $ млн.").
    if ((startsWord && /[\p{L}]/u.test(text[i]!)) || (text[i] === "-" && /\d/.test(text[i - 1] ?? "")) || (text[i] === "$" && /\d\s?$/.test(text.slice(Math.max(0, i - 2), i)))) {
      const hit = patterns.findIndex((p) => ((p.lastIndex = i), p.test(text)));
      if (hit >= 0) {
        const end = patterns[hit]!.lastIndex;
        replace(i, end, lexicon[hit]![1]);
        i = end;
        continue;
      }
      if (text[i] === "-" || text[i] === "$") i++;
      while (i < text.length && /[\p{L}]/u.test(text[i]!)) i++;
      continue;
    }
    // "64,18" is 64.18 in Russian copy (thousands are grouped with spaces).
    if (text[i] === "," && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) {
      replace(i, i + 1, ".");
      i++;
      continue;
    }
    i++;
  }
  flushCopy(text.length);
  // Segments lie in order on both sides: the one holding an offset is found by bisection.
  const segmentAt = (offset: number, side: "outFrom" | "from", end: boolean) => {
    let [lo, hi] = [0, segments.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (end ? segments[mid]![side] < offset : segments[mid]![side] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return segments[lo];
  };
  const toSource = (offset: number, edge: "start" | "end") => {
    const s = segmentAt(offset, "outFrom", edge === "end");
    if (!s) return offset;
    if (!s.copied) return edge === "start" ? s.from : s.to;
    return s.from + (offset - s.outFrom);
  };
  const fromSource = (offset: number) => {
    const s = segmentAt(offset, "from", false);
    if (!s || offset >= s.to) return out.length;
    return s.copied ? s.outFrom + (offset - s.from) : s.outFrom;
  };
  return { text: out, toSource, fromSource };
}
