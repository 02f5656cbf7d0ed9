import { describe, expect, it } from 'vitest';
import { aggregateScores } from '../deliverables/playbook/rules.ts';
import type { RoundView } from '../deliverables/playbook/view.ts';
import { CLEAR_STEPS, PRINCIPLES } from '../deliverables/playbook/vocabulary.ts';
import { roundScoresOption } from './roleplay-scores.ts';

const sheet = (observer: string, step: number, principle: number) => ({
  id: `sheet-${observer}`,
  roundId: 'round-0001',
  observer,
  comment: '',
  steps: Object.fromEntries(CLEAR_STEPS.map((s) => [s, step])) as Record<(typeof CLEAR_STEPS)[number], number>,
  principles: Object.fromEntries(PRINCIPLES.map((p) => [p, principle])) as Record<(typeof PRINCIPLES)[number], number>,
});

const view = (sheets: ReturnType<typeof sheet>[]): RoundView => ({
  round: { id: 'round-0001', artifactId: 'a', scenarioId: 's', customer: '甲', handler: '乙', observers: [], minutes: 5, order: 'a0', startedAt: null, endedAt: null },
  sheets,
  scores: aggregateScores(sheets),
});

type Series = { type: string; name: string; data: unknown[] };

describe('role-play score chart', () => {
  it('has a bar per CLEAR step then per principle, at the observers’ mean, and one dot series per observer', () => {
    const option = roundScoresOption(view([sheet('王芳', 4, 5), sheet('赵磊', 2, 3)]), 'zh-CN', { meanLabel: '平均' });
    const categories = (option.xAxis as { data: string[] }).data;
    expect(categories).toEqual(['C 控制情绪', 'L 聆听诉说', 'E 同理链接', 'A 表达歉意', 'R 提出方案', '迅速', '倾听', '道歉', '感谢', '满意']);
    const [bars, ...dots] = option.series as Series[];
    expect(bars.name).toBe('平均');
    expect((bars.data as { value: number }[]).map((d) => d.value)).toEqual([3, 3, 3, 3, 3, 4, 4, 4, 4, 4]);
    expect(dots.map((d) => [d.type, d.name, d.data[0], d.data[9]])).toEqual([
      ['scatter', '王芳', 4, 5],
      ['scatter', '赵磊', 2, 3],
    ]);
  });

  it('speaks English for an English workshop and draws empty bars before anyone scored', () => {
    const option = roundScoresOption(view([]), 'en', { meanLabel: 'Mean' });
    expect((option.xAxis as { data: string[] }).data[0]).toBe('C Control emotions');
    const [bars, ...dots] = option.series as Series[];
    expect((bars.data as { value: number | null }[]).every((d) => d.value === null)).toBe(true);
    expect(dots).toEqual([]);
  });
});
