import { useState } from 'react';
import { keyBetween } from '../../shared/core/order.ts';
import { StageFields } from '../../shared/deliverables/journey/schemas.ts';
import type { JourneyView } from '../../shared/deliverables/journey/view.ts';
import { newId } from '../../shared/domain/ids.ts';
import type { SubOp } from '../../shared/protocol/ops.ts';
import { CommitField } from '../components/CommitField.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { schemaValidator } from '../components/validate.ts';
import { useUi } from '../i18n/useUi.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';

/** The journey's stages in a row: rename each, move it left or right, remove it (after asking), or add one at the end. */
export function StageBar({ view, edit }: { view: JourneyView; edit(...ops: SubOp[]): void }) {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const [removing, setRemoving] = useState<string | null>(null);
  const stages = view.stages.map((s) => s.stage);
  const move = (i: number, by: -1 | 1) => {
    // Between the neighbours on the far side: one key changes, the others keep theirs.
    const [a, b] = by < 0 ? [stages[i - 2]?.order ?? null, stages[i - 1].order] : [stages[i + 1].order, stages[i + 2]?.order ?? null];
    edit({ type: 'stage.move', payload: { workshopId, stageId: stages[i].id, order: keyBetween(a, b) } });
  };
  const target = view.stages.find((s) => s.stage.id === removing);

  return (
    <div className="stage-bar">
      <ol className="stage-list">
        {stages.map((s, i) => (
          <li key={s.id} className="stage-item">
            <CommitField
              key={`${s.id}-name`}
              label={t('journey.stageName')}
              hideLabel
              value={s.name}
              validate={schemaValidator(t, StageFields.shape.name)}
              onCommit={(name) => edit({ type: 'stage.update', payload: { workshopId, stageId: s.id, patch: { name: name.trim() } } })}
              editing={{ entityId: s.id, field: 'name' }}
            />
            <button type="button" className="btn btn-small btn-icon" aria-label={`${t('journey.stageLeft')}: ${s.name}`} disabled={i === 0} onClick={() => move(i, -1)}>
              ◀
            </button>
            <button type="button" className="btn btn-small btn-icon" aria-label={`${t('journey.stageRight')}: ${s.name}`} disabled={i === stages.length - 1} onClick={() => move(i, 1)}>
              ▶
            </button>
            <button type="button" className="btn btn-small btn-icon" aria-label={`${t('journey.removeStage')}: ${s.name}`} onClick={() => setRemoving(s.id)}>
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="btn"
        onClick={() =>
          edit({
            type: 'stage.add',
            payload: { workshopId, artifactId: view.artifactId, stageId: newId(), fields: { name: t('journey.newStage') }, order: keyBetween(stages.at(-1)?.order ?? null, null) },
          })
        }
      >
        <span aria-hidden="true">＋ </span>
        {t('journey.addStage')}
      </button>
      {target ? (
        <ConfirmDialog
          title={t('journey.removeStage')}
          message={t('journey.removeStageConfirm', { name: target.stage.name, count: target.cards.length })}
          confirmLabel={t('journey.removeStage')}
          onConfirm={() => edit({ type: 'stage.remove', payload: { workshopId, stageId: target.stage.id } })}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </div>
  );
}
