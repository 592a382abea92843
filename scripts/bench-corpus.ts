/**
 * A deterministic stream of raw articles in the style of agency trade news (DESIGN.md,
 * "Reading real trade news"): datelines, figures in many spellings, partial years, pronouns,
 * targets and non-trade money, plus boilerplate the cleaner must drop. Same seed, same text.
 */
const COUNTRIES = [
  ["Belarus", "Belarusian", "Minsk"], ["Russia", "Russian", "Moscow"], ["Georgia", "Georgian", "Tbilisi"],
  ["Kazakhstan", "Kazakh", "Astana"], ["Uzbekistan", "Uzbek", "Tashkent"], ["China", "Chinese", "Beijing"],
  ["Turkey", "Turkish", "Ankara"], ["Armenia", "Armenian", "Yerevan"], ["Azerbaijan", "Azerbaijani", "Baku"],
  ["Moldova", "Moldovan", "Chisinau"], ["Lithuania", "Lithuanian", "Vilnius"], ["India", "Indian", "New Delhi"],
] as const;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function* benchArticles(seed = 20161019): Generator<string> {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const money = () => pick([
    () => `$${(rand() * 900 + 10).toFixed(1)} million`, () => `USD ${(rand() * 90 + 1).toFixed(2)} million`,
    () => `$${(rand() * 9 + 1).toFixed(2)} bln`, () => `€${(rand() * 5 + 0.5).toFixed(1)} billion`,
    () => `$${Math.floor(rand() * 900 + 100)}m`, () => `$${Math.floor(rand() * 9e6 + 1e6).toLocaleString("en-US")}`,
  ])();
  for (let n = 0; ; n++) {
    const [a, b] = [pick(COUNTRIES), pick(COUNTRIES)];
    if (a === b) continue;
    const year = 2015 + Math.floor(rand() * 10);
    const m = 2 + Math.floor(rand() * 9);
    const period = pick([`in ${year}`, `in January-${MONTHS[m]} ${year}`, `in the first quarter of ${year}`, `in the first ${m} months of ${year}`]);
    const paragraphs = [
      `${a[2].toUpperCase()}, ${1 + Math.floor(rand() * 27)} ${pick(MONTHS)} ${year + 1} (Agency) - Trade between ${a[0]} and ${b[0]} ${pick(["reached", "amounted to", "totalled"])} ${money()} ${period}, up ${(rand() * 30).toFixed(1)}% year-on-year, the statistics office said.`,
      `${a[1]} exports to ${b[0]} came to ${money()}, while imports from ${b[0]} were worth ${money()}. The trade ${pick(["deficit", "surplus"])} stood at ${money()}. It was ${money()} a year earlier.`,
      `Mr. Ivanov, the deputy minister, said the two countries aim to raise bilateral trade to ${money()} by ${year + 5}. Officials also signed ${Math.floor(rand() * 20)} contracts worth ${money()} and discussed a ${money()} loan for a new logistics hub near ${b[2]}.`,
      `${b[0]} remains one of ${a[0]}'s main partners, after ${pick(COUNTRIES)[0]} (${money()}) and ${pick(COUNTRIES)[0]} (${money()}). Around ${Math.floor(rand() * 900)} companies with ${b[1]} capital operate in the country, and the U.S. Treasury has not commented.`,
    ];
    yield `${a[0]}-${b[0]} trade update no. ${n}\n\nPhoto: Agency\n\n${paragraphs.join("\n\n")}\n\nRead also: more news\n\nShare\n`;
  }
}
