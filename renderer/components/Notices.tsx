import { useEffect } from 'react';
import { reasonText } from '../../shared/i18n/reason-text.ts';
import { useUi, type Translate } from '../i18n/useUi.ts';
import { useNotices, type Notice } from '../sync/hooks.ts';

/** How long a notice stays before it leaves by itself; long enough to read aloud in class. */
const NOTICE_MS = 15_000;

export function noticeText(t: Translate, notice: Notice): string {
  const text =
    notice.kind === 'overwritten'
      ? t('notice.overwritten')
      : notice.kind === 'held'
        ? t('notice.held', { reason: notice.reason ? reasonText(t, notice.reason) : '' })
        : notice.reason
          ? t('notice.rejected', { reason: reasonText(t, notice.reason) })
          : t('notice.rejectedGeneric');
  // The same thing said again while the notice was up is counted, never dropped.
  return notice.count > 1 ? `${text} ${t('notice.repeated', { count: notice.count })}` : text;
}

/** Toasts in the bottom corner for refused and overwritten edits; each has a Close button, Esc closes the focused one. */
export function Notices() {
  const { t } = useUi();
  const { notices, dismiss } = useNotices();

  useEffect(() => {
    if (notices.length === 0) return;
    const timers = notices.map((n) => window.setTimeout(() => dismiss(n.id), Math.max(0, n.at + NOTICE_MS - Date.now())));
    return () => timers.forEach((id) => window.clearTimeout(id));
  }, [notices, dismiss]);

  return (
    <section className="notices" aria-label={t('notice.regionLabel')}>
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.kind}`}
          role={n.kind === 'overwritten' ? 'status' : 'alert'}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              dismiss(n.id);
            }
          }}
        >
          <span className="notice-icon" aria-hidden="true">
            {n.kind === 'overwritten' ? '✎' : n.kind === 'held' ? '⏸' : '⊘'}
          </span>
          <p className="notice-text">{noticeText(t, n)}</p>
          <button type="button" className="btn btn-small" onClick={() => dismiss(n.id)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
