import { describe, expect, it } from 'vitest';
import { applyEffect, emptyDoc } from '../shared/core/doc.ts';
import { reduce } from '../shared/core/reduce.ts';
import { OP_DEFS } from '../shared/deliverables/ops.ts';
import { ScenarioTemplate, scenarioFromTemplate } from '../shared/deliverables/playbook/library.ts';
import { playbookView } from '../shared/deliverables/playbook/view.ts';
import { CLEAR_STEPS, COMPLAINT_TYPES } from '../shared/deliverables/playbook/vocabulary.ts';
import { newId } from '../shared/domain/ids.ts';
import { SCENARIO_TEMPLATES } from './complaint-scenarios.ts';
import { bilingualTextProblems } from './testing/text-rules.ts';

/** Every Chinese sentence of a template (the English side of the check is a stand-in). */
const chineseTexts = (t: ScenarioTemplate): string[] => [
  t.fields.description,
  t.fields.emotion,
  t.fields.realNeed,
  t.fields.promoterNote,
  ...Object.values(t.principles),
  ...Object.values(t.remedies),
  ...CLEAR_STEPS.flatMap((s) => [...t.script[s].say, ...t.script[s].avoid]),
];

describe('complaint scenario library', () => {
  it('holds at least twelve scenarios covering every complaint type, from several industries', () => {
    expect(SCENARIO_TEMPLATES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(SCENARIO_TEMPLATES.map((t) => t.fields.type))).toEqual(new Set(COMPLAINT_TYPES));
    expect(new Set(SCENARIO_TEMPLATES.map((t) => t.industry)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(SCENARIO_TEMPLATES.map((t) => t.id)).size).toBe(SCENARIO_TEMPLATES.length);
    expect(new Set(SCENARIO_TEMPLATES.map((t) => t.name['zh-CN'])).size).toBe(SCENARIO_TEMPLATES.length);
  });

  it('every scenario passes the schema: lines to say and to avoid in each CLEAR step, at least one remedy', () => {
    for (const t of SCENARIO_TEMPLATES) expect(ScenarioTemplate.safeParse(t).error, t.id).toBeUndefined();
  });

  it('names read in both languages and the Chinese is simplified throughout', () => {
    for (const t of SCENARIO_TEMPLATES) {
      expect(bilingualTextProblems(t.name), t.id).toEqual([]);
      for (const text of chineseTexts(t)) expect(bilingualTextProblems({ 'zh-CN': text, en: 'text' }), `${t.id}: ${text}`).toEqual([]);
    }
  });

  it('a library scenario becomes a playbook scenario with all its lines, through the one scenario.add op', () => {
    const workshopId = newId();
    const artifactId = newId();
    let doc = emptyDoc({
      id: workshopId, name: '工作坊', company: '', trainer: '', startDate: '', endDate: '', language: 'zh-CN', industry: 'general', createdAt: '', updatedAt: '',
    });
    doc = applyEffect(doc, reduce(doc, { opId: newId(), type: 'artifact.add', payload: { workshopId, artifactId, deliverable: 'playbook', fields: { title: '', teamId: null } } }, ''));
    for (const t of SCENARIO_TEMPLATES) {
      const input = scenarioFromTemplate(t, { workshopId, artifactId });
      expect(OP_DEFS['scenario.add'].payload.safeParse(input.payload).error, t.id).toBeUndefined();
      doc = applyEffect(doc, reduce(doc, { opId: newId(), ...input }, ''));
    }
    const view = playbookView(doc, artifactId);
    expect(view.scenarios.map((s) => s.scenario.title)).toEqual(SCENARIO_TEMPLATES.map((t) => t.name['zh-CN']));
    const leak = view.scenarios[0];
    expect(leak.lines.resolve.say.map((l) => l.text)).toEqual(SCENARIO_TEMPLATES[0].script.resolve.say);
    expect(leak.scenario.remedies).toEqual(SCENARIO_TEMPLATES[0].remedies);
  });
});
