import { useEffect, useState } from 'react';
import { standardIssues, type WeightIssue } from '../../../shared/rules/weights.ts';
import { useUi, type Translate } from '../../i18n/useUi.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { useExportReadiness, useStandardState, useWorkshopMeta } from '../../workshop/workshop-hooks.ts';
import { exportDeliverable, type ExportResult } from '../../workshop/export-deliverable.ts';
import { ExportIssuesDialog } from './ExportIssuesDialog.tsx';
import type { Dimension } from '../../../shared/domain/dimensions.ts';
import { useUnsavedDrafts, type UnsavedDraft } from '../grid/drafts.ts';
import type { WorkshopDoc } from '../../../shared/core/doc.ts';
import { useClient } from '../../sync/hooks.ts';

/** Where "go back and fix" takes the trainer. */
export interface ProblemPlace {
  postId: string;
  dimension: Dimension;
}

function resultText(t: Translate, result: ExportResult): string {
  if (!result.ok) {
    const reason =
      result.error.kind === 'http' ? t('export.httpError', { status: result.error.status }) : t('export.networkError');
    return t('export.failed', { reason });
  }
  if (result.outcome === 'cancelled') return t('export.cancelled');
  return t(result.outcome === 'saved' ? 'export.saved' : 'export.downloaded', { name: result.name });
}

/**
 * "Export Word": warns first if weights don't add up, then downloads (or saves) the standard as a .docx. It holds
 * two booleans of the standard, not the standard itself, so others' edits do not re-render it at every op.
 */
export function ExportButton({ onGoTo }: { onGoTo(place: ProblemPlace): void }) {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const { name } = useWorkshopMeta();
  const readiness = useExportReadiness();
  const { hasPosts } = readiness;
  const unsaved = useUnsavedDrafts(workshopId).length;
  const hasIssues = readiness.hasIssues || unsaved > 0;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);

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
      setResult(await exportDeliverable(workshopId, 'standard', `${name}-${t('export.fileBase')}`));
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
        disabled={busy || !hasPosts}
        aria-busy={busy}
        onClick={() => (hasIssues ? setAsking(true) : void run())}
      >
        <span aria-hidden="true">⤓ </span>
        {busy ? t('export.busy') : t('export.button')}
      </button>
      {asking ? (
        <ExportCheck onExport={() => void run()} onClose={() => setAsking(false)} onGoTo={onGoTo} />
      ) : null}
    </div>
  );
}

interface CheckProps {
  onExport(): void;
  onClose(): void;
  onGoTo(place: ProblemPlace): void;
}

/** The issues dialog, reading the whole standard only while it is open. */
function ExportCheck({ onExport, onClose, onGoTo }: CheckProps) {
  const workshopId = useWorkshopId();
  const client = useClient();
  const state = useStandardState();
  const drafts = useUnsavedDrafts(workshopId);
  const issues = standardIssues(state.posts, state.indicators);
  const goBack = (): void => {
    const place = firstProblem(client.docView(workshopId), drafts) ?? placeOfIssue(issues[0]);
    if (place) onGoTo(place);
  };
  return (
    <ExportIssuesDialog issues={issues} posts={state.posts} unsaved={drafts.length} onExport={onExport} onClose={onClose} onGoBack={goBack} />
  );
}

/** An unsaved draft comes first: what the screen shows there is not what would be exported. */
function firstProblem(doc: WorkshopDoc | null, drafts: readonly UnsavedDraft[]): ProblemPlace | null {
  for (const draft of drafts) {
    const indicator = doc?.indicators[draft.key.split(':')[0]!];
    if (indicator) return { postId: indicator.postId, dimension: indicator.dimension };
  }
  return null;
}

function placeOfIssue(issue: WeightIssue | undefined): ProblemPlace | null {
  if (!issue) return null;
  return { postId: issue.postId, dimension: 'dimension' in issue ? issue.dimension : 'tangibles' };
}
