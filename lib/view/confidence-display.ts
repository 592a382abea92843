import type { Figure } from "@/lib/schema";

/** The extractor confidence from which a figure is shown as a fact; below it, as unconfirmed. */
export const CONFIRMED_CONFIDENCE = 0.8;

/** True when no editor has reviewed the figure and its confidence is below CONFIRMED_CONFIDENCE (the threshold itself confirms). */
export function isUnconfirmed(figure: Pick<Figure, "confidence"> & { review?: unknown }): boolean {
  return !figure.review && figure.confidence < CONFIRMED_CONFIDENCE;
}

/**
 * A confidence with two decimals, rounded down (0.799 → "0.79", 1 → "1.00"), so an unconfirmed
 * figure never reads as if it had reached the threshold.
 */
export function formatConfidence(confidence: number): string {
  // The epsilon keeps 0.29 (28.999… × 100 in floating point) at "0.29".
  return (Math.floor(confidence * 100 + 1e-9) / 100).toFixed(2);
}

/** The status people read beside a figure: "unconfirmed — extractor confidence 0.62" or "confirmed — …". */
export function describeConfidence(figure: Pick<Figure, "confidence">): string {
  return `${isUnconfirmed(figure) ? "unconfirmed" : "confirmed"} — extractor confidence ${formatConfidence(figure.confidence)}`;
}

/** The legend entry of unconfirmed points: "unconfirmed (confidence < 0.8)". */
export const UNCONFIRMED_LEGEND = `unconfirmed (confidence < ${CONFIRMED_CONFIDENCE})`;
