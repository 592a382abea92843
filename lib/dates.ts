const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  // Russian, by the first letters of any case form ("15 декабря 2011", "май").
  янв: 1, фев: 2, мар: 3, апр: 4, мая: 5, май: 5, июн: 6, июл: 7, авг: 8, сен: 9, окт: 10, ноя: 11, дек: 12,
};

/** Month number (1–12) of an English or Russian month name or its abbreviation, or undefined. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  return MONTHS[w] ?? MONTHS[w.slice(0, 3)];
}

const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\\.?";
const DATE_PATTERNS: [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
  [new RegExp(`^${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})`, "i"), (m) => [Number(m[3]), monthNumber(m[1]!)!, Number(m[2])]],
  [new RegExp(`^(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})`, "i"), (m) => [Number(m[3]), monthNumber(m[2]!)!, Number(m[1])]],
  [/^(\d{4})-(\d{2})-(\d{2})/, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
];

/**
 * Reads a date line as scraped pages print it ("April 22, 2016 19:11", "9 February 2024",
 * "2016-04-22", "15 декабря 2011 г."), optionally followed by a time. Returns the ISO date, or undefined when the
 * line is not just a date or names an impossible day.
 */
export function parseDateText(line: string): { iso: string } | undefined {
  const text = line.trim();
  for (const [pattern, parts] of DATE_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    // "15 декабря 2011 г." / "… 2011 года": the Russian year word is part of the date.
    const rest = text.slice(m[0].length).trim().replace(/^(?:г\.|года)\s*/, "");
    if (rest && !/^(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?|\|.*)$/.test(rest)) continue;
    const [y, mo, d] = parts(m);
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 1900 || y > 2100) return undefined;
    return { iso: date.toISOString().slice(0, 10) };
  }
  return undefined;
}

const DATE_ANYWHERE: [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, "i"), (m) => [Number(m[3]), monthNumber(m[1]!)!, Number(m[2])]],
  [new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, "i"), (m) => [Number(m[3]), monthNumber(m[2]!)!, Number(m[1])]],
  [/\b(\d{4})[-./](\d{2})[-./](\d{2})\b/, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [/\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
];

/**
 * Finds the first full date inside a line such as a dateline ("Budapest, March 12, 2024",
 * "14.02.2024 17:25", "ISTANBUL Feb 02, 2023 - 11:42 am"). Numeric dates are read day first,
 * as European and post-Soviet agencies write them.
 */
export function findDateInText(text: string): { iso: string } | undefined {
  for (const [pattern, parts] of DATE_ANYWHERE) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2100) return { iso: date.toISOString().slice(0, 10) };
  }
  return undefined;
}
