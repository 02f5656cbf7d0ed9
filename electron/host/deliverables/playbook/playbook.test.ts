import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../../shared/domain/ids.ts';
import { playbookView } from '../../../../shared/deliverables/playbook/view.ts';
import { CLEAR_STEPS, PLAYBOOK_LIMITS, PRINCIPLES } from '../../../../shared/deliverables/playbook/vocabulary.ts';
import { domainEn } from '../../../../shared/i18n/domain.en.ts';
import { domainZh } from '../../../../shared/i18n/domain.zh-CN.ts';
import { reasonText } from '../../../../shared/i18n/reason-text.ts';
import { PROTOCOL_VERSION } from '../../../../shared/protocol/messages.ts';
import type { Reason } from '../../../../shared/protocol/reasons.ts';
import type { RunningHost } from '../../host.ts';
import { loadDoc } from '../../store/doc-store.ts';
import { RawClient, startTestHost, tempDir } from '../../testing/fixtures.ts';
import { addPlaybook, addScenario, addTier, tierFields } from '../../testing/playbook-ops.ts';
import { createWorkshop } from '../../testing/sample-ops.ts';

const translate = (table: object) => (key: string, params?: Record<string, unknown>) => {
  const text = key.split('.').reduce<unknown>((node, seg) => (node as Record<string, unknown>)?.[seg], table);
  if (typeof text !== 'string') return key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
};
const zh = (reason: Reason) => reasonText(translate(domainZh), reason);
const en = (reason: Reason) => reasonText(translate(domainEn), reason);

const scores = (step: number, principle: number) => ({
  steps: Object.fromEntries(CLEAR_STEPS.map((s) => [s, step])),
  principles: Object.fromEntries(PRINCIPLES.map((p) => [p, principle])),
});

/** Sends an op and takes the host's answer to it: null when acked, else the reason it was refused. */
async function answer(client: RawClient, input: object): Promise<Reason | null> {
  client.send({ type: 'op', op: { opId: newId(), ...input } });
  const deadline = Date.now() + 5000;
  for (;;) {
    const index = client.messages.findIndex((m) => m.type === 'ack' || m.type === 'reject');
    if (index >= 0) {
      const [reply] = client.messages.splice(index, 1);
      return reply.type === 'reject' ? reply.reason : null;
    }
    if (Date.now() > deadline) throw new Error('no answer in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('complaint playbook on the host', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  let raw: RawClient;
  const workshopId = newId();
  const playbookId = newId();
  const scenarioId = newId();
  const roundId = newId();
  const tierIds = [newId(), newId()];

  const send = (input: object) => answer(raw, input);
  const stored = () => JSON.parse(JSON.stringify(loadDoc(host.db, workshopId)));

  beforeAll(async () => {
    dir = tempDir();
    host = await startTestHost(dir.dir);
    raw = await RawClient.open(host.origin, host.token);
    raw.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 'raw' });
    await raw.next('welcome');
    for (const input of [
      createWorkshop(workshopId),
      addPlaybook(workshopId, playbookId),
      addScenario(workshopId, playbookId, scenarioId),
      addTier(workshopId, playbookId, tierFields('前台客服', 0, 200), tierIds[0]),
      addTier(workshopId, playbookId, tierFields('客服主管', 200, 1000), tierIds[1]),
      { type: 'kpi.add', payload: { workshopId, artifactId: playbookId, kpiId: newId(), fields: { name: '首次响应及时率', definition: '30 分钟内首次响应的投诉占比', target: '≥ 95%' } } },
      {
        type: 'round.add',
        payload: { workshopId, artifactId: playbookId, roundId, fields: { scenarioId, customer: '张伟', handler: '李娜', observers: ['王芳', '赵磊'], minutes: 5 } },
      },
      { type: 'round.start', payload: { workshopId, roundId } },
      { type: 'score.put', payload: { workshopId, roundId, sheetId: newId(), fields: { observer: '王芳', ...scores(4, 5), comment: '道歉及时' } } },
      { type: 'score.put', payload: { workshopId, roundId, sheetId: newId(), fields: { observer: '赵磊', ...scores(2, 3), comment: '倾听不够' } } },
    ]) {
      expect(await send(input)).toBeNull();
    }
  });

  afterAll(async () => {
    raw.close();
    await host.close();
    dir.remove();
  });

  it('stores the scenario, its script lines, remedies, tiers, KPIs and the scored round in the library file', () => {
    const view = playbookView(loadDoc(host.db, workshopId)!, playbookId);
    const [{ scenario, lines }] = view.scenarios;
    expect(scenario).toMatchObject({ title: '报修三次仍漏水', type: 'repeatRepair', severity: 'high', firstResponseMinutes: 30 });
    expect(scenario.remedies).toEqual({ followThrough: '工程主管全程跟进，每天下午五点前电话告知进度' });
    expect(lines.control.say.map((l) => l.text)).toEqual(['王先生，您先请坐，这件事我现在就跟进。']);
    expect(lines.control.avoid.map((l) => l.text)).toEqual(['您别激动，这不是我们的问题。']);
    expect(view.tiers.map((t) => [t.role, t.minAmount, t.maxAmount])).toEqual([
      ['前台客服', 0, 200],
      ['客服主管', 200, 1000],
    ]);
    expect(view.kpis.map((k) => k.target)).toEqual(['≥ 95%']);
    const [round] = view.rounds;
    expect(round.round.observers).toEqual(['王芳', '赵磊']);
    expect(round.round.startedAt).not.toBeNull();
    expect(round.scores.steps.listen).toEqual({ mean: 3, count: 2 });
    expect(round.scores.principles.thank).toEqual({ mean: 4, count: 2 });
  });

  it('refuses an empty or oversized script line with a translated reason, keeping the scenario as it was', async () => {
    const before = stored();
    const empty = await send({ type: 'line.add', payload: { workshopId, scenarioId, lineId: newId(), step: 'listen', kind: 'say', text: '   ' } });
    expect(empty).toMatchObject({ code: 'invalid', path: 'payload.text', rule: 'required' });
    expect(zh(empty!)).toBe('输入无效：话术不能为空');
    const long = await send({
      type: 'line.add',
      payload: { workshopId, scenarioId, lineId: newId(), step: 'listen', kind: 'say', text: '请'.repeat(PLAYBOOK_LIMITS.lineText + 1) },
    });
    expect(long).toMatchObject({ code: 'invalid', rule: 'tooLong', limit: PLAYBOOK_LIMITS.lineText });
    expect(en(long!)).toBe(`Invalid input: Script line is too long (at most ${PLAYBOOK_LIMITS.lineText} characters)`);
    const lineId = stored().scriptLines && Object.keys(before.scriptLines)[0];
    expect(await send({ type: 'line.update', payload: { workshopId, lineId, text: '' } })).toMatchObject({ rule: 'required' });
    expect(stored()).toEqual(before);
  });

  it('refuses a tier with a negative amount, a reversed range or a range overlapping another tier', async () => {
    const before = stored();
    const negative = await send(addTier(workshopId, playbookId, tierFields('店长', -100, 3000)));
    expect(negative).toMatchObject({ code: 'invalid', path: 'payload.fields.minAmount', rule: 'negative' });
    expect(zh(negative!)).toBe('输入无效：下限金额不能为负数');
    const overlap = await send(addTier(workshopId, playbookId, tierFields('店长', 800, 3000)));
    expect(overlap).toMatchObject({ code: 'invalid', path: 'payload.fields.minAmount', rule: 'tierOverlap' });
    expect(zh(overlap!)).toBe('输入无效：下限金额与另一授权层级的金额区间重叠（每个金额只能归属一个层级）');
    const reversed = await send({ type: 'tier.update', payload: { workshopId, tierId: tierIds[1], patch: { maxAmount: 100 } } });
    expect(reversed).toMatchObject({ path: 'payload.patch.maxAmount', rule: 'minAboveMax' });
    expect(en(reversed!)).toBe('Invalid input: Upper amount must not be below the lower amount');
    // Widening the first tier into the second's range is an overlap too.
    expect(await send({ type: 'tier.update', payload: { workshopId, tierId: tierIds[0], patch: { maxAmount: 500 } } })).toMatchObject({
      rule: 'tierOverlap',
    });
    expect(stored()).toEqual(before);
    expect(await send(addTier(workshopId, playbookId, tierFields('店长', 1000, 5000)))).toBeNull();
  });

  it('refuses a role-play score out of range, and keeps the sheets already saved', async () => {
    const before = stored();
    for (const bad of [0, 6, 3.5]) {
      const sheet = scores(3, 3);
      sheet.steps.empathy = bad;
      const reason = await send({ type: 'score.put', payload: { workshopId, roundId, sheetId: newId(), fields: { observer: '王芳', ...sheet, comment: '' } } });
      expect(reason).toMatchObject({ code: 'invalid', path: 'payload.fields.steps.empathy', rule: 'scoreRange' });
      expect(zh(reason!)).toBe('输入无效：CLEAR 步骤评分须为 1 到 5 之间的整数');
    }
    expect(stored()).toEqual(before);
  });

  it("lets another team's member score a round but not edit the team's playbook", async () => {
    const teamA = newId();
    const teamB = newId();
    const teamPlaybook = newId();
    expect(await send({ type: 'team.add', payload: { workshopId, teamId: teamA, fields: { name: '一组' } } })).toBeNull();
    expect(await send({ type: 'team.add', payload: { workshopId, teamId: teamB, fields: { name: '二组' } } })).toBeNull();
    expect(await send(addPlaybook(workshopId, teamPlaybook, teamA))).toBeNull();
    const teamScenario = newId();
    expect(await send(addScenario(workshopId, teamPlaybook, teamScenario))).toBeNull();
    const teamRound = newId();
    expect(
      await send({
        type: 'round.add',
        payload: { workshopId, artifactId: teamPlaybook, roundId: teamRound, fields: { scenarioId: teamScenario, customer: '甲', handler: '乙', observers: [], minutes: 3 } },
      }),
    ).toBeNull();

    const member = await RawClient.open(host.origin, host.issueSession({ role: 'member', workshopId, teamId: teamB }));
    member.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: '二组观察员' });
    await member.next('welcome');
    const asMember = (input: object) => answer(member, input);
    expect(await asMember({ type: 'scenario.update', payload: { workshopId, scenarioId: teamScenario, patch: { title: '改掉' } } })).toMatchObject({
      code: 'forbidden',
    });
    expect(
      await asMember({ type: 'score.put', payload: { workshopId, roundId: teamRound, sheetId: newId(), fields: { observer: '二组观察员', ...scores(5, 5), comment: '' } } }),
    ).toBeNull();
    member.close();
  });

  it('removing a playbook removes its scenarios, lines, tiers, KPIs, rounds and sheets, and nothing else', async () => {
    const other = newId();
    expect(await send(addPlaybook(workshopId, other))).toBeNull();
    expect(await send(addScenario(workshopId, other))).toBeNull();
    const count = (table: string) => host.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const tables = ['scenarios', 'script_lines', 'complaint_tiers', 'complaint_kpis', 'roleplay_rounds', 'roleplay_sheets', 'roleplay_scores'];
    const before = Object.fromEntries(tables.map((t) => [t, count(t)]));
    expect(await send({ type: 'artifact.remove', payload: { workshopId, artifactId: playbookId } })).toBeNull();
    const doc = loadDoc(host.db, workshopId)!;
    expect(Object.values(doc.scenarios).some((s) => s.artifactId === playbookId)).toBe(false);
    expect(Object.values(doc.scenarios).some((s) => s.artifactId === other)).toBe(true);
    expect(count('complaint_tiers')).toBe(before.complaint_tiers - 3);
    expect(count('roleplay_scores')).toBe(before.roleplay_scores - 2 * (CLEAR_STEPS.length + PRINCIPLES.length));
    expect(count('script_lines')).toBe(before.script_lines - 3);
  });
});
