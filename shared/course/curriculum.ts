import { z } from 'zod';
import { Bilingual } from '../domain/library.ts';

/** The screens where the class builds what a section's exercise asks for (routes under a workshop). */
export const ExerciseScreen = z.enum(['standard', 'homework', 'motBrainstorm', 'journey', 'motStrategy', 'complaints']);
export type ExerciseScreen = z.infer<typeof ExerciseScreen>;

/** The interactive concept tools a step can open where the concept is taught. */
export const ConceptTool = z.enum(['nps', 'servqual', 'eightFactors', 'decay', 'fiveGaps', 'peakEnd']);
export type ConceptTool = z.infer<typeof ConceptTool>;

const Key = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, 'a key is lower camel case or kebab case, starting with a letter');
const Texts = z.array(Bilingual);
const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a start time is HH:MM');

/** A short fact from the course material, told in class (a case, a number, a story). */
export const CaseFact = z.object({ id: Key, title: Bilingual, facts: Texts.min(1, 'a case needs at least one fact') });
export type CaseFact = z.infer<typeof CaseFact>;

/** What the trainer keeps in mind: what to say, what to ask the room, where groups usually go wrong. */
export const TrainerNotes = z.object({ say: Texts.min(1, 'notes need at least one thing to say'), ask: Texts, pitfalls: Texts });
export type TrainerNotes = z.infer<typeof TrainerNotes>;

export const Exercise = z.object({ title: Bilingual, brief: Bilingual, screen: ExerciseScreen, minutes: z.number().int().positive() });
export type Exercise = z.infer<typeof Exercise>;

/**
 * One step of a course day as planned: a lecture section (lecture 1–4), or an opening, a break or a wrap-up
 * (lecture null). Its minutes include its exercise.
 */
export const Section = z.object({
  id: Key,
  day: z.union([z.literal(1), z.literal(2)]),
  lecture: z.number().int().min(1).max(4).nullable(),
  kind: z.enum(['opening', 'teach', 'exercise', 'break', 'wrapUp']),
  title: Bilingual,
  points: Texts,
  minutes: z.number().int().min(5, 'a step lasts at least 5 minutes').max(180),
  notes: TrainerNotes,
  exercise: Exercise.nullable(),
  tools: z.array(ConceptTool),
  cases: z.array(Key),
});
export type Section = z.infer<typeof Section>;

export const Lecture = z.object({ n: z.number().int().min(1).max(4), title: Bilingual, day: z.union([z.literal(1), z.literal(2)]) });
export type Lecture = z.infer<typeof Lecture>;

export const CourseDay = z.object({ n: z.union([z.literal(1), z.literal(2)]), start: Clock, minutes: z.literal(360), title: Bilingual });
export type CourseDay = z.infer<typeof CourseDay>;

/** A day's planned teaching time: breaks and lunch are not part of the six hours. */
export const teachingMinutes = (sections: readonly Pick<Section, 'day' | 'kind' | 'minutes'>[], day: number): number =>
  sections.filter((s) => s.day === day && s.kind !== 'break').reduce((sum, s) => sum + s.minutes, 0);

/**
 * The two-day course as data. Beyond each part's shape it checks what makes it teachable: ids unique, every case
 * a section names exists, a day's steps (breaks aside) fill its six hours exactly, a section's lecture is taught on that day.
 */
export const Curriculum = z
  .object({ days: z.array(CourseDay).length(2), lectures: z.array(Lecture).length(4), sections: z.array(Section).min(1), cases: z.array(CaseFact) })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.sections.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `section id "${s.id}" is used twice` });
      seen.add(s.id);
      for (const caseId of s.cases)
        if (!c.cases.some((k) => k.id === caseId))
          ctx.addIssue({ code: 'custom', path: ['sections', i, 'cases'], message: `section "${s.id}" names case "${caseId}", which does not exist` });
      const lecture = c.lectures.find((l) => l.n === s.lecture);
      if (s.lecture !== null && lecture?.day !== s.day)
        ctx.addIssue({ code: 'custom', path: ['sections', i, 'lecture'], message: `section "${s.id}" is on day ${s.day} but lecture ${s.lecture} is not` });
      if (s.exercise && s.exercise.minutes > s.minutes)
        ctx.addIssue({ code: 'custom', path: ['sections', i, 'exercise', 'minutes'], message: `section "${s.id}": its exercise is longer than the section` });
    });
    for (const day of c.days) {
      const total = teachingMinutes(c.sections, day.n);
      if (total !== day.minutes)
        ctx.addIssue({ code: 'custom', path: ['days', day.n - 1], message: `day ${day.n} plans ${total} minutes of teaching, not ${day.minutes}` });
    }
  });
export type Curriculum = z.infer<typeof Curriculum>;

/** Readable lines for a rejected curriculum: where, then what is wrong. */
export const curriculumProblems = (input: unknown): string[] => {
  const result = Curriculum.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
};
