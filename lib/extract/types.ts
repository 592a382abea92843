import type { CountryMention } from "@/lib/extract/countries";
import type { MoneyMention } from "@/lib/extract/money";
import type { PeriodMention, PeriodValue } from "@/lib/extract/periods";
import type { CountryCode, Kind, Metric } from "@/lib/schema";

export type TradeMetric = Exclude<Metric, "share">;

/** What the text was last talking about, carried from sentence to sentence. */
export type Context = {
  reporter?: CountryCode;
  partner?: CountryCode;
  /** The parties of the article's first actual figure: what it is about. */
  topic?: Parties;
  metric?: TradeMetric;
  /** Sentences since the metric was last named; an "it" further back refers to something else. */
  metricAge: number;
  period?: PeriodValue;
  /** The period of the last figure: what "it was", "a smaller figure" refer to. */
  lastPeriod?: PeriodValue;
  /** The sentence that figure was read in. */
  lastPeriodAt?: number;
  /** The last figure read, if it was a plan or a forecast: what an "it" right after it goes on about. */
  lastForecast?: { kind: Exclude<Kind, "actual">; period: PeriodValue };
  /** Whose partners the last sentence or this one ranks ("the highest among China's major trading partners"): the reporter of the partners named next. */
  partnersOwner?: CountryCode;
  partnersOwnerAt?: number;
  /** The sentence that last read an amount as one product's trade, which "these exports" may go on about. */
  productAt?: number;
  /** What the last ranking of partners ranked by ("largest trading partner" → turnover). */
  rankedBy?: TradeMetric;
  /**
   * The country whose trade the article reports: the reporter of its latest total (partner
   * WLD), else the country it has named most. Owns the partner lists and rankings it gives.
   */
  focus?: CountryCode;
  /** Countries this sentence names each right before a flow of its own ("Latvian imports … and Estonian imports …"): owners, compared side by side. */
  sideBySide?: ReadonlySet<CountryCode>;
  /** How often each country has been named so far (title and sentences before). */
  named: Map<CountryCode, number>;
  /** The country the whole article names most: whose totals a text cut before its name states. */
  articleFocus?: CountryCode;
  /** The reporter of the latest total-trade figure, which fixes the focus. */
  totalOf?: CountryCode;
};

export type Cue = { start: number; end: number; metric: TradeMetric; text: string };

export type Located = { start: number; end: number };

export type Parties = { reporter: CountryCode; partner: CountryCode };

/** One sentence with its share of the body-wide matches, offsets relative to the sentence. */
export type SentenceView = {
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
export type Previous = { metric: TradeMetric; kind: Kind; parties: Parties; rightCue?: Cue; deficit?: boolean; period?: PeriodValue };

/** The words around one amount that decide what it is. */
export type AmountWindow = {
  leftStart: number;
  leftEnd: number;
  rightEnd: number;
  left: string;
  right: string;
  leftCues: Cue[];
  rightCues: Cue[];
  nearestCue?: Cue;
  /**
   * Set when the amount belongs to a "respectively" run; `party` is its own country of a list
   * of countries the run matches in order ("Croatia and Greece … $337.5 million and $314.8 million").
   */
  group?: { metric: TradeMetric; party?: CountryCode; listed?: CountryCode[] };
};

/** Per amount index, its place in a "respectively" run and the clause before the run. */
export type RespectiveRuns = Map<number, NonNullable<AmountWindow["group"]> & { leftStart: number; leftEnd: number }>;

/** What an amount measures, and how that was decided. */
/** How an amount's metric was decided: the recognizer or discourse rule that named it. */
export type MetricSource = "respectively" | "cue-before" | "label" | "cue-after" | "list" | "level" | "anaphor" | "ranking" | "route";
/** How an amount's parties were decided. */
export type PartiesSource = "list-owner-named" | "list-owner-in-view" | "route" | "list" | "both-named" | "reporter-named" | "partner-named" | "in-view" | "scale";

/** Where an amount's period came from: its own sentence, or the discourse state. */
export type PeriodSource = "respectively" | "after-amount" | "before-in-clause" | "comparison-in-clause" | "in-sentence" | "in-force" | "in-force-anaphoric" | "bracket-comparison" | "list";

export type MetricReading = {
  metric: TradeMetric;
  source: MetricSource;
  /** Taken from the amount before it in a list ("$5 billion and $7 billion"). */
  inherited: boolean;
  /** Taken from an earlier sentence through "it", "the figure" … */
  anaphoric: boolean;
  /** "Turkey ($1.9 billion)", "China – $5.7bn": the partner a list names. */
  listPartner?: CountryMention;
  /** "Iraq ranked fourth with …", "followed by …". */
  ranking: boolean;
  /** The list ranks the world's traders ("the largest exporter in the world"): each its own total. */
  worldRanking?: boolean;
  /** The word earlier in the sentence whose level the amount states ("the goods deficit … to $71.7 billion"). */
  subjectCue?: Cue;
};
