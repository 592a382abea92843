/** Opacity of an unconfirmed stated point's fill: paler than a confirmed point's, still visible in dark mode. */
export const UNCONFIRMED_FILL_OPACITY = 0.35;

/** The dotted ring around an unconfirmed point, in the chart and in its legend; ink-coloured, so it reads in light and dark mode. */
export function UnconfirmedRing({ cx, cy }: { cx: number; cy: number }) {
  return <circle cx={cx} cy={cy} r={9} fill="none" stroke="var(--color-ink)" strokeWidth={1.5} strokeDasharray="1.5 2" data-mark="unconfirmed" />;
}

/** The legend's sample of an unconfirmed point: a pale point in its dotted ring. */
export function UnconfirmedSample() {
  return (
    <svg width={20} height={20} viewBox="0 0 20 20" aria-hidden="true" className="shrink-0">
      <circle cx={10} cy={10} r={5} fill="var(--color-muted)" fillOpacity={UNCONFIRMED_FILL_OPACITY} stroke="var(--color-muted)" strokeWidth={2} />
      <UnconfirmedRing cx={10} cy={10} />
    </svg>
  );
}
