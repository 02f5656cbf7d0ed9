import type { Card } from './schemas.ts';
import { journeySequence, type JourneyView } from './view.ts';

/** A moment at +2 or above is one the customer remembers as a high point (the scale ends at +3). */
export const PEAK_MIN = 2;

export interface PeakEnd {
  /** The highest-scoring moment (the first of equals: it is the one felt first); null on an empty journey. */
  peak: Card | null;
  /** The final moment the customer lives; null on an empty journey. */
  end: Card | null;
}

/** The two moments the peak-end rule says the customer will remember the whole journey by. */
export function peakEnd(view: JourneyView): PeakEnd {
  const sequence = journeySequence(view);
  const peak = sequence.reduce<Card | null>((best, c) => (best === null || c.emotion > best.emotion ? c : best), null);
  return { peak, end: sequence.at(-1) ?? null };
}

export type JourneyWarning =
  /** No moment is designed as a positive peak: none scores +2 or more with a wow detail written for it. */
  | { kind: 'noPositivePeak' }
  /** The journey ends on a negative moment, which colours the memory of everything before it. */
  | { kind: 'negativeEnd'; cardId: string }
  /** A stage of the journey has no moment of truth at all. */
  | { kind: 'emptyStage'; stageId: string };

export const isDesignedPeak = (c: Card): boolean => c.emotion >= PEAK_MIN && c.wow.trim() !== '';

/** What the trainer would point out on this journey, in the order of the map (peak, end, then each empty stage). */
export function journeyWarnings(view: JourneyView): JourneyWarning[] {
  const warnings: JourneyWarning[] = [];
  const sequence = journeySequence(view);
  if (!sequence.some(isDesignedPeak)) warnings.push({ kind: 'noPositivePeak' });
  const { end } = peakEnd(view);
  if (end && end.emotion < 0) warnings.push({ kind: 'negativeEnd', cardId: end.id });
  for (const { stage, cards } of view.stages) if (!cards.length) warnings.push({ kind: 'emptyStage', stageId: stage.id });
  return warnings;
}
