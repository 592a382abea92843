/** A predicted probability beside whether the prediction turned out right. */
export type Scored = { p: number; right: boolean };

export type Calibration = {
  n: number;
  /** Expected calibration error over ten equal-width bins. */
  ece: number;
  /** Figures at confidence ≥ 0.9, and the share of them that are right. */
  highN: number;
  highRight: number;
  brier: number;
  rightShare: number;
};

/** How well confidences predict rightness: ECE over ten bins, accuracy of the ≥ 0.9 bin, the Brier score. */
export function calibrationOf(scored: Scored[]): Calibration {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, right: 0 }));
  for (const s of scored) {
    const b = bins[Math.min(9, Math.floor(s.p * 10))]!;
    b.n++;
    b.p += s.p;
    b.right += s.right ? 1 : 0;
  }
  const n = Math.max(scored.length, 1);
  const ece = bins.reduce((sum, b) => sum + (b.n ? (b.n / n) * Math.abs(b.p / b.n - b.right / b.n) : 0), 0);
  const high = scored.filter((s) => s.p >= 0.9);
  const brier = scored.reduce((sum, s) => sum + (s.p - (s.right ? 1 : 0)) ** 2, 0) / n;
  return { n: scored.length, ece, highN: high.length, highRight: high.length ? high.filter((s) => s.right).length / high.length : NaN, brier, rightShare: scored.filter((s) => s.right).length / n };
}

/** One line of a calibration report. */
export function formatCalibration(name: string, c: Calibration): string {
  const high = c.highN ? `${(100 * c.highRight).toFixed(1)} % right of ${c.highN}` : "none";
  return `${name.padEnd(12)} figures ${String(c.n).padStart(4)}  right ${(100 * c.rightShare).toFixed(1).padStart(5)} %  ECE ${c.ece.toFixed(3)}  Brier ${c.brier.toFixed(3)}  confidence ≥ 0.9: ${high}`;
}
