import { newId } from '../../../shared/domain/ids.ts';
import type { ScenarioFields, TierFields } from '../../../shared/deliverables/playbook/schemas.ts';
import type { ClearStep, LineKind } from '../../../shared/deliverables/playbook/vocabulary.ts';
import type { OpInput } from '../../../shared/protocol/ops.ts';

export const addPlaybook = (workshopId: string, artifactId = newId(), teamId: string | null = null): OpInput => ({
  type: 'artifact.add',
  payload: { workshopId, artifactId, deliverable: 'playbook', fields: { title: '物业客服投诉处理手册', teamId } },
});

export const scenarioFields = (title = '报修三次仍漏水'): ScenarioFields => ({
  title,
  description: '业主家卫生间顶棚漏水，维修工上门三次仍未修好，业主在前台大声投诉。',
  type: 'repeatRepair',
  severity: 'high',
  emotion: '愤怒、失望',
  realNeed: '一次彻底修好，并有人对结果负责',
  firstResponseMinutes: 30,
  resolutionHours: 48,
  followUpDays: 3,
  promoterNote: '工程主管亲自上门修复并在一周后回访，业主从抱怨者变成在业主群里主动表扬的人。',
});

export const line = (step: ClearStep, kind: LineKind, text: string) => ({ lineId: newId(), step, kind, text });

export const addScenario = (workshopId: string, artifactId: string, scenarioId = newId()): OpInput => ({
  type: 'scenario.add',
  payload: {
    workshopId,
    artifactId,
    scenarioId,
    fields: scenarioFields(),
    remedies: { followThrough: '工程主管全程跟进，每天下午五点前电话告知进度' },
    lines: [
      line('control', 'say', '王先生，您先请坐，这件事我现在就跟进。'),
      line('control', 'avoid', '您别激动，这不是我们的问题。'),
      line('resolve', 'say', '今天下午三点工程主管带人上门，修好后我陪您一起验收。'),
    ],
  },
});

export const tierFields = (role: string, minAmount: number, maxAmount: number): TierFields => ({
  role,
  offer: '减免当月物业费或赠送保洁服务',
  minAmount,
  maxAmount,
  escalateWhen: '涉及安全或业主要求书面赔偿',
});

export const addTier = (workshopId: string, artifactId: string, fields: TierFields, tierId = newId()): OpInput => ({
  type: 'tier.add',
  payload: { workshopId, artifactId, tierId, fields },
});
