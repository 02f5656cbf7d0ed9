import { useState } from 'react';
import { useUi } from '../../i18n/useUi.ts';
import { exportDeliverable } from '../../workshop/export-deliverable.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';

/** "Export Word" for one playbook: the host builds the file; the desktop shell saves it, a browser downloads it. */
export function PlaybookExport({ artifactId }: { artifactId: string }) {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const run = async (): Promise<void> => {
    setBusy(true);
    setMessage(null);
    try {
      const r = await exportDeliverable(workshopId, 'playbook', t('playbook.defaultTitle'), artifactId);
      if (!r.ok) {
        const reason = r.error.kind === 'http' ? t('export.httpError', { status: r.error.status }) : t('export.networkError');
        setMessage({ text: t('export.failed', { reason }), error: true });
      } else {
        const text = r.outcome === 'cancelled' ? t('export.cancelled') : t(r.outcome === 'saved' ? 'export.saved' : 'export.downloaded', { name: r.name });
        setMessage({ text, error: false });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export">
      <p className={message?.error ? 'export-result export-error' : 'export-result'} role="status">
        {message?.text ?? null}
      </p>
      <button type="button" className="btn btn-primary btn-large" disabled={busy} aria-busy={busy} onClick={() => void run()}>
        <span aria-hidden="true">⤓ </span>
        {busy ? t('playbook.exportBusy') : t('playbook.export')}
      </button>
    </div>
  );
}
