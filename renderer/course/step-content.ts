import type { ConceptTool, ExerciseScreen } from '../../shared/course/curriculum.ts';
import type { AgendaStep } from '../../shared/deliverables/agenda/schemas.ts';
import type { Language } from '../../shared/domain/workshop.ts';
import { CURRICULUM, sectionById } from '../../templates/curriculum.ts';

/** What a step shows, in one language: from its curriculum section, with the trainer's own title if set. */
export interface StepContent {
  title: string;
  lecture: string | null;
  points: string[];
  say: string[];
  ask: string[];
  pitfalls: string[];
  exercise: { title: string; brief: string; screen: ExerciseScreen; minutes: number } | null;
  tools: ConceptTool[];
  cases: { title: string; facts: string[] }[];
}

export function stepContent(step: AgendaStep, lang: Language): StepContent {
  const section = step.sectionId ? sectionById(step.sectionId) : undefined;
  const title = step.title || section?.title[lang] || '';
  if (!section) return { title, lecture: null, points: [], say: [], ask: [], pitfalls: [], exercise: null, tools: [], cases: [] };
  const lecture = CURRICULUM.lectures.find((l) => l.n === section.lecture);
  return {
    title,
    lecture: lecture ? lecture.title[lang] : null,
    points: section.points.map((p) => p[lang]),
    say: section.notes.say.map((p) => p[lang]),
    ask: section.notes.ask.map((p) => p[lang]),
    pitfalls: section.notes.pitfalls.map((p) => p[lang]),
    exercise: section.exercise
      ? { title: section.exercise.title[lang], brief: section.exercise.brief[lang], screen: section.exercise.screen, minutes: section.exercise.minutes }
      : null,
    tools: section.tools,
    cases: section.cases.flatMap((id) => CURRICULUM.cases.filter((c) => c.id === id)).map((c) => ({ title: c.title[lang], facts: c.facts.map((f) => f[lang]) })),
  };
}
