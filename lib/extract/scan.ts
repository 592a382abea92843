/** Half-open ranges of a text, sorted and not overlapping. */
export type Ranges = readonly (readonly [number, number])[];

const copies = new WeakMap<RegExp, RegExp>();

function privateCopy(pattern: RegExp): RegExp {
  let copy = copies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    copies.set(pattern, copy);
  }
  return copy;
}

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
  // A private copy: moving the caller's lastIndex would leak into its next matchAll, which
  // starts from the pattern's lastIndex.
  const re = privateCopy(pattern);
  for (const [start, end] of ranges) {
    re.lastIndex = start;
    for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
      yield m;
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}
