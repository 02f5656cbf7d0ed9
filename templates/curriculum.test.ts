import { describe, expect, it } from 'vitest';
import { curriculumProblems, teachingMinutes } from '../shared/course/curriculum.ts';
import { CURRICULUM } from './curriculum.ts';
import { bilingualTextProblems } from './testing/text-rules.ts';

const clone = () => structuredClone(CURRICULUM);

describe('the course as data', () => {
  it('fills six teaching hours on each day and covers the four lectures', () => {
    expect(teachingMinutes(CURRICULUM.sections, 1)).toBe(360);
    expect(teachingMinutes(CURRICULUM.sections, 2)).toBe(360);
    expect(new Set(CURRICULUM.sections.map((s) => s.lecture).filter((n) => n !== null))).toEqual(new Set([1, 2, 3, 4]));
  });

  it('links every exercise screen the course builds in', () => {
    const screens = CURRICULUM.sections.flatMap((s) => (s.exercise ? [s.exercise.screen] : []));
    expect(new Set(screens)).toEqual(new Set(['standard', 'homework', 'motBrainstorm', 'journey', 'motStrategy', 'complaints']));
  });

  it('writes every sentence in simplified Chinese and in English', () => {
    const texts = [
      ...CURRICULUM.sections.flatMap((s) => [s.title, ...s.points, ...s.notes.say, ...s.notes.ask, ...s.notes.pitfalls]),
      ...CURRICULUM.cases.flatMap((c) => [c.title, ...c.facts]),
    ];
    const problems = texts.flatMap((t) => bilingualTextProblems(t).map((p) => `${t.en}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('rejects a day that no longer fills six hours, saying which day and by how much', () => {
    const broken = clone();
    broken.sections.find((s) => s.id === 'l1-nps')!.minutes = 30;
    expect(curriculumProblems(broken)).toEqual(['days.0: day 1 plans 350 minutes of teaching, not 360']);
  });

  it('rejects a missing translation, a case that does not exist and an unknown exercise screen, each at its place', () => {
    const broken = clone() as unknown as { sections: Record<string, unknown>[] } & Record<string, unknown>;
    const nps = broken.sections[1] as { title: Record<string, string>; cases: string[]; exercise: unknown };
    delete nps.title.en;
    nps.cases.push('no-such-case');
    (broken.sections.find((s) => s.id === 'l2-standard') as { exercise: { screen: string } }).exercise.screen = 'slides';
    const problems = curriculumProblems(broken);
    expect(problems).toContain('sections.1.title.en: Invalid input: expected string, received undefined');
    expect(problems).toContain('sections.7.exercise.screen: Invalid option: expected one of "standard"|"homework"|"motBrainstorm"|"journey"|"motStrategy"|"complaints"');
    expect(problems.length).toBe(2);
  });

  it('rejects a duplicated section id and a case it cannot find once the shape is right', () => {
    const broken = clone();
    broken.sections[2]!.id = broken.sections[1]!.id;
    broken.sections[1]!.cases.push('no-such-case');
    expect(curriculumProblems(broken)).toEqual([
      'sections.1.cases: section "l1-nps" names case "no-such-case", which does not exist',
      'sections.2.id: section id "l1-nps" is used twice',
    ]);
  });
});
