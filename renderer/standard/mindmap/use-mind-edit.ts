import { useState } from 'react';
import { keyBetween, sortByOrder } from '../../../shared/core/order.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { IndicatorFields, PostFields } from '../../../shared/domain/standard.ts';
import type { WorkshopState } from '../../../shared/domain/state.ts';
import { parseWeight, problemOf, problemText } from '../../components/validate.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { useWorkshopMeta } from '../../workshop/workshop-hooks.ts';
import { blankIndicator, contentText } from '../content.ts';
import type { MindAction, Topic } from './mind-outline.ts';

export interface MindEditing {
  id: string;
  field: 'name' | 'weight';
  start: string;
  error: string | null;
}

/** What the map's keys and buttons do to the standard: add, rename, weigh and remove topics, as ops. */
export function useMindEdit(state: WorkshopState, topics: readonly Topic[]) {
  const { t } = useUi();
  const submit = useSubmit();
  const workshopId = useWorkshopId();
  const { language } = useWorkshopMeta();
  const [editing, setEditing] = useState<MindEditing | null>(null);

  const indicatorsIn = (postId: string, dimension: string) =>
    sortByOrder(state.indicators.filter((i) => i.postId === postId && i.dimension === dimension));

  /** A new indicator in the topic's dimension (after the topic if it is an indicator), its name open for typing. */
  const addIndicator = (topic: Topic): string | null => {
    if (topic.kind === 'post') return null;
    const siblings = indicatorsIn(topic.postId, topic.dimension);
    if (siblings.length >= LIMITS.indicatorsPerDimension) return null;
    const at = topic.kind === 'indicator' ? siblings.findIndex((i) => i.id === topic.id) : siblings.length - 1;
    const order = keyBetween(siblings[at]?.order ?? null, siblings[at + 1]?.order ?? null);
    const indicatorId = newId();
    const fields = blankIndicator(contentText(language, 'table.newIndicatorName'), siblings);
    submit({ type: 'indicator.add', payload: { workshopId, postId: topic.postId, indicatorId, dimension: topic.dimension, fields, order } });
    setEditing({ id: indicatorId, field: 'name', start: fields.name, error: null });
    return indicatorId;
  };

  const startEdit = (topic: Topic, field: 'name' | 'weight', seed?: string): void => {
    const post = state.posts.find((p) => p.id === topic.postId);
    const indicator = state.indicators.find((i) => i.id === topic.id);
    const current =
      topic.kind === 'post'
        ? post?.name
        : topic.kind === 'dimension'
          ? String(post?.dimensionWeights[topic.dimension] ?? '')
          : field === 'name'
            ? indicator?.name
            : String(indicator?.weight ?? '');
    // A dimension's name is the course's: F2 on it edits its weight.
    const actual = topic.kind === 'dimension' ? 'weight' : topic.kind === 'post' ? 'name' : field;
    setEditing({ id: topic.id, field: actual, start: seed ?? current ?? '', error: null });
  };

  /** Saves an edit; false (and the reason shown in the field) when the text cannot be sent. */
  const finish = (topic: Topic, text: string | null): boolean => {
    if (!editing || editing.id !== topic.id) return true;
    if (text === null) {
      setEditing(null);
      return true;
    }
    const fail = (error: string): false => {
      setEditing({ ...editing, start: text, error });
      return false;
    };
    if (editing.field === 'weight') {
      const parsed = parseWeight(text);
      if (!parsed.ok) return fail(problemText(t, parsed.problem));
      if (topic.kind === 'dimension')
        submit({ type: 'dimension.setWeight', payload: { workshopId, postId: topic.postId, dimension: topic.dimension, weight: parsed.value } });
      else submit({ type: 'indicator.update', payload: { workshopId, indicatorId: topic.id, patch: { weight: parsed.value } } });
    } else {
      const schema = topic.kind === 'post' ? PostFields.shape.name : IndicatorFields.shape.name;
      const problem = problemOf(schema, text);
      if (problem) return fail(problemText(t, problem));
      if (topic.kind === 'post') submit({ type: 'post.update', payload: { workshopId, postId: topic.id, patch: { name: text.trim() } } });
      else submit({ type: 'indicator.update', payload: { workshopId, indicatorId: topic.id, patch: { name: text.trim() } } });
    }
    setEditing(null);
    return true;
  };

  /** Runs a key's or a button's action on the selected topic; returns the topic to select next, if it changes. */
  const run = (action: MindAction, topic: Topic): string | null => {
    switch (action.kind) {
      case 'addChild':
        return topic.kind === 'post' ? (topics[1]?.id ?? null) : addIndicator(topic);
      case 'addSibling':
        return topic.kind === 'indicator' ? addIndicator(topic) : null;
      case 'rename':
        startEdit(topic, 'name');
        return null;
      case 'weight':
        startEdit(topic, 'weight', action.seed || undefined);
        return null;
      case 'remove': {
        if (topic.kind !== 'indicator') return null;
        submit({ type: 'indicator.remove', payload: { workshopId, indicatorId: topic.id } });
        const at = topics.findIndex((x) => x.id === topic.id);
        return topics[at - 1]?.id ?? null;
      }
      default:
        return null;
    }
  };

  return { editing, run, finish, startEdit };
}
