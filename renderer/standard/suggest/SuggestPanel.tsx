import { useId, useState } from 'react';
import type { Dimension } from '../../../shared/domain/dimensions.ts';
import type { IndicatorTemplate, PostType } from '../../../shared/domain/library.ts';
import type { Indicator } from '../../../shared/domain/standard.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { templatesFor } from '../../../templates/indicator-library.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { useWorkshopMeta } from '../../workshop/workshop-hooks.ts';
import { sumWeights } from '../../../shared/rules/weights.ts';
import { fieldsFromTemplate, templatesToInsert } from '../content.ts';

interface Props {
  postId: string;
  dimension: Dimension;
  postType: PostType;
  present: readonly Indicator[];
}

/**
 * The course library's example indicators for this dimension, folded away until asked for. Shown and inserted in
 * the workshop's language; one at a time or all that are not in the table yet. The list is built only while open:
 * folded away, an edit of an indicator costs this panel one button.
 */
export function SuggestPanel({ postId, dimension, postType, present }: Props) {
  const { t } = useUi();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const templates = templatesFor(postType, dimension);
  return (
    <div className="suggest">
      <button
        type="button"
        className="btn btn-quiet suggest-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('suggest.toggleLabel', { dimension: t(`dimension.${dimension}.name`) })}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {t('suggest.toggle')} ({templates.length})
      </button>
      <div id={panelId} hidden={!open} className="suggest-panel">
        {open ? <SuggestList postId={postId} dimension={dimension} templates={templates} present={present} /> : null}
      </div>
    </div>
  );
}

interface ListProps {
  postId: string;
  dimension: Dimension;
  templates: readonly IndicatorTemplate[];
  present: readonly Indicator[];
}

function SuggestList({ postId, dimension, templates, present }: ListProps) {
  const { t } = useUi();
  const submit = useSubmit();
  const workshopId = useWorkshopId();
  const lang = useWorkshopMeta().language;
  const insertable = templatesToInsert(templates, present, lang);
  const insertableIds = new Set(insertable.map((tpl) => tpl.id));

  const balance = { type: 'weights.balance' as const, payload: { workshopId, postId, dimension } };
  /** Several at once go as one batch: one commit, one broadcast, all or none (balanced in the same batch if asked). */
  const insert = (list: readonly IndicatorTemplate[], balanced = false): void => {
    const ops = [
      ...list.map((tpl) => ({
        type: 'indicator.add' as const,
        payload: { workshopId, postId, indicatorId: newId(), dimension, fields: fieldsFromTemplate(tpl, lang) },
      })),
      ...(balanced ? [balance] : []),
    ];
    if (ops.length === 1) submit(ops[0]!);
    else if (ops.length > 1) submit({ type: 'batch', payload: { workshopId, ops } });
  };
  // Suggestions keep their own weights; when the dimension no longer adds up, balancing is offered right here.
  const sum = sumWeights(present.map((i) => i.weight));

  if (templates.length === 0) return <p className="placeholder placeholder-small">{t('suggest.none')}</p>;
  return (
    <>
      <button
        type="button"
        className="btn"
        disabled={insertable.length === 0}
        aria-label={t('suggest.insertAllLabel', { dimension: t(`dimension.${dimension}.name`) })}
        onClick={() => insert(insertable)}
      >
        {t('suggest.insertAll')}
      </button>
      <button
        type="button"
        className="btn"
        disabled={insertable.length === 0}
        aria-label={t('suggest.insertAllBalancedLabel', { dimension: t(`dimension.${dimension}.name`) })}
        onClick={() => insert(insertable, true)}
      >
        {t('suggest.insertAllBalanced')}
      </button>
      {present.length > 0 && sum !== 100 ? (
        <p className="suggest-offer">
          {t('suggest.offerBalance', { sum })}{' '}
          <button type="button" className="btn btn-small" onClick={() => submit(balance)}>
            <span aria-hidden="true">⚖ </span>
            {t('table.balanceIndicators')}
          </button>
        </p>
      ) : null}
      <ul className="suggest-list" lang={lang}>
        {templates.map((tpl) => {
          const available = insertableIds.has(tpl.id);
          const taken = present.some((i) => i.name.trim() === tpl.name[lang].trim());
          return (
            <li key={tpl.id} className="suggest-item">
              <div className="suggest-text">
                <strong>{tpl.name[lang]}</strong>
                <span className="suggest-weight">{t('suggest.weight', { weight: tpl.weight })}</span>
                <p>{tpl.description[lang]}</p>
              </div>
              <button
                type="button"
                className="btn btn-small"
                disabled={!available}
                aria-label={t(taken ? 'suggest.insertedNamed' : 'suggest.insertNamed', { name: tpl.name[lang] })}
                onClick={() => insert([tpl])}
              >
                {taken ? `✓ ${t('suggest.inserted')}` : t('suggest.insert')}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
