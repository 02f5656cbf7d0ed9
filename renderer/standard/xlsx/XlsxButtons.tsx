import { useRef, useState } from 'react';
import { useUi, type Translate } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { useWorkshopMeta } from '../../workshop/workshop-hooks.ts';
import { ImportDialog, type ImportOutcome } from './ImportDialog.tsx';
import { exportStandardXlsx, previewStandardXlsx, type Failure } from './xlsx-api.ts';

type Status = { text: string; error: boolean } | null;

const failureText = (t: Translate, error: Failure): string =>
  t('standardXlsx.failed', { reason: error.kind === 'http' ? t('export.httpError', { status: error.status }) : t('export.networkError') });

/** "Export Excel" and "Import Excel" for 成果1: the import is checked by the host and previewed before anything changes. */
export function XlsxButtons() {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const submit = useSubmit();
  const { name } = useWorkshopMeta();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [shown, setShown] = useState<{ file: string; outcome: ImportOutcome } | null>(null);

  const download = async (): Promise<void> => {
    setBusy('export');
    setStatus(null);
    try {
      const result = await exportStandardXlsx(workshopId, `${name}-${t('export.fileBase')}`);
      if (!result.ok) setStatus({ text: failureText(t, result.error), error: true });
      else if (result.outcome !== 'cancelled')
        setStatus({ text: t(result.outcome === 'saved' ? 'standardXlsx.saved' : 'standardXlsx.exported', { name: result.name }), error: false });
    } finally {
      setBusy(null);
    }
  };

  const check = async (file: File): Promise<void> => {
    setBusy('import');
    setStatus(null);
    try {
      const result = await previewStandardXlsx(workshopId, file);
      if (result.kind === 'failed') setStatus({ text: failureText(t, result.error), error: true });
      else setShown({ file: file.name, outcome: result });
    } finally {
      setBusy(null);
    }
  };

  const apply = (): void => {
    if (shown?.outcome.kind !== 'preview' || !shown.outcome.preview.ok) return;
    const { ops } = shown.outcome.preview;
    // One batch: the host applies every change or none, and everyone sees them arrive together.
    submit({ type: 'batch', payload: { workshopId, ops } });
    setStatus({ text: t('standardXlsx.applied', { count: ops.length }), error: false });
    setShown(null);
  };

  return (
    <div className="xlsx-actions">
      <p className={status?.error ? 'export-result export-error' : 'export-result'} role="status">
        {status?.text}
      </p>
      <button type="button" className="btn" disabled={busy !== null} aria-busy={busy === 'export'} onClick={() => void download()}>
        {busy === 'export' ? t('standardXlsx.exporting') : t('standardXlsx.export')}
      </button>
      <button type="button" className="btn" disabled={busy !== null} aria-busy={busy === 'import'} onClick={() => input.current?.click()}>
        {busy === 'import' ? t('standardXlsx.reading') : t('standardXlsx.import')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        data-testid="xlsx-file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // choosing the same file again still imports it
          if (file) void check(file);
        }}
      />
      {shown ? <ImportDialog file={shown.file} outcome={shown.outcome} onApply={apply} onClose={() => setShown(null)} /> : null}
    </div>
  );
}
