import { useMemo } from 'react';
import type { AgendaStep } from '../../shared/deliverables/agenda/schemas.ts';
import { DIMENSIONS } from '../../shared/domain/dimensions.ts';
import { sectionById } from '../../templates/curriculum.ts';
import { stepContent } from '../course/step-content.ts';
import { useUi } from '../i18n/useUi.ts';
import { useBrainstormsWithNotes } from './activity-hooks.ts';
import { stepPresets, type ActivityDraft, type PresetWords } from './presets.ts';

/** The trainer's words the presets are filled with, in the interface's language. */
export function usePresetWords(): PresetWords {
  const { t } = useUi();
  return useMemo(
    () => ({
      npsPrompt: t('activities.preset.npsPrompt'),
      ratingPrompt: t('activities.preset.ratingPrompt'),
      dimensions: DIMENSIONS.map((d) => t(`dimension.${d}.name`)),
      dotVotePrompt: (prompt: string) => t('activities.preset.dotVotePrompt', { prompt }),
    }),
    [t],
  );
}

/** The activities a course step suggests, in the interface's language (the trainer's words from the curriculum). */
export function useStepPresets(step: AgendaStep | null): ActivityDraft[] {
  const { lang } = useUi();
  const words = usePresetWords();
  const brainstorms = useBrainstormsWithNotes();
  return useMemo(() => {
    if (!step) return [];
    const content = stepContent(step, lang);
    const own = brainstorms.filter((b) => b.stepId === step.id).map((b) => ({ id: b.id, prompt: b.prompt, notes: 1 }));
    const isBreak = step.sectionId ? sectionById(step.sectionId)?.kind === 'break' : false;
    return stepPresets({ stepId: step.id, title: content.title, tools: content.tools, ask: content.ask, isBreak }, words, own);
  }, [step, lang, words, brainstorms]);
}
