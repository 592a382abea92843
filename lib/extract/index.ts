import { findCountryMentions, type CountryMention } from "@/lib/extract/countries";
import { findMoneyMentions, type MoneyMention } from "@/lib/extract/money";
import { comparePeriods, toPeriodString, resolvePeriods, scanPeriods, type PeriodMention, type PeriodValue, type RawPeriod } from "@/lib/extract/periods";
import { figureId } from "@/lib/figure-id";
import { foldAccents } from "@/lib/extract/fold";
import { matchesIn, type Ranges } from "@/lib/extract/scan";
import type { Article, CountryCode, Figure, Kind, Metric, Qualifier } from "@/lib/schema";

type TradeMetric = Exclude<Metric, "share">;

/** What the text was last talking about, carried from sentence to sentence. */
type Context = {
  reporter?: CountryCode;
  partner?: CountryCode;
  metric?: TradeMetric;
  /** Sentences since the metric was last named; an "it" further back refers to something else. */
  metricAge: number;
  period?: PeriodValue;
  /** The period of the last figure: what "it was", "a smaller figure" refer to. */
  lastPeriod?: PeriodValue;
  /** What the last ranking of partners ranked by ("largest trading partner" → turnover). */
  rankedBy?: TradeMetric;
  /**
   * The country whose trade the article reports: the reporter of its latest total (partner
   * WLD), else the country it has named most. Owns the partner lists and rankings it gives.
   */
  focus?: CountryCode;
  /** How often each country has been named so far (title and sentences before). */
  named: Map<CountryCode, number>;
  /** The reporter of the latest total-trade figure, which fixes the focus. */
  totalOf?: CountryCode;
};

/**
 * Words that make an amount trade, one named group per metric. At any position the groups are
 * tried in order, so "trade balance" is a balance and "trade turnover" one turnover cue.
 */
const METRIC_CUE = new RegExp(
  [
    String.raw`(?<balance>\b(?:(?:surplus(?:es)?|deficits?|(?:trade\s+)?balance)(?:\s+(?:in|of)\s+(?:its\s+|the\s+)?(?:foreign\s+|mutual\s+|bilateral\s+)?trade)?|trade\s+gap|in\s+\S+?\s+favou?r)\b)`,
    String.raw`(?<exports>\b(?:destinations?|exports?|exported|exporting|exporters?|sold|sales\s+(?:of\s+\S+\s+goods\s+)?to|sells?|supplied|supplies|supply|shipments?|shipped|deliveries|delivered|outbound)\b)`,
    String.raw`(?<imports>\b(?:imports?|imported|importing|importers?|buyers?|customers?|bought|buys?|purchased|purchases?|inbound|entered|brought\s+(?:in|into))\b)`,
    String.raw`(?<turnover>\b(?:trade|traded|trading|turnover|commerce|(?:trading|trade|largest|biggest|main|top|key)\s+partners?|partners?)\b)`,
  ].join("|"),
  "gi",
);

/** Money that is not trade: when one of these is nearer the amount than any trade word, skip it. */
const NON_TRADE = /\b(?:invest\w*|FDI|loans?|lend\w*|credits?|credit\s+lines?|grants?|granted|aid|assistance|contracts?|deals?|agreements?|signed|projects?|portfolio|GDP|gross\s+domestic|budgets?|revenues?|profits?|funds?|funding|financing|capital|debts?|bonds?|reserves|remittances|touris\w*|transit|cargo|freight|prices?|costs?|cost|valuation|stake|acquisition|salar\w*|wages?|pensions?|spending|spent|damage|compensation|fines?|subsid\w*|tariffs?|duties|payments?|paid|pay|reconstruction|market\s+capitali[sz]ation|worth\s+of\s+(?:investment|projects)|military|weapons|arms|smuggl\w*|seiz\w*|confiscat\w*|plants?|factory|factories|assets|shares|property|properties|company|guarantees?|bank|programmes?|programs?)\b/gi;
/** "Gold exports made up $2.9 billion": one commodity's trade, not the pair's. */
const COMMODITY = String.raw`(?:gold|silver|platinum|diamonds|jewell?e?ry|oil|crude|petroleum|diesel|gasoline|kerosene|gas|LNG|LPG|coal|uranium|electricity|energy|grain|wheat|corn|maize|barley|rice|flour|sugar|tea|coffee|cocoa|fruits?|vegetables|nuts|hazelnuts|cashews?|sesame|soybeans?|sunflower|oilseeds?|canola|cotton|rubber|timber|wood|paper|steel|iron|ore|copper|alumini?um|metals?|cement|glass|chemicals|plastics|fertili[sz]ers?|potash|urea|pharmaceuticals|medicines|machinery|equipment|electronics|cars?|vehicles?|automobiles|trucks|aircraft|drones?|arms|weapons|textiles?|garments|clothing|footwear|furniture|tobacco|wine|beer|spirits|food|agri(?:cultural|-food)?|dairy|milk|cheese|butter|meat|pork|beef|poultry|fish|seafood|services|tourism)`;
const COMMODITY_TRADE = new RegExp(String.raw`\b${COMMODITY}\s+(?:exports?|imports?|sales|supplies|deliveries|shipments|purchases)\b|\bre-exports?\b|\bnon-oil\s+(?:trade|turnover|exports?|imports?)\b|\b(?:exports?|imports?|sales|supplies|deliveries|shipments)\s+of\s+${COMMODITY}\b`, "i");
/** "The automotive sector was the largest exporting industry, with sales abroad of …": one sector's trade. */
const SECTOR = /\b(?:sector|industry|industries)\b/i;
/** "imports of drone components": a lower-case noun after "of" is a product; "exports of Azerbaijani products" is not. */
const PRODUCT_TRADE = /\b(?:[Ee]xports?|[Ii]mports?|[Ss]ales|[Ss]uppl(?:y|ies)|[Dd]eliver(?:y|ies)|[Ss]hipments?)\s+of\s+(?!(?:goods|products|merchandise|commodities|the|its|all|their)\b)[a-z]/;
/** "C$2.9 billion of Canadian canola oil": one product's trade, not the pair's. */
const OF_PRODUCT = /^\s*\)?\s*(?:\([^)]*\)\s*)?(?:worth\s+)?of\s+(?:[A-Z][\w-]*\s+)*(?!(?:goods|products|merchandise|commodities|exports|imports|trade|bilateral|mutual|total|the|its|their|all|that|this|these|those|which)\b)[a-z]/;
/** "Astrakhan region", "Minsk Oblast": a region's trade is not its country's. */
const REGION = /\b[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Kk]rai|[Gg]overnorate|[Pp]refecture)\b/;
/** Groups of countries that have no code here: their trade is no pair's. */
const BLOC = /\b(?:Central\s+Asian\s+(?:countries|states|republics|nations)|EAEU|EAEC|Eurasian\s+Economic\s+Union|CIS|Commonwealth\s+of\s+Independent\s+States|ASEAN|SCO|BRICS|GCC|Gulf\s+Cooperation\s+Council|Mercosur|OPEC\+?|African\s+Union|Arab\s+League)\b/;
/** "1 million bottles of wine … worth $15.8 million": a quantity of one product. */
const QUANTITY_OF = /\b(?:tonnes|tons|bottles|barrels|units|head|litres|liters|cubic\s+met(?:re|er)s|kWh|MWh|bcm|vehicles|cars|trucks)\s+of\b/i;
/** "a program to support exporters worth 150 million lei": support, not trade. */
const SUPPORT_FOR_TRADE = /\b(?:program(?:me)?s?|schemes?|support|subsid\w*|grants?|funds?)\b[^,;]{0,40}\b(?:exporters|importers)\b/i;
/** "Gold accounted for $5.4 billion of the country's exports": a commodity as the subject. */
const COMMODITY_SUBJECT = new RegExp(String.raw`^\s*(?:the\s+)?${COMMODITY}\b|\b${COMMODITY}\s+(?:worth|valued\s+at|totall?ing|of)\s*$`, "i");
/** What stands between a listed partner and its amount: "Turkey ($1.9bn)", "China – $5.7bn", "the UK with $17.1bn", "Latvia third (€1.4bn)". */
const LIST_GAP = /^\s*(?:(?:came|ranked|ranks|ranking|placed|was|is|stood)?\s*(?:in\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s*(?:place|position)?\s*)?(?:\(|[–—-]|:|with|at)\s*(?:about\s+|around\s+|some\s+|over\s+|nearly\s+|almost\s+)?$/i;
/** A sentence that ranks partners: "X came second", "X ranked fourth", "X remained the largest …", "followed by". */
const RANKING = /\b(?:(?:in\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+place\b|(?:came|ranked|ranks|ranking|remained|remains|was|is|were|are|became|stood)\s+(?:the\s+|as\s+(?:the\s+)?)?(?:[\w’'-]+\s+){0,2}?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|largest|biggest|main|top|leading|principal)\b|followed\s+by|\b(?:largest|biggest|main|top|leading|principal)\s+(?:[\w’'-]+\s+){0,4}?(?:were|was|are|is|included)\b)/i;
const PER_UNIT = /^\s*(?:per|a|an)\s+(?:barrel|tonne|ton|metric\s+ton|cubic|thousand\s+cubic|kilogram|kg|head|unit|square|month|day|hour|share|person|capita)\b/i;
const CHANGE_BEFORE = /\d\s*(?:%|percent|per\s+cent),?\s+or\s+$|\b(?:by|(?<!\b(?:made|make|makes|making|add|adds|added)\s)up|down|increase\s+of|decrease\s+of|rise\s+of|growth\s+of|drop\s+of|decline\s+of|fall\s+of|jump\s+of|gain\s+of|increased|decreased|rose|fell|grew|dropped|declined|added|lost|widened|narrowed)\s+(?:by\s+)?(?:some\s+|about\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+)?$/i;

/** "$34.2 million, or 15.4 percent, more than in 2023": a change, not a level. */
const CHANGE_AFTER = /^\s*(?:,?\s*or\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)\s*)?,?\s*(?:more|less|higher|lower)\s+than\s+(?:in|on|during|over|for|the\s+same|a\s+year|last|that|its|previous)\b/i;
const TARGET = /\b(?:tasks?|take\s+.{0,60}\bto|aims?|aimed|aiming|target(?:s|ed)?|goals?|plans?|planned|planning|intends?|intended|wants?|wanted|seeks?|sought|hopes?|hoped|striv\w+|ambition|objective|agreed\s+to|agree\s+to|pledged?\s+to|committed\s+to|vowed\s+to|set\s+the\s+task|tasked|to\s+(?:raise|increase|bring|boost|lift|double|triple|expand)|to\s+be\s+(?:raised|increased|brought|boosted|lifted|doubled|tripled|expanded)|(?:lifting|raising|boosting|bringing|doubling|tripling|increasing)\s+(?:\w+\s+){0,4}to)\b/i;
const FORECAST = /\b(?:can\s+reach|[Ee]xpects?|[Ee]xpected|[Ee]xpecting|[Ff]orecasts?|[Ff]orecasted|[Pp]rojected|[Pp]rojections?|[Pp]redicts?|[Pp]redicted|estimated\s+to|could|may|might|will|would|shall|[Ll]ikely|[Pp]otential|[Oo]utlook)\b/u;

const APPROX_BEFORE = /\b(?:almost|nearly|about|around|roughly|some|approximately|approx\.?|circa|ca\.|close\s+to|an?\s+estimated|estimated\s+at|or\s+so|of\s+about)\s*$/i;
const MORE_BEFORE = /\b(?:over|more\s+than|above|exceed(?:ed|ing|s)?|in\s+excess\s+of|upwards\s+of|at\s+least|top(?:ped|s)?|surpass(?:ed|ing)?|beyond|north\s+of)\s*$/i;
const LESS_BEFORE = /\b(?:under|less\s+than|below|up\s+to|not\s+more\s+than|no\s+more\s+than|at\s+most|just\s+shy\s+of)\s*$/i;

const ANAPHOR = /\b(?:it|its|this|that|the\s+(?:figure|indicator|volume|total|amount|value)|a\s+(?:smaller|larger|higher|lower|similar|bigger)\s+(?:figure|amount)|the\s+(?:two|both)\s+(?:countries|nations|states|sides|neighbou?rs)|both\s+(?:countries|sides|nations)|bilateral|mutual)\b/i;
const TOTAL_TRADE = /\b(?:total|overall|foreign|external|global|whole)\s+(?:(?:foreign|external|merchandise|goods|commodity)\s+)*(?:trade|turnover|exports|imports|sales)|\bin\s+total\b|^\s*(?:overall|altogether|in\s+all)\b|\bwith\s+(?:the\s+(?:rest\s+of\s+the\s+)?world|all\s+countries)\b/i;
const HOME_PRONOUN = /\b(?:its|the\s+country['’]s|the\s+republic['’]s|the\s+nation['’]s)\b/i;
const PARTNER_PRONOUN = /\b(?:its|their)\s+(?:neighbou?rs?|partners?)\b/i;
const SHARE = /(?<![\d.])(\d+(?:\.\d+)?)\s?(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|its\s+|\S+['’]s?\s+)?(?:total\s+|overall\s+)?(?:foreign\s+|external\s+)?trade(?:\s+turnover)?/gi;
/** Subordinate or relative clauses whose countries are not parties to the figure. */
const ASIDE = /^(?:When|While|Whereas|Although|Though|As|Since|Because|If|Before|After|Following|During|Despite|Amid|Unlike)\b[^,;]*,|,\s*(?:which|who|whose|where|before|when|since|despite|amid)\b[^,;]*,/g;
/** "imports, mostly gas delivered by pipeline, totaled …": a description whose trade words name nothing. */
const DESCRIPTION = /,\s*(?:mostly|mainly|largely|primarily|chiefly|including)\b[^,;]*,/g;
const CLAUSE_BREAK = /;|:\s|,\s+(?:while|whereas|but|and|although|though)\b|\s(?:while|whereas)\s|\s(?:and|but)\s+(?=(?:imported|exported|bought|sold|supplied|purchased)\b)/gi;

type Cue = { start: number; end: number; metric: TradeMetric; text: string };

function findAll(text: string, re: RegExp, ranges?: Ranges): { start: number; end: number; text: string }[] {
  return [...matchesIn(text, re, ranges)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

function findCues(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const m of text.matchAll(METRIC_CUE)) {
    const g = m.groups!;
    const metric = (["balance", "exports", "imports", "turnover"] as const).find((k) => g[k] !== undefined)!;
    cues.push({ start: m.index, end: m.index + m[0].length, metric, text: m[0] });
  }
  return cues;
}

type Located = { start: number; end: number };

/** The sentences holding any of `hits` (body offsets), merged into runs of adjacent sentences. */
function interestingRanges(sentences: Article["sentences"], hits: Located[]): [number, number][] {
  const starts = hits.map((h) => h.start).sort((a, b) => a - b);
  const out: [number, number][] = [];
  let h = 0;
  for (const s of sentences) {
    while (h < starts.length && starts[h]! < s.start) h++;
    if (h >= starts.length || starts[h]! >= s.end) continue;
    const last = out[out.length - 1];
    if (last && last[1] >= s.start - 2) last[1] = s.end;
    else out.push([s.start, s.end]);
  }
  return out;
}

/**
 * Splits body-wide matches (sorted by start) into one list per sentence, as copies with
 * offsets relative to the sentence. Matches that cross a sentence boundary belong to none.
 */
function bySentence<T extends Located>(items: T[], sentences: Article["sentences"]): T[][] {
  const out: T[][] = sentences.map(() => []);
  let i = 0;
  sentences.forEach((s, k) => {
    while (i < items.length && items[i]!.start < s.start) i++;
    for (; i < items.length && items[i]!.start < s.end; i++) {
      const item = items[i]!;
      if (item.end <= s.end) out[k]!.push({ ...item, start: item.start - s.start, end: item.end - s.start });
    }
  });
  return out;
}

/**
 * The year an article was written in: its date, else a dateline, else inferred from the
 * periods it reports. A whole-year figure for year Y is only published after Y ends, so an
 * undated article whose latest year appears only as a full year was written the year after.
 */
function articleYearOf(article: Article, periods: RawPeriod[]): number | undefined {
  if (article.date) return Number(article.date.slice(0, 4));
  const dateline = /\b(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+|[A-Z][a-z]+\.?\s+\d{1,2},?\s+)((?:19|20)\d\d)\b/.exec(article.body.slice(0, 300));
  if (dateline) return Number(dateline[1]);
  const stated = periods.filter((p) => p.year !== undefined && !p.by && !p.relative);
  if (stated.length === 0) return undefined;
  const latest = Math.max(...stated.map((p) => p.year!));
  return stated.some((p) => p.year === latest && !(p.from === 1 && p.to === 12)) ? latest : latest + 1;
}

/** Roles a country mention plays, read from the words just before and after it. */
function roleOf(text: string, m: CountryMention): "dest" | "origin" | "with" | "owner" | "goods" | "between" | "plain" {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  const after = text.slice(m.end, m.end + 40);
  // "China, from which imports stood at …", "Italy, with which trade reached …": the relative names the role.
  const relative = /^\s*,\s*(from|to|with)\s+which\b/i.exec(after)?.[1]?.toLowerCase();
  if (relative) return relative === "from" ? "origin" : relative === "to" ? "dest" : "with";
  // "with Vietnam's exports to India": a possessive before a trade noun owns it, whatever precedes it.
  if (m.possessive && /^\s*(?:[\w-]+\s+){0,2}?(?:exports?|imports?|trade|surplus|deficit|balance|turnover|sales|purchases|shipments|supplies)\b/i.test(after)) return "owner";
  if (/\b(?:to|into)\s+(?:the\s+)?$/i.test(before) && !/\baccording\s+to\s+$/i.test(before)) return "dest";
  if (/\bfrom\s+(?:the\s+)?$/i.test(before)) return "origin";
  // "with Latvia reporting the widest trade gap": an absolute clause, whose country is its subject.
  if (/\bwith\s+(?:the\s+)?$/i.test(before) && /^\s+(?:reporting|having|showing|posting|recording|registering|seeing|running)\b/i.test(after)) return "plain";
  if (/\b(?:with|against)\s+(?:the\s+)?$/i.test(before)) return "with";
  if (/\bbetween\s+(?:the\s+)?$/i.test(before) || (/\band\s+(?:the\s+)?$/i.test(before) && /\bbetween\b/i.test(before))) return "between";
  if (/\b(?:surplus|deficit|balance|negative|positive)\s+(?:\w+\s+){0,2}(?:for|of)\s+$/i.test(before) || /^\s*['’]s?\s+favou?r/.test(after) || /\bin\s+$/.test(before) && /^['’]s?\s+favou?r/.test(after)) return "owner";
  if (m.possessive) return "owner";
  // "Lithuanian-Polish trade", "Sino-Russian": two sides joined by a hyphen are the pair.
  if (/^[-–][A-Z]/.test(after) || /[A-Za-z][-–]$/.test(before)) return "between";
  if (m.form === "adjective") {
    if (/^\s*(?:-|–)?\s*(?:exports?|exporters?|imports?|importers?|trade|turnover|firms|companies|producers|suppliers|farmers|traders|shippers|businesses|side|statistic|customs|government|authorities|ministry|data|officials?|economy|business|sellers|buyers|manufacturers|enterprises)\b/i.test(after)) return "owner";
    if (/^\s+\w+/.test(after)) return "goods";
  }
  return "plain";
}

type Parties = { reporter: CountryCode; partner: CountryCode };

/**
 * "Chinese imports accounted for $5.36 billion" in an Uzbekistan story: a demonym before
 * "imports" names where the goods come from, unless it is the country the article reports on.
 */
function originOfImports(text: string, m: CountryMention, ctx: Context): "origin" | undefined {
  if (m.form !== "adjective" || !ctx.focus || ctx.focus === m.code) return undefined;
  return /^\s*imports\b/i.test(text.slice(m.end, m.end + 12)) ? "origin" : undefined;
}

/** Who a partner list belongs to when the sentence does not say: the article's focus country, when it is one side of the pair in view. */
function listOwner(ctx: Context, subject: CountryCode): CountryCode | undefined {
  if (ctx.focus && ctx.focus !== subject && (ctx.focus === ctx.reporter || ctx.focus === ctx.partner)) return ctx.focus;
  return ctx.reporter !== subject ? ctx.reporter : ctx.partner;
}

/** Where fiscal years do not start in April, by the country that reports them. */
const FISCAL_START: Record<string, number> = { IND: 4, JPN: 4, GBR: 4, PAK: 7, EGY: 7, AUS: 7, NZL: 7, BGD: 7, NPL: 7, USA: 10 };

/**
 * The fiscal year's first month for an article: that of the first country it names that has
 * one. Capitals are passed over: a dateline ("Kathmandu, Dec 2") names where, not whose data.
 */
function fiscalStartOf(countries: CountryMention[]): number | undefined {
  return countries.filter((c) => c.form !== "capital").map((c) => FISCAL_START[c.code]).find((m) => m !== undefined);
}

/**
 * "Exports and imports amounted to $3.2 billion and $5.1 billion, respectively": a run of
 * amounts joined by "and" or commas, next to "respectively", takes the metrics named before it
 * in order, when their numbers agree. Returns, per amount index, its metric and the clause
 * before the run (where the parties and the period are named).
 */
function respectiveMetrics(text: string, money: MoneyMention[], cues: Cue[], breaks: Located[]): Map<number, { metric: TradeMetric; leftStart: number; leftEnd: number }> {
  const out = new Map<number, { metric: TradeMetric; leftStart: number; leftEnd: number }>();
  if (!/\brespectively\b/i.test(text)) return out;
  for (let first = 0; first < money.length; ) {
    let last = first;
    while (last + 1 < money.length && /^\s*(?:,|and|,\s*and)\s*$/i.test(text.slice(money[last]!.end, money[last + 1]!.start))) last++;
    const runStart = money[first]!.start;
    const near = /\brespectively\b/i.test(text.slice(Math.max(0, runStart - 40), runStart)) || /^[\s,]*respectively\b/i.test(text.slice(money[last]!.end, money[last]!.end + 20));
    const count = last - first + 1;
    if (near && count > 1) {
      const from = first > 0 ? money[first - 1]!.end : 0;
      const leftStart = breaks.filter((b) => b.end <= runStart && b.start >= from).pop()?.end ?? from;
      const named = cues.filter((c) => c.start >= leftStart && c.end <= runStart);
      if (named.length === count) named.forEach((c, k) => out.set(first + k, { metric: c.metric, leftStart, leftEnd: runStart }));
    }
    first = last + 1;
  }
  return out;
}

/**
 * Decides who the figure is between and from whose side, per DESIGN.md's direction rules:
 * exports are the reporter's to the partner, imports the reporter's from the partner, a
 * balance is the reporter's.
 */
function resolveParties(metric: TradeMetric, text: string, mentions: CountryMention[], ctx: Context, total: boolean, homePronoun: boolean, destination = false): Parties | undefined {
  const roles = mentions.map((m) => ({ code: m.code, role: originOfImports(text, m, ctx) ?? roleOf(text, m) }));
  const pick = (...wanted: string[]) => {
    for (const w of wanted) {
      const hit = roles.find((r) => r.role === w);
      if (hit) return hit.code;
    }
    return undefined;
  };
  const home = homePronoun ? ctx.reporter : undefined;
  const other = (code: CountryCode | undefined): CountryCode | undefined => {
    if (!code) return undefined;
    const distinct = roles.map((r) => r.code).find((c) => c !== code);
    if (distinct) return distinct;
    if (total || !ctx.reporter) return "WLD";
    // A country outside the pair in view, with no partner named ("while Lithuanian exports
    // were worth …"), is stating its own total, never a trade with a country of that pair.
    if (ctx.reporter && ctx.partner) return code === ctx.reporter ? ctx.partner : code === ctx.partner ? ctx.reporter : "WLD";
    return undefined;
  };
  let reporter: CountryCode | undefined;
  let partner: CountryCode | undefined;
  if (metric === "exports" && destination) {
    // "Romania remained the main destination for Moldovan goods": the subject is the partner.
    partner = pick("plain", "dest");
    reporter = pick("owner", "goods", "origin") ?? home;
  } else if (metric === "exports") {
    reporter = pick("owner", "origin", "plain") ?? home;
    partner = pick("dest", "with");
  } else if (metric === "imports") {
    reporter = pick("owner", "dest", "plain") ?? home;
    partner = pick("origin", "goods", "with");
  } else if (metric === "balance") {
    // The owner nearest the amount: "Lithuanian-Polish trade …, with Lithuania's deficit at …".
    reporter = roles.filter((r) => r.role === "owner").pop()?.code ?? pick("plain") ?? home;
    partner = pick("with", "dest", "between");
  } else {
    const between = roles.filter((r) => r.role === "between").map((r) => r.code);
    if (between.length >= 2) [reporter, partner] = [between[between.length - 2], between[between.length - 1]];
    else {
      reporter = pick("owner", "plain", "between", "goods", "origin") ?? home;
      partner = roles.map((r) => r.code).find((c) => c !== reporter && roles.find((r) => r.code === c)?.role !== "owner") ?? roles.map((r) => r.code).find((c) => c !== reporter);
    }
  }
  if (reporter && partner === reporter) partner = undefined;
  if (reporter && !partner) partner = other(reporter);
  if (!reporter && partner) {
    reporter = ctx.reporter && ctx.reporter !== partner ? ctx.reporter : ctx.partner !== partner ? ctx.partner : undefined;
  }
  if (!reporter && !partner && ctx.reporter && ctx.partner) [reporter, partner] = [ctx.reporter, ctx.partner];
  if (!reporter || !partner || reporter === partner) return undefined;
  return { reporter, partner };
}

function qualifierOf(before: string, money: MoneyMention | undefined, after: string): Qualifier {
  if (money?.plus || /^\s*(?:or\s+more|and\s+more|plus)\b/i.test(after)) return "more_than";
  if (/^\s*or\s+so\b/i.test(after)) return "approx";
  if (APPROX_BEFORE.test(before)) return "approx";
  if (MORE_BEFORE.test(before)) return "more_than";
  if (LESS_BEFORE.test(before)) return "less_than";
  return "exact";
}

/** Offsets of the asides in a sentence, whose countries are not parties to its figures; an aside that states an amount is no aside. */
function asideRanges(text: string, money: MoneyMention[]): [number, number][] {
  return findAll(text, ASIDE).filter((a) => !money.some((m) => m.start >= a.start && m.end <= a.end)).map((a) => [a.start, a.end]);
}

/** The period of an amount: right after it, else the nearest before it in its clause, else the sentence's. */
function periodFor(text: string, periods: PeriodMention[], money: MoneyMention, all: MoneyMention[], leftStart: number, rightEnd: number, kind: Kind): PeriodMention | undefined {
  const usable = periods.filter((p) => kind !== "actual" || !p.by);
  // "103.6 billion yuan (about 14.5 billion U.S. dollars) in 2024": the same amount converted, in
  // brackets, is transparent; the period after it belongs to both.
  const converted = /^\s*\([^()]*\)/.exec(text.slice(money.end));
  const twin = converted ? all.find((m) => m.start > money.end && m.end <= money.end + converted[0].length) : undefined;
  const end = twin ? money.end + converted![0].length : money.end;
  // A period standing right after another amount is that amount's ("a record $27.3 billion in 2021").
  const ownedByOther = (p: PeriodMention) => all.some((m) => m !== money && m !== twin && p.start >= m.end && p.start - m.end <= 12 && !/[,;]/.test(text.slice(m.end, p.start)));
  // "$8.4 billion in 2023", "EUR 1.87 billion a year earlier"; not "$158 million, 4% lower than in 2023".
  const right = usable.find((p) => p.start >= end && p.start - end <= 45 && p.start < Math.max(rightEnd, end + 1) && !/[,;\d]|\b(?:than|compared|against|versus|from)\b/.test(text.slice(end, p.start).replace(/^\)/, "")));
  if (right) return right;
  // Before it: the nearest period that is not a point of comparison ("In January-August 2025 …
  // grew compared with the same period last year, to $7.11 billion"), else the nearest.
  const left = usable.filter((p) => p.end <= money.start && p.start >= leftStart);
  const main = left.filter((p) => !p.comparison).pop() ?? left[left.length - 1];
  if (main) return main;
  return usable.find((p) => !p.by && !p.comparison && !ownedByOther(p));
}

/** One sentence with its share of the body-wide matches, offsets relative to the sentence. */
type SentenceView = {
  text: string;
  money: MoneyMention[];
  cues: Cue[];
  breaks: Located[];
  nonTrade: Located[];
  /** Countries that can be parties: not in an aside, not inside an amount. */
  parties: CountryMention[];
  /** Descriptions between commas ("mostly gas delivered by pipeline"), as offset pairs. */
  descriptions: [number, number][];
  periods: PeriodMention[];
};

/** The figure read just before in the same sentence, which a list continues. */
type Previous = { metric: TradeMetric; kind: Kind; parties: Parties; rightCue?: Cue; deficit?: boolean };

/** The words around one amount that decide what it is. */
type AmountWindow = {
  leftStart: number;
  leftEnd: number;
  rightEnd: number;
  left: string;
  right: string;
  leftCues: Cue[];
  rightCues: Cue[];
  nearestCue?: Cue;
  /** Set when the amount belongs to a "respectively" run. */
  group?: { metric: TradeMetric };
};

function windowOf(view: SentenceView, i: number, prevEnd: number, previous: Previous | undefined, respective: ReturnType<typeof respectiveMetrics>): AmountWindow {
  const { text, money, cues, breaks } = view;
  const amount = money[i]!;
  const nextStart = money[i + 1]?.start ?? text.length;
  // An amount of a "respectively" run reads the whole clause before the run.
  const group = respective.get(i);
  const leftEnd = group?.leftEnd ?? amount.start;
  // A colon or dash right before the amount labels it ("exports to Poland: $4.27 billion"): not a break.
  const leftStart = group?.leftStart ?? breaks.filter((b) => b.start >= prevEnd && b.end <= amount.start && !/^\s*[-−]?\s*$/.test(text.slice(b.end, amount.start))).pop()?.end ?? prevEnd;
  const rightEnd = Math.min(breaks.find((b) => b.start >= amount.end)?.start ?? nextStart, nextStart);
  // "€17.3 billion were exported and €19.4 billion imported": a word that named the amount before is not this one's;
  // nor does a word in an aside that the amount is not part of ("imports, mostly gas delivered by pipeline, totaled").
  const described = (c: Cue) => view.descriptions.some(([s, e]) => c.start >= s && c.end <= e && !(amount.start >= s && amount.end <= e));
  const leftCues = cues.filter((c) => c.start >= leftStart && c.end <= leftEnd && c !== previous?.rightCue && !described(c));
  // A trade word after the amount counts only right after it: "$610 mln were Georgian exports",
  // "$842.5 million was accounted for by Azerbaijani exports".
  const rightCues = cues.filter((c) => {
    const between = text.slice(amount.end, c.start);
    return c.start >= amount.end && c.start < rightEnd && !/[,;(]/.test(between) && (between.length <= 30 || /^\s*(?:was|were)\s+(?:accounted\s+for|made\s+up|represented|generated)\s+by\b/i.test(between));
  });
  return {
    leftStart, leftEnd, rightEnd, group,
    left: text.slice(leftStart, leftEnd),
    right: text.slice(amount.end, rightEnd),
    leftCues, rightCues, nearestCue: leftCues[leftCues.length - 1],
  };
}

/**
 * Money that is not a trade level: a change ("up $50 million"), a price, a superseded value,
 * a commodity's own trade, or an amount a non-trade word names more closely than a trade word
 * (investment, loans, contracts …).
 */
function isNotTradeLevel(view: SentenceView, amount: MoneyMention, w: AmountWindow): boolean {
  const { text, nonTrade } = view;
  if (PER_UNIT.test(w.right) || CHANGE_BEFORE.test(w.left.slice(-60)) || CHANGE_AFTER.test(w.right)) return true;
  // "revised to USD13.2bn from a provisional USD12.7bn": the superseded value is not a figure.
  if (/\bfrom\s+(?:a|an|the)\s+(?:provisional|preliminary|earlier|initial|previous)\s+(?:estimate\s+of\s+)?$/i.test(w.left)) return true;
  // Only what stands right after the amount qualifies it: "$2 bln in investment", "a $1 billion credit line".
  const rightWindow = w.right.slice(0, 30).split(/[,;(]|\s(?:as|after|because|while|when|which|and|but|amid|due)\s/)[0]!.length;
  const nonTradeRight = nonTrade.find((n) => n.start >= amount.end && n.end <= amount.end + rightWindow);
  if (nonTradeRight && (!w.rightCues.length || w.rightCues[0]!.start > nonTradeRight.start)) return true;
  // Which is nearer the amount: a trade word or a non-trade one?
  const nearestNonTrade = nonTrade.filter((n) => n.start >= w.leftStart && n.end <= w.leftEnd).pop();
  if (nearestNonTrade && (!w.nearestCue || nearestNonTrade.start > w.nearestCue.start)) return true;
  const aroundCue = w.nearestCue ? text.slice(Math.max(w.leftStart, w.nearestCue.start - 25), w.nearestCue.end + 25) : "";
  if (COMMODITY_TRADE.test(aroundCue) || PRODUCT_TRADE.test(aroundCue)) return true;
  if (OF_PRODUCT.test(text.slice(amount.end)) || REGION.test(text.slice(0, amount.start))) return true;
  const clauseEnd = amount.end + Math.max(0, w.right.search(/[,;]|$/));
  if (BLOC.test(text.slice(w.leftStart, clauseEnd)) || QUANTITY_OF.test(w.left) || SUPPORT_FOR_TRADE.test(w.left) || SECTOR.test(w.left)) return true;
  const rightCue = w.rightCues[0];
  return COMMODITY_SUBJECT.test(w.left) || (rightCue !== undefined && COMMODITY_TRADE.test(text.slice(Math.max(0, rightCue.start - 25), rightCue.end + 25)));
}

/** What an amount measures, and how that was decided. */
type MetricReading = {
  metric: TradeMetric;
  /** Taken from the amount before it in a list ("$5 billion and $7 billion"). */
  inherited: boolean;
  /** Taken from an earlier sentence through "it", "the figure" … */
  anaphoric: boolean;
  /** "Turkey ($1.9 billion)", "China – $5.7bn": the partner a list names. */
  listPartner?: CountryMention;
  /** "Iraq ranked fourth with …", "followed by …". */
  ranking: boolean;
};

function metricOf(view: SentenceView, amount: MoneyMention, w: AmountWindow, previous: Previous | undefined, ctx: Context): MetricReading | undefined {
  const { text, cues, parties } = view;
  // A label before a colon or dash: "Exports: $1.2 billion", "Turnover – $3.6bn".
  const label = w.leftCues.length ? undefined : cues.find((c) => c.end <= amount.start && /^\s*[:–—-]\s*[-−]?\s*$/.test(text.slice(c.end, amount.start)));
  let metric: TradeMetric | undefined = w.group?.metric ?? w.nearestCue?.metric ?? label?.metric ?? w.rightCues[0]?.metric;
  let inherited = false;
  let anaphoric = false;
  if (!metric && previous) {
    metric = previous.metric;
    inherited = true;
  } else if (!metric && ANAPHOR.test(w.left) && ctx.metric && ctx.metricAge <= 2) {
    metric = ctx.metric;
    anaphoric = true;
  }
  // "the two countries traded goods worth" and "trade turnover" outrank a nearer generic word.
  if (!w.group && metric === "turnover" && w.leftCues.some((c) => c.metric !== "turnover")) {
    const specific = w.leftCues.filter((c) => c.metric !== "turnover").pop()!;
    if (!/\b(?:trade|turnover)\b/i.test(text.slice(specific.end, amount.start))) metric = specific.metric;
  }
  const listPartner = parties.filter((c) => c.end <= amount.start && LIST_GAP.test(text.slice(c.end, amount.start))).pop();
  if (!metric && listPartner && /\bpartners?\b/i.test(text.slice(0, amount.start))) metric = "turnover";
  // "Iraq ranked fourth with $13.1 billion": a ranking continues the metric the text was ranking by.
  const ranking = RANKING.test(w.left);
  // The metric the text was ranking by: "largest trading partner" → turnover, "export destination" → exports.
  if (!metric && ranking && (listPartner || parties.some((c) => c.end <= amount.start)) && ctx.metric && ctx.metricAge <= 2) metric = ctx.rankedBy ?? ctx.metric;
  // "Türkiye ($2.2 billion) and South Korea ($1.7 billion) round out the top five": the list goes on.
  if (!metric && listPartner && ctx.metric && ctx.metricAge <= 1) metric = ctx.metric;
  // "Goods worth €97.3bn went from Germany to China": a route is a flow even without a trade word.
  const inClause = parties.filter((c) => c.start >= w.leftStart && c.end <= w.rightEnd);
  if (!metric && inClause.some((c) => roleOf(text, c) === "origin") && inClause.some((c) => roleOf(text, c) === "dest") && /\b(?:goods|products|worth)\b/i.test(w.left)) metric = "exports";
  return metric ? { metric, inherited, anaphoric, listPartner, ranking } : undefined;
}

/**
 * Who an amount is between and from whose side: a ranking or partner list, a route ("from X
 * to Y"), the amount before it in a list, or the countries of its clause and the context.
 * May also correct the metric ("the largest importers of Ukrainian products" are Ukraine's
 * export markets). Undefined when the text does not say.
 */
function partiesOf(view: SentenceView, i: number, w: AmountWindow, reading: MetricReading, previous: Previous | undefined, ctx: Context): { parties: Parties; metric: TradeMetric } | undefined {
  const { text, cues, parties } = view;
  const amount = view.money[i]!;
  let { metric } = reading;
  const { inherited, listPartner, ranking } = reading;
  // Countries after the amount belong to it only up to the next trade word ("… and imports from Lithuania").
  // … or the first comma: "Imports from Russia fell to €183 million, mostly … not covered by EU sanctions".
  const comma = w.right.replace(/^,\s*or\s+[\d.,]+\s*(?:%|percent|per\s+cent)[^,;]*,/, (m) => " ".repeat(m.length)).search(/[,;(]/);
  const partiesEnd = Math.min(w.rightEnd, comma >= 0 ? amount.end + comma : w.rightEnd, cues.find((c) => c.start >= amount.end + 1 && !w.rightCues.includes(c))?.start ?? w.rightEnd);
  // A country after the amount that owns trade of its own ("… and Estonia's exports added up to")
  // starts the next figure; it is no party to this one.
  const clauseParties = parties.filter((c) => c.start >= w.leftStart && c.end <= partiesEnd && !(c.start >= amount.end && roleOf(text, c) === "owner"));
  const leftParties = clauseParties.filter((c) => c.end <= w.leftEnd);

  // "goods worth €97.3bn went from Germany to China": the route names the flow whatever the verb.
  const origin = clauseParties.find((c) => roleOf(text, c) === "origin");
  const dest = clauseParties.find((c) => roleOf(text, c) === "dest");
  const routed = origin && dest && origin.code !== dest.code && origin.start < dest.start;
  if (routed && (inherited || metric === "turnover")) metric = "exports";

  // A partner named by its role ("from which imports stood at …") outranks the ranking's subject.
  const named = metric === "imports" ? origin : metric === "exports" ? dest : clauseParties.find((c) => roleOf(text, c) === "with");
  const subject = ranking && metric !== "balance" && !named ? (listPartner ?? leftParties.find((c) => !c.possessive && roleOf(text, c) === "plain")) : listPartner && metric === "turnover" && !inherited ? listPartner : undefined;
  if (subject) {
    // "The largest importers of Ukrainian products were Poland ($2.3 billion)": Ukraine's exports.
    if (w.leftCues.some((c) => /^(?:importers?|buyers?|customers?|markets?)$/i.test(c.text))) metric = "exports";
    else if (w.leftCues.some((c) => /^(?:exporters?|suppliers?|sources?)$/i.test(c.text))) metric = "imports";
    // "Georgia's main partners were Turkey ($1.9 billion)", "Germany remained Türkiye's largest
    // export market": the ranked country is the partner of the one whose list it is.
    const possessive = parties.filter((c) => c.end <= amount.start && c.possessive && c.code !== listPartner?.code).pop();
    const owner = (inherited ? previous?.parties.reporter : undefined) ?? possessive?.code ?? listOwner(ctx, subject.code);
    if (owner && owner !== subject.code) return { parties: { reporter: owner, partner: subject.code }, metric };
  }
  if (routed && (metric === "exports" || metric === "imports")) {
    return { parties: metric === "exports" ? { reporter: origin.code, partner: dest.code } : { reporter: dest.code, partner: origin.code }, metric };
  }
  if (inherited && previous) {
    // "… and with the EAEU countries to $4.9 billion": a partner this table does not know.
    if (!leftParties.length && /\b(?:with|to|from)\s+(?:the\s+)?[A-Z]/.test(w.left)) return undefined;
    if (listPartner && listPartner.code !== previous.parties.reporter) return { parties: { reporter: previous.parties.reporter, partner: listPartner.code }, metric };
    const relisted = leftParties.length ? resolveParties(metric, text, leftParties, { ...ctx, reporter: previous.parties.reporter, partner: previous.parties.partner }, false, true) : undefined;
    return { parties: relisted ?? previous.parties, metric };
  }
  const clause = text.slice(w.leftStart, w.rightEnd);
  const homePronoun = HOME_PRONOUN.test(clause) || clauseParties.length === 0 || PARTNER_PRONOUN.test(clause);
  // "Total trade between the two countries" is the pair's, not the world's.
  const total = TOTAL_TRADE.test(w.left) && !/\b(?:between|bilateral|mutual|two\s+countries|both\s+countries)\b/i.test(w.left);
  // With no country in its clause, an amount after the first belongs to the pair just named.
  const scope = clauseParties.length ? clauseParties : i > 0 ? [] : parties.filter((c) => c.end <= amount.start);
  const resolved = resolveParties(metric, text, scope, ctx, total, homePronoun, w.nearestCue?.text.toLowerCase().startsWith("destination") ?? false);
  return resolved ? { parties: resolved, metric } : undefined;
}

/** Actual, target or forecast: intent words before the amount, a goal or deadline right after it, a future period. */
function kindOf(view: SentenceView, amount: MoneyMention, w: AmountWindow, reading: MetricReading, previous: Previous | undefined): Kind {
  let kind: Kind = TARGET.test(w.left) ? "target" : FORECAST.test(w.left) ? "forecast" : "actual";
  // A bare list continuation ("$5 billion and $7 billion") keeps the kind of the amount before it.
  if (reading.inherited && previous && !/\p{L}{3,}/u.test(w.left.replace(/\b(?:and|or|to|from)\b/g, ""))) kind = previous.kind;
  // "$10bn over the next five years", "within three years": a horizon, not a past period.
  if (/^\s*(?:target|goal|mark|benchmark)\b|^\s*(?:over|in|within)\s+the\s+(?:next|coming)\b|^\s*within\s+(?:\w+\s+)?years\b/i.test(w.right)) kind = "target";
  // "$500 million by 2026" is a goal, whatever verb led to it.
  if (kind === "actual" && view.periods.some((p) => p.by && p.start >= amount.end && p.start - amount.end <= 30 && !/[,;]/.test(view.text.slice(amount.end, p.start)))) kind = "target";
  return kind;
}

/**
 * Finds the trade figures an article states (DESIGN.md's data model), sentence by sentence,
 * carrying the pair, metric and period a sentence leaves implicit from the sentences before it
 * ("In 2014, it totalled …"). Money that is not trade (investment, loans, contracts, prices)
 * yields nothing; goals and forecasts come out as kind target/forecast. Spans are offsets of
 * the amount's text in the body. Deterministic: ids depend only on the article and the figure.
 */
export function extractFigures(article: Article): Figure[] {
  const figures: Figure[] = [];
  const ctx: Context = { metricAge: 99, named: new Map() };
  // A headline naming exactly two countries ("Uzbekistan, Tajikistan trade up…") names the pair
  // that "the two neighbours" in the first paragraph refers to.
  const titleMentions = findCountryMentions(foldAccents(article.title));
  const inTitle = [...new Set(titleMentions.map((c) => c.code))];
  countNamed(ctx, titleMentions);
  if (inTitle.length === 2) [ctx.reporter, ctx.partner] = inTitle;

  // Each pattern runs once over the whole body; sentences then take their share.
  const body = foldAccents(article.body);
  const sentences = article.sentences;
  const bodyMoney = findMoneyMentions(body);
  const bodyCues = findCues(body);
  // Only sentences with an amount or a trade word can hold a figure or set the context: the
  // other patterns scan those alone.
  const ranges = interestingRanges(sentences, [...bodyMoney, ...bodyCues]);
  // Years next to amounts date the data; a year in a plan or a history does not date the article.
  const withAmounts = interestingRanges(sentences, bodyMoney);
  const moneyIn = bySentence(bodyMoney, sentences);
  const cuesIn = bySentence(bodyCues, sentences);
  const bodyCountries = findCountryMentions(body, ranges);
  const fiscalStart = fiscalStartOf(bodyCountries);
  const countriesIn = bySentence(bodyCountries, sentences);
  const rawPeriods = scanPeriods(body, ranges);
  const articleYear = articleYearOf(article, rawPeriods.filter((p) => withAmounts.some(([s, e]) => p.start >= s && p.start < e)));
  const periodsIn = bySentence<RawPeriod>(rawPeriods, sentences);
  const sharesIn = bySentence(findAll(body, SHARE, ranges), sentences);
  const breaksIn = bySentence(findAll(body, CLAUSE_BREAK, ranges), sentences);
  const nonTradeIn = bySentence(findAll(body, NON_TRADE, ranges), sentences);

  sentences.forEach((sentence, k) => {
    const money = moneyIn[k]!;
    const cues = cuesIn[k]!;
    ctx.metricAge++;
    // Most sentences name no amount and no trade word: nothing to find, nothing to remember.
    if (money.length === 0 && cues.length === 0 && sharesIn[k]!.length === 0) return;
    const text = body.slice(sentence.start, sentence.end);
    // What a ranking ranks by carries into the sentences that continue it ("In second place is
    // Russia with …"); a ranking sentence names it for the next ones.
    const rankedHere = rankedByOf(text, cues);
    ctx.rankedBy ??= rankedHere;
    // "trade between the two countries" before any pair is in view: the two the article has named most.
    if (!ctx.reporter && PAIR_PHRASE.test(text)) [ctx.reporter, ctx.partner] = mostNamedPair(article.title, body.slice(0, sentence.start)) ?? [];
    countNamed(ctx, countriesIn[k]!);
    const asides = asideRanges(text, money);
    const view: SentenceView = {
      text, money, cues, breaks: breaksIn[k]!, nonTrade: nonTradeIn[k]!,
      descriptions: findAll(text, DESCRIPTION).map((d) => [d.start, d.end]),
      // Not parties: countries in an aside, and those inside an amount ("1.2 billion US dollars").
      parties: countriesIn[k]!.filter((c) => !asides.some(([s, e]) => c.start >= s && c.end <= e) && !money.some((m) => c.start < m.end && c.end > m.start)),
      periods: resolvePeriods(periodsIn[k]!, { articleYear, previous: ctx.period, fiscalStart }),
    };

    let previous: Previous | undefined;
    let prevEnd = 0;
    const respective = respectiveMetrics(text, money, cues, view.breaks);
    money.forEach((amount, i) => {
      const w = windowOf(view, i, prevEnd, previous, respective);
      prevEnd = amount.end;
      if (isNotTradeLevel(view, amount, w)) return;
      const reading = metricOf(view, amount, w, previous, ctx);
      if (!reading) return;
      const found = partiesOf(view, i, w, reading, previous, ctx);
      if (!found) return;
      const { metric, parties } = found;

      let kind = kindOf(view, amount, w, reading, previous);
      const period = periodFor(text, view.periods, amount, money, w.leftStart, w.rightEnd, kind);
      const periodValue = period?.value ?? (kind !== "actual" ? undefined : reading.anaphoric ? (ctx.lastPeriod ?? ctx.period) : ctx.period);
      if (!periodValue) return;
      if (kind === "actual" && articleYear !== undefined && periodValue.year > articleYear) kind = "forecast";

      // A deficit named for the amount, or carried from the one before ("narrowed to $X from $Y").
      const deficit = /\b(?:deficits?|negative|trade\s+gap)\b/i.test(w.left + w.right.slice(0, 20)) || /[-−–]\s*$/.test(text.slice(Math.max(0, amount.start - 2), amount.start)) || (reading.inherited && previous?.deficit === true);
      const figure: Omit<Figure, "id"> = {
        articleId: article.id, sentenceIndex: sentence.index, span: [sentence.start + amount.start, sentence.start + amount.end],
        metric, ...parties, period: toPeriodString(periodValue),
        value: metric === "balance" && deficit ? -Math.abs(amount.value) : amount.value, currency: amount.currency,
        qualifier: qualifierOf(text.slice(Math.max(0, amount.start - 30), amount.start), amount, w.right), kind,
      };
      figures.push({ id: figureId(figure), ...figure });
      previous = { metric, kind, parties, rightCue: w.nearestCue ? undefined : w.rightCues[0], deficit: metric === "balance" && deficit };
      if (kind === "actual" && parties.partner === "WLD") ctx.focus = ctx.totalOf = parties.reporter;
      if (kind === "actual") {
        ctx.reporter = parties.reporter;
        ctx.partner = parties.partner;
        // Later sentences without a period of their own mean the latest one the article reports.
        if (!ctx.period || comparePeriods(periodValue, ctx.period) > 0) ctx.period = periodValue;
        ctx.lastPeriod = periodValue;
      }
      ctx.metric = metric;
      ctx.metricAge = 0;
    });

    extractShares(text, sharesIn[k]!, sentence, article, ctx, view.periods, figures);
    updateContext(cues, view.parties, view.periods, ctx, money.length > 0, TOTAL_TRADE.test(text));
    ctx.rankedBy = rankedHere ?? ctx.rankedBy;
  });
  return figures;
}

/** "about 0.1% of the total foreign trade turnover": a pair's share of the reporter's trade. */
function extractShares(text: string, shares: { start: number; end: number; text: string }[], sentence: Article["sentences"][number], article: Article, ctx: Context, periods: PeriodMention[], figures: Figure[]) {
  for (const m of shares) {
    if (!ctx.reporter || !ctx.partner || ctx.partner === "WLD") continue;
    const numberStart = m.start;
    const unit = /%|percent|per\s+cent/i.exec(m.text)!;
    const numberEnd = m.start + unit.index + unit[0].length;
    const period = periods.filter((p) => p.end <= numberStart && !p.by).pop()?.value ?? ctx.period;
    if (!period) continue;
    const figure: Omit<Figure, "id"> = {
      articleId: article.id, sentenceIndex: sentence.index, span: [sentence.start + numberStart, sentence.start + numberEnd],
      metric: "share", reporter: ctx.reporter, partner: ctx.partner, period: toPeriodString(period), value: Number(/[\d.]+/.exec(m.text)![0]),
      currency: null, qualifier: qualifierOf(text.slice(Math.max(0, numberStart - 30), numberStart), undefined, ""), kind: "actual",
    };
    figures.push({ id: figureId(figure), ...figure });
  }
}

/** Counts the countries a sentence names (not capitals: a dateline says where, not whose trade) and updates the focus. */
function countNamed(ctx: Context, mentions: CountryMention[]) {
  // A bloc is no focus: its members' lists are their own.
  for (const c of mentions) if (c.form !== "capital" && c.code !== "EU") ctx.named.set(c.code, (ctx.named.get(c.code) ?? 0) + 1);
  if (ctx.totalOf) return;
  let best: [CountryCode, number] | undefined;
  for (const entry of ctx.named) if (!best || entry[1] > best[1]) best = entry;
  ctx.focus = best?.[0];
}

const PAIR_PHRASE = /\b(?:(?:two|both)\s+(?:countries|nations|sides|states|neighbou?rs)|bilateral|mutual)\b/i;

/** The two countries named most often in a text (a headline and the paragraphs before a sentence). */
function mostNamedPair(title: string, text: string): [CountryCode, CountryCode] | undefined {
  const counts = new Map<CountryCode, number>();
  for (const c of [...findCountryMentions(title), ...findCountryMentions(text)]) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && second ? [first[0], second[0]] : undefined;
}

/** What a ranking noun ranks by: partners by turnover, markets and buyers by exports, suppliers by imports. */
function rankedByOf(text: string, cues: Cue[]): TradeMetric | undefined {
  for (const c of [...cues].reverse()) {
    if (/partners?$/i.test(c.text)) return "turnover";
    // Not "exporters"/"importers": as often the name of an association as a ranking.
    if (/^(?:markets?|destinations?|buyers?|customers?)$/i.test(c.text)) return "exports";
    if (/^(?:suppliers?|sources?)$/i.test(c.text)) return "imports";
  }
  // "The largest volume of foreign trade turnover was recorded with China": what "largest" ranks.
  const rank = RANK_WORD.exec(text);
  return rank ? cues.find((c) => c.start >= rank.index && c.start - rank.index <= 60)?.metric : undefined;
}

const RANK_WORD = /\b(?:largest|biggest|main|top|leading|principal)\b/i;

/**
 * A sentence that names a trade metric and a pair without an amount ("Belarus and Georgia
 * have modest trade turnover") sets what a following "it" refers to.
 */
function updateContext(cues: Cue[], parties: CountryMention[], periods: PeriodMention[], ctx: Context, hadMoney: boolean, total: boolean) {
  if (hadMoney || cues.length === 0) return;
  const distinct = [...new Set(parties.map((p) => p.code))];
  // "China's share in total Ukrainian imports": the pair already in view keeps its side.
  const samePair = distinct.length === 2 && distinct.includes(ctx.reporter ?? "") && distinct.includes(ctx.partner ?? "");
  if (distinct.length === 2 && !samePair && ctx.reporter && distinct.includes(ctx.reporter)) {
    // "Romania remained the main destination for Moldovan goods": the side in view stays the reporter.
    ctx.partner = distinct.find((c) => c !== ctx.reporter);
  } else if (distinct.length === 2 && !samePair) {
    ctx.reporter = distinct[0];
    ctx.partner = distinct[1];
  } else if (distinct.length === 1 && ctx.reporter && ctx.partner && !distinct.includes(ctx.reporter) && !distinct.includes(ctx.partner)) {
    ctx.partner = distinct[0];
  } else if (distinct.length === 1 && !ctx.reporter && total) {
    // "Moldova's foreign trade in January-September 2024:" introduces the country's totals.
    ctx.reporter = distinct[0];
    ctx.partner = "WLD";
  }
  ctx.metric = cues[cues.length - 1]!.metric;
  ctx.metricAge = 0;
  const main = periods.find((p) => !p.by && !p.comparison);
  if (main && (!ctx.period || comparePeriods(main.value, ctx.period) > 0)) ctx.period = main.value;
}
