import { useState } from 'react';
import { keyBetween, sortByOrder } from '../../shared/core/order.ts';
import { MeasureFields, STRATEGY_ELEMENTS, type Measure, type StrategyElement } from '../../shared/deliverables/motStrategy/schemas.ts';
import { STRATEGY_WORDS } from '../../shared/deliverables/motStrategy/words.ts';
import { newId } from '../../shared/domain/ids.ts';
import type { SubOp } from '../../shared/protocol/ops.ts';
import { CommitField } from '../components/CommitField.tsx';
import { schemaValidator } from '../components/validate.ts';
import { useUi } from '../i18n/useUi.ts';
import { useArtifactsOf, useSelf } from '../journey/journey-hooks.ts';
import { useUndoableSubmit } from '../journey/use-undo.ts';
import { useDocSelector, useSubmit } from '../sync/hooks.ts';
import { ArtifactBar } from '../workshop/ArtifactBar.tsx';
import { ExportDocButton } from '../workshop/ExportDocButton.tsx';
import { NewArtifactDialog } from '../workshop/NewArtifactDialog.tsx';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { useWorkshopMeta } from '../workshop/workshop-hooks.ts';
import './strategy.css';

const FIELDS = ['action', 'owner', 'timeline', 'kpi'] as const;

/** 成果3: the class's and the teams' strategies, each a form along the seven elements with measures under each. */
export function StrategyScreen() {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const submit = useSubmit();
  const meta = useWorkshopMeta();
  const self = useSelf();
  const strategies = useArtifactsOf('motStrategy');
  const [chosen, setChosen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const artifact = strategies.find((a) => a.id === chosen) ?? strategies.find((a) => self.teamId && a.teamId === self.teamId) ?? strategies[0] ?? null;

  const create = (teamId: string | null) => {
    const artifactId = newId();
    submit({ type: 'artifact.add', payload: { workshopId, artifactId, deliverable: 'motStrategy', fields: { title: '', teamId } } });
    setChosen(artifactId);
  };

  return (
    <section className="strategy" aria-labelledby="strategy-heading">
      <div className="journey-head">
        <h2 id="strategy-heading">
          {t('deliverable.motStrategy.short')} {t('motStrategy.heading')}
        </h2>
        <ArtifactBar
          label={t('motStrategy.strategiesLabel')}
          artifacts={strategies}
          selectedId={artifact?.id ?? null}
          wholeWorkshop={t('journey.wholeWorkshop')}
          onSelect={setChosen}
          addLabel={t('motStrategy.newStrategy')}
          onAdd={() => setCreating(true)}
        />
        {self.role === 'trainer' ? (
          <ExportDocButton
            deliverable="motStrategy"
            fallbackName={`${meta.name}-${t('motStrategy.heading')}`}
            words={{ button: t('journey.export'), busy: t('journey.exportBusy'), done: (name) => t('journey.exportDone', { name }), failed: (status) => t('journey.exportFailed', { status }) }}
          />
        ) : null}
      </div>
      {artifact ? <StrategyForm key={artifact.id} artifactId={artifact.id} /> : <p className="placeholder">{t('motStrategy.none')}</p>}
      {creating ? <NewArtifactDialog title={t('motStrategy.newStrategy')} submitLabel={t('journey.create')} onCreate={create} onClose={() => setCreating(false)} /> : null}
    </section>
  );
}

function StrategyForm({ artifactId }: { artifactId: string }) {
  const workshopId = useWorkshopId();
  const measures = useDocSelector(workshopId, (doc) => doc.strategyMeasures) ?? {};
  const { edit } = useUndoableSubmit();
  const mine = Object.values(measures).filter((m) => m.artifactId === artifactId);
  return (
    <div className="strategy-form">
      {STRATEGY_ELEMENTS.map((element) => (
        <ElementSection key={element} artifactId={artifactId} element={element} measures={sortByOrder(mine.filter((m) => m.element === element))} edit={edit} />
      ))}
    </div>
  );
}

interface SectionProps {
  artifactId: string;
  element: StrategyElement;
  measures: Measure[];
  edit(...ops: SubOp[]): void;
}

/** One element: its aim in the trainer's words, then its measures as rows of fields. */
function ElementSection({ artifactId, element, measures, edit }: SectionProps) {
  const { t, lang } = useUi();
  const workshopId = useWorkshopId();
  const words = STRATEGY_WORDS[lang][element];
  const headingId = `strategy-${element}`;
  const move = (i: number, by: -1 | 1) => {
    const [a, b] = by < 0 ? [measures[i - 2]?.order ?? null, measures[i - 1].order] : [measures[i + 1].order, measures[i + 2]?.order ?? null];
    edit({ type: 'measure.move', payload: { workshopId, measureId: measures[i].id, element, order: keyBetween(a, b) } });
  };
  return (
    <section className="strategy-element" aria-labelledby={headingId}>
      <h3 id={headingId}>{words.title}</h3>
      <p className="strategy-aim">
        <strong>{t('motStrategy.aim')}</strong>
        {words.aim}
      </p>
      {measures.length === 0 ? <p className="field-hint">{t('motStrategy.noMeasures')}</p> : null}
      <ol className="measure-list">
        {measures.map((m, i) => (
          <li key={m.id} className="measure" aria-label={t('motStrategy.measureLabel', { element: words.title, n: i + 1 })}>
            {FIELDS.map((field) => (
              <CommitField
                key={`${m.id}-${field}`}
                className={`measure-${field}`}
                label={t(`motStrategy.${field}`)}
                value={m[field]}
                multiline={field === 'action' || field === 'kpi'}
                validate={schemaValidator(t, MeasureFields.shape[field])}
                onCommit={(v) => edit({ type: 'measure.update', payload: { workshopId, measureId: m.id, patch: { [field]: v } } })}
                editing={{ entityId: m.id, field }}
              />
            ))}
            <div className="measure-actions">
              <button type="button" className="btn btn-small" disabled={i === 0} onClick={() => move(i, -1)}>
                ▲ {t('motStrategy.moveUp')}
              </button>
              <button type="button" className="btn btn-small" disabled={i === measures.length - 1} onClick={() => move(i, 1)}>
                ▼ {t('motStrategy.moveDown')}
              </button>
              <button type="button" className="btn btn-small btn-danger-outline" onClick={() => edit({ type: 'measure.remove', payload: { workshopId, measureId: m.id } })}>
                {t('motStrategy.remove')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="btn"
        onClick={() =>
          edit({ type: 'measure.add', payload: { workshopId, artifactId, measureId: newId(), element, fields: { action: '', owner: '', timeline: '', kpi: '' } } })
        }
      >
        <span aria-hidden="true">＋ </span>
        {t('motStrategy.addMeasure')}
      </button>
    </section>
  );
}
