import { describe, expect, it } from 'vitest';
import { ActivityFields } from '../../shared/deliverables/activities/schemas.ts';
import { DIMENSIONS } from '../../shared/domain/dimensions.ts';
import { domainZh } from '../../shared/i18n/domain.zh-CN.ts';
import { CURRICULUM, sectionById } from '../../templates/curriculum.ts';
import { activitiesZh } from './i18n.zh-CN.ts';
import { manualDraft, stepPresets, type StepFacts } from './presets.ts';

const words = {
  npsPrompt: activitiesZh.activities.preset.npsPrompt,
  ratingPrompt: activitiesZh.activities.preset.ratingPrompt,
  dimensions: DIMENSIONS.map((d) => domainZh.dimension[d].name),
  dotVotePrompt: (prompt: string) => `投票：${prompt}`,
};

/** The facts of a real curriculum section, as the launcher reads them. */
const facts = (sectionId: string): StepFacts => {
  const s = sectionById(sectionId)!;
  return { stepId: 'agenda-step-1', title: s.title['zh-CN'], tools: s.tools, ask: s.notes.ask.map((a) => a['zh-CN']), isBreak: s.kind === 'break' };
};

describe('what a course step offers to start', () => {
  it('the NPS step starts with the NPS question, for this step', () => {
    const [first] = stepPresets(facts('l1-nps'), words, []);
    expect(first).toMatchObject({ kind: 'npsPoll', prompt: '您会把我们推荐给朋友吗？', stepId: 'agenda-step-1' });
  });

  it('the SERVQUAL step offers a rating poll over the five dimensions by their Chinese names', () => {
    const rating = stepPresets(facts('l2-servqual'), words, []).find((p) => p.kind === 'ratingPoll');
    expect(rating?.dimensions).toEqual(['有形度', '专业度', '反应度', '信赖度', '同理度']);
  });

  it('a brainstorm asks the trainer notes’ first question to the room', () => {
    const section = sectionById('l3-brainstorm')!;
    const brainstorm = stepPresets(facts('l3-brainstorm'), words, []).find((p) => p.kind === 'brainstorm');
    expect(brainstorm?.prompt).toBe(section.notes.ask[0]!['zh-CN']);
    expect(stepPresets(facts('l3-brainstorm'), words, []).some((p) => p.kind === 'npsPoll')).toBe(false);
  });

  it('without a question, the brainstorm asks about the step’s title', () => {
    const presets = stepPresets({ stepId: 'custom-step-1', title: '我们的服务承诺', tools: [], ask: [], isBreak: false }, words, []);
    expect(presets).toEqual([expect.objectContaining({ kind: 'brainstorm', prompt: '我们的服务承诺' })]);
  });

  it('offers a dot vote on each brainstorm with notes, three dots each, and none on an empty one', () => {
    const presets = stepPresets(facts('l3-brainstorm'), words, [
      { id: 'b1', prompt: '改什么', notes: 4 },
      { id: 'b2', prompt: '空的', notes: 0 },
    ]);
    const votes = presets.filter((p) => p.kind === 'dotVote');
    expect(votes).toEqual([expect.objectContaining({ sourceActivityId: 'b1', votesPerPerson: 3, prompt: '投票：改什么' })]);
  });

  it('a break or lunch offers nothing to start', () => {
    expect(stepPresets(facts('d1-lunch'), words, [])).toEqual([]);
  });

  it('every preset of every curriculum step is a valid activity as it stands', () => {
    for (const id of CURRICULUM.sections.map((section) => section.id)) {
      for (const p of stepPresets(facts(id), words, [{ id: 'brainstorm-1', prompt: 'x'.repeat(200), notes: 1 }])) {
        expect(ActivityFields.safeParse(p).success, `${id} ${p.kind}`).toBe(true);
      }
    }
  });
});

describe('an activity started by hand', () => {
  it('has the kind’s own wording: the NPS question, the rating over the five dimensions, a vote on the newest brainstorm', () => {
    expect(manualDraft('npsPoll', words, null)).toMatchObject({ prompt: '您会把我们推荐给朋友吗？', stepId: null });
    expect(manualDraft('ratingPoll', words, null).dimensions).toEqual(['有形度', '专业度', '反应度', '信赖度', '同理度']);
    expect(manualDraft('dotVote', words, { id: 'brainstorm-1', prompt: '改什么' })).toMatchObject({ prompt: '投票：改什么', sourceActivityId: 'brainstorm-1' });
    expect(manualDraft('brainstorm', words, { id: 'brainstorm-1', prompt: '改什么' })).toMatchObject({ prompt: '', sourceActivityId: null });
  });

  it('belongs to the step the room is on, when there is one', () => {
    expect(manualDraft('brainstorm', words, null, 'agenda-step-7')).toMatchObject({ stepId: 'agenda-step-7' });
    expect(manualDraft('npsPoll', words, null, null)).toMatchObject({ stepId: null });
  });
});
