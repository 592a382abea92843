"use client";

/**
 * The "Log scale" tick box of a chart, shown only where the values suit one (logScaleSuits).
 * Props: `checked`, `onChange(checked)`, `className` (its place in the toolbar).
 */
export function LogScaleToggle({ checked, onChange, className = "" }: { checked: boolean; onChange: (checked: boolean) => void; className?: string }) {
  return (
    <label className={`inline-flex items-center gap-1.5 ${className}`}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="h-4 w-4 accent-[var(--color-accent)]" />
      Log scale
    </label>
  );
}
