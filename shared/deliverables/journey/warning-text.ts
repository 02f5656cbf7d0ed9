import type { Language } from '../../domain/workshop.ts';
import type { JourneyWarning } from './peak-end.ts';
import type { JourneyView } from './view.ts';
import { journeyWords } from './words.ts';

/** A warning in the trainer's words, naming the stage or moment it is about. */
export function warningText(warning: JourneyWarning, view: JourneyView, lang: Language): string {
  const w = journeyWords(lang).warning;
  switch (warning.kind) {
    case 'noPositivePeak':
      return w.noPositivePeak;
    case 'negativeEnd': {
      const card = view.stages.flatMap((s) => s.cards).find((c) => c.id === warning.cardId);
      return w.negativeEnd(card?.touchpoint || '—');
    }
    case 'emptyStage':
      return w.emptyStage(view.stages.find((s) => s.stage.id === warning.stageId)?.stage.name ?? '—');
  }
}
