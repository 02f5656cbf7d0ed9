import type { z } from 'zod';
import type { ConceptTool } from '../../shared/course/curriculum.ts';
import { ActivityFields } from '../../shared/deliverables/activities/schemas.ts';

export type ActivityDraft = z.infer<typeof ActivityFields>;

/** What a course step offers to start: read from its curriculum section, in the interface's language. */
export interface StepFacts {
  stepId: string;
  title: string;
  tools: readonly ConceptTool[];
  /** The trainer notes' questions to the room: the trainer's own words for a brainstorm prompt. */
  ask: readonly string[];
  /** A break or lunch: nothing to start. */
  isBreak: boolean;
}

export interface PresetWords {
  npsPrompt: string;
  ratingPrompt: string;
  /** The five SERVQUAL dimensions' names. */
  dimensions: readonly string[];
  dotVotePrompt(brainstormPrompt: string): string;
}

/** A brainstorm whose notes a dot vote may be run on. */
export interface VotableBrainstorm {
  id: string;
  prompt: string;
  notes: number;
}

export const DEFAULT_DOTS = 3;
/** The schema's limit on a prompt; a question from the notes that is longer is cut rather than refused. */
export const PROMPT_MAX = ActivityFields.shape.prompt.maxLength ?? 160;

export const blankDraft = (kind: ActivityDraft['kind'], stepId: string | null): ActivityDraft => ({
  kind,
  prompt: '',
  stepId,
  anonymous: false,
  votesPerPerson: DEFAULT_DOTS,
  sourceActivityId: null,
  dimensions: [],
});

/**
 * The activities a step suggests, its own first: the NPS step an NPS poll, the SERVQUAL step a rating poll over the five
 * dimensions, every step a brainstorm on its first question to the room (else its title), and a dot vote on each of
 * its brainstorms that has notes. A break offers nothing.
 */
export function stepPresets(step: StepFacts, words: PresetWords, brainstorms: readonly VotableBrainstorm[]): ActivityDraft[] {
  if (step.isBreak) return [];
  const base = (kind: ActivityDraft['kind'], prompt: string): ActivityDraft => ({ ...blankDraft(kind, step.stepId), prompt: prompt.slice(0, PROMPT_MAX) });
  const presets: ActivityDraft[] = [];
  if (step.tools.includes('nps')) presets.push(base('npsPoll', words.npsPrompt));
  if (step.tools.includes('servqual')) presets.push({ ...base('ratingPoll', words.ratingPrompt), dimensions: [...words.dimensions] });
  presets.push(base('brainstorm', step.ask[0] ?? step.title));
  for (const b of brainstorms) {
    if (b.notes > 0) presets.push({ ...base('dotVote', words.dotVotePrompt(b.prompt)), sourceActivityId: b.id });
  }
  return presets;
}

/**
 * A draft started by hand on the activities screen: the kind's own wording where it has one (the NPS question, the
 * rating instruction over the five dimensions, a vote on the newest brainstorm with notes); a brainstorm's prompt is
 * the trainer's to write.
 */
export function manualDraft(
  kind: ActivityDraft['kind'],
  words: PresetWords,
  brainstorm: Pick<VotableBrainstorm, 'id' | 'prompt'> | null,
  /** The step the room is on, so the record and the step's projection find what was started there by hand. */
  stepId: string | null = null,
): ActivityDraft {
  const draft = blankDraft(kind, stepId);
  if (kind === 'npsPoll') return { ...draft, prompt: words.npsPrompt };
  if (kind === 'ratingPoll') return { ...draft, prompt: words.ratingPrompt, dimensions: [...words.dimensions] };
  if (kind === 'dotVote' && brainstorm) return { ...draft, prompt: words.dotVotePrompt(brainstorm.prompt).slice(0, PROMPT_MAX), sourceActivityId: brainstorm.id };
  return draft;
}
