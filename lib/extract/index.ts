import { findCountryMentions, type CountryMention } from "@/lib/extract/countries";
import { articleDateOf, yearsBeforeLastYearIn, countNamed, fiscalCalendarOf, mostNamed, mostNamedPair, partnerInView, rankedByOf, holdPeriod, updateContext } from "@/lib/extract/discourse";
import { foldAccents } from "@/lib/extract/fold";
import { CLAUSE_BREAK, COMMODITY_TRADE, LIST_ROW, NON_OIL_TRADE, NON_OIL_HEADLINE, PARTNERS_AFTER, QUANTITY_OF, THESE_FLOWS, COMPARISON, CURRENCY_COUNTRY, CURRENCY_NAME, FORECAST, TARGET, DESCRIPTION, NON_TRADE, PAIR_PHRASE, SHARE, TOTAL_TRADE, BETWEEN_NAMES, OF_THE_TOTAL, ATTRIBUTIVE_COMPOUND, REPORTED, PARTNERS_OF, CONSEQUENCE, TRADE_WITH_AFTER } from "@/lib/extract/lexicon-en";
import { findMoneyMentions, type MoneyMention } from "@/lib/extract/money";
import { readTables } from "@/lib/extract/tables";
import { type PeriodMention, type PeriodValue, type RawPeriod, resolvePeriods, samePeriod, supersedes, scanPeriods, statedFiscalYearOf, toPeriodString } from "@/lib/extract/periods";
import { confidenceOf, readingFeatures } from "@/lib/extract/confidence";
import { balanceSignOf, notTradeReason, kindOf, metricOf, ONE_PRODUCT, PRODUCT_JUST_NAMED, partiesOf, periodFor, qualifierOf, respectiveMetrics } from "@/lib/extract/readings";
import { asideRanges, bySentence, findAll, findCues, interestingRanges, windowOf } from "@/lib/extract/sentence-view";
import type { Context, MetricSource, PartiesSource, PeriodSource, Previous, SentenceView } from "@/lib/extract/types";
import { figureId } from "@/lib/extract/figure-id";
import type { Article, CountryCode, Figure } from "@/lib/schema";
import { orientFigure } from "@/lib/series/series";

const SHARE_CONFIDENCE = 0.5;
const MIN_TRADE_VALUE = 10000;
const ORDINAL_PLACE = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:place|position)\b|\b(?:ranked|ranks|came|comes)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i;
/** A bracket opened right after an amount for the value it is compared with: "(", "(against ", "(vs ". */
const COMPARED_GAP = /^\s*\(\s*(?:against|vs\.?|versus|compared\s+(?:to|with)|from)?\s*$/i;
/** What stands between an amount and the same amount in another currency: "(", "(about ", " or ". */
const TWIN_GAP = /^\s*(?:\(\s*(?:about|around|approximately|some|roughly|nearly|almost|or|equivalent\s+to|i\.e\.)?\s*|,?\s*or\s+(?:about\s+|around\s+|almost\s+|nearly\s+|more\s+than\s+|over\s+)?)$/i;
const LEVEL_AFTER_COMPARISON = /^\s*,?\s*(?:to|reaching|amounting\s+to|standing\s+at)\b|,\s*(?:amounting|reaching|standing|totall?ing|making|having|and\s+(?:amounted|reached|stood|totall?ed))\b/i;
/**
 * A sentence of prose states a handful of amounts (8 at most in the annotated corpus) and an
 * article a few dozen figures: past these bounds the text is a dump, not copy, and reading it
 * would only cost time and memory.
 */
const MAX_AMOUNTS_PER_SENTENCE = 50;
const MAX_FIGURES_PER_ARTICLE = 1000;
/** How many times the pair's stated level an amount must be to read as the country's total. */
const TOTAL_SCALE = 12;
const pairKey = (p: { reporter: string; partner: string }, currency: string) => [p.reporter, p.partner].sort().join("-") + currency;

/**
 * Finds the trade figures an article states (DESIGN.md's data model), sentence by sentence,
 * carrying the pair, metric and period a sentence leaves implicit from the sentences before it
 * ("In 2014, it totalled …"). Money that is not trade (investment, loans, contracts, prices)
 * yields nothing; goals and forecasts come out as kind target/forecast. Spans are offsets of
 * the amount's text in the body. Deterministic: ids depend only on the article and the figure.
 */
export function extractFigures(article: Article, explain?: AmountExplanation[]): Figure[] {
  const figures: Figure[] = [];
  const ctx: Context = { metricAge: 99, named: new Map() };
  const featuresOf = new Map<string, string[]>();
  // The largest monthly level stated for each pair with both countries named, by currency.
  const pairLevels = new Map<string, number>();
  // Balances no word signs ("the balance of foreign trade turnover amounted to $3.36 billion"): the article's flows may.
  const unsignedBalances = new Set<string>();
  // A headline naming exactly two countries ("Uzbekistan, Tajikistan trade up…") names the pair
  // that "the two neighbours" in the first paragraph refers to.
  const titleMentions = findCountryMentions(foldAccents(article.title));
  const inTitle = [...new Set(titleMentions.map((c) => c.code))];
  // The headline says whose trade the article is about: its countries count thrice.
  countNamed(ctx, [...titleMentions, ...titleMentions, ...titleMentions]);
  if (inTitle.length === 2) [ctx.reporter, ctx.partner] = inTitle;

  // Each pattern runs once over the whole body; sentences then take their share.
  const body = foldAccents(article.body);
  const sentences = article.sentences;
  const amounts = findMoneyMentions(body);
  const bodyCues = findCues(body);
  // Only sentences with an amount or a trade word can hold a figure or set the context: the
  // other patterns scan those alone.
  // "Cooperation between Russia and Türkiye has been on the rise": a pair put in view without a trade word.
  const pairsNamed = findAll(body, BETWEEN_NAMES);
  const ranges = interestingRanges(sentences, [...amounts, ...bodyCues, ...pairsNamed]);
  const bodyCountries = findCountryMentions(body, ranges);
  const bodyMoney = withSharedSignsOf(amounts, body, [...titleMentions, ...bodyCountries]);
  const moneyIn = bySentence(bodyMoney, sentences);
  const cuesIn = bySentence(bodyCues, sentences);
  const pairsIn = bySentence(pairsNamed, sentences);
  const fiscal = fiscalCalendarOf(bodyCountries);
  const countriesIn = bySentence(bodyCountries, sentences);
  const rawPeriods = scanPeriods(body, ranges);
  // The country the whole article is about, for totals stated before any country is named.
  // With no country named at all, a national currency says whose statistics these are (HUF: Hungary).
  // The lead says it too ("In which countries did the goods from Moldova arrive?"), trade word or not: its countries count twice more.
  const leadMentions = findCountryMentions(body.slice(0, sentences[1]?.end ?? sentences[0]?.end ?? 0));
  ctx.articleFocus = mostNamed([...titleMentions, ...titleMentions, ...titleMentions, ...leadMentions, ...leadMentions, ...bodyCountries]) ?? bodyMoney.map((m) => CURRENCY_COUNTRY[m.currency]).find(Boolean);
  const intentsIn = bySentence([TARGET, FORECAST].flatMap((re) => findAll(body, new RegExp(re.source, `${re.flags}g`), ranges)).sort((a, b) => a.start - b.start), sentences);
  const periodsIn = bySentence<RawPeriod>(rawPeriods, sentences);
  // Years next to amounts date the data; a year in a history does not date the article, nor
  // one after a plan's or a forecast's word ("agreed to boost bilateral trade to US$25 billion in 2010").
  const factual = periodsIn.map((periods, k) => periods.filter((p) => !intentsIn[k]!.some((i) => i.start < p.start)));
  const datingPeriods = factual.flatMap((periods, k) => (moneyIn[k]!.length === 0 ? [] : periods));
  const titlePeriods = article.body.startsWith(article.title) ? [] : scanPeriods(foldAccents(article.title));
  // With nothing else to go on, a change "compared with the same month in 2022" dates the data it compares.
  const sequences = factual.flatMap((periods, k) => (moneyIn[k]!.length === 0 ? [] : yearsBeforeLastYearIn(periods)));
  const dated = articleDateOf(article, datingPeriods, titlePeriods, sequences);
  const comparedYearsIn = (periods: RawPeriod[]) => periods.flatMap((p) => (p.comparison && p.year !== undefined ? [p.year] : []));
  // … and, in an article with no year beside its figures, so does a comparison in a sentence of
  // no trade word ("за аналогичный период 2024 года этот коэффициент составлял 1,7").
  const comparedNear = comparedYearsIn(factual.flat());
  const comparedElsewhere = () => comparedYearsIn(bySentence<RawPeriod>(scanPeriods(body), sentences).flatMap((periods, k) => (moneyIn[k]!.length === 0 ? periods : [])));
  const comparedYears = dated.year === undefined && comparedNear.length === 0 ? comparedElsewhere() : comparedNear;
  const articleYear = dated.year ?? (comparedYears.length ? Math.max(...comparedYears) + 1 : undefined);
  const articleMonth = dated.month;
  const statedFiscalYear = statedFiscalYearOf(rawPeriods);
  const iranianCalendar = rawPeriods.some((p) => p.iranian !== undefined);
  const sharesIn = bySentence(findAll(body, SHARE, ranges), sentences);
  const breaksIn = bySentence(findAll(body, CLAUSE_BREAK, ranges), sentences);
  const nonTradeIn = bySentence(findAll(body, NON_TRADE, ranges), sentences);

  // Whether the sentence before ends on a colon, introducing what follows.
  let listOpened = false;
  sentences.forEach((sentence, k) => {
    const money = moneyIn[k]!;
    const cues = cuesIn[k]!;
    const text = body.slice(sentence.start, sentence.end);
    const figuresBefore = figures.length;
    // A list set out row by row ("… distributed as follows:" / "- Russia - 2.9 billion;") goes on
    // with the metric named before it, however many rows it has.
    const listGoesOn = LIST_ROW.test(text) || listOpened;
    if (!listGoesOn) ctx.metricAge++;
    listOpened = /:\s*$/.test(text);
    // Most sentences name no amount and no trade word: nothing to find, nothing to remember.
    if (money.length === 0 && cues.length === 0 && sharesIn[k]!.length === 0 && pairsIn[k]!.length === 0) return;
    // "Georgia's largest partners", "the largest trade partner of Georgia": whose partners the rows after are,
    // for as long as the text goes on about partners or sets them out row by row.
    // … and so does a sentence that opens a list with whose trade it is ("China’s H1 trade with other Central Asian states:").
    const owner = countriesIn[k]!.find((c) => (c.possessive && (PARTNERS_AFTER.test(text.slice(c.end, c.end + 40)) || (/:\s*$/.test(text) && TRADE_WITH_AFTER.test(text.slice(c.end, c.end + 40))))) || PARTNERS_OF.test(text.slice(Math.max(0, c.start - 40), c.start)));
    if (owner) [ctx.partnersOwner, ctx.partnersOwnerAt] = [owner.code, k];
    else if (ctx.partnersOwnerAt !== undefined && (listGoesOn || /\bpartners?\b/i.test(text))) ctx.partnersOwnerAt = k;
    else if (ctx.partnersOwnerAt !== undefined && k - ctx.partnersOwnerAt > 1) ctx.partnersOwner = undefined;
    // What a ranking ranks by carries into the sentences that go on with its places ("In second
    // place is Russia …, while it remains the largest export market"); a ranking sentence names it.
    const rankedHere = ctx.rankedBy && ORDINAL_PLACE.test(text) ? undefined : rankedByOf(text, cues);
    ctx.rankedBy ??= rankedHere;
    // "trade between the two countries" before any pair is in view, or while a country's world
    // totals are (a pair of countries, never a country and the world): the two the article has
    // named most so far, else in all.
    // "… ties between Kazakhstan and Italy shows that bilateral trade …": a sentence that names the pair itself gives its order.
    const namedHere = [...new Set(countriesIn[k]!.filter((c) => c.form !== "capital").map((c) => c.code))];
    if ((!ctx.reporter || ctx.partner === "WLD") && PAIR_PHRASE.test(text)) [ctx.reporter, ctx.partner] = (namedHere.length === 2 ? (namedHere as [CountryCode, CountryCode]) : undefined) ?? mostNamedPair(article.title, body.slice(0, sentence.start)) ?? mostNamedPair(article.title, body) ?? [ctx.reporter, ctx.partner];
    countNamed(ctx, countriesIn[k]!);
    const asides = asideRanges(text, money);
    ctx.sideBySide = sideBySideOwners(text, countriesIn[k]!);
    const view: SentenceView = {
      text, money, cues, breaks: breaksIn[k]!, nonTrade: nonTradeIn[k]!,
      descriptions: findAll(text, DESCRIPTION).map((d) => [d.start, d.end]),
      // Not parties: countries in an aside, and those inside an amount ("1.2 billion US dollars").
      // Nor a country that names a currency ("expressed in US dollars", "Chinese yuan"), or that
      // a participle makes an attribute ("as Chinese-pledged infrastructure projects …").
      parties: countriesIn[k]!.filter((c) => !asides.some(([s, e]) => c.start >= s && c.end <= e) && !money.some((m) => c.start < m.end && c.end > m.start) && !CURRENCY_NAME.test(text.slice(c.end, c.end + 12)) && !ATTRIBUTIVE_COMPOUND.test(text.slice(c.end, c.end + 16))),
      periods: resolvePeriods(periodsIn[k]!, { articleYear, articleMonth, previous: ctx.period, justNamed: ctx.lastPeriodAt === k - 1 ? ctx.lastPeriod : undefined, fiscalStart: fiscal?.start, fiscalNamedByStart: fiscal?.namedByStart, statedFiscalYear, iranianCalendar }),
    };

    let previous: Previous | undefined;
    let prevEnd = 0;
    const respective = respectiveMetrics(text, money, cues, view.breaks, view.parties);
    const distinctCountries = new Set(view.parties.map((c) => c.code)).size;
    const comparison = COMPARISON.test(text);
    // The figure read from the amount before, which a conversion right after it restates.
    let converted: { index: number; claim: Omit<Figure, "id" | "confidence">; features: string[]; period: PeriodValue } | undefined;
    // The period of a breakdown ("$68 million, of which $22 million … and $46 million …"), for its later parts too.
    let breakdown: PeriodValue | undefined;
    // The period the last bracketed comparison stated, which the next ones leave unsaid.
    let bracketPeriod: PeriodValue | undefined;
    money.forEach((amount, i) => {
      if (i >= MAX_AMOUNTS_PER_SENTENCE || figures.length >= MAX_FIGURES_PER_ARTICLE) {
        if (explain) startExplanation(explain, sentence, amount, article.body).rejected = i >= MAX_AMOUNTS_PER_SENTENCE ? `not read: past the first ${MAX_AMOUNTS_PER_SENTENCE} amounts of its sentence` : `not read: past the article's first ${MAX_FIGURES_PER_ARTICLE} figures`;
        return;
      }
      const w = windowOf(view, i, prevEnd, previous, respective);
      prevEnd = amount.end;
      const note = explain ? startExplanation(explain, sentence, amount, article.body) : undefined;
      const qualifierAt = (after: string) => qualifierOf(text.slice(Math.max(0, amount.start - 30), amount.start), amount, after);
      // "2.9 trillion rubles ($33.62 bln)", "286 bln Belarusian rubles or more than 8 trillion
      // Russian rubles": the same figure in another currency.
      const twin = converted?.index === i - 1 && converted.claim.currency !== amount.currency && TWIN_GAP.test(text.slice(money[i - 1]!.end, amount.start)) ? converted : undefined;
      if (twin) {
        const claim: Omit<Figure, "id" | "confidence"> = {
          ...twin.claim, span: [sentence.start + amount.start, sentence.start + amount.end], currency: amount.currency,
          value: Math.sign(twin.claim.value) * amount.value, qualifier: qualifierAt(text.slice(amount.end, amount.end + 20)),
        };
        const id = figureId(claim, article);
        figures.push({ id, ...claim, confidence: 0 });
        featuresOf.set(id, [...twin.features, "converted"]);
        converted = { index: i, claim, features: twin.features, period: twin.period };
        if (note) [note.figureId, note.features, note.decided] = [id, featuresOf.get(id), { metric: `${claim.metric} (the amount it converts)`, parties: `${claim.reporter} → ${claim.partner} (the amount it converts)`, period: `${claim.period} (the amount it converts)`, kind: `${claim.kind} (the amount it converts)` }];
        return;
      }
      // "China - USD 10.4 billion (USD 8.7 billion in 2022), Poland - USD 6.6 billion (USD 5.5
      // billion)": the same flow in brackets, at the period the brackets name or named before.
      const close = text.slice(amount.end).search(/[()]/);
      const compared = converted?.index === i - 1 && converted.claim.currency === amount.currency && converted.claim.kind === "actual" && COMPARED_GAP.test(text.slice(money[i - 1]!.end, amount.start)) && close >= 0 && text[amount.end + close] === ")" ? converted : undefined;
      if (compared) {
        const own = view.periods.find((p) => p.start >= amount.end && p.end <= amount.end + close)?.value;
        const period = own ?? bracketPeriod ?? { ...compared.period, year: compared.period.year - 1 };
        bracketPeriod = period;
        const claim: Omit<Figure, "id" | "confidence"> = {
          ...compared.claim, span: [sentence.start + amount.start, sentence.start + amount.end], period: toPeriodString(period),
          value: Math.sign(compared.claim.value) * amount.value, qualifier: qualifierAt(text.slice(amount.end, amount.end + 20)),
        };
        const id = figureId(claim, article);
        figures.push({ id, ...claim, confidence: 0 });
        featuresOf.set(id, [...compared.features, "compared-in-brackets"]);
        if (note) [note.figureId, note.features, note.decided] = [id, featuresOf.get(id), { metric: `${claim.metric} (the amount it is compared with)`, parties: `${claim.reporter} → ${claim.partner} (the amount it is compared with)`, period: `${claim.period} (named in the brackets, or the year before)`, kind: "actual (the amount it is compared with)" }];
        converted = undefined;
        return;
      }
      // "$1", "USD 1579" or "10,000 roubles" is no trade level, whatever the words around it say.
      // "… exported 1.21mn tons of fruits and vegetables. These exports were valued at $792.3mn":
      // the product just named goes on.
      const notTrade = amount.value <= MIN_TRADE_VALUE ? "too small to be a trade level (a unit left unwritten?)" : notTradeReason(view, amount, w) ?? (ctx.productAt !== undefined && k - ctx.productAt <= 1 && THESE_FLOWS.test(text) ? PRODUCT_JUST_NAMED : undefined);
      if (notTrade === ONE_PRODUCT || notTrade === PRODUCT_JUST_NAMED) ctx.productAt = k;
      if (notTrade) return note && (note.rejected = notTrade);
      const reading = metricOf(view, amount, w, previous, ctx);
      if (!reading) return note && (note.rejected = "no trade word names it, and no list or earlier sentence gives one");
      // What the amount measures is what a later "it" refers to, even if this amount gives no figure.
      ctx.metric = reading.metric;
      ctx.metricAge = 0;
      const found = partiesOf(view, i, w, reading, previous, ctx);
      if (!found) return note && (note.rejected = `a ${reading.metric} amount, but the text does not say between which countries`);
      const { metric } = found;
      let { parties } = found;
      if (NON_OIL_TRADE.test(w.left.slice(-60)) && !NON_OIL_HEADLINE.has(parties.reporter) && !NON_OIL_HEADLINE.has(parties.partner)) return note && (note.rejected = "trade without oil, a part of the trade (a headline only in Iran's and the UAE's statistics)");
      let partiesSource = found.source;

      const kindReading = kindOf(view, amount, w, reading, previous);
      let kind = kindReading.kind;
      const stated = periodFor(text, view.periods, amount, money, w.leftStart, w.rightEnd, kind);
      // "… exports from Russia could amount to $46 billion. It's about $56 billion in total": with
      // no period of its own, an amount that refers back to a forecast is part of the forecast.
      const forecastReferred = reading.anaphoric && !stated && kind === "actual" ? ctx.lastForecast : undefined;
      if (forecastReferred) kind = forecastReferred.kind;
      // "increased … compared to the same period last year, amounting to $3.7 billion", "up 4.4
      // percent from the previous year to $6.3 trillion": a point of comparison that "to" or a
      // participle separates from the amount qualifies the change; the amount is the level of the
      // period in force. ("compared to 2022 ($6.3 billion)" is the comparison's.)
      const qualifiesChange = stated?.rule === "comparison-in-clause" && LEVEL_AFTER_COMPARISON.test(text.slice(stated.mention.end, amount.start));
      // The sentence's own period, if it states one before the change ("In December 2020, the
      // trade … was $10.7 million less than in the same month of 2019, amounting to …"), is the level's.
      const ownPeriod = qualifiesChange && kind === "actual" ? view.periods.find((p) => !p.comparison && !p.by && p.end <= stated.mention.start) : undefined;
      const period = ownPeriod ? { mention: ownPeriod, rule: "in-sentence" as const } : qualifiesChange && kind === "actual" && ctx.period ? undefined : stated;
      // "Poland - for USD 4.7 billion (USD 6.7 billion in 2022)": compared in brackets with a named
      // year, the amount is the year after's.
      const bracketed = period || kind !== "actual" ? undefined : yearAfterBracketComparison(text, amount, money, view.periods);
      // A list goes on in the period of its first item: "Poland - for USD 4.7 billion (USD 6.7 billion in 2022), Romania - for USD 3.7 billion".
      const listed = !period && !bracketed && reading.inherited ? previous?.period : undefined;
      // "Of the total turnover, export amounted to …" breaks down the figure before, in its period.
      // So does an amount right after a figure of another period ("… rose to $46.5 bln in 2023.
      // Export from Russia equaled $22.6 bln"): the period just named, not the one in force.
      // "$68 million, of which $22 million are exports": a breakdown of the amount just read, in its period.
      const ownless = !period || period.rule === "in-sentence";
      const ofWhich = ownless && converted?.index === i - 1 && /\bof\s+(?:which|them|these)\b/i.test(text.slice(money[i - 1]!.end, amount.start)) ? converted.period : ownless ? breakdown : undefined;
      breakdown = ofWhich;
      const justStated = ctx.lastPeriodAt !== undefined && k - ctx.lastPeriodAt <= 1 && ctx.lastPeriod !== undefined;
      const followsLast = reading.anaphoric || OF_THE_TOTAL.exec(text.slice(0, amount.start))?.index === 0 || (justStated && ((ctx.period !== undefined && narrowerJustNamed(ctx.lastPeriod!, ctx.period)) || (CONSEQUENCE.test(text) && onePeriodBefore(figures, k, ctx.lastPeriod!))));
      const inForce = ofWhich ?? period?.mention.value ?? bracketed ?? listed ?? (kind !== "actual" ? forecastReferred?.period : followsLast ? (ctx.lastPeriod ?? ctx.period) : ctx.period);
      // "grew … in 2023, from $14.5 billion to $17.2 billion": where the change starts is the year before.
      const next = money[i + 1];
      // … and "to $16.6 billion from $23.6 billion year-on-year" the other way round.
      const before = money[i - 1];
      // "stood at Ush820 billion down from Ush768 billion", "worth Ush499 billion from Ush483 billion in
      // the period": the level compared from is not of the level's own period, but the year before.
      const levelBefore = converted?.index === i - 1 && converted.claim.kind === "actual" ? converted.period : undefined;
      const fromAfterLevel = before !== undefined && levelBefore !== undefined && /^\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:down|up)\s+)?from\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?$/i.test(text.slice(before.end, amount.start));
      const changeStart = (period?.rule !== "after-amount" && /\bfrom\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?$/i.test(w.left) && next !== undefined && /^\s*(?:\([^)]*\)\s*)?to\s+(?:about\s+|around\s+|almost\s+|nearly\s+|over\s+)?$/i.test(text.slice(amount.end, next.start))) || (fromAfterLevel && inForce !== undefined && samePeriod(inForce, levelBefore));
      const periodValue = inForce && changeStart ? { ...inForce, year: inForce.year - 1 } : inForce;
      if (!periodValue) return note && (note.rejected = `a ${kind} ${metric} amount of ${parties.reporter}–${parties.partner} with no period stated or in force`);
      // "The annual trade volume between Iran and Iraq is around $10 billion": a typical year, no dated one.
      if (kind === "actual" && !period && view.periods.length === 0 && /\b(?:annual(?:ly)?|yearly)\b/i.test(w.left)) return note && (note.rejected = "a typical year's level, with no year of its own");
      const periodSource = ofWhich ? "list" : period?.rule ?? (bracketed ? "bracket-comparison" : listed ? "list" : followsLast ? "in-force-anaphoric" : "in-force");
      // "Turkey's exports … amounted to $13.4 billion" in a Turkey–Georgia story: an amount many
      // times the pair's own monthly trade, with the partner only implied, is the country's total.
      const monthly = amount.value / (periodValue.to - periodValue.from + 1);
      const pairLevel = pairLevels.get(pairKey(parties, amount.currency));
      if ((partiesSource === "reporter-named" || partiesSource === "in-view") && parties.partner !== "WLD" && pairLevel !== undefined && monthly > TOTAL_SCALE * pairLevel && !PAIR_PHRASE.test(text.slice(0, amount.start))) {
        parties = { reporter: parties.reporter, partner: "WLD" };
        partiesSource = "scale";
      }
      let kindRule = forecastReferred ? "the kind of the figure 'it' refers to" : kindReading.rule;
      // A level reported as done ("exports in July 2018 amounted to") outranks a date stamp that says it is yet to come: such stamps are often wrong.
      // A dash stands for the verb of the clause before ("…, imports – EUR 2.52 bn").
      const reportedIn = /[–—]\s*$/.test(w.left) ? text.slice(0, amount.start) : `${w.left} ${w.right.split(/[,;(]/)[0]}`;
      if (kind === "actual" && articleYear !== undefined && periodValue.year > articleYear && !REPORTED.test(reportedIn)) [kind, kindRule] = ["forecast", `a period after the article's year ${articleYear}`];

      // A deficit named for the amount, or carried from the one before ("narrowed to $X from $Y").
      // Words inside brackets sign their own amounts: "(against minus USD 1001.5 mln …), while in EUR it amounted to EUR 2877.5 mln".
      const signWord = balanceSignOf(`${reading.subjectCue?.text ?? ""} ${w.left.replace(/\([^()]*\)/g, " ")} ${w.right.slice(0, 20).split(/[(,;]|\b(?:compared|against|than|versus|vs|from|while|and)\b/)[0]}`);
      // "-$23.3 million" is negative, unless a word signs it: "balance positive - $39.4 million" uses the dash as a separator.
      const deficit = signWord === "deficit" || (signWord === undefined && /[-−–]\s*$/.test(text.slice(Math.max(0, amount.start - 2), amount.start))) || (signWord === undefined && reading.inherited && previous?.deficit === true);
      const claim: Omit<Figure, "id" | "confidence"> = {
        articleId: article.id, sentenceIndex: sentence.index, span: [sentence.start + amount.start, sentence.start + amount.end],
        metric, ...parties, period: toPeriodString(periodValue),
        value: metric === "balance" && deficit ? -Math.abs(amount.value) : amount.value, currency: amount.currency,
        qualifier: qualifierAt(w.right), kind,
      };
      const features = readingFeatures(claim, { metricSource: reading.source, partiesSource, periodSource, unitFromContext: amount.unitFromContext, countries: distinctCountries, amounts: money.length, comparison });
      const id = figureId(claim, article);
      if (metric === "balance" && !deficit && signWord === undefined) unsignedBalances.add(id);
      // Confidence is set once every figure is known: agreeing sums are evidence too.
      figures.push({ id, ...claim, confidence: 0 });
      featuresOf.set(id, features);
      if (note) {
        note.figureId = id;
        note.features = features;
        note.decided = {
          metric: `${metric} (${METRIC_SOURCE_TEXT[reading.source]})`,
          parties: `${parties.reporter} → ${parties.partner} (${PARTIES_SOURCE_TEXT[partiesSource]})`,
          period: `${toPeriodString(periodValue)} (${PERIOD_SOURCE_TEXT[periodSource]})`,
          kind: `${kind} (${kindRule})`,
        };
      }
      previous = { metric, kind, parties, rightCue: w.nearestCue ? undefined : w.rightCues[0], deficit: metric === "balance" && deficit, period: periodValue };
      converted = { index: i, claim, features, period: periodValue };
      if (kind === "actual" && parties.partner === "WLD") ctx.focus = ctx.totalOf = parties.reporter;
      if (kind === "actual" && parties.partner !== "WLD" && partiesSource === "both-named") {
        const key = pairKey(parties, amount.currency);
        pairLevels.set(key, Math.max(pairLevels.get(key) ?? 0, monthly));
      }
      if (kind === "actual") {
        ctx.topic ??= parties;
        ctx.reporter = parties.reporter;
        ctx.partner = parties.partner;
        // Later sentences without a period of their own mean the latest one the article reports.
        // … and a whole year a figure states ("In 2025, exports amounted to …") takes over from a month of it.
        const statedYear = period !== undefined && !period.mention.comparison && (period.rule === "after-amount" || period.rule === "before-in-clause") && periodValue.from === 1 && periodValue.to === 12 && periodValue.year === ctx.period?.year;
        if (statedYear || supersedes(periodValue, ctx.period)) ctx.period = periodValue;
        ctx.lastPeriod = periodValue;
        // A point of comparison ("against $25.7 million in 2020") is not what "this amount" breaks down.
        ctx.lastPeriodAt = period?.mention.comparison ? undefined : k;
      }
      ctx.lastForecast = kind === "actual" ? undefined : { kind, period: periodValue };
      ctx.metric = metric;
      ctx.metricAge = 0;
    });

    // "Uzbekistan exported a total of 1.21mn tons of fruits and vegetables": a product that "these exports" may go on about.
    if (QUANTITY_OF.test(text) || COMMODITY_TRADE.test(text)) ctx.productAt = k;
    extractShares(text, sharesIn[k]!, sentence, article, ctx, view.periods, view.parties, figures);
    // What the sentence said about its own parties holds to its end, its shares included.
    if (ctx.reporter && ctx.partner) ctx.partner = partnerInView(ctx, ctx.reporter, ctx.partner);
    updateContext(text, cues, view.parties, ctx, money.length > 0, TOTAL_TRADE.test(text));
    // An actual figure of the sentence's own amounts has already put its period in force.
    const readActual = money.length > 0 && figures.slice(figuresBefore).some((f) => f.kind === "actual");
    if (cues.length > 0 && !readActual) holdPeriod(view.periods, ctx, intentsIn[k]![0]?.start, articleYear);
    ctx.rankedBy = rankedHere ?? ctx.rankedBy;
  });
  figures.push(...tableFigures(article, body, ctx.articleFocus, figures, featuresOf, explain));
  return scoreConfidence(withoutRestatements(signedBalances(totalsByScale(article, figures, featuresOf, explain), unsignedBalances), explain), featuresOf, explain);
}

/**
 * The cells of the article's statistical tables (lib/extract/tables.ts) as figures, each cited
 * by its row; a cell the prose reading already took stays the prose figure.
 */
function tableFigures(article: Article, body: string, focus: CountryCode | undefined, read: Figure[], featuresOf: Map<string, string[]>, explain?: AmountExplanation[]): Figure[] {
  const out: Figure[] = [];
  for (const cell of readTables(body, focus)) {
    const sentence = article.sentences.find((s) => s.start <= cell.start && cell.end <= s.end);
    if (!sentence || read.some((f) => cell.start < f.span[1] && cell.end > f.span[0]) || read.length + out.length >= MAX_FIGURES_PER_ARTICLE) continue;
    const claim: Omit<Figure, "id" | "confidence"> = {
      articleId: article.id, sentenceIndex: sentence.index, span: [cell.start, cell.end],
      metric: cell.metric, reporter: cell.reporter, partner: cell.partner, period: toPeriodString(cell.period),
      value: cell.value, currency: cell.currency, qualifier: "exact", kind: "actual",
    };
    const id = figureId(claim, article);
    const features = [`metric=${cell.metric}`, "read-from=table", `table=${cell.layout}`, "kind=actual", ...(cell.partner === "WLD" ? ["partner=world"] : []), ...(cell.currency !== "USD" ? ["currency=other"] : [])];
    out.push({ id, ...claim, confidence: 0 });
    featuresOf.set(id, features);
    explain?.push({
      sentenceIndex: sentence.index, span: [cell.start, cell.end], amount: article.body.slice(cell.start, cell.end), money: `${cell.value} ${cell.currency}`, figureId: id, features,
      decided: {
        metric: `${cell.metric} (the table's ${cell.layout === "periods-down" ? "column" : "row"} '${cell.metricLabel}')`,
        parties: `${cell.reporter} → ${cell.partner} (the table's caption and header, else the country the article is about)`,
        period: `${toPeriodString(cell.period)} (the table's ${cell.layout === "periods-down" ? "row" : "column"} '${cell.periodLabel}')`,
        kind: "actual (a table of statistics)",
      },
    });
  }
  return out;
}

/**
 * Whether the period of the figure just read, rather than the one in force, dates the amounts
 * right after it: an earlier whole year ("in 2023 … $46.5 bln. Export from Russia equaled …")
 * or one month of the period in force ("In June 2017 turnover amounted to €2.15 billion.
 * Latvia exported goods of €920.3m").
 */
function narrowerJustNamed(last: PeriodValue, inForce: PeriodValue): boolean {
  const wholeYear = last.from === 1 && last.to === 12;
  if (wholeYear) return last.year < inForce.year;
  return last.from === last.to && last.year === inForce.year && last.from >= inForce.from && last.to <= inForce.to && inForce.from !== inForce.to;
}

/**
 * The countries a sentence names each right before a flow word of its own, when there are two
 * or more: "Latvian imports amounted to €11.136 billion, while Lithuania and Estonia imported …".
 */
function sideBySideOwners(text: string, mentions: CountryMention[]): ReadonlySet<CountryCode> | undefined {
  const owners = new Set(mentions.filter((m) => /^(?:['’]s)?\s+(?:(?:and\s+|,\s*)[A-Z][\w ]{0,20}?\s+)?(?:imports|exports|imported|exported)\b/.test(text.slice(m.end, m.end + 40))).map((m) => m.code));
  return owners.size >= 2 ? owners : undefined;
}

/**
 * Signs two countries share, read first as one's: "¥" is the yen in a story about Japan and the
 * yuan elsewhere; "Rs" and bare "rupees" are Pakistan's in a story about Pakistan. The country
 * named more often decides.
 */
/** A dollar marked as the US's: "US$", "USD", "U.S. dollars", "American dollars". */
const US_DOLLAR_MARK = /\bUS\s?\$|\bUSD\b|\bU\.S\.\s?\$|\b(?:US|U\.S\.|American)\s+dollars?\b/;

const SHARED_SIGNS: { read: string; readFor: CountryCode; other: string; otherFor: CountryCode; sign: RegExp; unlessWritten?: RegExp }[] = [
  { read: "CNY", readFor: "CHN", other: "JPY", otherFor: "JPN", sign: /¥/ },
  { read: "INR", readFor: "IND", other: "PKR", otherFor: "PAK", sign: /^Rs\.?\s?\d|\d\s+(?:\S+\s+)?rupees?$/i },
  // A bare "$" in a story about Canada, Australia or New Zealand (the country it names most) is
  // that country's dollar, unless the article marks US dollars anywhere.
  ...([["CAD", "CAN"], ["AUD", "AUS"], ["NZD", "NZL"]] as const).map(([other, otherFor]) => ({ read: "USD", readFor: "USA", other, otherFor, sign: /^\$/, unlessWritten: US_DOLLAR_MARK })),
];

function withSharedSignsOf(money: MoneyMention[], body: string, countries: CountryMention[]): MoneyMention[] {
  const named = (code: CountryCode) => countries.filter((c) => c.code === code).length;
  const focus = mostNamed(countries);
  const shifted = SHARED_SIGNS.filter((s) => named(s.otherFor) > named(s.readFor) && (s.unlessWritten ? focus === s.otherFor && !s.unlessWritten.test(body) : true));
  if (shifted.length === 0) return money;
  return money.map((m) => {
    const shift = shifted.find((s) => m.currency === s.read && s.sign.test(body.slice(m.start, m.end)));
    return shift ? { ...m, currency: shift.other } : m;
  });
}

/**
 * Gives each figure its confidence from its reading features, adding "sums-agree" where the
 * article's own figures check it: turnover = exports + imports, balance = exports − imports,
 * for the same pair, period and currency.
 */
function scoreConfidence(figures: Figure[], featuresOf: Map<string, string[]>, explain?: AmountExplanation[]): Figure[] {
  const agreeing = agreeingFigures(figures);
  const scored = figures.map((f) => {
    const features = featuresOf.get(f.id);
    if (!features) return f;
    const all = agreeing.has(f.id) ? [...features, "sums-agree"] : features;
    featuresOf.set(f.id, all);
    return { ...f, confidence: confidenceOf(all) };
  });
  for (const note of explain ?? []) {
    const figure = note.figureId ? scored.find((f) => f.id === note.figureId) : undefined;
    if (figure) [note.confidence, note.features] = [figure.confidence, featuresOf.get(figure.id)];
  }
  return scored;
}

/** Whether the sentence before `k` stated its figures for that one period alone (what "Hence, …" goes on from). */
function onePeriodBefore(figures: Figure[], k: number, period: PeriodValue): boolean {
  const before = figures.filter((f) => f.sentenceIndex === k - 1 && f.kind === "actual");
  return before.length > 0 && before.every((f) => f.period === toPeriodString(period));
}

/**
 * The scale rule again, with the whole article in view: "Turkey's exports for July amounted to
 * $20.078 billion" before "Turkey's exports to Iraq reached $978 million". A figure whose partner
 * was only implied and whose monthly level is many times the pair's anywhere in the article is
 * the country's total.
 */
function totalsByScale(article: Article, figures: Figure[], featuresOf: Map<string, string[]>, explain?: AmountExplanation[]): Figure[] {
  const levels = new Map<string, number>();
  // A balance can never exceed the trade it is the difference of: one larger than the pair's
  // turnover is the country's own.
  const turnovers = new Map<string, number>();
  const months = (f: Figure) => { const [a, b] = f.period.split("/"); return b ? (Number(b.slice(0, 4)) - Number(a!.slice(0, 4))) * 12 + Number(b.slice(5)) - Number(a!.slice(5)) + 1 : 12; };
  const monthly = (f: Figure) => Math.abs(f.value) / months(f);
  const keyOf = (f: Figure) => pairKey(f, f.currency ?? "");
  const raise = (map: Map<string, number>, f: Figure) => map.set(keyOf(f), Math.max(map.get(keyOf(f)) ?? 0, monthly(f)));
  for (const f of figures) {
    if (f.kind !== "actual" || f.partner === "WLD" || f.metric === "share") continue;
    if (featuresOf.get(f.id)?.includes("parties-from=both-named")) raise(levels, f);
    if (f.metric === "turnover") raise(turnovers, f);
  }
  // "… trade between the two countries grew to $43.4 billion" names the pair, whatever its scale.
  const namesThePair = (f: Figure) => {
    const sentence = article.sentences[f.sentenceIndex];
    return sentence !== undefined && PAIR_PHRASE.test(article.body.slice(sentence.start, f.span[0]));
  };
  const beyondPair = (f: Figure) => {
    const level = levels.get(keyOf(f));
    const turnover = turnovers.get(keyOf(f));
    return (level !== undefined && monthly(f) > TOTAL_SCALE * level) || (f.metric === "balance" && turnover !== undefined && monthly(f) > turnover);
  };
  return figures.map((f) => {
    const features = featuresOf.get(f.id);
    const implied = features?.includes("parties-from=reporter-named") || features?.includes("parties-from=in-view");
    if (!implied || f.kind !== "actual" || f.partner === "WLD" || !beyondPair(f) || namesThePair(f)) return f;
    const total = { articleId: f.articleId, sentenceIndex: f.sentenceIndex, span: f.span, metric: f.metric, reporter: f.reporter, partner: "WLD", period: f.period, value: f.value, currency: f.currency, qualifier: f.qualifier, kind: f.kind };
    const id = figureId(total, article);
    featuresOf.set(id, features!.map((x) => (x.startsWith("parties-from=") ? "parties-from=scale" : x)));
    for (const note of explain ?? []) {
      if (note.figureId !== f.id) continue;
      note.figureId = id;
      if (note.decided) note.decided.parties = `${f.reporter} → WLD (${PARTIES_SOURCE_TEXT.scale})`;
    }
    return { id, ...total, confidence: f.confidence };
  });
}

/**
 * An article that states the same claim twice (the lead, then the list; a headline figure
 * repeated in the body) holds it once: the first statement is the figure, the later ones are
 * noted as restatements. Exports A→B and imports B←A are one claim.
 */
function withoutRestatements(figures: Figure[], explain?: AmountExplanation[]): Figure[] {
  const seen = new Set<string>();
  // Seen from the side first in the alphabet, both statements of one claim read the same.
  const claimOf = (f: Figure) => {
    const o = orientFigure(f, [f.reporter, f.partner].sort()[0]!);
    return `${o.metric}|${o.reporter}|${o.partner}|${o.period}|${o.currency}|${o.kind}`;
  };
  const drop = (f: Figure, why: string) => {
    for (const note of explain ?? []) if (note.figureId === f.id) [note.figureId, note.decided, note.rejected] = [undefined, undefined, why];
    return false;
  };
  const kept = figures.filter((f) => {
    const key = `${claimOf(f)}|${f.value}`;
    if (seen.has(key)) return drop(f, "the same claim as an earlier sentence's figure");
    seen.add(key);
    return true;
  });
  // "exported goods worth over $600 million" in the headline, "$687 million" in the body: the round statement is the exact one's.
  const exact = kept.filter((f) => kept.some((g) => g.sentenceIndex !== f.sentenceIndex && claimOf(g) === claimOf(f) && rounds(f, g)) ? drop(f, "a rounded statement of a figure the article gives exactly") : true);
  return exact.length === figures.length ? figures : exact;
}

/** The significant digits of a value: 687000000 → 3, 304650000000 → 5. */
const significantDigits = (value: number) => String(Math.abs(Math.round(value))).replace(/0+$/, "").length;

/** Whether `round` states `precise` rounded: "Sh305 billion" for Sh304.65 billion, "over $600 million" for $687 million ("up to" marks a bound, not a rounding). */
function rounds(round: Figure, precise: Figure): boolean {
  const digits = significantDigits(round.value);
  if (digits >= significantDigits(precise.value) || Math.sign(round.value) !== Math.sign(precise.value)) return false;
  const [r, p] = [Math.abs(round.value), Math.abs(precise.value)];
  if (round.qualifier === "more_than") return p > r && p <= 1.2 * r;
  if (round.qualifier === "almost") return p < r && p >= 0.8 * r;
  if (round.qualifier === "less_than") return false;
  const scale = 10 ** (String(Math.round(p)).length - digits);
  return Math.round(p / scale) * scale === r || (round.qualifier === "approx" && Math.abs(p - r) <= 0.1 * r);
}

/** Ids of the actual money figures that take part in a sum the article's other figures confirm. */
function agreeingFigures(figures: Figure[]): Set<string> {
  const out = new Set<string>();
  for (const { group, a, b, aOut } of opposingFlows(figures)) {
    for (const t of group.filter((f) => f.metric === "turnover" && near(f.value, a.value + b.value))) out.add(t.id).add(a.id).add(b.id);
    for (const bal of group.filter((f) => f.metric === "balance")) {
      if (near(Math.abs(bal.value), Math.abs(flowBalance(bal, a, b, aOut)))) out.add(bal.id).add(a.id).add(b.id);
    }
  }
  return out;
}

/** Exports − imports as `balance`'s reporter sees it, from two opposite flows (a's goods leave `aOut`). */
const flowBalance = (balance: Figure, a: Figure, b: Figure, aOut: string) => (balance.reporter === aOut ? a.value - b.value : b.value - a.value);

const near = (a: number, b: number) => Math.abs(a - b) <= 0.015 * Math.max(Math.abs(a), Math.abs(b));

/**
 * Each ordered pair of opposite flows (a's goods go out of `aOut`, b's the other way) among
 * the actual figures of one pair, period and currency, with that group's figures.
 */
function* opposingFlows(figures: Figure[]): Generator<{ group: Figure[]; a: Figure; b: Figure; aOut: string }> {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.kind !== "actual" || f.metric === "share") continue;
    const key = `${[f.reporter, f.partner].sort().join("-")}|${f.period}|${f.currency}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const group of groups.values()) {
    // Flows seen from one side: an import of the partner's is an export of the reporter's.
    const flows = group.filter((f) => f.metric === "exports" || f.metric === "imports");
    for (const a of flows) {
      for (const b of flows) {
        const aOut = a.metric === "exports" ? a.reporter : a.partner;
        const bOut = b.metric === "exports" ? b.reporter : b.partner;
        if (a !== b && aOut !== bOut) yield { group, a, b, aOut };
      }
    }
  }
}

/**
 * An unsigned balance takes the sign of exports − imports where the article's flows give its
 * size, else that of a signed balance of the same parties and period in another currency ("in
 * terms of rupee, the balance … remained Rs4,376,345 million" after "Pakistan's trade deficit
 * during … July-May … has reached $27.463 billion").
 */
function signedBalances(figures: Figure[], unsigned: Set<string>): Figure[] {
  if (unsigned.size === 0) return figures;
  const sign = new Map<string, number>();
  for (const { group, a, b, aOut } of opposingFlows(figures)) {
    for (const bal of group.filter((f) => unsigned.has(f.id))) {
      const seen = flowBalance(bal, a, b, aOut);
      if (near(Math.abs(bal.value), Math.abs(seen))) sign.set(bal.id, Math.sign(seen));
    }
  }
  for (const bal of figures) {
    if (!unsigned.has(bal.id) || sign.has(bal.id)) continue;
    const signed = figures.find((f) => f.metric === "balance" && !unsigned.has(f.id) && f.currency !== bal.currency && f.reporter === bal.reporter && f.partner === bal.partner && f.period === bal.period);
    if (signed) sign.set(bal.id, Math.sign(signed.value));
  }
  return figures.map((f) => (sign.get(f.id) === -1 ? { ...f, value: -Math.abs(f.value) } : f));
}

/** One amount as the extractor read it: what decided each part of its figure, or why it gave none. */
export type AmountExplanation = {
  sentenceIndex: number;
  /** The amount's offsets in the body and its text. */
  span: [number, number];
  amount: string;
  /** How the money recognizer read it. */
  money: string;
  figureId?: string;
  decided?: { metric: string; parties: string; period: string; kind: string };
  features?: string[];
  confidence?: number;
  rejected?: string;
};

const METRIC_SOURCE_TEXT: Record<MetricSource, string> = {
  "respectively": "the metrics a 'respectively' list names in order",
  "cue-before": "the trade word nearest before it in its clause",
  "label": "a label before a colon or dash",
  "cue-after": "the trade word right after it",
  "list": "the amount before it in the same list",
  "level": "the subject of the sentence it states a level of",
  "anaphor": "'it'/'the figure' referring to an earlier sentence",
  "ranking": "what the ranking or partner list ranks by",
  "route": "goods going from one country to another",
};
const PARTIES_SOURCE_TEXT: Record<PartiesSource, string> = {
  "list-owner-named": "a partner in a list whose owner the sentence names",
  "list-owner-in-view": "a partner in a list of the country the article reports on",
  "route": "the route from one country to another",
  "list": "the parties of the amount before it in the list",
  "both-named": "both named in its clause",
  "reporter-named": "the reporter named in its clause, the partner from the pair in view or the world",
  "partner-named": "the partner named in its clause, the reporter from the pair in view",
  "in-view": "the pair in view from earlier sentences",
  "scale": "the country's total: many times the trade with the partner in view",
};
const PERIOD_SOURCE_TEXT: Record<PeriodSource, string> = {
  "after-amount": "the period right after it",
  "before-in-clause": "the nearest period before it in its clause",
  "comparison-in-clause": "the only period in its clause, a point of comparison",
  "in-sentence": "the sentence's period",
  "in-force": "the period in force from earlier sentences",
  "in-force-anaphoric": "the period of the figure 'it' refers to",
  "bracket-comparison": "the year after the one it is compared with in brackets",
  "respectively": "the period in its place in a 'respectively' list of periods",
  list: "the period of the amount before it in the list",
};

/** The period after the one a bracketed comparison right after the amount names: "USD 4.7 billion (USD 6.7 billion in 2022)" → 2023. */
function yearAfterBracketComparison(text: string, amount: MoneyMention, money: MoneyMention[], periods: PeriodMention[]): PeriodValue | undefined {
  const bracket = /^\s*\(([^()]*)\)/.exec(text.slice(amount.end));
  if (!bracket) return undefined;
  const end = amount.end + bracket[0].length;
  const compared = money.some((m) => m.start > amount.end && m.end <= end && m.currency === amount.currency);
  const named = periods.find((p) => p.start > amount.end && p.end <= end && !p.by);
  return compared && named ? { ...named.value, year: named.value.year + 1 } : undefined;
}

function startExplanation(out: AmountExplanation[], sentence: Article["sentences"][number], amount: MoneyMention, body: string): AmountExplanation {
  const span: [number, number] = [sentence.start + amount.start, sentence.start + amount.end];
  const note: AmountExplanation = {
    sentenceIndex: sentence.index, span, amount: body.slice(span[0], span[1]),
    money: `${amount.value} ${amount.currency}${amount.unitFromContext ? " (unit or currency read from the amounts around it)" : ""}`,
  };
  out.push(note);
  return note;
}

/** "about 0.1% of the total foreign trade turnover": a pair's share of the reporter's trade. */
function extractShares(text: string, shares: { start: number; end: number; text: string }[], sentence: Article["sentences"][number], article: Article, ctx: Context, periods: PeriodMention[], parties: CountryMention[], figures: Figure[]) {
  let from = 0;
  for (const m of shares) {
    // "Turkiye accounted for 5.4% of Uzbekistan’s foreign trade ($1bn), and South Korea 4.1%": the
    // country named before a share, since the one before it, is its partner.
    const named = parties.filter((c) => c.start >= from && c.end <= m.start && c.code !== ctx.reporter).pop()?.code;
    from = m.end;
    const partner = named ?? ctx.partner;
    if (!ctx.reporter || !partner || partner === "WLD") continue;
    const numberStart = m.start;
    const unit = /%|percent|per\s+cent/i.exec(m.text)!;
    const numberEnd = m.start + unit.index + unit[0].length;
    const period = periods.filter((p) => p.end <= numberStart && !p.by).pop()?.value ?? ctx.period;
    if (!period) continue;
    const claim: Omit<Figure, "id" | "confidence"> = {
      articleId: article.id, sentenceIndex: sentence.index, span: [sentence.start + numberStart, sentence.start + numberEnd],
      metric: "share", reporter: ctx.reporter, partner, period: toPeriodString(period), value: Number(/[\d.]+/.exec(m.text)![0]),
      currency: null, qualifier: qualifierOf(text.slice(Math.max(0, numberStart - 30), numberStart), undefined, ""), kind: "actual",
    };
    // Shares are read only with a pair in view and are not among the money figures the model is trained on.
    figures.push({ id: figureId(claim, article), ...claim, confidence: SHARE_CONFIDENCE });
  }
}
