import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioFromTemplate } from '../../../../../shared/deliverables/playbook/library.ts';
import { CLEAR_STEPS, PRINCIPLES } from '../../../../../shared/deliverables/playbook/vocabulary.ts';
import { newId } from '../../../../../shared/domain/ids.ts';
import { HTTP } from '../../../../../shared/protocol/http.ts';
import { PROTOCOL_VERSION } from '../../../../../shared/protocol/messages.ts';
import { SCENARIO_TEMPLATES } from '../../../../../templates/complaint-scenarios.ts';
import { stopExportWorker } from '../../../export/run-export.ts';
import type { RunningHost } from '../../../host.ts';
import { RawClient, startTestHost, tempDir } from '../../../testing/fixtures.ts';
import { addPlaybook, addTier, tierFields } from '../../../testing/playbook-ops.ts';
import { createWorkshop } from '../../../testing/sample-ops.ts';

const textOf = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
/** Each table of the body as rows of cell texts (a cell's paragraphs joined by '|'). */
const tablesOf = (xml: string): string[][][] =>
  [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map((r) =>
      [...r[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => [...c[0].matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => textOf(p[0])).join('|')),
    ),
  );

describe('the playbook as a Word file, through the export route', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  const workshopId = newId();
  const teamId = newId();
  const playbookId = newId();
  const [leak, billing] = [SCENARIO_TEMPLATES[0], SCENARIO_TEMPLATES.find((t) => t.fields.type === 'billing')!];
  let xml = '';
  let zip: JSZip;
  let fileName = '';

  beforeAll(async () => {
    dir = tempDir();
    host = await startTestHost(dir.dir);
    const raw = await RawClient.open(host.origin, host.token);
    raw.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 'raw' });
    await raw.next('welcome');
    const leakId = newId();
    const roundId = newId();
    const sheet = (observer: string, step: number, comment: string) => ({
      observer,
      steps: Object.fromEntries(CLEAR_STEPS.map((s) => [s, step])),
      principles: Object.fromEntries(PRINCIPLES.map((p) => [p, 4])),
      comment,
    });
    for (const input of [
      createWorkshop(workshopId),
      { type: 'team.add', payload: { workshopId, teamId, fields: { name: '物业一组' } } },
      addPlaybook(workshopId, playbookId, teamId),
      scenarioFromTemplate(leak, { workshopId, artifactId: playbookId, language: 'zh-CN', scenarioId: leakId }),
      scenarioFromTemplate(billing, { workshopId, artifactId: playbookId, language: 'zh-CN' }),
      // Added out of order: the matrix reads from the smallest amounts up.
      addTier(workshopId, playbookId, tierFields('客服主管', 200, 1000)),
      addTier(workshopId, playbookId, tierFields('前台客服', 0, 200)),
      { type: 'kpi.add', payload: { workshopId, artifactId: playbookId, kpiId: newId(), fields: { name: '重复投诉率', definition: '30 天内同一客户同一问题再次投诉的占比', target: '≤ 3%' } } },
      { type: 'round.add', payload: { workshopId, artifactId: playbookId, roundId, fields: { scenarioId: leakId, customer: '张伟', handler: '李娜', observers: ['王芳'], minutes: 5 } } },
      { type: 'score.put', payload: { workshopId, roundId, sheetId: newId(), fields: sheet('王芳', 4, '道歉及时，方案具体') } },
    ]) {
      raw.send({ type: 'op', op: { ...input, opId: newId() } });
      await raw.next('ack');
    }
    raw.close();
    const res = await fetch(host.origin + HTTP.exportDeliverable(workshopId, 'playbook', playbookId), { headers: { authorization: `Bearer ${host.token}` } });
    expect(res.status).toBe(200);
    fileName = decodeURIComponent(res.headers.get('content-disposition')!.split("UTF-8''")[1]);
    zip = await JSZip.loadAsync(await res.arrayBuffer());
    xml = await zip.file('word/document.xml')!.async('string');
  }, 60_000);

  afterAll(async () => {
    await stopExportWorker();
    await host.close();
    dir.remove();
  });

  const headings = (level: 1 | 2) =>
    [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) => m[0]).filter((p) => p.includes(`<w:pStyle w:val="Heading${level}"/>`)).map(textOf);

  it('is named after the deliverable, the team and the company', () => {
    expect(fileName).toBe('投诉处理手册_1.0_物业一组_示例物业服务有限公司.docx');
  });

  it('has the cover, the contents and the chapters in the course’s order, one per scenario', () => {
    const text = textOf(xml);
    for (const cover of ['示例物业服务有限公司', '现场作业', '物业客服投诉处理手册', '版本', '编制', '审核', '批准']) expect(text).toContain(cover);
    expect(text).toContain('目录');
    expect(headings(1)).toEqual([
      '目的与使用方法',
      '投诉处理原则与 CLEAR 方法',
      '投诉处理流程',
      leak.name['zh-CN'],
      billing.name['zh-CN'],
      '升级与授权矩阵',
      '补救策略总览',
      '投诉管理指标与目标',
      '角色演练记录',
    ]);
  });

  it('gives each scenario its CLEAR table: every step with its lines to say and to avoid', () => {
    const clear = tablesOf(xml).filter((t) => t[0].join() === '步骤,推荐话术,禁忌话术');
    expect(clear).toHaveLength(2);
    const [header, ...rows] = clear[0];
    expect(header).toEqual(['步骤', '推荐话术', '禁忌话术']);
    expect(rows.map((r) => r[0])).toEqual(['C  控制情绪', 'L  聆听诉说', 'E  同理链接', 'A  表达歉意', 'R  提出方案']);
    expect(rows[1]).toEqual(['L  聆听诉说', leak.script.listen.say.map((l) => l['zh-CN']).join('|'), leak.script.listen.avoid.map((l) => l['zh-CN']).join('|')]);
    expect(rows[4][1]).toBe(leak.script.resolve.say.map((l) => l['zh-CN']).join('|'));
  });

  it('sets out the escalation matrix from the smallest amounts up, and who decides above it', () => {
    const matrix = tablesOf(xml).find((t) => t[0][0] === '层级')!;
    expect(matrix.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['1', '前台客服', '0 – 200 元'],
      ['2', '客服主管', '200 – 1,000 元'],
    ]);
    expect(matrix[1][4]).toBe('涉及安全或业主要求书面赔偿');
    expect(textOf(xml)).toContain('补偿金额超过 1,000 元时，由管理层决定。');
  });

  it('lists the six remedy strategies with the scenarios using them, the KPIs with targets, and the scored round', () => {
    const strategies = tablesOf(xml).find((t) => t[0].join() === '策略,要义,采用的场景')!;
    expect(strategies).toHaveLength(7);
    expect(strategies.find((r) => r[0] === '全程跟进')![2]).toBe(leak.name['zh-CN']);
    const kpis = tablesOf(xml).find((t) => t[0][0] === '指标')!;
    expect(kpis[1]).toEqual(['重复投诉率', '30 天内同一客户同一问题再次投诉的占比', '≤ 3%']);
    expect(textOf(xml)).toContain('道歉及时，方案具体');
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/'))).toBe(true);
  });

  it('refuses an artifact that is not a playbook of this workshop', async () => {
    const res = await fetch(host.origin + HTTP.exportDeliverable(workshopId, 'playbook', workshopId), { headers: { authorization: `Bearer ${host.token}` } });
    expect(res.status).toBe(404);
  });
});
