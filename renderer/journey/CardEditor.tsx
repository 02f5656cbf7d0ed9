import { CardFields, type Card } from '../../shared/deliverables/journey/schemas.ts';
import { sortByOrder } from '../../shared/core/order.ts';
import type { SubOp } from '../../shared/protocol/ops.ts';
import { CommitField } from '../components/CommitField.tsx';
import { schemaValidator } from '../components/validate.ts';
import { useUi } from '../i18n/useUi.ts';
import { useDocSelector, useEntity } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { emotionLabel } from '../../shared/charts/journey-layout.ts';

const EMOTIONS = [-3, -2, -1, 0, 1, 2, 3];
type TextField = 'touchpoint' | 'expectation' | 'standard' | 'script' | 'wow' | 'owner';
const TEXTS: { field: TextField; multiline: boolean }[] = [
  { field: 'touchpoint', multiline: false },
  { field: 'expectation', multiline: true },
  { field: 'standard', multiline: true },
  { field: 'script', multiline: true },
  { field: 'wow', multiline: true },
  { field: 'owner', multiline: false },
];
const LABEL: Record<TextField, string> = {
  touchpoint: 'journey.touchpoint',
  expectation: 'journey.expectation',
  standard: 'journey.standard',
  script: 'journey.script',
  wow: 'journey.wow',
  owner: 'journey.ownerPost',
};

/** 成果1's indicators by post, to link a moment's standard to how it is measured. */
function useIndicatorChoices() {
  const workshopId = useWorkshopId();
  return (
    useDocSelector(workshopId, (doc) =>
      sortByOrder(Object.values(doc.posts)).map((post) => ({
        post: post.name,
        indicators: sortByOrder(Object.values(doc.indicators).filter((i) => i.postId === post.id)),
      })),
    ) ?? []
  );
}

/** Everything one moment holds, each field committed on its own (so two people editing different fields both win). */
export function CardEditor({ cardId, edit, onClose }: { cardId: string; edit(...ops: SubOp[]): void; onClose(): void }) {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const card = useEntity(workshopId, 'journeyCards', cardId);
  const choices = useIndicatorChoices();
  if (!card) return null;
  const update = (patch: Partial<Card>) => edit({ type: 'card.update', payload: { workshopId, cardId, patch } });
  const toggleIndicator = (id: string, on: boolean) =>
    update({ indicatorIds: on ? [...card.indicatorIds, id] : card.indicatorIds.filter((x) => x !== id) });

  return (
    <aside className="card-editor" aria-labelledby="card-editor-heading">
      <div className="card-editor-head">
        <h3 id="card-editor-heading">{t('journey.editor')}</h3>
        <button type="button" className="btn btn-small" onClick={onClose}>
          {t('journey.closeEditor')}
        </button>
      </div>
      {TEXTS.map(({ field, multiline }) => (
        <CommitField
          key={`${cardId}-${field}`}
          label={t(LABEL[field])}
          value={card[field]}
          multiline={multiline}
          autoFocus={field === 'touchpoint'}
          validate={schemaValidator(t, CardFields.shape[field])}
          onCommit={(v) => update({ [field]: multiline ? v : v.trim() })}
          editing={{ entityId: cardId, field }}
        />
      ))}
      <fieldset className="emotion-choice">
        <legend>{t('journey.emotion')}</legend>
        {EMOTIONS.map((e) => (
          <button key={e} type="button" className={`btn btn-small mot-emotion-btn e${e}`} aria-pressed={card.emotion === e} onClick={() => update({ emotion: e })}>
            {emotionLabel(e)}
          </button>
        ))}
      </fieldset>
      <fieldset className="indicator-choice">
        <legend>{t('journey.indicators')}</legend>
        {choices.every((c) => !c.indicators.length) ? <p className="field-hint">{t('journey.noIndicators')}</p> : null}
        {choices.map((c) =>
          c.indicators.length ? (
            <div key={c.post} className="indicator-group">
              <p className="indicator-post">{c.post}</p>
              {c.indicators.map((i) => (
                <label key={i.id} className="check">
                  <input type="checkbox" checked={card.indicatorIds.includes(i.id)} onChange={(e) => toggleIndicator(i.id, e.target.checked)} />
                  {i.name}
                </label>
              ))}
            </div>
          ) : null,
        )}
      </fieldset>
      <button
        type="button"
        className="btn btn-danger-outline"
        onClick={() => {
          edit({ type: 'card.remove', payload: { workshopId, cardId } });
          onClose();
        }}
      >
        {t('journey.removeCard')}
      </button>
    </aside>
  );
}
