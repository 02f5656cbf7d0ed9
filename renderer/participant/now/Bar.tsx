/** A labelled horizontal bar: the number is written out, the bar only repeats it for the eye. */
export function Bar({ label, value, max, text, tone }: { label: string; value: number; max: number; text: string; tone?: 'good' | 'bad' }) {
  const width = max > 0 ? Math.max(0, Math.min(100, (Math.abs(value) / max) * 100)) : 0;
  return (
    <div className="p-bar">
      <span className="p-bar-label">{label}</span>
      <span className="p-bar-track" aria-hidden="true">
        <span className={`p-bar-fill${tone ? ` p-bar-${tone}` : ''}`} style={{ width: `${width}%` }} />
      </span>
      <span className="p-bar-value">{text}</span>
    </div>
  );
}
