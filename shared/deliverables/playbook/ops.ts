import { practiceOps } from './practice-ops.ts';
import { scenarioOps } from './scenario-ops.ts';

/** 投诉处理手册 (complaint playbook): every op of the module. */
export const playbookOps = { ...scenarioOps, ...practiceOps };
