/** A money amount as written in text: where it stands and what it is worth in base units. */
export type MoneyMention = {
  /** Half-open offsets into the searched text, covering the whole amount ("USD 64.18 million"). */
  start: number;
  end: number;
  value: number;
  currency: string;
  /** "plus" when written "$3 billion-plus", which states a lower bound. */
  plus: boolean;
  /** The unit was not written with the number but read from the amounts around it. */
  unitFromContext: boolean;
  /** Internal: no multiplier was written. */
  unitless?: boolean;
};

const MULTIPLIERS: [RegExp, number][] = [
  [/^(?:thousand|thousands|th|k)$/i, 1e3],
  [/^(?:million|millions|mln|mn|mil|m)$/i, 1e6],
  [/^(?:billion|billions|bln|bn|bil|b)$/i, 1e9],
  [/^(?:trillion|trillions|trln|tln|trn|tn)$/i, 1e12],
  // South Asian units: a lakh is 100,000, a crore ten million.
  [/^(?:lakhs?)$/i, 1e5],
  [/^(?:crores?)$/i, 1e7],
];

/** Currency words and symbols → ISO 4217. Checked in order; the first match wins. */
const CURRENCIES: [RegExp, string][] = [
  [/^(?:c\$|cad|canadian\s+dollars?)$/i, "CAD"],
  [/^(?:a\$|aud|australian\s+dollars?)$/i, "AUD"],
  [/^(?:hk\$|hkd)$/i, "HKD"],
  [/^(?:nz\$|nzd)$/i, "NZD"],
  [/^(?:us\s?\$|\$\s?us|usd|\$|u\.s\.\s+dollars?|us\s+dollars?|american\s+dollars?|dollars?)$/i, "USD"],
  [/^(?:€|eur|euros?)$/i, "EUR"],
  [/^(?:egp|egyptian\s+pounds?)$/i, "EGP"],
  [/^(?:£|gbp|pounds?(?:\s+sterling)?)$/i, "GBP"],
  [/^(?:rub|₽|(?:russian\s+)?r[o]?ubles?)$/i, "RUB"],
  [/^(?:byn|byr|br|belarusian\s+r[o]?ubles?)$/i, "BYN"],
  [/^(?:cny|rmb|yuan|renminbi|¥)$/i, "CNY"],
  [/^(?:jpy|yen)$/i, "JPY"],
  [/^(?:kzt|tenge|₸)$/i, "KZT"],
  [/^(?:uah|hryvnias?|hryvnia|₴)$/i, "UAH"],
  [/^(?:try|turkish\s+liras?|liras?|₺)$/i, "TRY"],
  [/^(?:pkr|pakistani\s+rupees?)$/i, "PKR"],
  [/^(?:inr|(?:indian\s+)?rupees?|₹|rs\.?)$/i, "INR"],
  [/^(?:gel|lari|₾)$/i, "GEL"],
  [/^(?:amd|drams?)$/i, "AMD"],
  [/^(?:azn|manats?)$/i, "AZN"],
  [/^(?:uzs|soums?|sums?)$/i, "UZS"],
  [/^(?:kgs|soms?)$/i, "KGS"],
  [/^(?:mdl|lei)$/i, "MDL"],
  [/^(?:pln|zlotys?|złoty)$/i, "PLN"],
  [/^(?:chf|swiss\s+francs?)$/i, "CHF"],
  [/^(?:lvl|lats|lati)$/i, "LVL"],
  [/^(?:ltl|litas|litai)$/i, "LTL"],
  [/^(?:huf|forints?)$/i, "HUF"],
  [/^(?:czk|(?:czech\s+)?korunas?|crowns?)$/i, "CZK"],
  [/^(?:sek|swedish\s+kron(?:a|or))$/i, "SEK"],
  [/^(?:nok|norwegian\s+kron(?:e|er))$/i, "NOK"],
  [/^(?:ron|romanian\s+lei)$/i, "RON"],
  [/^(?:bgn|levs?|leva)$/i, "BGN"],
  [/^(?:rsd|(?:serbian\s+)?dinars?)$/i, "RSD"],
  [/^(?:krw|(?:south\s+)?korean\s+won|₩)$/i, "KRW"],
  [/^(?:vnd|dong|₫)$/i, "VND"],
  [/^(?:bdt|taka|tk)$/i, "BDT"],
  [/^(?:aed|(?:uae\s+)?dirhams?)$/i, "AED"],
  [/^(?:sar|sr|(?:saudi\s+)?riyals?)$/i, "SAR"],
  // Ugandan copy writes its shilling "Ush" or "Shs"; Kenyan copy "Sh" or "KSh".
  [/^(?:ugx|ush|shs|ugandan\s+shillings?)$/i, "UGX"],
  [/^(?:tzs|tsh|tanzanian\s+shillings?)$/i, "TZS"],
  [/^(?:kes|k?sh|(?:kenyan\s+)?shillings?)$/i, "KES"],
  [/^(?:irr|(?:iranian\s+)?rials?)$/i, "IRR"],
  [/^(?:zar|r|rands?)$/i, "ZAR"],
  // Nigerian copy writes its naira "N" before the amount ("N5.172 trillion").
  [/^(?:ngn|₦|n|naira)$/i, "NGN"],
  [/^(?:brl|reais|r\$)$/i, "BRL"],
  [/^(?:mnt|t[oö]gr[oö]gs?|tugriks?)$/i, "MNT"],
  [/^(?:tjs|somonis?)$/i, "TJS"],
  [/^(?:tmt)$/i, "TMT"],
];

/** The ISO codes written before or after a number. */
const CODES = "USD|EUR|GBP|RUB|BYN|CNY|RMB|JPY|KZT|UAH|INR|GEL|AMD|AZN|UZS|KGS|MDL|PLN|CHF|LVL|LTL|HUF|CZK|SEK|NOK|RON|BGN|RSD|KRW|VND|PKR|BDT|AED|SAR|IRR|EGP|ZAR|BRL|MNT|TJS|TMT|KES|UGX|TZS|NGN";
// Letters that are a currency only before a scaled amount: "SR184.5 billion", "Sh489 billion", "R367.4bn", never "SR 520" or "R2".
const SCALED = String.raw`\d[\d.,]*\s?(?:bn|billion|million|mn|trillion|tn)\b`;
const SYMBOL = String.raw`(?:US\s?\$|\$\s?US(?=\s?\d)|C\$|A\$|HK\$|NZ\$|R\$|Rs\.?|Br(?=\s?\d)|(?:SR|K?Sh|U[Ss]h|Shs|TSh)(?=\s?${SCALED})|R(?=${SCALED})|N(?=${SCALED})|${CODES}|[$€£₽¥₸₴₺₹₾₩₫₦])`;
/**
 * Numbers as news writes them: "2,806,780", "2,07,380.63" (Indian lakh grouping), "10 202.4"
 * (space-grouped, as translated copy writes it), "12, 097.6" (a thousands comma with a stray
 * space), "1, 118" and "42. 5" (a decimal mark with a stray space),
 * "64.18", "1787.9".
 */
const NUMBER = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:\.\d+)?(?=\s?[A-Za-z$€])|\d{1,3},\s\d{3}\.\d+(?=\s?(?:mln|bln|mn|bn|million|billion|trillion))|\d{1,3}[.,]\s\d{1,3}(?=\s?(?:mln|bln|mn|bn|million|billion|trillion))|\d+,\d{1,2}(?=\s?(?:thousand|million|billion|trillion|mln|bln|mn|bn|trln)\b)|\d+(?:\.\d+)?`;
const MULT = String.raw`(?:thousands?|millions?|billions?|trillions?|lakhs?|crores?|mln|mn|bln|bn|trln|tln|trn|tn|mil|bil|th|[kmb])`;
const WORD_CURRENCY = String.raw`(?:(?:U\.S\.|US|American)\s+dollars?|dollars?|euros?|(?:Egyptian\s+)?pounds(?:\s+sterling)?|(?:Russian\s+|Belarusian\s+)?r[o]?ubles?|yuan|renminbi|yen|tenge|hryvnias?|(?:Turkish\s+)?liras?|(?:Indian\s+|Pakistani\s+)?rupees?|lari|drams?|manats?|soums?|soms?|somonis?|lei|zlotys?|złoty|Swiss\s+francs?|lats|litas|litai|leva|levs?|forints?|korunas?|dinars?|(?:South\s+)?Korean\s+won|dong|taka|(?:UAE\s+)?dirhams?|(?:Saudi\s+|Qatari\s+|Omani\s+)?riyals?|(?:Iranian\s+)?rials?|rands?|naira|(?:Kenyan\s+|Ugandan\s+|Tanzanian\s+)?shillings?|tugriks?|t[oö]gr[oö]gs?|reais)`;
const CODE_AFTER = `(?:US\\$|${CODES})`;
/** A sum shown before the unit: "USD 191 (141+50) million". */
const SHOWN_SUM = String.raw`(?:\s?\((?:\d[\d.,]*\s?[+−-]\s?)+\d[\d.,]*\))?`;

/**
 * Prefix form: "$1.5 bln", "USD 64.18 million", "US$ 45.6m", "€3.2 billion", "$2,806,780",
 * "$3 billion-plus". Suffix form: "2.3 billion euros", "RUB 35 billion", "45.6 million dollars",
 * "1.2 billion US dollars", "35 bln rubles", "500 million USD", "1.15billion dollars".
 */
export const MONEY = new RegExp(
  String.raw`(?<![A-Za-z0-9\u00C0-\u024F\u0400-\u04FF])(?:(?<sym>${SYMBOL})\s?(?<n1>${NUMBER})${SHOWN_SUM}(?:[\s-]?(?<m1>${MULT})\b\.?)?(?<plus>-plus)?` +
    String.raw`|(?<n2>${NUMBER})\s?(?<m2>${MULT})?\s+(?<word>${WORD_CURRENCY}|${CODE_AFTER})(?![A-Za-z]))`,
  // Case-insensitive: "$200M", "Usd", and codes whose accented letter was folded ("EùR" → "EuR").
  "gi",
);

/** Numbers written in words, to ninety-nine hundred: "four", "twenty-five", "nine hundred", "a". */
const WORD_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const WORD_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const UNDER_HUNDRED = String.raw`(?:(?:${WORD_TENS.join("|")})(?:[-\s](?:${WORD_UNITS.slice(0, 9).join("|")}))?|${WORD_UNITS.join("|")})`;
/** "four billion euros", "one billion dollars", "nine hundred million dollars", "a billion dollars". */
const SPELLED_MONEY = new RegExp(
  String.raw`(?<![\w-])(?<n>a|${UNDER_HUNDRED}(?:\s+hundred(?:\s+(?:and\s+)?${UNDER_HUNDRED})?)?)\s+(?<m>thousand|million|billion|trillion)\s+(?<word>${WORD_CURRENCY}|${CODE_AFTER})(?![A-Za-z])`,
  "gi",
);

/** The value of a number in words as SPELLED_MONEY reads it. */
function spelledNumber(words: string): number {
  let n = 0;
  for (const w of words.toLowerCase().split(/[-\s]+/)) {
    if (w === "a") n = 1;
    else if (w === "hundred") n *= 100;
    else if (w !== "and") n += WORD_UNITS.includes(w) ? WORD_UNITS.indexOf(w) + 1 : (WORD_TENS.indexOf(w) + 2) * 10;
  }
  return n;
}

const SHARED_BEFORE = /(?<![\d.,$€£])(\d+(?:\.\d+)?) (thousand|million|billion|trillion|mln|bln|bn)\s*(?:and|or|to|,)\s+$/i;
const COMPOUND_BEFORE = /(?<![\d.,])(\d+(?:\.\d+)?)\s+(billion|bln|trillion|trln|million|mln|mn|thousand)\s+(?:and\s+)?$/i;
/**
 * The smaller units that follow a larger one in translated copy: "$3 billion 482 million",
 * "1 billion dollar 477 million 4 thousand", "$6 billion 840.4 million".
 */
const COMPOUND_AFTER = /^\s+(?:and\s+)?(\d{1,3}(?:\.\d+)?)\.?\s?(million|mln|mn|thousand|thousands|th)\b(?:\s+(?:US\s+)?(?:dollars?|USD))?/i;

export function currencyCode(text: string): string | undefined {
  const t = text.replace(/\s+/g, " ").trim();
  return CURRENCIES.find(([re]) => re.test(t))?.[1];
}

export function multiplier(word: string | undefined): number {
  if (!word) return 1;
  return MULTIPLIERS.find(([re]) => re.test(word))?.[1] ?? 1;
}

/**
 * Reads a number as written next to an amount. Commas group thousands ("2,806,780"), except in
 * the decimal-comma habit of translated copy: one or two decimals ("$190,27 billion"), or one
 * group before an abbreviated unit ("739,386 mln", "1, 118 bln"), where a thousands reading
 * would be a thousandfold error — unless the article writes its decimals with a point
 * ("$426.8mln" beside "$1,080mln").
 */
function readNumber(digits: string, unit: string | undefined, pointIsDecimal = false): number {
  const compact = digits.replace(/[\s\u00A0\u202F]/g, "");
  // "USD 12, 097.6 million": a decimal point after the group shows the comma groups thousands.
  if (/^\d{1,3},\s\d{3}\.\d+$/.test(digits)) return Number(compact.replace(",", ""));
  if (/,\s/.test(digits) || /^\d+,\d{1,2}$/.test(compact) || (!pointIsDecimal && unit && /^(?:mln|bln|mn|bn)$/i.test(unit) && /^\d{1,3},\d{3}$/.test(compact) && !/00$/.test(compact))) return Number(compact.replace(",", "."));
  // "378 886 mln dollars" beside "739,386 mln": a space in that place is the same decimal mark.
  if (unit && /^(?:mln|bln|mn|bn)$/i.test(unit) && /^\d{1,3}[ \u00A0\u202F]\d{3}$/.test(digits) && !/00$/.test(digits)) return Number(digits.replace(/[ \u00A0\u202F]/, "."));
  return Number(compact.replace(/,/g, ""));
}

/** An amount with a decimal point, and one with a decimal comma: the article's habit. */
const POINT_DECIMAL = /\d\.\d{1,3}\s?(?:million|billion|trillion|mln|bln|mn|bn)\b/i;
const COMMA_DECIMAL = /\d,\d{1,2}\s?(?:million|billion|trillion|mln|bln|mn|bn|млн|млрд|трлн)/i;

/** Scales a decimal exactly enough for money: 64.18 × 1e6 → 64180000, not 64180000.00000001. */
function scale(n: number, mult: number): number {
  const v = n * mult;
  return mult >= 1000 ? Math.round(v) : v;
}

/**
 * Finds money amounts in text, with their currency and value in base units. A bare number
 * without a currency is never money; "m"/"b"/"k" count as multipliers only when attached to
 * the amount ("$200m"), so "$5 m2" or "$3 by" are not misread. An amount written without its
 * unit ("$9.551 worth of goods" among billions) takes the unit of the nearest amount in the
 * same currency and is marked `unitFromContext`.
 */
export function findMoneyMentions(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  const pointIsDecimal = POINT_DECIMAL.test(text) && !COMMA_DECIMAL.test(text);
  // A bare "N" is the naira only in copy that speaks of Nigeria ("N5.172 trillion").
  const nairaInView = /\bNigeri|\bnaira\b/i.test(text);
  for (const m of text.matchAll(MONEY)) {
    const g = m.groups!;
    if (!nairaInView && (g.sym === "N" || g.sym === "n")) continue;
    const numberText = g.n1 ?? g.n2!;
    let mult = g.m1 ?? g.m2;
    // A one-letter multiplier must touch the number and not start a word ("$5 by 2025").
    if (mult && mult.length === 1) {
      const multAt = m[0].indexOf(mult, m[0].indexOf(numberText) + numberText.length);
      if (m[0][multAt - 1] === " ") mult = undefined;
    }
    const currency = currencyCode(g.sym ?? g.word!);
    if (!currency) continue;
    let end = m.index + m[0].length;
    if (!mult && (g.m1 ?? g.m2)) {
      // The dropped one-letter multiplier is not part of the amount.
      end = m.index + m[0].indexOf(numberText) + numberText.length;
    }
    while (end > m.index && /[\s.]/.test(text[end - 1]!) && !/\d/.test(text[end - 2] ?? "")) end--;
    let start = m.index;
    let value = scale(readNumber(numberText, mult, pointIsDecimal), multiplier(mult));
    let unit = multiplier(mult);
    // "1 billion 24 million US dollars", "126 млн 747 тыс. долларов", "2 млрд 688 млн 360 тыс 900
    // долларов": the larger units written before the amount belong to it.
    for (let larger = COMPOUND_BEFORE.exec(text.slice(Math.max(0, start - 24), start)), top = unit; larger && !g.sym && multiplier(larger[2]) > top; larger = COMPOUND_BEFORE.exec(text.slice(Math.max(0, start - 24), start))) {
      start -= larger[0].length;
      top = multiplier(larger[2]);
      value += scale(Number(larger[1]!), top);
    }
    // "$3 billion 482 million": smaller units after it belong to it too.
    for (let next = COMPOUND_AFTER.exec(text.slice(end)); next && unit >= 1e6 && multiplier(next[2]) < unit; next = COMPOUND_AFTER.exec(text.slice(end))) {
      unit = multiplier(next[2]);
      value += scale(Number(next[1]!), unit);
      end += next[0].length;
    }
    // "187.9 million and 288.5 million dollars": the currency named once serves both.
    const shared = g.word ? SHARED_BEFORE.exec(text.slice(Math.max(0, start - 40), start)) : null;
    if (shared) {
      const sharedStart = start - shared[0].length;
      const sharedEnd = sharedStart + shared[1]!.length + 1 + shared[2]!.length;
      out.push({ start: sharedStart, end: sharedEnd, value: scale(Number(shared[1]!), multiplier(shared[2])), currency, plus: false, unitFromContext: false });
    }
    out.push({ start, end, value, currency, plus: Boolean(g.plus), unitFromContext: false, ...(mult ? {} : { unitless: true }) });
  }
  for (const m of text.matchAll(SPELLED_MONEY)) {
    const [start, end] = [m.index, m.index + m[0].length];
    const currency = currencyCode(m.groups!.word!);
    if (currency && !out.some((o) => start < o.end && end > o.start)) out.push({ start, end, value: spelledNumber(m.groups!.n!) * multiplier(m.groups!.m), currency, plus: false, unitFromContext: false });
  }
  out.sort((a, b) => a.start - b.start);
  const withUnits = out.map((m, i) => (m.unitless ? withContextUnit(text, m, i, out) : m));
  return withCurrenciesFromContext(text, withUnits).filter((m) => m.value <= MAX_AMOUNT);
}

/**
 * Larger than any trade in any currency (the rial and the dong included) and beyond what a
 * double holds to the unit: a run of digits that long ("$999…9 million") is no amount.
 */
const MAX_AMOUNT = 1e18;

/** "with Turkey in third place (56.5 billion)": an amount with its unit but not its currency. */
const BARE_AMOUNT = /(?<![\w$€£¥₽.,])(\d+(?:[.,]\d{1,2}|\.\d+)?)\s?(trillion|billion|million|trln|bln|mln|bn|mn)\b(?=\s*[()\],.;:]|\s*$|\s+(?:in|for|during|and|or|compared|against|from|a\s+year|based)\b)/gi;
/** Only where an amount stands in a list or after a verb of amounting, not "a population of 1.4 billion". */
const BARE_BEFORE = /(?:\(\s*|[–—-]\s*|:\s*|\b(?:to|at|reached|reaching|totall?ed|totall?ing|amounted\s+to|amounting\s+to|approximately|about|around|nearly|almost|over|with|from|of|than|worth|exceed(?:ed|ing)|was|were|both)\s+)$/i;
const NAMED_CURRENCY = /\b(?:expressed\s+in|in|denominated\s+in)\s+(USD|EUR|RUB|PLN|CNY|US\s+dollars|dollars|euros|roubles|rubles|yuan|zlotys?)\b[^.;]*$/i;
const NOT_MONEY_BEFORE = /\b(?:population|people|inhabitants|residents|tonnes|tons|barrels|cubic|passengers|users|doses|visitors|tourists)\b[^.;]{0,30}$/i;

/**
 * Translated copy names the currency once and drops it from the amounts that follow: a bare
 * "56.5 billion" takes the currency of the nearest amount before it (within a paragraph's
 * reach) and is marked `unitFromContext`.
 */
function withCurrenciesFromContext(text: string, found: MoneyMention[]): MoneyMention[] {
  const extra: MoneyMention[] = [];
  for (const m of text.matchAll(BARE_AMOUNT)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    if (!BARE_BEFORE.test(before) || NOT_MONEY_BEFORE.test(before)) continue;
    // "Exports expressed in USD amounted to 81213.0 mln": the currency named in words before it.
    const named = NAMED_CURRENCY.exec(text.slice(Math.max(0, start - 60), start));
    // The amounts of a list go on in the currency its first one took.
    const currency = (named ? currencyCode(named[1]!) : undefined) ?? [...found, ...extra].filter((f) => f.end <= start && start - f.end <= UNIT_REACH).sort((a, b) => a.end - b.end).pop()?.currency;
    if (!currency) continue;
    extra.push({ start, end, value: scale(readNumber(m[1]!, m[2]), multiplier(m[2])), currency, plus: false, unitFromContext: true });
  }
  return extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
}

const SENTENCE_END = /[.!?]\s+\p{Lu}/u;

/** How far (in characters) a unit written for one amount carries to an amount written without one. */
const UNIT_REACH = 400;

/**
 * "imported $9.551 worth of goods" beside "$11.28 billion": a small decimal amount with no unit
 * is written in the unit of its neighbours, the nearest in its own sentence first ("dropped to
 * $179.2 …, reaching $174.9 million" after "to bring their trade volume to $15bn."). Whole
 * amounts ("$112,000", "$500 per tonne") keep their face value.
 */
function withContextUnit(text: string, m: MoneyMention, i: number, all: MoneyMention[]): MoneyMention {
  const rest: MoneyMention = { start: m.start, end: m.end, value: m.value, currency: m.currency, plus: m.plus, unitFromContext: false };
  if (m.value >= 10000 || !/\.\d{1,3}$/.test(String(m.value))) return rest;
  const units = all
    .filter((o, j) => j !== i && !o.unitless && o.currency === m.currency && o.value >= 1e6 && Math.min(Math.abs(o.start - m.end), Math.abs(m.start - o.end)) <= UNIT_REACH)
    .map((o) => ({ o, apart: SENTENCE_END.test(text.slice(Math.min(o.end, m.end), Math.max(o.start, m.start))) ? 1 : 0, gap: Math.abs(o.start - m.start) }))
    .sort((a, b) => a.apart - b.apart || a.gap - b.gap)
    .map(({ o }) => o);
  const near = units[0];
  if (!near) return rest;
  const unit = [1e12, 1e9, 1e6].find((u) => near.value >= u)!;
  return { ...rest, value: scale(m.value, unit), unitFromContext: true };
}
