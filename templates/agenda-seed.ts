import type { SubOp } from '../shared/protocol/ops.ts';
import { CURRICULUM } from './curriculum.ts';

/**
 * The ops that give a workshop the course's agenda, one step per curriculum section, in course order. Step ids are
 * derived from the workshop's, so seeding twice (two trainer windows opening an empty agenda) is refused as a whole.
 */
export function agendaSeedOps(workshopId: string): SubOp[] {
  return CURRICULUM.sections.map((s, i) => ({
    type: 'agenda.step.add',
    payload: {
      workshopId,
      stepId: `${workshopId.slice(0, 32)}-s${i}`,
      fields: { day: s.day, sectionId: s.id, title: '', minutes: s.minutes },
    },
  }));
}
