/** A money amount as written in text: where it stands and what it is worth in base units. */
export type MoneyMention = {
  /** Half-open offsets into the searched text, covering the whole amount ("USD 64.18 million"). */
  start: number;
  end: number;
  value: number;
  currency: string;
  /** "plus" when written "$3 billion-plus", which states a lower bound. */
  plus: boolean;
};

const MULTIPLIERS: [RegExp, number][] = [
  [/^(?:thousand|thousands|th|k)$/i, 1e3],
  [/^(?:million|millions|mln|mn|mil|m)$/i, 1e6],
  [/^(?:billion|billions|bln|bn|bil|b)$/i, 1e9],
  [/^(?:trillion|trillions|trln|trn|tn)$/i, 1e12],
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
  [/^(?:us\s?\$|usd|\$|u\.s\.\s+dollars?|us\s+dollars?|american\s+dollars?|dollars?)$/i, "USD"],
  [/^(?:€|eur|euros?)$/i, "EUR"],
  [/^(?:£|gbp|pounds?(?:\s+sterling)?)$/i, "GBP"],
  [/^(?:rub|₽|(?:russian\s+)?r[o]?ubles?)$/i, "RUB"],
  [/^(?:byn|byr|br|belarusian\s+r[o]?ubles?)$/i, "BYN"],
  [/^(?:cny|rmb|yuan|renminbi|¥)$/i, "CNY"],
  [/^(?:jpy|yen)$/i, "JPY"],
  [/^(?:kzt|tenge|₸)$/i, "KZT"],
  [/^(?:uah|hryvnias?|hryvnia|₴)$/i, "UAH"],
  [/^(?:try|turkish\s+liras?|liras?|₺)$/i, "TRY"],
  [/^(?:inr|rupees?|₹|rs\.?)$/i, "INR"],
  [/^(?:gel|lari|₾)$/i, "GEL"],
  [/^(?:amd|drams?)$/i, "AMD"],
  [/^(?:azn|manats?)$/i, "AZN"],
  [/^(?:uzs|soums?|sums?)$/i, "UZS"],
  [/^(?:kgs|soms?)$/i, "KGS"],
  [/^(?:mdl|lei)$/i, "MDL"],
  [/^(?:pln|zlotys?|złoty)$/i, "PLN"],
  [/^(?:chf|swiss\s+francs?)$/i, "CHF"],
];

const SYMBOL = String.raw`(?:US\s?\$|C\$|A\$|HK\$|NZ\$|Rs\.?|Br(?=\s?\d)|USD|EUR|GBP|RUB|BYN|CNY|RMB|JPY|KZT|UAH|INR|GEL|AMD|AZN|UZS|KGS|MDL|PLN|CHF|[$€£₽¥₸₴₺₹₾])`;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const MULT = String.raw`(?:thousands?|millions?|billions?|trillions?|lakhs?|crores?|mln|mn|bln|bn|trln|trn|tn|mil|bil|th|[kmb])`;
const WORD_CURRENCY = String.raw`(?:(?:U\.S\.|US|American)\s+dollars?|dollars?|euros?|pounds(?:\s+sterling)?|(?:Russian\s+|Belarusian\s+)?r[o]?ubles?|yuan|renminbi|yen|tenge|hryvnias?|(?:Turkish\s+)?liras?|rupees?|lari|drams?|manats?|soums?|soms?|lei|zlotys?|złoty|Swiss\s+francs?)`;
const CODE_AFTER = String.raw`(?:US\$|USD|EUR|GBP|RUB|BYN|CNY|RMB|JPY|KZT|UAH|INR|GEL|AMD|AZN|UZS|KGS|MDL|PLN|CHF)`;

/**
 * Prefix form: "$1.5 bln", "USD 64.18 million", "US$ 45.6m", "€3.2 billion", "$2,806,780",
 * "$3 billion-plus". Suffix form: "2.3 billion euros", "RUB 35 billion", "45.6 million dollars",
 * "1.2 billion US dollars", "35 bln rubles", "500 million USD".
 */
const MONEY = new RegExp(
  String.raw`(?<![A-Za-z0-9\u00C0-\u024F\u0400-\u04FF])(?:(?<sym>${SYMBOL})\s?(?<n1>${NUMBER})(?:[\s-]?(?<m1>${MULT})\b\.?)?(?<plus>-plus)?` +
    String.raw`|(?<n2>${NUMBER})\s?(?<m2>${MULT})?\s+(?<word>${WORD_CURRENCY}|${CODE_AFTER})(?![A-Za-z]))`,
  "g",
);

const SHARED_BEFORE = /(?<![\d.,$€£])(\d+(?:\.\d+)?) (thousand|million|billion|trillion|mln|bln|bn)\s*(?:and|or|to|,)\s+$/i;
const COMPOUND_BEFORE = /(?<![\d.,])(\d+(?:\.\d+)?)\s+(billion|bln|trillion|trln)\s+$/i;

function currencyCode(text: string): string | undefined {
  const t = text.replace(/\s+/g, " ").trim();
  return CURRENCIES.find(([re]) => re.test(t))?.[1];
}

function multiplier(word: string | undefined): number {
  if (!word) return 1;
  return MULTIPLIERS.find(([re]) => re.test(word))?.[1] ?? 1;
}

/** Scales a decimal string exactly enough for money: "64.18" × 1e6 → 64180000, not 64180000.00000001. */
function scale(digits: string, mult: number): number {
  const n = Number(digits.replace(/,/g, ""));
  const v = n * mult;
  return mult >= 1000 ? Math.round(v) : v;
}

/**
 * Finds money amounts in text, with their currency and value in base units. A bare number
 * without a currency is never money; "m"/"b"/"k" count as multipliers only when attached to
 * the amount ("$200m"), so "$5 m2" or "$3 by" are not misread.
 */
export function findMoneyMentions(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const m of text.matchAll(MONEY)) {
    const g = m.groups!;
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
    let value = scale(numberText, multiplier(mult));
    // "1 billion 24 million US dollars": a larger unit written before the amount belongs to it.
    const larger = COMPOUND_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    if (larger && !g.sym && multiplier(larger[2]) > multiplier(mult)) {
      start -= larger[0].length;
      value += scale(larger[1]!, multiplier(larger[2]));
    }
    // "187.9 million and 288.5 million dollars": the currency named once serves both.
    const shared = g.word ? SHARED_BEFORE.exec(text.slice(Math.max(0, start - 40), start)) : null;
    if (shared) {
      const sharedStart = start - shared[0].length;
      const sharedEnd = sharedStart + shared[1]!.length + 1 + shared[2]!.length;
      out.push({ start: sharedStart, end: sharedEnd, value: scale(shared[1]!, multiplier(shared[2])), currency, plus: false });
    }
    out.push({ start, end, value, currency, plus: Boolean(g.plus) });
  }
  return out;
}
