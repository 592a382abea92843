import { findCountryMentions, type CountryMention } from "@/lib/extract/countries";
import { listOwner } from "@/lib/extract/discourse";
import { RANKING_SCOPE, WORLD_RANKING, ANAPHOR, ALMOST_BEFORE, APPROX_BEFORE, BALANCE_SIGN, BLOC, CHANGE_AFTER, CHANGE_BEFORE, COMMODITY_AFTER, COMMODITY_BETWEEN, COMMODITY_SUBJECT, COMMODITY_TRADE, COUNTED_COUNTRIES, FORECAST, PRODUCT_BEFORE, EXPORTED_PRODUCT, RANKED_PRODUCT, PRODUCT_LIST, SERVICES_ONLY, SUBSET, HOME_PRONOUN, LESS_BEFORE, LEVEL_BEFORE, LIST_GAP, MORE_BEFORE, OF_PRODUCT, PARTNER_PRONOUN, PER_UNIT, PRODUCT_TRADE, QUANTITY_OF, RANKING, REGION, NAME_BEFORE_BRACKET, PARTNERS_OF, OPPOSITE_WAY, SECTOR, SUPPORT_FOR_TRADE, TARGET, TOTAL_TRADE, OVERALL_TRADE, WORLD_TRADE_WORD, LABELLED_ROW, TRADED_COMMODITY, OF_THE_TOTAL, SAYING_AFTER } from "@/lib/extract/lexicon-en";
import type { MoneyMention } from "@/lib/extract/money";
import type { PeriodMention } from "@/lib/extract/periods";
import { resolveParties, roleOf } from "@/lib/extract/roles";
import { bracketedConversion } from "@/lib/extract/sentence-view";
import type { AmountWindow, Context, Cue, Located, MetricReading, MetricSource, Parties, PartiesSource, PeriodSource, Previous, RespectiveRuns, SentenceView, TradeMetric } from "@/lib/extract/types";
import type { CountryCode, Kind, Qualifier } from "@/lib/schema";

/** What joins the amounts, or the periods, of a run: "$40m, $39m and $36m". */
const RUN_GAP = /^\s*(?:,|and|,\s*and)\s*$/i;

/**
 * "Exports and imports amounted to $3.2 billion and $5.1 billion, respectively": a run of
 * amounts joined by "and" or commas, next to "respectively", takes the metrics named before it
 * in order, when their numbers agree. Returns, per amount index, its metric and the clause
 * before the run (where the parties and the period are named).
 */
export function respectiveMetrics(text: string, money: MoneyMention[], cues: Cue[], breaks: Located[], parties: CountryMention[]): RespectiveRuns {
  const out: RespectiveRuns = new Map();
  if (!/\brespectively\b/i.test(text)) return out;
  for (let first = 0; first < money.length; ) {
    let last = first;
    while (last + 1 < money.length && RUN_GAP.test(text.slice(money[last]!.end, money[last + 1]!.start))) last++;
    const runStart = money[first]!.start;
    const near = /\brespectively\b/i.test(text.slice(Math.max(0, runStart - 40), runStart)) || /^[^.;:$€£]{0,40}?\brespectively\b/i.test(text.slice(money[last]!.end, money[last]!.end + 60));
    const count = last - first + 1;
    if (near && count > 1) {
      const from = first > 0 ? money[first - 1]!.end : 0;
      const leftStart = breaks.filter((b) => b.end <= runStart && b.start >= from).pop()?.end ?? from;
      // "Export and import reached 4.7 billion USD and 3.8 billion USD respectively": both flows
      // named together are two metrics here, in their order.
      const named = cues.filter((c) => c.start >= leftStart && c.end <= runStart).flatMap((c): Cue[] => {
        const both = /^(export|import)s?\s+and\s+(export|import)s?$/i.exec(c.text);
        return both ? [{ ...c, metric: `${both[1]!.toLowerCase()}s` as TradeMetric }, { ...c, metric: `${both[2]!.toLowerCase()}s` as TradeMetric }] : [c];
      });
      // "Croatia and Greece ranked second and third with trade reaching $337.5 million and $314.8
      // million respectively": a list of as many countries gives each amount its own.
      const listed = countryList(text, parties.filter((c) => c.start >= leftStart && c.end <= runStart), count);
      if (named.length === count) named.forEach((c, k) => out.set(first + k, { metric: c.metric, leftStart, leftEnd: runStart, ...(listed ? { party: listed[k], listed } : {}) }));
      else if (named.length === 1 && listed) listed.forEach((party, k) => out.set(first + k, { metric: named[0]!.metric, leftStart, leftEnd: runStart, party, listed }));
    }
    first = last + 1;
  }
  return out;
}

/** The first run of exactly `count` distinct countries joined by commas and "and". */
function countryList(text: string, mentions: CountryMention[], count: number): CountryCode[] | undefined {
  for (let first = 0; first < mentions.length; first++) {
    let last = first;
    while (last + 1 < mentions.length && /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i.test(text.slice(mentions[last]!.end, mentions[last + 1]!.start))) last++;
    const codes = [...new Set(mentions.slice(first, last + 1).map((m) => m.code))];
    if (codes.length === count && last - first + 1 === count) return codes;
    first = last;
  }
  return undefined;
}

/** Whether the words around a balance make it a deficit or a surplus: the last such word counts ("the deficit turned into a surplus of …"). */
export function balanceSignOf(words: string): "deficit" | "surplus" | undefined {
  let sign: "deficit" | "surplus" | undefined;
  for (const m of words.matchAll(BALANCE_SIGN)) sign = m.groups!.deficit ? "deficit" : "surplus";
  return sign;
}

export function qualifierOf(before: string, money: MoneyMention | undefined, after: string): Qualifier {
  if (money?.plus || /^\s*(?:or\s+more|and\s+more|plus)\b/i.test(after)) return "more_than";
  if (/^\s*or\s+so\b/i.test(after)) return "approx";
  if (ALMOST_BEFORE.test(before)) return "almost";
  if (APPROX_BEFORE.test(before)) return "approx";
  if (MORE_BEFORE.test(before)) return "more_than";
  if (LESS_BEFORE.test(before)) return "less_than";
  return "exact";
}

/**
 * "$40m, $39m and $36m earned in August, September and October respectively": a run of amounts
 * followed by as many periods and "respectively" gives each amount the period in its place.
 */
function respectivePeriod(text: string, periods: PeriodMention[], money: MoneyMention, all: MoneyMention[]): PeriodMention | undefined {
  if (!/\brespectively\b/i.test(text)) return undefined;
  let [first, last] = [all.indexOf(money), all.indexOf(money)];
  while (first > 0 && RUN_GAP.test(text.slice(all[first - 1]!.end, all[first]!.start))) first--;
  while (last + 1 < all.length && RUN_GAP.test(text.slice(all[last]!.end, all[last + 1]!.start))) last++;
  const count = last - first + 1;
  const after = periods.filter((p) => p.start >= all[last]!.end && !p.comparison);
  const listed = after.slice(0, count);
  if (count < 2 || listed.length !== count || after[0]!.start - all[last]!.end > 40) return undefined;
  if (listed.some((p, k) => k > 0 && !RUN_GAP.test(text.slice(listed[k - 1]!.end, p.start).replace(/^\s*(?:in|of)\s*$/i, ",")))) return undefined;
  if (!/^[\s,]*respectively\b/i.test(text.slice(listed[count - 1]!.end))) return undefined;
  return listed[all.indexOf(money) - first];
}

const CHANGE_THEN_COMMA = /\b(?:increased|decreased|rose|fell|grew|dropped|declined)\b[^,;]*\d\s*(?:%|percent|per\s+cent)[^,;]*[,;]/i;

/** The period of an amount: right after it, else the nearest before it in its clause, else the sentence's. */
export function periodFor(text: string, periods: PeriodMention[], money: MoneyMention, all: MoneyMention[], leftStart: number, rightEnd: number, kind: Kind): { mention: PeriodMention; rule: PeriodSource } | undefined {
  const usable = periods.filter((p) => kind !== "actual" || !p.by);
  // "103.6 billion yuan (about 14.5 billion U.S. dollars) in 2024": the same amount converted, in
  // brackets, is transparent; the period after it belongs to both.
  // ("USD 4.7 billion (USD 6.7 billion in 2022)" is a comparison, whose period is its own.)
  const conversion = bracketedConversion(text, all, all.indexOf(money));
  const twin = conversion?.twin;
  const end = conversion?.end ?? money.end;
  // A period standing right after another amount is that amount's ("a record $27.3 billion in 2021").
  // A change ("increased by $2.5 million in April 2020 …, having stood at $76.5 million") owns no period: it dates the level too.
  // Nor does a value compared from ("to $658 million from $500 million during …"): the period is the sentence's.
  const ownedByOther = (p: PeriodMention) => all.some((m) => m !== money && m !== twin && p.start >= m.end && p.start - m.end <= 12 && !/[,;]/.test(text.slice(m.end, p.start)) && !CHANGE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) && !/\bfrom\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start)));
  // "$8.4 billion in 2023", "EUR 1.87 billion a year earlier"; not "$158 million, 4% lower than in 2023".
  // Past a conversion in brackets, its amount is no "next amount" that ends this one's reach.
  const reach = twin ? Math.max(rightEnd, end + 46) : Math.max(rightEnd, end + 1);
  // "$415,7 млн. (в 2010 году положительное сальдо составило $178,5 млн.)": a period in brackets
  // that state an amount of their own dates that amount, not this one.
  const inOtherBracket = (p: PeriodMention) => {
    const open = text.lastIndexOf("(", p.start);
    if (open < 0 || text.lastIndexOf(")", p.start) > open) return false;
    const close = text.indexOf(")", p.end);
    const inside = (m: MoneyMention) => m.start > open && (close < 0 || m.end <= close);
    return !inside(money) && all.some((m) => m !== money && inside(m));
  };
  const respective = respectivePeriod(text, usable, money, all);
  if (respective) return { mention: respective, rule: "respectively" };
  // "rose 51% to US $ 66.56 billion from the same period a year earlier": what the change is from, not the amount's period.
  const changedFrom = (p: PeriodMention) => p.comparison && /^from\b/i.test(text.slice(p.start, p.end));
  const right = usable.find((p) => p.start >= end && p.start - end <= 45 && p.start < reach && !/[,;\d]|\b(?:than|compared|against|versus|from)\b/.test(text.slice(end, p.start).replace(/^\)/, "")) && !inOtherBracket(p) && !changedFrom(p));
  if (right) return { mention: right, rule: "after-amount" };
  // Before it: the nearest period that is not a point of comparison ("In January-August 2025 …
  // grew compared with the same period last year, to $7.11 billion"), else the nearest.
  // A period inside brackets that close before the amount dates what is in the brackets:
  // "Poland - for USD 4.7 billion (USD 6.7 billion in 2022), Romania - for USD 3.7 billion".
  const bracketed = (p: PeriodMention) => { const between = text.slice(p.end, money.start); const close = between.indexOf(")"); return close >= 0 && !between.slice(0, close).includes("(") && text.lastIndexOf("(", p.start) > text.lastIndexOf(")", p.start); };
  // "In 2019, the ambassador said that …": a period that dates the saying is not the amount's.
  const saying = (p: PeriodMention) => p.end <= money.start && SAYING_AFTER.test(text.slice(p.end, money.start));
  const left = usable.filter((p) => p.end <= money.start && p.start >= leftStart && !bracketed(p) && !saying(p));
  const main = left.filter((p) => !p.comparison).pop();
  if (main) return { mention: main, rule: "before-in-clause" };
  // "… в 2021 году составил $97,2 млн и по сравнению с 2020 годом увеличился на 18,1%, экспорт - $68,4 млн":
  // a point of comparison that a change and a comma separate from the amount compared that change.
  const compared = left[left.length - 1];
  if (compared && !CHANGE_THEN_COMMA.test(text.slice(compared.end, money.start))) return { mention: compared, rule: "comparison-in-clause" };
  const inSentence = usable.find((p) => !p.by && !p.comparison && !ownedByOther(p) && !saying(p) && !inOtherBracket(p));
  if (inSentence) return { mention: inSentence, rule: "in-sentence" };
  // "exports were $3.111 billion in 2021-22 while imports were $16.346 billion": a clause joined
  // to the one before shares its period.
  const shared = usable.filter((p) => !p.by && !p.comparison && p.end <= money.start && /\b(?:while|whereas|and)\b/i.test(text.slice(p.end, money.start)) && !/[.;]/.test(text.slice(p.end, money.start))).pop();
  return shared ? { mention: shared, rule: "in-sentence" } : undefined;
}

/**
 * Money that is not a trade level: a change ("up $50 million"), a price, a superseded value,
 * a commodity's own trade, or an amount a non-trade word names more closely than a trade word
 * (investment, loans, contracts …).
 */
/**
 * "Laredo ($210.57 billion), El Paso ($70.94 billion)": bracketed after a name that is no
 * country, period or trade word, the amount is what that port, province or company handles.
 */
function namedHolderBefore(view: SentenceView, amount: MoneyMention): boolean {
  const m = NAME_BEFORE_BRACKET.exec(view.text.slice(0, amount.start));
  if (!m) return false;
  const nameEnd = m.index + m[0].indexOf("(");
  const within = (x: Located) => x.end > m.index && x.start < nameEnd;
  return !view.parties.some(within) && !view.cues.some(within) && !view.periods.some(within) && !view.money.some(within) && m.index > 0;
}

/** "Bali's exports to Japan", "Gazprom's exports": the last flow owned by name before an amount. */
const NAMED_FLOW_OWNER = /(?<![\p{L}\d])((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}-]+)['’]s\s+(?:(?:leading|main|total|top|largest|primary|overall)\s+)?(?:exports?|imports?|shipments|sales|trade)\b/gu;

/** "The Kingdom's exports", "the Republic's imports": a country by another name. */
const COUNTRY_NOUN = /\b(?:Kingdom|Republic|Country|Nation|State|States|Union|Federation|Emirates|Government|Ministry|Customs|Statistics)\b/;

/** Whether the last flow owned by name before the amount is owned by something that is no country. */
function namedFlowOwnerBefore(view: SentenceView, amount: MoneyMention): boolean {
  const owner = [...view.text.slice(0, amount.start).matchAll(NAMED_FLOW_OWNER)].pop();
  if (!owner) return false;
  const nameEnd = owner.index + owner[1]!.length;
  // Countries in an aside ("As for Georgia’s imports from Azerbaijan, …") are no parties, but countries still.
  return findCountryMentions(owner[0]).length === 0 && !COUNTRY_NOUN.test(owner[1]!) && !view.cues.some((c) => c.start < nameEnd && c.end > owner.index);
}

/** Why an amount of one product's trade gives no figure; an amount right after it may go on with that product. */
export const ONE_PRODUCT = "one product's trade, not the pair's";
export const PRODUCT_JUST_NAMED = "one product's trade (the one just named)";

export function notTradeReason(view: SentenceView, amount: MoneyMention, w: AmountWindow): string | undefined {
  const { text, nonTrade } = view;
  if (PER_UNIT.test(w.right)) return "a price per unit";
  // "India's roughly $2 trillion economy": the size of an economy ("the economy minister said" is not).
  if (/^\s*econom(?:y|ies)\b/i.test(w.right)) return "the size of an economy";
  if (CHANGE_BEFORE.test(w.left.slice(-60)) || CHANGE_AFTER.test(w.right)) return "a change, not a level";
  // "revised to USD13.2bn from a provisional USD12.7bn": the superseded value is not a figure.
  if (/\bfrom\s+(?:a|an|the)\s+(?:provisional|preliminary|earlier|initial|previous)\s+(?:estimate\s+of\s+)?$/i.test(w.left)) return "a superseded estimate";
  // Only what stands right after the amount qualifies it: "$2 bln in investment", "a $1 billion credit line".
  const rightWindow = w.right.slice(0, 30).split(/[,;(]|\s(?:as|after|because|while|when|which|and|but|amid|due)\s/)[0]!.length;
  const nonTradeRight = nonTrade.find((n) => n.start >= amount.end && n.end <= amount.end + rightWindow);
  if (nonTradeRight && (!w.rightCues.length || w.rightCues[0]!.start > nonTradeRight.start)) return `money of another kind ("${text.slice(nonTradeRight.start, nonTradeRight.end)}" after it)`;
  // Which is nearer the amount: a trade word or a non-trade one?
  const nearestNonTrade = nonTrade.filter((n) => n.start >= w.leftStart && n.end <= w.leftEnd).pop();
  if (nearestNonTrade && (!w.nearestCue || nearestNonTrade.start > w.nearestCue.start)) return `money of another kind ("${text.slice(nearestNonTrade.start, nearestNonTrade.end)}" nearer than any trade word)`;
  // With no trade word in its own clause, the amount states a level of the sentence's subject
  // ("The export of tractors … jumped … to $7.34 million"): that word's product counts too.
  const cue = w.nearestCue ?? view.cues.filter((c) => c.end <= w.leftStart).pop();
  const aroundCue = cue ? text.slice(Math.max(w.nearestCue ? w.leftStart : 0, cue.start - 25), cue.end + 25) : "";
  if (COMMODITY_TRADE.test(aroundCue) || PRODUCT_TRADE.test(aroundCue) || OF_PRODUCT.test(text.slice(amount.end))) return ONE_PRODUCT;
  if (REGION.test(text.slice(0, amount.start))) return "a region's trade, not its country's";
  if (namedHolderBefore(view, amount)) return "the share of a place or firm named before it, not a country";
  if (namedFlowOwnerBefore(view, amount)) return "the trade of a place or firm named before it, not a country";
  // Commas inside brackets ("PLN 137.9 billion ($34.4 billion, or €31.8 billion) was recorded
  // with developing countries") do not end the clause; a dash does ("… in 2021—breaking a growth trend in all EAC markets").
  const clauseEnd = amount.end + Math.max(0, text.slice(amount.end).replace(/\([^()]*\)/g, (m) => " ".repeat(m.length)).search(/[,;—]|\s–\s|$/));
  // The level of a subject named before its clause ("Trade deficit with non-EU countries increased
  // by CZK 0.7bn to CZK 42.1bn") is that subject's: its words count too.
  const subjectStart = w.nearestCue ? w.leftStart : Math.min(w.leftStart, Math.max(0, (cue?.start ?? w.leftStart) - 40));
  if (BLOC.test(text.slice(subjectStart, clauseEnd).replace(RANKING_SCOPE, ""))) return "a bloc without a code";
  if (QUANTITY_OF.test(w.left)) return "a quantity of one product";
  if (SUPPORT_FOR_TRADE.test(w.left)) return "a support programme";
  if (SECTOR.test(w.left)) return "one sector's trade";
  if (SUBSET.test(w.left)) return "a part of the trade (excluding some goods)";
  if (SERVICES_ONLY.test(text.slice(w.leftStart, amount.end + 20))) return "trade in services alone";
  // "The top five countries … included Belarus ($55 billion)": a country set before its amount is a row of the group.
  if (COUNTED_COUNTRIES.test(text.slice(subjectStart, amount.start)) && !view.parties.some((c) => listsAmount(text, c, amount))) return "a group of countries counted, not a pair";
  if (groupNamedBefore(view, amount)) return "a group of countries named together, not a pair";
  if (PRODUCT_BEFORE.test(w.left.slice(-50)) && PRODUCT_LIST.test(text)) return ONE_PRODUCT;
  if (EXPORTED_PRODUCT.test(w.left.slice(-80))) return ONE_PRODUCT;
  if (TRADED_COMMODITY.test(w.left.slice(-120)) || COMMODITY_AFTER.test(w.right)) return ONE_PRODUCT;
  // What stands between commas is an aside: "Imports from Iraq, which had been dominated by crude oil …, fell to".
  const between = w.nearestCue ? text.slice(w.nearestCue.end, amount.start) : "";
  if (COMMODITY_BETWEEN.test(between) && COMMODITY_BETWEEN.test(between.replace(/,.*,/s, " "))) return ONE_PRODUCT;
  const sincePrevious = text.slice(Math.max(0, ...view.money.filter((m) => m.end <= amount.start).map((m) => m.end)), amount.start);
  if (RANKED_PRODUCT.test(sincePrevious)) return ONE_PRODUCT;
  const rightCue = w.rightCues[0];
  if (COMMODITY_SUBJECT.test(w.left) || (rightCue !== undefined && COMMODITY_TRADE.test(text.slice(Math.max(0, rightCue.start - 25), rightCue.end + 25)))) return ONE_PRODUCT;
  return undefined;
}

/** What joins the countries of a run: "Afghanistan, China, …, and the Maldives". */
const COUNTRY_RUN_GAP = /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i;

/**
 * "total exports to Afghanistan, China, Bangladesh, …, and the Maldives fell 18.56% to $1.965
 * billion, down from $2.413 billion": three or more countries named together right before their
 * amounts are a group, whose total is no pair's (unless as many amounts follow, one for each, or
 * "respectively" says so).
 */
function groupNamedBefore(view: SentenceView, amount: MoneyMention): boolean {
  const { text, parties, money } = view;
  const before = parties.filter((c) => c.end <= amount.start);
  let first = before.length - 1;
  while (first > 0 && COUNTRY_RUN_GAP.test(text.slice(before[first - 1]!.end, before[first]!.start))) first--;
  const run = before.slice(first);
  const last = run[run.length - 1];
  if (!last || new Set(run.map((c) => c.code)).size < 3 || /\brespectively\b/i.test(text)) return false;
  const gap = text.slice(last.end, amount.start);
  if (gap.length > 100 || /;|\.\s/.test(gap) || listsAmount(text, last, amount)) return false;
  return money.filter((m) => m.start >= last.end).length < run.length;
}

/**
 * Whether a country stands right before an amount as a list gives it: "Turkey ($1.9bn)", "China –
 * $5.7bn". The gap is a few words at most, so amounts further on are not even looked at.
 */
function listsAmount(text: string, country: { end: number }, amount: { start: number }): boolean {
  return amount.start >= country.end && amount.start - country.end <= LIST_GAP_REACH && LIST_GAP.test(text.slice(country.end, amount.start));
}

const listedIn = new WeakMap<SentenceView, number>();

/** How many of a sentence's countries each stand before an amount as a list gives it; counted once per sentence. */
function listedCountries(view: SentenceView): number {
  let n = listedIn.get(view);
  if (n === undefined) {
    n = view.parties.filter((c) => view.money.some((m) => listsAmount(view.text, c, m))).length;
    listedIn.set(view, n);
  }
  return n;
}

/** Longer than any gap LIST_GAP reads ("ranked in the third place with just over"). */
const LIST_GAP_REACH = 80;

/** "… grew by $2.7 billion in 2023, from $14.5 billion to about $17.2 billion": the ends of a change are levels. */
export const CHANGE_ENDPOINT = /\b(?:from|to)\s+(?:about\s+|around\s+|almost\s+|nearly\s+|over\s+|some\s+)?$/i;

const RANKED_NOUN = /^(?:suppliers?|buyers?|customers?|markets?|destinations?|importers?|exporters?|partners?|trading\s+partners?|trade\s+partners?)$/i;

/** A flow word attached to the amount: "$570 million deficit", "PLN 4.21 billion in trade surplus", "8.454 billion euros on the outbound". */
const ATTACHED_CUE = /^\s*(?:in\s+|of\s+|on\s+(?:the\s+)?|worth\s+of\s+)?(?:(?:foreign\s+|external\s+|bilateral\s+)?trade\s+)?\S+$/i;

export function metricOf(view: SentenceView, amount: MoneyMention, w: AmountWindow, previous: Previous | undefined, ctx: Context): MetricReading | undefined {
  const { text, cues, parties } = view;
  // A label before a colon or dash: "Exports: $1.2 billion", "Turnover – $3.6bn".
  const label = w.leftCues.length ? undefined : cues.find((c) => c.end <= amount.start && /^\s*[:–—-]\s*[-−]?\s*$/.test(text.slice(c.end, amount.start)));
  let metric: TradeMetric | undefined = w.group?.metric ?? w.nearestCue?.metric ?? label?.metric ?? w.rightCues[0]?.metric;
  let source: MetricSource = w.group ? "respectively" : w.nearestCue ? "cue-before" : label ? "label" : "cue-after";
  // "PLN 4.21 billion in trade surplus", "a $570 million deficit": a word right after the amount
  // names it more closely than a general trade word before it.
  // "trade surplus" is two cues, "trade" and "surplus": the specific one names it.
  const attached = w.rightCues.slice(0, 2).find((c) => c.metric !== "turnover" && ATTACHED_CUE.test(text.slice(amount.end, c.end)));
  // "$6.6 billion in exports compared to $3.3 billion in imports": the word before is the amount before's.
  const before = view.money[view.money.indexOf(amount) - 1];
  const leftIsBefore = w.nearestCue !== undefined && before !== undefined && before.end <= w.nearestCue.start && ATTACHED_CUE.test(text.slice(before.end, w.nearestCue.end));
  if (!w.group && attached && (metric === undefined || metric === "turnover" || leftIsBefore)) [metric, source] = [attached.metric, "cue-after"];
  let inherited = false;
  let anaphoric = false;
  let subjectCue: Cue | undefined;
  if (!metric && previous) {
    metric = previous.metric;
    inherited = true;
    source = "list";
  } else if (!metric && (LEVEL_BEFORE.test(w.left) || LEVEL_BEFORE.test(w.left.slice(w.left.lastIndexOf(",") + 1)) || CHANGE_ENDPOINT.test(w.left) || /^[\s,]*(?:while\s+)?(?:in\s+[^,]{0,40},\s*)?it\s+(?:was|stood|amounted|totall?ed|reached)\b/i.test(w.left)) && cues.some((c) => c.end <= w.leftStart)) {
    // ", having stood at over $76.5 million": the level of what the sentence's subject names
    // ("decreased by $13.8 million compared to the previous year, making up $930 million").
    subjectCue = cues.filter((c) => c.end <= w.leftStart).pop();
    metric = subjectCue?.metric;
    source = "level";
  } else if (!metric && /:\s*$/.test(text.slice(0, w.leftStart)) && cues.some((c) => c.end <= w.leftStart)) {
    // "the following countries imported the most goods to Ukraine: China - USD 1.1 billion": the
    // header before the colon names what the list items are.
    subjectCue = cues.filter((c) => c.end <= w.leftStart).pop();
    metric = subjectCue?.metric;
    source = "ranking";
  } else if (!metric && ANAPHOR.test(w.left) && ctx.metric && ctx.metricAge <= 2) {
    metric = ctx.metric;
    anaphoric = true;
    source = "anaphor";
  }
  // "the two countries traded goods worth" and "trade turnover" outrank a nearer generic word.
  if (!w.group && metric === "turnover" && w.leftCues.some((c) => c.metric !== "turnover")) {
    const specific = w.leftCues.filter((c) => c.metric !== "turnover").pop()!;
    // ("Moldova's deficit in trade with Ukraine": the trade a balance is in is no metric of its own.)
    if (!/(?<!\bin\s)\b(?:trade|turnover)\b/i.test(text.slice(specific.end, amount.start))) metric = specific.metric;
  }
  // "As for exports, China was the largest trading partner of Georgia with $615.6 million": a flow
  // named before the partner noun says which trade the partners are ranked by.
  const partnerCue = w.group || !w.nearestCue || !/partners?$/i.test(w.nearestCue.text) ? undefined : w.nearestCue;
  const flowRanked = partnerCue && cues.filter((c) => c.end <= partnerCue.start && (c.metric === "exports" || c.metric === "imports") && !view.money.some((m) => m.start >= c.end && m.end <= partnerCue.start)).pop();
  if (flowRanked) metric = flowRanked.metric;
  // "… trading partners by exports …. The top partners were China ($205.1 million)": partners with
  // no trade word of their own are those the text has just ranked by a flow.
  else if (partnerCue && !/\btrad\w*\s+partners?$/i.test(text.slice(Math.max(0, partnerCue.start - 12), partnerCue.end)) && (ctx.rankedBy === "exports" || ctx.rankedBy === "imports")) metric = ctx.rankedBy;
  // "Turkey was the largest trading partner of Georgia with $2.1 billion": the country whose
  // partners they are is no item of the list; the one ranked is.
  const listed = parties.filter((c) => listsAmount(text, c, amount)).pop();
  const listPartner = listed && PARTNERS_OF.test(text.slice(Math.max(0, listed.start - 40), listed.start)) ? parties.filter((c) => c.end <= listed.start && c.code !== listed.code && roleOf(text, c) === "plain").pop() : listed;
  // "China (EUR 2 107 billion, 16 %) was the largest exporter in the world, followed by the EU-27
  // (EUR 2 060 billion, 15 %)": a world ranking gives each country's total by the flow it ranks.
  const worldRanking = listPartner ? WORLD_RANKING.exec(text) : null;
  if (worldRanking) [metric, source] = [/^import/i.test(worldRanking[1] ?? worldRanking[2]!) ? "imports" : /^export/i.test(worldRanking[1] ?? worldRanking[2]!) ? "exports" : "turnover", "ranking"];
  if (!metric && listPartner && /\bpartners?\b/i.test(text.slice(0, amount.start))) [metric, source] = ["turnover", "ranking"];
  // "Iraq ranked fourth with $13.1 billion": a ranking continues the metric the text was ranking by.
  const ranking = RANKING.test(w.left) || text.slice(0, amount.start).search(RANKING_SCOPE) >= 0;
  // The metric the text was ranking by: "largest trading partner" → turnover, "export destination" → exports.
  if (!metric && ranking && (listPartner || parties.some((c) => c.end <= amount.start)) && ctx.metric && ctx.metricAge <= 2) [metric, source] = [ctx.rankedBy ?? ctx.metric, "ranking"];
  // "Türkiye ($2.2 billion) and South Korea ($1.7 billion) round out the top five": the list goes on.
  // … in the flow its ranking noun names ("the most active buyers of Uzbekistan were: China — $ 6,5 млрд": Uzbekistan's exports).
  if (!metric && listPartner && ctx.metric && ctx.metricAge <= 1) [metric, source] = [ctx.rankedBy === "exports" || ctx.rankedBy === "imports" ? ctx.rankedBy : ctx.metric, "ranking"];
  // "Goods worth €97.3bn went from Germany to China": a route is a flow even without a trade word.
  const inClause = parties.filter((c) => c.start >= w.leftStart && c.end <= w.rightEnd);
  if (!metric && inClause.some((c) => roleOf(text, c) === "origin") && inClause.some((c) => roleOf(text, c) === "dest") && /\b(?:goods|products|worth)\b/i.test(w.left)) [metric, source] = ["exports", "route"];
  return metric ? { metric, source, inherited, anaphoric, listPartner, ranking, subjectCue, worldRanking: Boolean(worldRanking) } : undefined;
}

/**
 * Who an amount is between and from whose side: a ranking or partner list, a route ("from X
 * to Y"), the amount before it in a list, or the countries of its clause and the context.
 * May also correct the metric ("the largest importers of Ukrainian products" are Ukraine's
 * export markets). Undefined when the text does not say.
 */
export function partiesOf(view: SentenceView, i: number, w: AmountWindow, reading: MetricReading, previous: Previous | undefined, ctx: Context): { parties: Parties; metric: TradeMetric; source: PartiesSource } | undefined {
  const { text, cues, parties } = view;
  const amount = view.money[i]!;
  let { metric } = reading;
  const { inherited, listPartner, ranking } = reading;
  if (reading.worldRanking && listPartner) return { parties: { reporter: listPartner.code, partner: "WLD" }, metric, source: "list" };
  // "China's H1 trade with other Central Asian states: - Kazakhstan: turnover rose … to $18.25 billion;
  // exports to Kazakhstan reached $10.63 billion, imports $7.62 billion": a row labelled with a
  // country is the trade of the list's owner with it.
  const label = LABELLED_ROW.test(text) ? parties[0] : undefined;
  if (label && ctx.partnersOwner && label.code !== ctx.partnersOwner && label.start < 4 && parties.every((c) => c.code === label.code)) {
    return { parties: { reporter: ctx.partnersOwner, partner: label.code }, metric, source: "list-owner-in-view" };
  }
  // Countries after the amount belong to it only up to the next trade word ("… and imports from Lithuania").
  // … or the first comma: "Imports from Russia fell to €183 million, mostly … not covered by EU sanctions".
  // The amount again in another currency, in brackets, is transparent: "2.3 billion euros ($2.9 billion) to Russia".
  const comma = w.right.replace(/^,\s*or\s+[\d.,]+\s*(?:%|percent|per\s+cent)[^,;]*,|^\s*\([^()]*\d[^()]*\)/, (m) => " ".repeat(m.length)).search(/[,;(]/);
  // A trade word after the amount is its own only when none before names it: "Exports to China
  // were over $177 mln and imports from China reached …" starts another figure at "imports".
  const ownRightCues = w.nearestCue ? [] : w.rightCues;
  const partiesEnd = Math.min(w.rightEnd, comma >= 0 ? amount.end + comma : w.rightEnd, cues.find((c) => c.start >= amount.end + 1 && !ownRightCues.includes(c))?.start ?? w.rightEnd);
  // A country after the amount that owns trade of its own, with an amount of its own after it
  // ("… and Estonia's exports added up to €9.5bn"), starts the next figure; it is no party to this one.
  // … unless the trade it owns is the word the amount took its metric from ("2.1 billion dollars’ worth of Egyptian exports to the Kingdom and …").
  const ownCue = reading.source === "cue-after" ? w.rightCues[0] : undefined;
  const ownsOwnCue = (c: CountryMention) => ownCue !== undefined && c.end <= ownCue.start && /^\s*$/.test(text.slice(c.end, ownCue.start));
  const namedInClause = parties.filter((c) => c.start >= w.leftStart && c.end <= partiesEnd && !(c.start >= amount.end && roleOf(text, c) === "owner" && view.money.some((m) => m.start > c.end) && !ownsOwnCue(c)) && !(w.group?.listed?.includes(c.code) && c.code !== w.group.party));
  // The country of an institution that publishes ("the Statistical Committee of Armenia shows that
  // Iran exported …") trades only when no other country in the clause does.
  const traders = namedInClause.filter((c) => roleOf(text, c) !== "source");
  const clauseParties = traders.length ? traders : namedInClause;
  const leftParties = clauseParties.filter((c) => c.end <= w.leftEnd);

  // "goods worth €97.3bn went from Germany to China": the route names the flow whatever the verb.
  const origin = clauseParties.find((c) => roleOf(text, c) === "origin");
  const dest = clauseParties.find((c) => roleOf(text, c) === "dest");
  const routed = origin && dest && origin.code !== dest.code && origin.start < dest.start;
  if (routed && (inherited || metric === "turnover")) metric = "exports";

  // A partner named by its role ("from which imports stood at …") outranks the ranking's subject.
  const named = metric === "imports" ? origin : metric === "exports" ? dest : clauseParties.find((c) => roleOf(text, c) === "with");
  // "Top three suppliers of goods to the country were China ($4.7 bln)": a list of partners by a flow.
  // "the following countries imported the most goods to Ukraine: China - USD 1.1 billion, Poland - …":
  // several countries each with its amount make a list too.
  const listed = listedCountries(view);
  // A row of a list set out row by row takes its metric from the ranking before it ("ТОП-10 стран … в экспорте").
  const rankedList = listPartner !== undefined && !inherited && (w.leftCues.some((c) => RANKED_NOUN.test(c.text)) || listed >= 2 || reading.source === "ranking");
  const subject = ranking && metric !== "balance" && !named ? (listPartner ?? leftParties.find((c) => !c.possessive && roleOf(text, c) === "plain")) : listPartner && (metric === "turnover" || metric === "balance" || rankedList) && !inherited ? listPartner : undefined;
  if (subject) {
    // "The largest importers of Ukrainian products were Poland ($2.3 billion)": Ukraine's exports.
    if (w.leftCues.some((c) => /^(?:importers?|buyers?|customers?|markets?)$/i.test(c.text))) metric = "exports";
    else if (w.leftCues.some((c) => /^(?:exporters?|suppliers?|sources?)$/i.test(c.text))) metric = "imports";
    // "The largest flows of goods in May were from Poland (€106.1 million)": a ranking by no
    // flow word takes the direction its countries are named in.
    else if (metric === "turnover" && reading.source === "ranking") {
      const role = roleOf(text, subject);
      if (role === "origin" || role === "dest") metric = role === "origin" ? "imports" : "exports";
    }
    // "Georgia's main partners were Turkey ($1.9 billion)", "Germany remained Türkiye's largest
    // export market": the ranked country is the partner of the one whose list it is.
    const possessive = parties.filter((c) => c.end <= amount.start && c.possessive && c.code !== listPartner?.code).pop();
    // … or the country the list's flow goes to or comes from ("imported the most goods to Ukraine").
    const routeOwner = possessive ? undefined : parties.filter((c) => c.end <= (listPartner?.start ?? amount.start) && c.code !== subject.code && ["dest", "origin"].includes(roleOf(text, c))).pop();
    // … or the country whose partners they are ("the largest trading partners of Uzbekistan were Russia ($5.6 billion)").
    const partnersOf = possessive || routeOwner ? undefined : parties.filter((c) => c.end <= amount.start && c.code !== subject.code && PARTNERS_OF.test(text.slice(Math.max(0, c.start - 40), c.start))).pop();
    // … or the country the article is about, when the text says "the country's partners".
    const homeList = !possessive && !routeOwner && !partnersOf && /\b(?:partners|markets|suppliers|destinations)\s+of\s+the\s+country\b|\bthe\s+country['’]s\s+(?:\w+\s+){0,3}?(?:partners|markets|suppliers|destinations)\b/i.test(text.slice(0, subject.start)) ? ctx.articleFocus : undefined;
    const owner = (inherited ? previous?.parties.reporter : undefined) ?? possessive?.code ?? routeOwner?.code ?? partnersOf?.code ?? homeList ?? (ctx.partnersOwner !== subject.code ? ctx.partnersOwner : undefined) ?? listOwner(ctx, subject.code);
    // "it remains the largest export market for Uzbekistan (USD 1.63 billion)": the country
    // before the amount owns the flow; the market is the one in view.
    if (owner && owner !== subject.code && roleOf(text, subject) === "owner" && !possessive && !routeOwner && !partnersOf) return { parties: { reporter: subject.code, partner: owner }, metric, source: "list-owner-in-view" };
    if (owner && owner !== subject.code) return { parties: { reporter: owner, partner: subject.code }, metric, source: possessive || routeOwner || partnersOf ? "list-owner-named" : "list-owner-in-view" };
  }
  if (routed && (metric === "exports" || metric === "imports")) {
    return { parties: metric === "exports" ? { reporter: origin.code, partner: dest.code } : { reporter: dest.code, partner: origin.code }, metric, source: "route" };
  }
  // "Brazil exported US$89.4 billion to China, with China sending US$60.7 billion in the opposite direction".
  if (previous && (metric === "exports" || metric === "imports") && OPPOSITE_WAY.test(text.slice(amount.end, amount.end + 40))) {
    return { parties: { reporter: previous.parties.partner, partner: previous.parties.reporter }, metric: previous.metric === "imports" ? "imports" : "exports", source: "list" };
  }
  if (inherited && previous) {
    // "… and with the EAEU countries to $4.9 billion": a partner this table does not know.
    if (!leftParties.length && /\b(?:with|to|from)\s+(?:the\s+)?[A-Z]/.test(w.left)) return undefined;
    if (listPartner && listPartner.code !== previous.parties.reporter) return { parties: { reporter: previous.parties.reporter, partner: listPartner.code }, metric, source: "list" };
    const relisted = leftParties.length ? resolveParties(metric, text, leftParties, { ...ctx, reporter: previous.parties.reporter, partner: previous.parties.partner }, false, true) : undefined;
    return { parties: relisted ?? previous.parties, metric, source: "list" };
  }
  const clause = text.slice(w.leftStart, w.rightEnd);
  const homePronoun = HOME_PRONOUN.test(clause) || clauseParties.length === 0 || PARTNER_PRONOUN.test(clause);
  // "Total trade between the two countries" is the pair's, not the world's.
  // … nor, in "trade between the two countries was $12.9 billion with total exports of $10.2 billion", are the pair's parts.
  const pairWords = /\b(?:between|bilateral|mutual|(?:two|both)\s+(?:countries|nations|states|sides|neighbou?rs))\b/i;
  // "A dip was observed in 2019, with the overall trade reducing to $9.95 billion" after a pair's
  // figures: with no country in the sentence, "overall" and "total" set the pair's trade against its parts.
  const pairsOverall = parties.length === 0 && ctx.reporter !== undefined && ctx.partner !== undefined && ctx.partner !== "WLD" && OVERALL_TRADE.test(w.left) && !WORLD_TRADE_WORD.test(w.left);
  const total = TOTAL_TRADE.test(w.left) && !pairsOverall && !OF_THE_TOTAL.test(w.left) && !pairWords.test(w.left) && !(/^\W*with\b/i.test(w.left) && pairWords.test(text.slice(0, w.leftStart)));
  // With no country in its clause, an amount after the first belongs to the pair just named.
  // The level of the sentence's subject ("Turkey's trade with Turkmenistan … decreased by $13.8
  // million …, making up $930 million") is between the subject's countries.
  const subjectCue = reading.source === "level" ? reading.subjectCue : undefined;
  const subjectEnd = subjectCue ? (view.money.find((m) => m.start >= subjectCue.end)?.start ?? amount.start) : 0;
  const subjectParties = subjectCue ? parties.filter((c) => c.start >= subjectCue.start - 40 && c.end <= subjectEnd) : [];
  const scope = clauseParties.length ? clauseParties : subjectParties.length ? subjectParties : i > 0 ? [] : parties.filter((c) => c.end <= amount.start);
  const cueAt = w.nearestCue?.start ?? 0;
  const sourceOfImports = metric === "imports" && w.nearestCue !== undefined && /\b(?:source|origin)s?\s+of\s+(?:its\s+)?$/i.test(text.slice(Math.max(0, cueAt - 20), cueAt));
  const resolved = resolveParties(metric, text, scope, ctx, total, homePronoun, w.nearestCue?.text.toLowerCase().startsWith("destination") ?? false, sourceOfImports);
  if (!resolved) return undefined;
  // "China's exports to Africa rose …, while its imports gained 1.6 percent to 363.64 billion
  // yuan": with no partner of its own, the amount shares the bloc named before it, not the world.
  // So does one whose sentence goes on to name only the bloc ("China's exports rose … to 43.57 billion U.S. dollars, while imports from Africa declined").
  if (resolved.partner === "WLD" && !total && clauseParties.every((c) => c.code === resolved.reporter) && BLOC.test(text.replace(RANKING_SCOPE, "")) && !parties.some((c) => c.start > amount.end)) return undefined;
  const inScope = new Set(scope.map((c) => c.code));
  // "Tanzania's exports to Kenya stood at …, while Rwanda exported goods worth …": a flow set beside
  // another of the same kind, with no partner of its own, goes to the same partner.
  if (resolved.partner === "WLD" && !total && previous && previous.metric === metric && (metric === "exports" || metric === "imports") && previous.parties.partner !== "WLD" && previous.parties.partner !== resolved.reporter && !inScope.has(previous.parties.reporter) && /^[^.;]*\b(?:while|whereas)\b/i.test(text.slice(w.leftStart - 12, amount.start))) {
    return { parties: { reporter: resolved.reporter, partner: previous.parties.partner }, metric, source: "reporter-named" };
  }
  const isNamed = (c: string) => inScope.has(c) || (c === "WLD" && total);
  const source = isNamed(resolved.reporter) && isNamed(resolved.partner) ? "both-named" : isNamed(resolved.partner) ? "partner-named" : isNamed(resolved.reporter) ? "reporter-named" : "in-view";
  return { parties: resolved, metric, source };
}

const PAST_LEVEL_AFTER = /^\s*(?:(?:in|of)\s+(?:trade|turnover|exports|imports)\s+)?(?:that|which)?\s*(?:they|it|we|the\s+(?:two\s+)?(?:countries|sides))\s+(?:did|had|recorded|reached|achieved|posted|registered|saw|conducted)\s+(?:in|last)\b/i;

/** Actual, target or forecast: intent words before the amount, a goal or deadline right after it, a future period. */
export function kindOf(view: SentenceView, amount: MoneyMention, w: AmountWindow, reading: MetricReading, previous: Previous | undefined): { kind: Kind; rule: string } {
  // A level of the sentence's subject ("to lift trade to $30 billion first and then to $40 billion")
  // shares the subject's intent, so its intent words are the whole sentence's before it.
  const before = reading.source === "level" ? view.text.slice(0, amount.start) : w.left;
  const intent = TARGET.exec(before) ?? FORECAST.exec(before);
  let kind: Kind = intent ? (TARGET.test(before) ? "target" : "forecast") : "actual";
  let rule = intent ? `intent word "${intent[0]}"` : "no intent word before it";
  // A bare list continuation ("$5 billion and $7 billion") keeps the kind of the amount before it.
  if (reading.inherited && previous && !/\p{L}{3,}/u.test(w.left.replace(/\b(?:and|or|to|from)\b/g, ""))) [kind, rule] = [previous.kind, "the amount before it in the list"];
  // "$10bn over the next five years", "within three years": a horizon, not a past period.
  if (/^\s*(?:target|goal|mark|benchmark)\b|^\s*(?:over|in|within)\s+the\s+(?:next|coming)\b|^\s*within\s+(?:\w+\s+)?years\b/i.test(w.right)) [kind, rule] = ["target", "a goal or horizon after it"];
  // "expected to meet or even slightly exceed the $13.2 billion in trade they did in 2019": a level
  // the clause after it says was reached is the past's, whatever is expected of it.
  if (kind !== "actual" && PAST_LEVEL_AFTER.test(w.right)) [kind, rule] = ["actual", "a clause after it says it was reached"];
  // "$500 million by 2026" is a goal, whatever verb led to it.
  if (kind === "actual" && view.periods.some((p) => p.by && p.start >= amount.end && p.start - amount.end <= 30 && !/[,;]/.test(view.text.slice(amount.end, p.start)))) [kind, rule] = ["target", "a deadline after it (by …)"];
  return { kind, rule };
}
