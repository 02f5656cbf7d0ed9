import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxBytes } from '../../testing/docx-text.ts';
import { newId } from '../../../../shared/domain/ids.ts';
import { HTTP } from '../../../../shared/protocol/http.ts';
import type { Session } from '../../../../shared/protocol/session.ts';
import { homeworkArtifactId } from '../../../../shared/deliverables/homework/schemas.ts';
import { homeworkPlan } from '../../../../shared/deliverables/homework/view.ts';
import type { RunningHost } from '../../host.ts';
import { stopExportWorker } from '../../export/run-export.ts';
import { createWorkshop } from '../../testing/sample-ops.ts';
import { startTestHost, tempDir } from '../../testing/fixtures.ts';

const trainer: Session = { sessionId: 'trainer', role: 'trainer', workshopId: null, teamId: null, name: '' };

describe('the day-1 homework board and its Word action plan', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  const workshopId = newId();
  const artifactId = homeworkArtifactId(workshopId);
  const frontDesk = newId();
  const callCentre = newId();
  const send = (type: string, payload: object, session = trainer) =>
    host.engine.applyNow({ session, clientId: 'test', raw: { opId: newId(), type, payload: { workshopId, ...payload } } });
  const action = (departmentId: string, factor: string, what: string, owner = '', deadline = '', measure = '') =>
    send('homework.action.add', { departmentId, actionId: newId(), fields: { factor, what, owner, deadline, measure } });

  beforeAll(async () => {
    dir = tempDir();
    host = await startTestHost(dir.dir);
    host.engine.applyNow({ session: trainer, clientId: 'test', raw: { ...createWorkshop(workshopId, '华东客服提升营'), opId: newId() } });
    expect(send('artifact.add', { artifactId, deliverable: 'homework', fields: { title: '', teamId: null } }).kind).toBe('applied');
    send('homework.department.add', { artifactId, departmentId: frontDesk, fields: { name: '前台' } });
    send('homework.department.add', { artifactId, departmentId: callCentre, fields: { name: '客服中心' } });
    action(frontDesk, 'time', '高峰时段增开一个办理窗口', '王芳', '2026-04-30', '平均排队时间 ≤ 5 分钟');
    action(frontDesk, 'service', '熟客按姓名问候', '李强', '', '神秘顾客检查');
    action(callCentre, 'worry', '投诉 24 小时内回电告知进度', '赵敏', '2026-05-15', '回电及时率 ≥ 95%');
  });
  afterAll(async () => {
    await stopExportWorker();
    await host.close();
    dir.remove();
  });

  it('lets a member of the workshop add to the workshop-wide board, and refuses a second board with the same id', () => {
    const member: Session = { sessionId: 'm', role: 'member', workshopId, teamId: null, name: '学员' };
    expect(action(callCentre, 'money', '退款三个工作日内到账').kind).toBe('applied');
    const memberAdd = send('homework.action.add', { departmentId: callCentre, actionId: newId(), fields: { factor: 'effort', what: '上门取件', owner: '', deadline: '', measure: '' } }, member);
    expect(memberAdd.kind).toBe('applied');
    expect(send('artifact.add', { artifactId, deliverable: 'homework', fields: { title: '', teamId: null } })).toMatchObject({ kind: 'rejected', reason: { code: 'duplicateId' } });
    const badDate = send('homework.action.update', { actionId: Object.keys(host.engine.docs.get(workshopId)!.homeworkActions)[0], patch: { deadline: '30/04' } });
    expect(badDate).toMatchObject({ kind: 'rejected', reason: { code: 'invalid' } });
  });

  it('lists actions per department in factor order, and gathers them by factor', () => {
    const plan = homeworkPlan(host.engine.docs.get(workshopId)!);
    expect(plan.departments.map((d) => [d.department.name, d.actions.map((a) => a.factor)])).toEqual([
      ['前台', ['service', 'time']],
      ['客服中心', ['money', 'effort', 'worry']],
    ]);
    expect(plan.byFactor.find((f) => f.factor === 'time')!.actions.map((a) => a.department.name)).toEqual(['前台']);
    expect(plan.byFactor.find((f) => f.factor === 'brand')!.actions).toEqual([]);
  });

  it('exports a Word plan with a table per department and a summary by factor', async () => {
    const res = await fetch(host.origin + HTTP.exportDeliverable(workshopId, 'homework'), { headers: { authorization: `Bearer ${host.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('第一天课后作业_客户满意度提升行动计划_1.0'));
    const { rows, paragraphs } = await readDocxBytes(new Uint8Array(await res.arrayBuffer()));
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(expect.arrayContaining(['前台', '客服中心']));
    expect(rows).toContainEqual(['时间成本', '高峰时段增开一个办理窗口', '王芳', '2026年4月30日', '平均排队时间 ≤ 5 分钟']);
    expect(rows).toContainEqual(['服务价值', '熟客按姓名问候', '李强', '未定', '神秘顾客检查']);
    expect(rows).toContainEqual(['精神成本', '投诉 24 小时内回电告知进度', '赵敏', '2026年5月15日', '回电及时率 ≥ 95%']);
    // The summary: one row per factor, with the count, the departments, and the gaps called out.
    expect(rows).toContainEqual(['时间成本', '1', '前台', '前台：高峰时段增开一个办理窗口']);
    expect(rows).toContainEqual(['品牌价值', '0', '—', '空白：建议补充']);
  }, 60_000);
});
