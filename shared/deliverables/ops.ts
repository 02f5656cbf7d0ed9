import { playbookOps } from './playbook/ops.ts';
import { agendaOps } from './agenda/ops.ts';
import { homeworkOps } from './homework/ops.ts';
import { standardOps } from './standard/ops.ts';
import { workshopOps } from './workshop/ops.ts';
import { journeyOps } from './journey/ops.ts';
import { strategyOps } from './motStrategy/ops.ts';
import { classroomOps } from './classroom/ops.ts';
import { activityOps } from './activities/ops.ts';

/** Every content op of every deliverable module, keyed by op type: one line per module. */
export const OP_DEFS = { ...workshopOps, ...standardOps, ...playbookOps, ...agendaOps, ...homeworkOps, ...journeyOps, ...strategyOps, ...classroomOps, ...activityOps };
