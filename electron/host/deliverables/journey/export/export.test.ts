import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRATEGY_ELEMENTS } from '../../../../../shared/deliverables/motStrategy/schemas.ts';
import { STRATEGY_WORDS } from '../../../../../shared/deliverables/motStrategy/words.ts';
import { newId } from '../../../../../shared/domain/ids.ts';
import { HTTP } from '../../../../../shared/protocol/http.ts';
import type { SubOp } from '../../../../../shared/protocol/ops.ts';
import { findJourneyTemplate } from '../../../../../templates/journeys/index.ts';
import { journeyStartOps } from '../../../../../templates/journeys/start.ts';
import type { RunningHost } from '../../../host.ts';
import { stopExportWorker } from '../../../export/run-export.ts';
import { startTestHost, tempDir } from '../../../testing/fixtures.ts';
import { addIndicator, addPost, createWorkshop } from '../../../testing/sample-ops.ts';
import { Speaker } from '../../../testing/speaker.ts';

interface Docx {
  xml: string;
  text: string;
  tables: string[];
  media: string[];
}

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** The Word file read back: its body, its tables (as text) and the pictures it embeds. */
async function readDocx(res: Response): Promise<Docx> {
  const zip = await JSZip.loadAsync(await res.arrayBuffer());
  const xml = await zip.file('word/document.xml')!.async('string');
  const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
  return { xml, text: textOf(xml), tables: [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => textOf(m[0])), media };
}

/** Both Word files of lecture 3, from a hotel journey (started from the template) and a strategy, over the real route. */
describe('成果2 and 成果3 Word export', () => {
  let host: RunningHost;
  let dir: ReturnType<typeof tempDir>;
  const W = newId();
  const team = newId();
  const journey = newId();
  const strategy = newId();
  const postId = newId();
  const indicatorId = newId();
  const get = (deliverable: string) => fetch(host.origin + HTTP.exportDeliverable(W, deliverable), { headers: { authorization: `Bearer ${host.token}` } });

  beforeAll(async () => {
    dir = tempDir();
    host = await startTestHost(dir.dir);
    const trainer = await Speaker.open(host.origin, host.token);
    const hotel = journeyStartOps({ workshopId: W, artifactId: journey, teamId: team, title: '', template: findJourneyTemplate('hotel')!, lang: 'zh-CN' });
    const firstCard = hotel.find((op) => op.type === 'card.add')!.payload as { cardId: string };
    const measures: SubOp[] = [
      { type: 'artifact.add', payload: { workshopId: W, artifactId: strategy, deliverable: 'motStrategy', fields: { title: '', teamId: null } } },
      { type: 'measure.add', payload: { workshopId: W, artifactId: strategy, measureId: newId(), element: 'empowerment', fields: { action: '前台可当场减免 300 元以内的房费', owner: '前厅经理', timeline: '2027 年 1 月', kpi: '投诉当场解决率 ≥ 85%' } } },
      { type: 'measure.add', payload: { workshopId: W, artifactId: strategy, measureId: newId(), element: 'appraisal', fields: { action: '把感动点执行率纳入月度考核', owner: '人力资源部', timeline: '2027 年 2 月', kpi: '感动点执行率' } } },
    ];
    const ops = [
      createWorkshop(W),
      { type: 'team.add', payload: { workshopId: W, teamId: team, fields: { name: '酒店一组' } } },
      addPost(W, postId),
      addIndicator(W, postId, 'responsiveness', '三声内接听', 100, indicatorId),
      { type: 'batch', payload: { workshopId: W, ops: hotel } },
      { type: 'card.update', payload: { workshopId: W, cardId: firstCard.cardId, patch: { indicatorIds: [indicatorId] } } },
      { type: 'batch', payload: { workshopId: W, ops: measures } },
    ] as const;
    for (const op of ops) expect(await trainer.send(op as never)).toMatchObject({ type: 'ack' });
    trainer.close();
  });
  afterAll(async () => {
    await stopExportWorker();
    await host.close();
    dir.remove();
  });

  it('the journey script: the map and the emotion curve as pictures, one table per stage, a peak-and-end section', async () => {
    const res = await get('journey');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('成果2_客户体验流程脚本_1.0'));
    const docx = await readDocx(res);
    expect(docx.media).toHaveLength(2);
    const hotel = findJourneyTemplate('hotel')!;
    // The cover's sign-off table, then one per stage.
    expect(docx.tables).toHaveLength(1 + hotel.stages.length);
    hotel.stages.forEach((stage, i) => {
      expect(docx.text).toContain(`阶段：${stage.name['zh-CN']}`);
      for (const moment of stage.moments) expect(docx.tables[i + 1]).toContain(moment.touchpoint['zh-CN']);
    });
    expect(docx.tables[1]).toContain('关联考核指标：三声内接听');
    expect(docx.text).toContain('酒店一组');
    expect(docx.text).toContain('峰终设计');
    expect(docx.text).toContain('体验高峰：进入客房（+3）');
  }, 60_000);

  it('the strategy: a section per element with its aim, and the measures in tables', async () => {
    const res = await get('motStrategy');
    expect(res.status).toBe(200);
    const docx = await readDocx(res);
    for (const element of STRATEGY_ELEMENTS) expect(docx.text).toContain(STRATEGY_WORDS['zh-CN'][element].title);
    expect(docx.tables).toHaveLength(3);
    expect(docx.tables.join('')).toContain('前台可当场减免 300 元以内的房费');
    expect(docx.tables.join('')).toContain('感动点执行率');
    expect(docx.text.match(/本要素尚未制定措施/g)).toHaveLength(STRATEGY_ELEMENTS.length - 2);
  }, 60_000);
});
