import { useState } from 'react';
import { HTTP } from '../../shared/protocol/http.ts';
import { filenameFromDisposition, safeFilename } from '../platform/filename.ts';
import { saveFile } from '../platform/save-file.ts';
import { apiFetch } from '../sync/session.ts';
import { useUi } from '../i18n/useUi.ts';
import { DOCX_MIME } from '../standard/export/export-standard.ts';
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
      const res = await apiFetch(HTTP.exportDeliverable(workshopId, deliverable));
      if (!res.ok) return setResult({ ok: false, text: words.failed(String(res.status)) });
      const name = filenameFromDisposition(res.headers.get('content-disposition')) ?? safeFilename(`${fallbackName}.docx`);
      const outcome = await saveFile(name, new Uint8Array(await res.arrayBuffer()), DOCX_MIME);
      setResult({ ok: true, text: outcome === 'cancelled' ? t('export.cancelled') : words.done(name) });
    } catch {
      setResult({ ok: false, text: words.failed(t('export.networkError')) });
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
