import weights from "@/lib/extract/confidence-weights.json";
import type { MetricSource, PartiesSource, PeriodSource } from "@/lib/extract/types";
import type { Figure } from "@/lib/schema";

/** What the extractor knew when it read an amount: the rules that decided each part. */
export type ReadingEvidence = {
  metricSource: MetricSource;
  partiesSource: PartiesSource;
  periodSource: PeriodSource;
  unitFromContext: boolean;
  /** Distinct countries the sentence names. */
  countries: number;
  /** Amounts in the sentence. */
  amounts: number;
  /** The sentence names a point of comparison ("compared with", "against", "a year earlier"). */
  comparison: boolean;
};

/**
 * The named, readable features of one reading, as "name" or "name=value" strings. The
 * confidence model (scripts/train-confidence.ts) learns one weight per feature.
 */
export function readingFeatures(figure: Pick<Figure, "metric" | "partner" | "currency" | "qualifier" | "kind">, e: ReadingEvidence): string[] {
  const bucket = (n: number, edges: number[]) => String(edges.findIndex((edge) => n <= edge) === -1 ? `${edges[edges.length - 1]! + 1}+` : edges.find((edge) => n <= edge));
  return [
    `metric=${figure.metric}`,
    `metric-from=${e.metricSource}`,
    `parties-from=${e.partiesSource}`,
    `period-from=${e.periodSource}`,
    `kind=${figure.kind}`,
    // A hedge is a hedge to the model, whichever side of the amount it falls (weights fitted so).
    `qualifier=${figure.qualifier === "almost" ? "approx" : figure.qualifier}`,
    `countries=${bucket(e.countries, [0, 1, 2])}`,
    `amounts=${bucket(e.amounts, [1, 3])}`,
    ...(figure.partner === "WLD" ? ["partner=world"] : []),
    ...(figure.currency !== "USD" ? ["currency=other"] : []),
    ...(e.unitFromContext ? ["unit-from-context"] : []),
    ...(e.comparison ? ["comparison-in-sentence"] : []),
    // How the parts were read together: each pair of sources has its own weight.
    `parties×period=${e.partiesSource}×${e.periodSource}`,
    `metric×parties=${e.metricSource}×${e.partiesSource}`,
    // Everything stated in the amount's own clause: the cleanest reading there is.
    ...(STATED_METRIC.has(e.metricSource) && e.partiesSource === "both-named" && STATED_PERIOD.has(e.periodSource) ? [`all-stated amounts=${bucket(e.amounts, [1, 3])}`] : []),
  ];
}

const STATED_METRIC = new Set<MetricSource>(["respectively", "cue-before", "label", "cue-after"]);
const STATED_PERIOD = new Set<PeriodSource>(["after-amount", "before-in-clause"]);

/**
 * The reading model's weights, and how its log-odds are rescaled for copy the extractor was not
 * tuned on (`fresh`): the development sets flatter it, since its rules were written from them.
 */
export type Weights = { bias: number; weights: ReadonlyMap<string, number>; fresh?: { scale: number; offset: number } };
export type StoredModel = { bias: number; weights: Record<string, number>; fresh?: { scale: number; offset: number; sets?: string[] } };

/** A model as confidence-weights.json stores it, ready to score with. */
export function toWeights(model: StoredModel): Weights {
  return { bias: model.bias, weights: new Map(Object.entries(model.weights)), ...(model.fresh ? { fresh: { scale: model.fresh.scale, offset: model.fresh.offset } } : {}) };
}

/** The reading model's log-odds that a figure with these features is right, before any rescaling. */
export function logitOf(features: string[], model: Weights): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return z;
}

const committed = toWeights(weights);

/** A logistic model over reading features: P(the figure is right). Rounded to two decimals so output is stable. */
export function confidenceOf(features: string[], model: Weights = committed): number {
  const z = logitOf(features, model);
  const rescaled = model.fresh ? model.fresh.scale * z + model.fresh.offset : z;
  return Math.round(100 / (1 + Math.exp(-rescaled))) / 100;
}
