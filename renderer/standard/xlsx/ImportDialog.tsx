import { useId } from 'react';
import { XLSX_LIMITS } from '../../../shared/deliverables/standard/xlsx/layout.ts';
import type { ImportPreview, ImportProblem, ImportRefusal, ImportSummary } from '../../../shared/deliverables/standard/xlsx/problems.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { useUi, type Translate } from '../../i18n/useUi.ts';

export type ImportOutcome = { kind: 'preview'; preview: ImportPreview } | { kind: 'refused'; refusal: ImportRefusal };

interface Props {
  file: string;
  outcome: ImportOutcome;
  onApply(): void;
  onClose(): void;
}

const SUMMARY_KEYS: readonly (keyof ImportSummary)[] = ['postsAdded', 'postsChanged', 'indicatorsAdded', 'indicatorsChanged', 'indicatorsRemoved'];

function problemText(t: Translate, p: ImportProblem): string {
  const where = !p.sheet ? t('standardXlsx.wholeFile') : t(p.column ? 'standardXlsx.atCell' : 'standardXlsx.at', { sheet: p.sheet, row: p.row, column: p.column });
  return `${where}: ${t(`standardXlsx.problem.${p.code}`, { limit: p.limit })}`;
}

export const refusalText = (t: Translate, refusal: ImportRefusal): string =>
  t(`standardXlsx.refused.${refusal}`, {
    mb: XLSX_LIMITS.fileBytes / 1024 / 1024,
    limit: refusal === 'tooManySheets' ? XLSX_LIMITS.sheets : XLSX_LIMITS.rowsPerSheet,
  });

/**
 * What importing a workbook would do, before anything happens: the changes and "Import", or every problem by sheet
 * and row (nothing can be applied then), or why the whole file was refused.
 */
export function ImportDialog({ file, outcome, onApply, onClose }: Props) {
  const { t } = useUi();
  const introId = useId();
  if (outcome.kind === 'refused') {
    return (
      <Dialog title={t('standardXlsx.refusedTitle')} onClose={onClose} describedBy={introId}>
        <p id={introId} className="dialog-message" role="alert">
          {refusalText(t, outcome.refusal)}
        </p>
        <div className="dialog-actions">
          <button type="button" className="btn btn-primary" data-autofocus onClick={onClose}>
            {t('standardXlsx.close')}
          </button>
        </div>
      </Dialog>
    );
  }
  const { preview } = outcome;
  if (!preview.ok) {
    return (
      <Dialog title={t('standardXlsx.problemsTitle', { file })} onClose={onClose} describedBy={introId} wide>
        <p id={introId} className="dialog-message">
          {t('standardXlsx.problemsIntro', { count: preview.problems.length })}
        </p>
        <ul className="issues-list issues-list-dialog">
          {preview.problems.map((p, i) => (
            <li key={i}>
              <span aria-hidden="true">⚠ </span>
              {problemText(t, p)}
            </li>
          ))}
        </ul>
        <div className="dialog-actions">
          <button type="button" className="btn btn-primary" data-autofocus onClick={onClose}>
            {t('standardXlsx.close')}
          </button>
        </div>
      </Dialog>
    );
  }
  const changes = SUMMARY_KEYS.filter((k) => preview.summary[k] > 0);
  return (
    <Dialog title={t('standardXlsx.previewTitle', { file })} onClose={onClose} describedBy={introId} wide>
      <p id={introId} className="dialog-message">
        {preview.ops.length ? t('standardXlsx.previewIntro') : t('standardXlsx.nothingToChange')}
      </p>
      {changes.length ? (
        <ul className="issues-list issues-list-dialog">
          {changes.map((k) => (
            <li key={k}>{t(`standardXlsx.summary.${k}`, { count: preview.summary[k] })}</li>
          ))}
        </ul>
      ) : null}
      <div className="dialog-actions">
        {preview.ops.length ? (
          <button type="button" className="btn btn-primary" data-autofocus onClick={onApply}>
            {t('standardXlsx.apply')}
          </button>
        ) : null}
        <button type="button" className="btn" onClick={onClose}>
          {preview.ops.length ? t('standardXlsx.cancel') : t('standardXlsx.close')}
        </button>
      </div>
    </Dialog>
  );
}
