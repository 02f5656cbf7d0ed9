import { useEffect, useState } from 'react';
import { standardIssues } from '../../../shared/rules/weights.ts';
import { useUi, type Translate } from '../../i18n/useUi.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { useStandardState } from '../../workshop/workshop-hooks.ts';
import { exportStandard, type ExportResult } from './export-standard.ts';
import { ExportIssuesDialog } from './ExportIssuesDialog.tsx';

function resultText(t: Translate, result: ExportResult): string {
  if (!result.ok) {
    const reason =
      result.error.kind === 'http' ? t('export.httpError', { status: result.error.status }) : t('export.networkError');
    return t('export.failed', { reason });
  }
  if (result.outcome === 'cancelled') return t('export.cancelled');
  return t(result.outcome === 'saved' ? 'export.saved' : 'export.downloaded', { name: result.name });
}

/** "Export Word": warns first if weights don't add up, then downloads (or saves) the standard as a .docx. */
export function ExportButton() {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const state = useStandardState();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const issues = standardIssues(state.posts, state.indicators);

  // A success fades after a while; a failure stays until the next try.
  useEffect(() => {
    if (!result?.ok) return;
    const timer = window.setTimeout(() => setResult(null), 12_000);
    return () => window.clearTimeout(timer);
  }, [result]);

  const run = async (): Promise<void> => {
    setBusy(true);
    setResult(null);
    try {
      setResult(await exportStandard(workshopId, `${state.workshop.name}-${t('export.fileBase')}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export">
      <p className={result && !result.ok ? 'export-result export-error' : 'export-result'} role="status">
        {result ? resultText(t, result) : null}
      </p>
      <button
        type="button"
        className="btn btn-primary btn-large"
        disabled={busy || state.posts.length === 0}
        aria-busy={busy}
        onClick={() => (issues.length > 0 ? setAsking(true) : void run())}
      >
        <span aria-hidden="true">⤓ </span>
        {busy ? t('export.busy') : t('export.button')}
      </button>
      {asking ? (
        <ExportIssuesDialog issues={issues} posts={state.posts} onExport={() => void run()} onClose={() => setAsking(false)} />
      ) : null}
    </div>
  );
}
