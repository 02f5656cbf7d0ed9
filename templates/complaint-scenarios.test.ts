import { describe, expect, it } from 'vitest';
import { applyEffect, emptyDoc } from '../shared/core/doc.ts';
import { reduce } from '../shared/core/reduce.ts';
import { OP_DEFS } from '../shared/deliverables/ops.ts';
import { ScenarioTemplate, scenarioFromTemplate } from '../shared/deliverables/playbook/library.ts';
import { playbookView } from '../shared/deliverables/playbook/view.ts';
import { CLEAR_STEPS, COMPLAINT_TYPES } from '../shared/deliverables/playbook/vocabulary.ts';
import type { Bilingual } from '../shared/domain/library.ts';
import { newId } from '../shared/domain/ids.ts';
import type { Language } from '../shared/domain/workshop.ts';
import { SCENARIO_TEMPLATES } from './complaint-scenarios.ts';
import { bilingualTextProblems } from './testing/text-rules.ts';

/** Every text of a template, each in both languages. */
const texts = (t: ScenarioTemplate): Bilingual[] => [
  t.name,
  t.fields.description,
  t.fields.emotion,
  t.fields.realNeed,
  t.fields.promoterNote,
  ...Object.values(t.principles),
  ...Object.values(t.remedies),
  ...CLEAR_STEPS.flatMap((s) => [...t.script[s].say, ...t.script[s].avoid]),
];

/** A playbook in a workshop of `language` with every library scenario added to it, in library order. */
function playbookWithLibrary(language: Language) {
  const workshopId = newId();
  const artifactId = newId();
  let doc = emptyDoc({ id: workshopId, name: 'Workshop', company: '', trainer: '', startDate: '', endDate: '', language, industry: 'general', createdAt: '', updatedAt: '' });
  doc = applyEffect(doc, reduce(doc, { opId: newId(), type: 'artifact.add', payload: { workshopId, artifactId, deliverable: 'playbook', fields: { title: '', teamId: null } } }, ''));
  for (const t of SCENARIO_TEMPLATES) {
    const input = scenarioFromTemplate(t, { workshopId, artifactId, language });
    expect(OP_DEFS['scenario.add'].payload.safeParse(input.payload).error, t.id).toBeUndefined();
    doc = applyEffect(doc, reduce(doc, { opId: newId(), ...input }, ''));
  }
  return playbookView(doc, artifactId);
}

const CJK = /[\u3400-\u9fff]/;

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

  it('every text reads in both languages, and the Chinese is simplified throughout', () => {
    for (const t of SCENARIO_TEMPLATES) for (const text of texts(t)) expect(bilingualTextProblems(text), `${t.id}: ${text['zh-CN']}`).toEqual([]);
  });

  it('a library scenario becomes a playbook scenario with all its lines, through the one scenario.add op', () => {
    const view = playbookWithLibrary('zh-CN');
    expect(view.scenarios.map((s) => s.scenario.title)).toEqual(SCENARIO_TEMPLATES.map((t) => t.name['zh-CN']));
    const leak = view.scenarios[0];
    const template = SCENARIO_TEMPLATES[0];
    expect(leak.lines.resolve.say.map((l) => l.text)).toEqual(template.script.resolve.say.map((l) => l['zh-CN']));
    expect(leak.scenario.description).toBe(template.fields.description['zh-CN']);
    expect(Object.keys(leak.scenario.remedies)).toEqual(Object.keys(template.remedies));
    expect(leak.scenario.remedies.followThrough).toBe(template.remedies.followThrough!['zh-CN']);
  });

  it('in an English workshop a library scenario arrives in English, every text of it', () => {
    const view = playbookWithLibrary('en');
    SCENARIO_TEMPLATES.forEach((t, i) => {
      const { scenario, lines } = view.scenarios[i];
      expect(scenario.title).toBe(t.name.en);
      expect([scenario.description, scenario.emotion, scenario.realNeed, scenario.promoterNote]).toEqual(
        [t.fields.description, t.fields.emotion, t.fields.realNeed, t.fields.promoterNote].map((x) => x.en),
      );
      expect(scenario.principles).toEqual(Object.fromEntries(Object.entries(t.principles).map(([k, v]) => [k, v.en])));
      expect(scenario.remedies).toEqual(Object.fromEntries(Object.entries(t.remedies).map(([k, v]) => [k, v!.en])));
      for (const step of CLEAR_STEPS) for (const kind of ['say', 'avoid'] as const) expect(lines[step][kind].map((l) => l.text)).toEqual(t.script[step][kind].map((l) => l.en));
      const stored = [scenario.title, scenario.description, scenario.emotion, scenario.realNeed, scenario.promoterNote, ...Object.values(scenario.principles), ...Object.values(scenario.remedies)];
      for (const text of [...stored, ...CLEAR_STEPS.flatMap((s) => [...lines[s].say, ...lines[s].avoid].map((l) => l.text))]) expect(text, t.id).not.toMatch(CJK);
    });
  });
});
