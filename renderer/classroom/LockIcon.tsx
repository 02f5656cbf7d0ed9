/** A padlock, closed or open, drawn rather than taken from an emoji font a projector laptop may not have. */
export function LockIcon({ locked }: { locked: boolean }) {
  return (
    <svg className="lock-icon" viewBox="0 0 16 18" aria-hidden="true" focusable="false">
      <path d={locked ? 'M4.5 8V5.5a3.5 3.5 0 0 1 7 0V8' : 'M4.5 8V5.5a3.5 3.5 0 0 1 7 0V4'} fill="none" stroke="currentColor" strokeWidth="2" />
      <rect x="2" y="8" width="12" height="9" rx="1.5" fill="currentColor" />
    </svg>
  );
}
