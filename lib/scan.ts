/** Half-open ranges of a text, sorted and not overlapping. */
export type Ranges = readonly (readonly [number, number])[];

/**
 * The matches of a global pattern that start inside the given ranges of `text` (all of it when
 * no ranges are given). Lookbehinds still see the text before a range. Lets a body-wide scan
 * skip the sentences that cannot hold a figure.
 */
export function* matchesIn(text: string, pattern: RegExp, ranges?: Ranges): Generator<RegExpExecArray> {
  if (!ranges) {
    yield* text.matchAll(pattern);
    return;
  }
  if (!pattern.global) throw new TypeError("matchesIn needs a global pattern");
  // The pattern's own lastIndex is set before each range, so earlier use leaves no trace.
  const re = pattern;
  for (const [start, end] of ranges) {
    re.lastIndex = start;
    for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
      yield m;
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}
