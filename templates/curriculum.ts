import { Curriculum } from '../shared/course/curriculum.ts';
import { COURSE_CASES } from './course-cases.ts';
import { DAY1 } from './course-day1.ts';
import { DAY2 } from './course-day2.ts';
import { b } from './course-text.ts';

/** The two-day course 满意度标准体系建设管理培训, checked on load so the app never runs a broken plan. */
export const CURRICULUM: Curriculum = Curriculum.parse({
  days: [
    { n: 1, start: '09:00', minutes: 360, title: b('第一天：卓越服务与满意标准', 'Day 1: excellent service and standards') },
    { n: 2, start: '09:00', minutes: 360, title: b('第二天：关键时刻与投诉补救', 'Day 2: moments of truth and recovery') },
  ],
  lectures: [
    { n: 1, day: 1, title: b('第一讲：卓越服务、引领未来', 'Lecture 1: Excellent service leads the way') },
    { n: 2, day: 1, title: b('第二讲：满意服务、夯实标准', 'Lecture 2: Satisfying service on firm standards') },
    { n: 3, day: 2, title: b('第三讲：关键时刻、解读设计', 'Lecture 3: Moments of truth, understood and designed') },
    { n: 4, day: 2, title: b('第四讲：投诉转化、服务补救', 'Lecture 4: Turning complaints, recovering service') },
  ],
  sections: [...DAY1, ...DAY2],
  cases: COURSE_CASES,
});

export const sectionById = (id: string) => CURRICULUM.sections.find((s) => s.id === id);
