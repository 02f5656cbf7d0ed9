import { describe, expect, it } from 'vitest';
import { applyEffect, emptyDoc } from '../../shared/core/doc.ts';
import { reduce } from '../../shared/core/reduce.ts';
import { journeyWarnings, peakEnd } from '../../shared/deliverables/journey/peak-end.ts';
import { journeySequence, journeyView } from '../../shared/deliverables/journey/view.ts';
import { journeyWords } from '../../shared/deliverables/journey/words.ts';
import { LIMITS } from '../../shared/domain/limits.ts';
import type { Language } from '../../shared/domain/workshop.ts';
import { bilingualTextProblems } from '../testing/text-rules.ts';
import { JOURNEY_TEMPLATES } from './index.ts';
import { JourneyTemplate, MOMENT_TEXTS } from '../../shared/deliverables/journey/template.ts';
import { journeyStartOps } from './start.ts';

const W = 'workshop-0001';
const CJK = /[\u3400-\u9fff]/;

/** A workshop doc in `lang` after the start ops of one template (or a blank map), as the host would store it. */
function started(template: JourneyTemplate | null, lang: Language = 'zh-CN') {
  const workshop = { id: W, name: '工作坊', company: '', trainer: '', startDate: '', endDate: '', language: lang, industry: 'general' as const, createdAt: '', updatedAt: '' };
  let n = 0;
  const ops = journeyStartOps({ workshopId: W, artifactId: 'journey-0001', teamId: null, title: '', template, lang, id: () => `id-${String(++n).padStart(6, '0')}` });
  const doc = applyEffect(emptyDoc(workshop), reduce(emptyDoc(workshop), { opId: 'op-0000001', type: 'batch', payload: { workshopId: W, ops } }, ''));
  return { ops, view: journeyView(doc, 'journey-0001') };
}

describe('journey templates', () => {
  it('cover the course’s cases and the seeds’ processes', () => {
    expect(JOURNEY_TEMPLATES.map((t) => t.id)).toEqual(['airline', 'hotel', 'propertyManagement', 'telecom', 'carSales', 'afterSales', 'realEstateHandover']);
  });

  it.each(JOURNEY_TEMPLATES.map((t) => [t.id, t] as const))('%s is valid and every text of it reads in both languages', (_, t) => {
    expect(JourneyTemplate.parse(t)).toEqual(t);
    expect(bilingualTextProblems(t.name)).toEqual([]);
    for (const s of t.stages) {
      expect(bilingualTextProblems(s.name), `${t.id} ${s.name['zh-CN']}`).toEqual([]);
      for (const c of s.moments) for (const f of MOMENT_TEXTS) expect(bilingualTextProblems(c[f]), `${t.id} ${c.touchpoint['zh-CN']} ${f}`).toEqual([]);
    }
  });

  it.each(JOURNEY_TEMPLATES.map((t) => [t.id, t] as const))('%s started in an English workshop is written in English', (_, t) => {
    const { view } = started(t, 'en');
    expect(view.stages.map((s) => s.stage.name)).toEqual(t.stages.map((s) => s.name.en));
    const cards = view.stages.flatMap((s) => s.cards);
    expect(cards.map((c) => MOMENT_TEXTS.map((f) => c[f]))).toEqual(t.stages.flatMap((s) => s.moments.map((m) => MOMENT_TEXTS.map((f) => m[f].en))));
    for (const c of cards) for (const f of MOMENT_TEXTS) expect(c[f], `${c.touchpoint} ${f}`).not.toMatch(CJK);
    // The emotion curve, and so the trainer's warnings, are the same in either language.
    expect(cards.map((c) => c.emotion)).toEqual(journeySequence(started(t).view).map((c) => c.emotion));
  });

  it.each(JOURNEY_TEMPLATES.map((t) => [t.id, t] as const))('%s is a good example: a designed peak, a positive end, no empty stage', (_, t) => {
    const { view } = started(t);
    expect(journeyWarnings(view)).toEqual([]);
    expect(peakEnd(view).end!.emotion).toBeGreaterThan(0);
  });

  it('the car templates walk the seven SSI and six CSI steps in order', () => {
    const steps = (id: string) => journeySequence(started(JOURNEY_TEMPLATES.find((t) => t.id === id)!).view).map((c) => c.touchpoint);
    expect(steps('carSales')).toEqual(['顾客接待', '试乘试驾', '销售承诺', '交车收款', '售后跟踪', '一周回访', '意见跟进']);
    expect(steps('afterSales')).toEqual(['保养招揽', '礼貌接车', '指明标的', '维修等待', '结算交车', '维修质量回访']);
  });

  it('starting from a template is one batch that rebuilds it in order, each moment linked to the next', () => {
    const hotel = JOURNEY_TEMPLATES.find((t) => t.id === 'hotel')!;
    const { ops, view } = started(hotel);
    expect(ops.length).toBeLessThanOrEqual(LIMITS.opsPerBatch);
    expect(view.stages.map((s) => s.stage.name)).toEqual(hotel.stages.map((s) => s.name['zh-CN']));
    expect(view.stages.map((s) => s.cards.map((c) => c.touchpoint))).toEqual(hotel.stages.map((s) => s.moments.map((m) => m.touchpoint['zh-CN'])));
    const sequence = journeySequence(view);
    expect(view.links.map((l) => [l.from, l.to])).toEqual(sequence.slice(1).map((c, i) => [sequence[i].id, c.id]));
  });

  it.each(['zh-CN', 'en'] as const)('a blank map in a %s workshop has the default stages in its language and no moments', (lang) => {
    const { view } = started(null, lang);
    expect(view.stages.map((s) => s.stage.name)).toEqual(journeyWords(lang).defaultStages);
    expect(journeySequence(view)).toEqual([]);
  });
});
