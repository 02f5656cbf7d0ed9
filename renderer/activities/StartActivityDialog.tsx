import { useState } from 'react';
import { newId } from '../../shared/domain/ids.ts';
import { ActivityFields, ActivityKind, MAX_VOTES_PER_PERSON } from '../../shared/deliverables/activities/schemas.ts';
import { Dialog } from '../components/Dialog.tsx';
import { Field } from '../components/Field.tsx';
import { useUi } from '../i18n/useUi.ts';
import { useSubmit } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';
import { useBrainstormsWithNotes } from './activity-hooks.ts';
import { manualDraft, PROMPT_MAX, type ActivityDraft } from './presets.ts';
import { usePresetWords } from './use-step-presets.ts';

interface Props {
  draft: ActivityDraft;
  /** Started by hand: the trainer picks the kind too. */
  chooseKind?: boolean;
  onClose(): void;
  onStarted?(activityId: string): void;
}

/**
 * Starts one activity with its prompt already in the trainer's words (editable), and what its kind needs: anonymity
 * for a brainstorm, the brainstorm and the dots for a dot vote, the dimensions for a rating poll.
 */
export function StartActivityDialog({ draft: initial, chooseKind, onClose, onStarted }: Props) {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const submit = useSubmit();
  const brainstorms = useBrainstormsWithNotes();
  const words = usePresetWords();
  const [draft, setDraft] = useState<ActivityDraft>(initial);
  const [dimensionsText, setDimensionsText] = useState(initial.dimensions.join('\n'));
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<ActivityDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const source = draft.kind === 'dotVote' ? (draft.sourceActivityId ?? brainstorms[0]?.id ?? null) : null;
  const dimensions = dimensionsText.split('\n').map((s) => s.trim()).filter(Boolean);
  const fields: ActivityDraft = { ...draft, sourceActivityId: source, dimensions: draft.kind === 'ratingPoll' ? dimensions : [] };
  const checked = ActivityFields.safeParse(fields);
  const issueAt = (path: string) => (checked.success ? undefined : checked.error.issues.find((i) => i.path[0] === path));
  const promptIssue = issueAt('prompt');
  const promptError = !tried || !promptIssue ? null : promptIssue.message === 'tooLong' ? t('activities.dialog.tooLong', { max: PROMPT_MAX }) : t('activities.dialog.required');
  const dimensionsError = tried && draft.kind === 'ratingPoll' && (issueAt('dimensions') || dimensions.length === 0) ? t('activities.dialog.needDimensions') : null;
  const blocked = !checked.success || (draft.kind === 'ratingPoll' && dimensions.length === 0) || (draft.kind === 'dotVote' && !source);

  const start = () => {
    setTried(true);
    if (blocked || !checked.success) return;
    const activityId = newId();
    const startOp = { type: 'activity.start' as const, payload: { workshopId, activityId, fields: checked.data } };
    const voted = brainstorms.find((b) => b.id === source);
    // Votes go to a fixed set of notes: the brainstorm stops taking notes as its vote starts, in the same commit.
    if (voted?.open) {
      const closeOp = { type: 'activity.update' as const, payload: { workshopId, activityId: voted.id, patch: { open: false } } };
      submit({ type: 'batch', payload: { workshopId, ops: [closeOp, startOp] } });
    } else submit(startOp);
    onStarted?.(activityId);
    onClose();
  };

  return (
    // The projection drives slides with single keys: keys typed in this dialog stay in it.
    <div onKeyDown={(e) => e.stopPropagation()}>
      <Dialog title={t('activities.dialog.title', { kind: t(`activities.kind.${draft.kind}`) })} onClose={onClose} wide>
        <form
          className="act-form"
          onSubmit={(e) => {
            e.preventDefault();
            start();
          }}
        >
          {chooseKind ? (
            <Field label={t('activities.dialog.kind')}>
              {(control) => (
                <select
                  {...control}
                  className="input select"
                  value={draft.kind}
                  onChange={(e) => {
                    const next = manualDraft(ActivityKind.parse(e.target.value), words, brainstorms[0] ?? null);
                    // What the trainer typed stays; the previous kind's own wording gives way to the new kind's.
                    const typed = draft.prompt.trim() !== '' && draft.prompt !== manualDraft(draft.kind, words, brainstorms[0] ?? null).prompt;
                    setDraft({ ...next, stepId: draft.stepId, prompt: typed ? draft.prompt : next.prompt });
                    setDimensionsText(next.dimensions.join('\n'));
                  }}
                >
                  {ActivityKind.options.map((k) => (
                    <option key={k} value={k}>
                      {t(`activities.kind.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <Field label={t('activities.dialog.prompt')} error={promptError}>
            {(control) => <textarea {...control} className="input textarea" rows={2} value={draft.prompt} data-autofocus onChange={(e) => set({ prompt: e.target.value })} />}
          </Field>
          {draft.kind === 'brainstorm' ? (
            <label className="act-check">
              <input type="checkbox" checked={draft.anonymous} onChange={(e) => set({ anonymous: e.target.checked })} />
              <span>{t('activities.dialog.anonymous')}</span>
            </label>
          ) : null}
          {draft.kind === 'dotVote' ? (
            brainstorms.length === 0 ? (
              <p className="placeholder placeholder-warn" role="alert">
                {t('activities.dialog.noSource')}
              </p>
            ) : (
              <>
                <Field label={t('activities.dialog.source')} hint={t('activities.dialog.sourceHint')}>
                  {(control) => (
                    <select
                      {...control}
                      className="input select"
                      value={source ?? ''}
                      onChange={(e) => {
                        const from = brainstorms.find((b) => b.id === source);
                        const to = brainstorms.find((b) => b.id === e.target.value);
                        const ownWording = from !== undefined && draft.prompt === words.dotVotePrompt(from.prompt);
                        set({ sourceActivityId: e.target.value, ...(ownWording && to ? { prompt: words.dotVotePrompt(to.prompt) } : {}) });
                      }}
                    >
                      {brainstorms.map((b) => (
                        <option key={b.id} value={b.id}>
                          {b.prompt}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={t('activities.dialog.votesPerPerson')}>
                  {(control) => (
                    <input
                      {...control}
                      className="input input-number"
                      type="number"
                      min={1}
                      max={MAX_VOTES_PER_PERSON}
                      value={draft.votesPerPerson}
                      onChange={(e) => set({ votesPerPerson: Math.min(MAX_VOTES_PER_PERSON, Math.max(1, Math.round(Number(e.target.value) || 1))) })}
                    />
                  )}
                </Field>
              </>
            )
          ) : null}
          {draft.kind === 'ratingPoll' ? (
            <Field label={t('activities.dialog.dimensions')} hint={t('activities.dialog.dimensionsHint')} error={dimensionsError}>
              {(control) => <textarea {...control} className="input textarea" rows={5} value={dimensionsText} onChange={(e) => setDimensionsText(e.target.value)} />}
            </Field>
          ) : null}
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={onClose}>
              {t('dialog.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" aria-disabled={tried && blocked}>
              {t('activities.dialog.submit')}
            </button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
