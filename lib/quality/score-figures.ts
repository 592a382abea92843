/**
 * Scores extracted figures against gold figures the way the annotated sets' own scorer does:
 * a match needs metric, both countries and direction, period, currency and value within
 * 0.5 %; exports A→B equals imports B←A; a balance seen from the other side flips sign.
 */
export type GoldFigure = { metric: string; reporter: string; partner: string; period: string | null; value: number; currency?: string; qualifier?: string; quote?: string };
export type GoldArticle = { file: string; figures: GoldFigure[]; targets?: GoldFigure[] };
export type ScoredFigure = { metric: string; reporter: string; partner: string; period: string; value: number; currency: string | null; qualifier: string; kind: string };

const MONEY = new Set(["turnover", "exports", "imports", "balance"]);

function canon(f: { metric: string; reporter: string; partner: string; period: string | null; value: number; currency?: string | null }) {
  const [r, p] = [f.reporter.toUpperCase(), f.partner.toUpperCase()];
  let key: string;
  let v = Number(f.value);
  if (f.metric === "turnover") key = `turnover:${[r, p].sort().join(":")}`;
  else if (f.metric === "exports") key = `flow:${r}>${p}`;
  else if (f.metric === "imports") key = `flow:${p}>${r}`;
  else if (f.metric === "balance") {
    const [a] = [r, p].sort();
    key = `balance:${[r, p].sort().join(":")}`;
    if (r !== a) v = -v;
  } else return null;
  return { key: `${key}|${f.period}|${(f.currency ?? "USD").toUpperCase()}`, v };
}

/** Whether two values are the same figure's: within 0.5 % of the second. */
export const sameValue = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(b), 1);

export function scoreFigures(gold: GoldArticle[], predicted: Map<string, ScoredFigure[]>) {
  let tp = 0, fp = 0, fn = 0, targetLeaks = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const preds = (predicted.get(g.file) ?? []).filter((f) => MONEY.has(f.metric));
    const actual = preds.filter((f) => f.kind === "actual").map(canon).filter((c) => c !== null);
    const goldActual = g.figures.map(canon).filter((c) => c !== null);
    const goldTargets = (g.targets ?? []).map(canon).filter((c) => c !== null);
    const used = new Set<number>();
    for (const gf of goldActual) {
      const i = actual.findIndex((p, j) => !used.has(j) && p.key === gf.key && sameValue(p.v, gf.v));
      if (i >= 0) {
        used.add(i);
        tp++;
      } else {
        fn++;
        misses.push(`miss  ${g.file} ${gf.key} ${gf.v}`);
      }
    }
    actual.forEach((p, j) => {
      if (used.has(j)) return;
      fp++;
      if (goldTargets.some((t) => sameValue(t.v, p.v))) targetLeaks++;
      misses.push(`extra ${g.file} ${p.key} ${p.v}`);
    });
  }
  return { precision: tp / Math.max(tp + fp, 1), recall: tp / Math.max(tp + fn, 1), tp, fp, fn, targetLeaks, misses };
}

/**
 * Which of one article's predicted figures a gold figure confirms, in the predictions' order:
 * an actual money figure is right when it matches an unused gold figure, a target or forecast
 * when it matches a gold target (same rules as `scoreFigures`). Shares are never judged (null).
 */
export function judgeFigures(gold: GoldArticle, predicted: ScoredFigure[]): (boolean | null)[] {
  const goldActual = gold.figures.map(canon).filter((c) => c !== null);
  const goldTargets = (gold.targets ?? []).map(canon).filter((c) => c !== null);
  const used = new Set<number>();
  return predicted.map((f) => {
    const c = MONEY.has(f.metric) ? canon(f) : null;
    if (!c) return null;
    const pool = f.kind === "actual" ? goldActual : goldTargets;
    const i = pool.findIndex((g, j) => !(f.kind === "actual" && used.has(j)) && g.key === c.key && sameValue(c.v, g.v));
    if (i >= 0 && f.kind === "actual") used.add(i);
    return i >= 0;
  });
}

/** The predicted figures a gold article can judge (money figures), each with its verdict. */
export function judgedFigures<T extends ScoredFigure>(gold: GoldArticle, predicted: T[]): { figure: T; right: boolean }[] {
  const verdicts = judgeFigures(gold, predicted);
  return predicted.flatMap((figure, i) => (verdicts[i] === null ? [] : [{ figure, right: verdicts[i]! }]));
}
