import { useState } from 'react';
import { HTTP } from '../../../shared/protocol/http.ts';
import { useUi } from '../../i18n/useUi.ts';
import { filenameFromDisposition, safeFilename } from '../../platform/filename.ts';
import { saveFile } from '../../platform/save-file.ts';
import { DOCX_MIME } from '../../standard/export/export-standard.ts';
import { apiFetch } from '../../sync/session.ts';
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
      const response = await apiFetch(HTTP.exportDeliverable(workshopId, 'playbook', artifactId));
      if (!response.ok) {
        setMessage({ text: t('export.failed', { reason: t('export.httpError', { status: response.status }) }), error: true });
        return;
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      const name = filenameFromDisposition(response.headers.get('content-disposition')) ?? safeFilename(`${t('playbook.defaultTitle')}.docx`);
      const outcome = await saveFile(name, bytes, DOCX_MIME);
      setMessage({ text: outcome === 'cancelled' ? t('export.cancelled') : t(outcome === 'saved' ? 'export.saved' : 'export.downloaded', { name }), error: false });
    } catch {
      setMessage({ text: t('export.failed', { reason: t('export.networkError') }), error: true });
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
