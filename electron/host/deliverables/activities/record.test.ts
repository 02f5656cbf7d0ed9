import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standardState } from '../../../../shared/deliverables/standard/view.ts';
import { newId } from '../../../../shared/domain/ids.ts';
import { HTTP } from '../../../../shared/protocol/http.ts';
import type { Session } from '../../../../shared/protocol/session.ts';
import type { RunningHost } from '../../host.ts';
import { buildStandardDocx } from '../../export/standard-docx.ts';
import { stopExportWorker } from '../../export/run-export.ts';
import { readDocxBytes, type DocxText } from '../../testing/docx-text.ts';
import { startTestHost, tempDir } from '../../testing/fixtures.ts';
import { addPost, createWorkshop } from '../../testing/sample-ops.ts';
import { buildRecordDocx } from './export/record-docx.ts';
import { roomServqualGaps } from './export/servqual-gaps.ts';

const trainer: Session = { sessionId: 'trainer', role: 'trainer', workshopId: null, teamId: null, name: '' };
const SERVQUAL_ZH = ['有形度', '专业度', '反应度', '信赖度', '同理度'];

/** A class as the host records it: teams, participants, and activities answered by the participants themselves. */
function classroom(host: RunningHost, workshopId: string) {
  const send = (type: string, payload: object, session: Session = trainer) => {
    const result = host.engine.applyNow({ session, clientId: 'test', raw: { opId: newId(), type, payload: { workshopId, ...payload } } });
    expect(result.kind, `${type} ${JSON.stringify(result)}`).toBe('applied');
  };
  const member = (id: string): Session => ({ sessionId: id, role: 'member', workshopId, teamId: null, name: '' });
  const activity = (fields: object) => {
    const activityId = newId();
    const defaults = { stepId: null, anonymous: false, votesPerPerson: 3, sourceActivityId: null, dimensions: [] };
    send('activity.start', { activityId, fields: { ...defaults, ...fields } });
    return activityId;
  };
  return {
    send,
    team(name: string) {
      const teamId = newId();
      send('team.add', { teamId, fields: { name } });
      return teamId;
    },
    join(name: string, teamId: string | null) {
      const participantId = newId();
      send('participant.join', { participantId, name, teamId, language: 'zh-CN' });
      return participantId;
    },
    step(sectionId: string) {
      const stepId = newId();
      send('agenda.step.add', { stepId, fields: { day: 1, sectionId, title: '', minutes: 40 } });
      return stepId;
    },
    activity,
    note(activityId: string, who: string, text: string) {
      const noteId = newId();
      send('note.add', { activityId, noteId, text, authorId: who, authorName: 'sent by the phone' }, member(who));
      return noteId;
    },
    vote(activityId: string, who: string, noteId: string) {
      send('vote.cast', { activityId, voteId: newId(), noteId, voterId: who }, member(who));
    },
    score(activityId: string, who: string, score: number) {
      send('poll.answer', { activityId, responseId: newId(), respondentId: who, score, ratings: [] }, member(who));
    },
    rate(activityId: string, who: string, pairs: [number, number][]) {
      const ratings = pairs.map(([expectation, perception], dimension) => ({ dimension, expectation, perception }));
      send('poll.answer', { activityId, responseId: newId(), respondentId: who, score: null, ratings }, member(who));
    },
  };
}

/** A document's body without the bookmark and picture numbers docx counts up across every file one process builds. */
const documentXml = async (bytes: ArrayBuffer | Buffer): Promise<string> =>
  (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string'))
    .replace(/_Toc\d+/g, '_Toc')
    .replace(/ w:id="\d+"/g, '')
    .replace(/<wp:docPr id="\d+"/g, '<wp:docPr');

describe('the classroom record and 成果1’s room section, exported through the route', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  const workshopId = newId();
  const plainId = newId();
  const download = async (id: string, deliverable: string, query = '') => {
    const res = await fetch(host.origin + HTTP.exportDeliverable(id, deliverable) + query, { headers: { authorization: `Bearer ${host.token}` } });
    return res;
  };
  const read = async (res: Response) => readDocxBytes(new Uint8Array(await res.arrayBuffer()));

  beforeAll(async () => {
    dir = tempDir();
    host = await startTestHost(dir.dir);
    host.engine.applyNow({ session: trainer, clientId: 'test', raw: { ...createWorkshop(workshopId, '栖梧课堂'), opId: newId() } });
    host.engine.applyNow({ session: trainer, clientId: 'test', raw: { ...addPost(workshopId), opId: newId() } });
    const c = classroom(host, workshopId);
    const one = c.team('一组');
    const two = c.team('二组');
    const wang = c.join('王芳', one);
    const li = c.join('李强', one);
    const zhao = c.join('赵敏', two);
    const chen = c.join('陈伟', two);
    const alex = c.join('Alex', null);

    const ideas = c.activity({ kind: 'brainstorm', prompt: '客人最常抱怨什么？', stepId: c.step('l2-expectations') });
    c.note(ideas, wang, '前台等候太久');
    const markup = c.note(ideas, li, '<b>加粗</b> 不是标记');
    const checkout = c.note(ideas, zhao, '退房流程繁琐');
    const secret = c.activity({ kind: 'brainstorm', prompt: '说一句不敢当面说的话', anonymous: true });
    c.note(secret, wang, '经理从不回电');
    const dots = c.activity({ kind: 'dotVote', prompt: '先改哪一条？', sourceActivityId: ideas, votesPerPerson: 2 });
    c.vote(dots, wang, checkout);
    c.vote(dots, li, checkout);
    c.vote(dots, zhao, markup);

    const nps = c.activity({ kind: 'npsPoll', prompt: '您会把我们推荐给朋友吗？', stepId: c.step('l1-nps') });
    [10, 9, 9, 8, 3].forEach((score, i) => c.score(nps, [wang, li, zhao, chen, alex][i]!, score));
    c.activity({ kind: 'npsPoll', prompt: '下午的课程您会推荐吗？' });

    const servqual = c.activity({ kind: 'ratingPoll', prompt: '顾客眼中的五个维度', dimensions: SERVQUAL_ZH, stepId: c.step('l2-servqual') });
    c.rate(servqual, wang, [[6, 5], [6, 6], [7, 4], [6, 6], [6, 6]]);
    c.rate(servqual, li, [[6, 6], [7, 6], [7, 5], [6, 5], [6, 7]]);

    // A second workshop whose polls are not over the SERVQUAL dimensions: its 成果1 stays as it was.
    host.engine.applyNow({ session: trainer, clientId: 'test', raw: { ...createWorkshop(plainId, '没有维度评分的课堂'), opId: newId() } });
    host.engine.applyNow({ session: trainer, clientId: 'test', raw: { ...addPost(plainId), opId: newId() } });
    const p = classroom(host, plainId);
    const someone = p.join('孙丽', null);
    const own = p.activity({ kind: 'ratingPoll', prompt: '早餐', dimensions: ['菜品', '有形度', '环境'] });
    p.rate(own, someone, [[6, 4], [5, 5], [6, 6]]);
    p.score(p.activity({ kind: 'npsPoll', prompt: '推荐吗？' }), someone, 9);
  }, 30_000);
  afterAll(async () => {
    await stopExportWorker();
    await host.close();
    dir.remove();
  });

  describe('课堂互动记录', () => {
    let record: DocxText;
    beforeAll(async () => {
      // The record belongs to the workshop: no artifact exists for it, and a stray ?artifact= changes nothing.
      const res = await download(workshopId, 'activities', '?artifact=nothing-by-that-id');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('课堂互动记录_1.0_示例物业服务有限公司.docx'));
      record = await read(res);
    }, 60_000);

    it('has the cover, the two chapters and a section per activity, in the order they were started', () => {
      const text = record.paragraphs.map((p) => p.text);
      expect(text).toContain('课堂互动记录');
      expect(record.headers.join('')).toContain('课堂互动记录 1.0');
      expect(record.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['参与学员', '课堂活动']);
      expect(record.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
        '头脑风暴：客人最常抱怨什么？',
        '头脑风暴：说一句不敢当面说的话',
        '圆点投票：先改哪一条？',
        'NPS 调查：您会把我们推荐给朋友吗？',
        'NPS 调查：下午的课程您会推荐吗？',
        '期望与感知评分：顾客眼中的五个维度',
      ]);
      expect(text).toContain('课程环节：第 1 天 · NPS 解读');
    });

    it('lists the participants team by team, those in no team last', () => {
      expect(record.rows).toContainEqual(['一组', '2', '李强、王芳']);
      expect(record.rows).toContainEqual(['二组', '2', '陈伟、赵敏']);
      expect(record.rows).toContainEqual(['未分组', '1', 'Alex']);
      expect(record.paragraphs.map((p) => p.text)).toContain('共 5 名学员通过自己的设备加入课堂，分为 2 个小组。');
    });

    it('ranks the brainstorm’s notes by their dots and keeps typed markup as literal text', () => {
      expect(record.rows).toContainEqual(['1', '退房流程繁琐', '赵敏', '二组', '2']);
      expect(record.rows).toContainEqual(['2', '<b>加粗</b> 不是标记', '李强', '一组', '1']);
      expect(record.rows).toContainEqual(['3', '前台等候太久', '王芳', '一组', '0']);
      // The dot vote's own table: notes with dots, ranked, and the rest counted.
      expect(record.rows).toContainEqual(['1', '退房流程繁琐', '赵敏', '2']);
      expect(record.paragraphs.map((p) => p.text)).toContain('其余 1 条便签未得票。');
    });

    it('shows an anonymous note without its author', () => {
      const row = record.rows.find((r) => r.includes('经理从不回电'));
      expect(row).toEqual(['1', '经理从不回电', '匿名', '—']);
    });

    it('gives the NPS poll its count, shares, score and distribution chart', () => {
      expect(record.rows).toContainEqual(['5', '3 人（60%）', '1 人（20%）', '1 人（20%）', '40']);
      expect(record.paragraphs.map((p) => p.text)).toContain('5 人作答，净推荐值 NPS 为 40（推荐者 60% − 贬损者 20%）。');
      expect(record.paragraphs.map((p) => p.text)).toContain('图 1　「您会把我们推荐给朋友吗？」评分分布（0–10 分）');
    });

    it('says in words that an activity nobody answered has no results', () => {
      const texts = record.paragraphs.map((p) => p.text);
      const empty = texts.indexOf('NPS 调查：下午的课程您会推荐吗？');
      expect(texts.slice(empty, empty + 6)).toContain('尚无人作答。');
    });

    it('tables the rating poll’s expectation, perception and gap per dimension and names the largest shortfall', () => {
      expect(record.rows).toContainEqual(['有形度', '6.00', '5.50', '−0.50', '2']);
      expect(record.rows).toContainEqual(['反应度', '7.00', '4.50', '−2.50', '2']);
      expect(record.rows).toContainEqual(['同理度', '6.00', '6.50', '+0.50', '2']);
      expect(record.paragraphs.map((p) => p.text)).toContain('差距最大的维度：反应度，感知比期望低 2.50 分。');
      expect(record.paragraphs.map((p) => p.text)).toContain('图 2　「顾客眼中的五个维度」期望与感知雷达图（1–7 分）');
    });

    it('carries the two charts as pictures', async () => {
      const res = await download(workshopId, 'activities');
      const zip = await JSZip.loadAsync(await res.arrayBuffer());
      expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(2);
    }, 60_000);

    it('is written in the workshop’s language', async () => {
      const doc = host.engine.docs.get(workshopId)!;
      const en = await readDocxBytes(await buildRecordDocx({ doc: { ...doc, workshop: { ...doc.workshop, language: 'en' } }, artifactId: workshopId }));
      expect(en.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['Participants', 'Classroom activities']);
      expect(en.rows).toContainEqual(['1', '经理从不回电', 'Anonymous', '—']);
      expect(en.rows).toContainEqual(['5', '3 (60%)', '1 (20%)', '1 (20%)', '40']);
      expect(en.paragraphs.map((p) => p.text)).toContain('Largest shortfall: 反应度, perceived 2.50 points below expectation.');
    }, 60_000);

    it('says so in words when nobody joined and nothing was run', async () => {
      const emptyId = newId();
      host.engine.applyNow({ session: trainer, clientId: 'test', raw: { ...createWorkshop(emptyId, '空课堂'), opId: newId() } });
      const res = await download(emptyId, 'activities');
      expect(res.status).toBe(200);
      const texts = (await read(res)).paragraphs.map((p) => p.text);
      expect(texts).toContain('本次课堂没有学员通过自己的设备加入。');
      expect(texts).toContain('本次课堂没有进行互动活动。');
    }, 60_000);

    it('is the trainer’s alone', async () => {
      const member = host.issueSession({ role: 'member', workshopId });
      const res = await fetch(host.origin + HTTP.exportDeliverable(workshopId, 'activities'), { headers: { authorization: `Bearer ${member}` } });
      expect(res.status).toBe(403);
    });
  });

  describe('成果1', () => {
    it('sets the room’s SERVQUAL gaps beside the weight overview when the class rated the five dimensions', async () => {
      const standard = await read(await download(workshopId, 'standard'));
      const texts = standard.paragraphs.map((p) => p.text);
      const overview = texts.indexOf('岗位维度权重总览');
      const section = texts.indexOf('课堂评分：期望与感知差距');
      expect(section).toBeGreaterThan(overview);
      expect(section).toBeLessThan(texts.indexOf('前台接待', section)); // before the first post's chapter
      expect(standard.rows).toContainEqual(['维度', '期望', '感知', '差距', '各岗位平均权重']);
      expect(standard.rows).toContainEqual(['反应度', '7.00', '4.50', '−2.50', '20%']);
      expect(standard.rows).toContainEqual(['信赖度', '6.00', '5.50', '−0.50', '20%']);
      expect(texts).toContain('差距最大的维度是反应度（−2.50），平均权重为 20%。');
    }, 60_000);

    it('names the dimensions in the standard’s own language, whatever language the poll named them in', async () => {
      const doc = host.engine.docs.get(workshopId)!;
      const en = { ...doc, workshop: { ...doc.workshop, language: 'en' as const } };
      const standard = await readDocxBytes(await buildStandardDocx(standardState(en), roomServqualGaps(en)));
      expect(standard.paragraphs.map((p) => p.text)).toContain('The room’s ratings: expectation vs perception');
      expect(standard.rows).toContainEqual(['Responsiveness', '7.00', '4.50', '−2.50', '20%']);
    }, 60_000);

    it('stays exactly as before when no rating poll covered the SERVQUAL dimensions', async () => {
      const served = await documentXml(await (await download(plainId, 'standard')).arrayBuffer());
      const without = await documentXml(await buildStandardDocx(standardState(host.engine.docs.get(plainId)!)));
      expect(served).toBe(without);
      expect(served).not.toContain('课堂评分');
    }, 60_000);
  });
});
