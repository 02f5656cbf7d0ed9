import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { applyEffect, emptyDoc, type WorkshopDoc } from '../../../../../shared/core/doc.ts';
import { reduce } from '../../../../../shared/core/reduce.ts';
import { standardState } from '../../../../../shared/deliverables/standard/view.ts';
import { importOps } from '../../../../../shared/deliverables/standard/xlsx/import-ops.ts';
import { readStandardSheets } from '../../../../../shared/deliverables/standard/xlsx/read-sheets.ts';
import type { SubOp } from '../../../../../shared/protocol/ops.ts';
import { readXlsx } from './read-xlsx.ts';
import { buildStandardXlsx, sheetName } from './write-xlsx.ts';
import { Refused } from './zip-guard.ts';

const W = 'workshop-0001';
const workshop = { id: W, name: '工作坊', company: '示例酒店', trainer: '', startDate: '', endDate: '', language: 'zh-CN' as const, industry: 'hotel' as const, createdAt: '', updatedAt: '' };
let ids = 0;
const nextId = () => `generated-${String(++ids).padStart(4, '0')}`;
const run = (doc: WorkshopDoc, ops: SubOp[]) => applyEffect(doc, reduce(doc, { opId: 'op-0000001', type: 'batch', payload: { workshopId: W, ops } }, ''));
const ind = (indicatorId: string, dimension: 'empathy' | 'assurance', name: string, weight: number): SubOp => ({
  type: 'indicator.add',
  payload: { workshopId: W, postId: 'post-front', indicatorId, dimension, fields: { name, description: `${name}的做法`, weight, scoring: { kind: 'deduction', pointsPerOccurrence: 5 }, dataSource: 'OTA 点评', cycle: 'monthly' } },
});
const base = run(emptyDoc(workshop), [
  { type: 'artifact.add', payload: { workshopId: W, artifactId: W, deliverable: 'standard', fields: { title: '', teamId: null } } },
  { type: 'post.add', payload: { workshopId: W, artifactId: W, postId: 'post-front', fields: { name: '前台接待', description: '办理入住与退房' } } },
  ind('ind-listen', 'empathy', '耐心倾听不打断', 60),
  ind('ind-name', 'empathy', '称呼客人姓氏', 40),
  ind('ind-rates', 'assurance', '熟知房价政策', 100),
]);

const refusalOf = async (bytes: Buffer) => readXlsx(bytes).then(() => null, (e: unknown) => (e instanceof Refused ? e.refusal : e));

interface Part {
  name: string;
  actual: Buffer;
  /** The inflated size the zip's directories declare (a bomb lies here). */
  claimed?: number;
}

/** A hand-made zip, so the test controls what the directories claim; it always has a workbook's two required parts. */
function zipOf(...parts: Part[]): Buffer {
  const all: Part[] = [{ name: '[Content_Types].xml', actual: Buffer.from('<Types/>') }, { name: 'xl/workbook.xml', actual: Buffer.from('<workbook/>') }, ...parts];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, actual, claimed = actual.length } of all) {
    const data = deflateRawSync(actual);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(claimed, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(all.length, 8);
  end.writeUInt16LE(all.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

describe('成果1 as .xlsx', () => {
  it('writes one sheet per post with numbers, a frozen header and formula sums, and reads back the same standard', async () => {
    const bytes = await buildStandardXlsx(standardState(base, W));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('前台接待')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 7 });
    expect(sheet.getCell('D8').value).toBe(100); // assurance first, in course order
    expect(sheet.getCell('B8').value).toBe('熟知房价政策');
    expect(sheet.getCell('G4').value).toMatchObject({ formula: 'SUM(B4:F4)', result: 100 });
    expect(sheet.getCell('F5').value).toMatchObject({ result: 100 });
    expect(String((sheet.getCell('F5').value as { formula: string }).formula)).toMatch(/^SUMIF\(/);

    const read = readStandardSheets(await readXlsx(bytes));
    expect(read.problems).toEqual([]);
    // Nothing changed: nothing to apply.
    expect(importOps(base, W, read.posts, nextId).ops).toEqual([]);
  });

  it('turns an edited workbook into one batch that applies: a changed weight, a new post, a dropped indicator', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await buildStandardXlsx(standardState(base, W))) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('前台接待')!;
    sheet.getCell('D9').value = 70; // 耐心倾听不打断
    sheet.spliceRows(10, 1); // 称呼客人姓氏
    const added = book.addWorksheet('客房服务');
    added.getCell('A1').value = '岗位';
    added.getCell('B1').value = '客房服务';
    ['维度权重（%）', 10, 30, 20, 20, 20].forEach((v, i) => (added.getCell(4, i + 1).value = v));
    added.getRow(7).values = ['维度', '指标', '描述', '权重（%）', '评分规则', '数据来源', '考核周期'];
    added.getRow(8).values = ['有形度', '床品洁净无毛发', '', 100, '达标得 100 分，不达标得 0 分', '主管检查', '每日'];
    const read = readStandardSheets(await readXlsx(Buffer.from(await book.xlsx.writeBuffer())));
    expect(read.problems).toEqual([]);
    const plan = importOps(base, W, read.posts, nextId);
    expect(plan.summary).toEqual({ postsAdded: 1, postsChanged: 1, indicatorsAdded: 1, indicatorsChanged: 1, indicatorsRemoved: 1 });
    const after = run(base, plan.ops);
    expect(after.indicators['ind-listen']!.weight).toBe(70);
    expect(after.indicators['ind-name']).toBeUndefined();
    const room = Object.values(after.posts).find((p) => p.name === '客房服务')!;
    expect(room.dimensionWeights).toMatchObject({ tangibles: 10, assurance: 30 });
    expect(Object.values(after.indicators).find((i) => i.postId === room.id)).toMatchObject({ name: '床品洁净无毛发', scoring: { kind: 'passFail' }, dataSource: 'supervisorCheck', cycle: 'daily' });
  });

  it('names a formula typed into a weight cell by sheet and row', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await buildStandardXlsx(standardState(base, W))) as unknown as ExcelJS.Buffer);
    book.getWorksheet('前台接待')!.getCell('D9').value = { formula: 'WEBSERVICE("http://example.com")', result: 60 } as ExcelJS.CellFormulaValue;
    const read = readStandardSheets(await readXlsx(Buffer.from(await book.xlsx.writeBuffer())));
    expect(read.problems).toEqual([{ sheet: '前台接待', row: 9, column: 'D', code: 'formula' }]);
  });

  it('refuses a sheet of 100,000 rows before reading it', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('前台接待');
    for (let r = 1; r <= 100_000; r++) sheet.getCell(r, 1).value = r;
    expect(await refusalOf(Buffer.from(await book.xlsx.writeBuffer()))).toBe('tooManyRows');
  }, 60_000);

  it('refuses zip bombs: a part over the limit, and a part that inflates past the size it declares', async () => {
    expect(await refusalOf(zipOf({ name: 'xl/worksheets/sheet1.xml', actual: Buffer.alloc(20 * 1024 * 1024, 32) }))).toBe('zipBomb');
    const lying = zipOf({ name: 'xl/sharedStrings.xml', actual: Buffer.alloc(900 * 1024, 32), claimed: 1000 });
    expect(lying.length).toBeLessThan(4096);
    expect(await refusalOf(lying)).toBe('zipBomb');
    // The same hand-made zip without the lie passes.
    expect(await refusalOf(zipOf({ name: 'xl/sharedStrings.xml', actual: Buffer.alloc(900 * 1024, 32) }))).toBeNull();
  });

  it('refuses what is not a workbook: text, a zip of something else, a file over the size limit', async () => {
    expect(await refusalOf(Buffer.from('维度,指标\n同理度,倾听\n'))).toBe('notXlsx');
    const zip = new JSZip().file('word/document.xml', '<w:document/>');
    expect(await refusalOf(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))).toBe('notXlsx');
    expect(await refusalOf(Buffer.alloc(5 * 1024 * 1024))).toBe('tooLarge');
  });

  it('names sheets the way Excel allows', () => {
    const taken = new Set<string>();
    expect(sheetName('前台/接待 [夜班]', taken)).toBe('前台_接待 _夜班_');
    expect(sheetName('前台/接待 [夜班]', taken)).toBe('前台_接待 _夜班_ (2)');
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
  });
});
