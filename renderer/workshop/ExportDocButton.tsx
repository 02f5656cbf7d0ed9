import { useState } from 'react';
import { useUi } from '../i18n/useUi.ts';
import { exportDeliverable } from './export-deliverable.ts';
import { useWorkshopId } from './WorkshopContext.tsx';

interface Props {
  deliverable: string;
  fallbackName: string;
  /** Translated words: button, busy, done ({{name}}), failed ({{status}}). */
  words: { button: string; busy: string; done: (name: string) => string; failed: (status: string) => string };
}

/** Downloads (or saves, in the desktop shell) one deliverable's Word file from the host. */
export function ExportDocButton({ deliverable, fallbackName, words }: Props) {
  const workshopId = useWorkshopId();
  const { t } = useUi();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async () => {
    setBusy(true);
    setResult(null);
    try {
      const r = await exportDeliverable(workshopId, deliverable, fallbackName);
      if (!r.ok) {
        setResult({ ok: false, text: words.failed(r.error.kind === 'http' ? String(r.error.status) : t('export.networkError')) });
      } else setResult({ ok: true, text: r.outcome === 'cancelled' ? t('export.cancelled') : words.done(r.name) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export">
      <p className={result && !result.ok ? 'export-result export-error' : 'export-result'} role="status">
        {result?.text}
      </p>
      <button type="button" className="btn btn-primary" disabled={busy} aria-busy={busy} onClick={() => void run()}>
        <span aria-hidden="true">⤓ </span>
        {busy ? words.busy : words.button}
      </button>
    </div>
  );
}
