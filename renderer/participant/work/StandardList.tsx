import { useState } from 'react';
import { sortByOrder } from '../../../shared/core/order.ts';
import { DIMENSIONS } from '../../../shared/domain/dimensions.ts';
import { IndicatorFields, type Indicator } from '../../../shared/domain/standard.ts';
import { CommitField } from '../../components/CommitField.tsx';
import { parseWeight, schemaValidator, weightValidator } from '../../components/validate.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useDocSelector, useSubmit } from '../../sync/hooks.ts';
import { useIdentity } from '../ParticipantContext.tsx';
import { useMe } from '../room-hooks.ts';
import { useEditorsOf } from './editors.ts';

/**
 * 成果1 on a phone: the posts I may see (my team's first), one post at a time, its indicators per dimension as small
 * cards with name, weight and description; the dense grid and the mind map stay on the projector.
 */
export function StandardList({ locked }: { locked: boolean }) {
  const { t } = useUi();
  const { workshopId } = useIdentity();
  const me = useMe();
  const teamArtifacts = useDocSelector(workshopId, (doc) => Object.values(doc.artifacts).filter((a) => a.teamId !== null && a.teamId === me?.teamId).map((a) => a.id), [me?.teamId]) ?? [];
  const posts =
    useDocSelector(workshopId, (doc) => {
      const all = sortByOrder(Object.values(doc.posts));
      return [...all.filter((p) => teamArtifacts.includes(p.artifactId)), ...all.filter((p) => !teamArtifacts.includes(p.artifactId))];
    }, [teamArtifacts.join()]) ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const post = posts.find((p) => p.id === chosen) ?? posts[0] ?? null;
  if (!post) return <p className="placeholder">{t('participant.work.noPosts')}</p>;
  return (
    <div className="p-standard">
      {posts.length > 1 ? (
        <label className="field">
          <span className="field-label">{t('participant.work.post')}</span>
          <select className="input select" value={post.id} onChange={(e) => setChosen(e.target.value)}>
            {posts.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <h3>{post.name}</h3>
      )}
      {DIMENSIONS.map((dimension) => (
        <DimensionBlock key={`${post.id}-${dimension}`} postId={post.id} dimension={dimension} weight={post.dimensionWeights[dimension]} locked={locked} />
      ))}
    </div>
  );
}

function DimensionBlock({ postId, dimension, weight, locked }: { postId: string; dimension: Indicator['dimension']; weight: number; locked: boolean }) {
  const { t } = useUi();
  const { workshopId } = useIdentity();
  const indicators = useDocSelector(workshopId, (doc) => sortByOrder(Object.values(doc.indicators).filter((i) => i.postId === postId && i.dimension === dimension)), [postId, dimension]) ?? [];
  return (
    <section className="p-card p-dimension-block" aria-label={t(`dimension.${dimension}.name`)}>
      <h4 className="p-dimension-name">
        {t(`dimension.${dimension}.name`)} <span className="p-weight">{weight}%</span>
      </h4>
      {indicators.length === 0 ? <p className="field-hint">{t('participant.work.noIndicators')}</p> : null}
      <fieldset className="main-fieldset" disabled={locked}>
        {indicators.map((indicator) => (
          <IndicatorCard key={indicator.id} indicator={indicator} />
        ))}
      </fieldset>
    </section>
  );
}

function IndicatorCard({ indicator }: { indicator: Indicator }) {
  const { t } = useUi();
  const { workshopId } = useIdentity();
  const submit = useSubmit();
  const editors = useEditorsOf()(indicator.id);
  const update = (patch: Partial<Indicator>) => submit({ type: 'indicator.update', payload: { workshopId, indicatorId: indicator.id, patch } });
  return (
    <div className="p-indicator">
      {editors.length ? <p className="p-moment-editors">✎ {t('participant.presence.others', { names: editors.join('、') })}</p> : null}
      <CommitField
        label={t('participant.work.indicatorName')}
        value={indicator.name}
        validate={schemaValidator(t, IndicatorFields.shape.name)}
        onCommit={(name) => update({ name: name.trim() })}
        editing={{ entityId: indicator.id, field: 'name' }}
      />
      <CommitField
        label={t('participant.work.weight')}
        value={String(indicator.weight)}
        numeric
        validate={weightValidator(t)}
        onCommit={(draft) => {
          const parsed = parseWeight(draft);
          if (parsed.ok) update({ weight: parsed.value });
        }}
        editing={{ entityId: indicator.id, field: 'weight' }}
      />
      <CommitField
        label={t('participant.work.description')}
        value={indicator.description}
        multiline
        validate={schemaValidator(t, IndicatorFields.shape.description)}
        onCommit={(description) => update({ description })}
        editing={{ entityId: indicator.id, field: 'description' }}
      />
    </div>
  );
}
