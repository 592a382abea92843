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

type Country = (typeof COUNTRIES)[number];
const BACKGROUND: ((a: Country, b: Country, year: number, rand: () => number) => string)[] = [
  (a, b, year) => `The two presidents met in ${a[2]} in ${year - 3} and again in ${year - 1}, when they signed a declaration on strategic partnership. Mr. Petrov, the foreign minister, said relations between ${a[0]} and ${b[0]} had "never been closer", adding that the sides would hold consultations in the spring.`,
  (a, b, _year, rand) => `According to the U.S. State Department, around ${Math.floor(rand() * 9000 + 1000)} ${b[1]} citizens live in ${a[0]}, and ${Math.floor(rand() * 40 + 5)} flights a week connect ${a[2]} and ${b[2]}. The embassy in ${b[2]} reopened in January after a two-year pause.`,
  (a, b, year) => `Analysts in ${a[2]} note that the ${a[1]} economy grew by 3.9% in ${year - 1}, while inflation slowed to 5.8%. "We see a lot of interest from ${b[1]} companies," Dr. Ivanova of the Institute for Economic Studies said, citing talks on logistics and agriculture.`,
  (a, b) => `Opposition politicians in ${a[2]} criticised the visit. Some 300 people gathered outside the parliament, and the interior ministry said 12 were detained. The government has not commented on reports that a 28-point road map with ${b[0]} will be published next month.`,
  (a, b, year) => `${a[0]} and ${b[0]} established diplomatic relations in January 1992. Since ${year - 10}, they have signed more than 60 agreements, including on education, health care and customs cooperation, and held 14 sessions of the intergovernmental commission.`,
  (a, b, _year, rand) => `The ${b[1]} side also proposed joint projects in pharmaceuticals and machine building. A delegation of ${Math.floor(rand() * 80 + 20)} companies will visit ${a[2]} in October, and a business forum is planned for the autumn, the chamber of commerce said.`,
];

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
    // Around the trade paragraphs, background as real copy has it: politics, dates and counts.
    const background = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => pick(BACKGROUND)(a, b, year, rand));
    const body = [paragraphs[0]!, ...background.slice(0, 2), ...paragraphs.slice(1), ...background.slice(2)];
    yield `${a[0]}-${b[0]} trade update no. ${n}\n\nPhoto: Agency\n\n${body.join("\n\n")}\n\nRead also: more news\n\nShare\n`;
  }
}
