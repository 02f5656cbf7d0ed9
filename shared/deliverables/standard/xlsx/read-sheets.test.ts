import { describe, expect, it } from 'vitest';
import type { XlsxCell, XlsxSheet } from './cells.ts';
import { readStandardSheets } from './read-sheets.ts';

const head = (name: XlsxCell, weights: XlsxCell[] = [20, 20, 20, 20, 20]): XlsxSheet['rows'] => [
  { row: 1, cells: ['岗位', name] },
  { row: 2, cells: ['岗位描述', '在前台接待住客'] },
  { row: 3, cells: ['维度', '有形度', '专业度', '反应度', '信赖度', '同理度', '合计'] },
  { row: 4, cells: ['维度权重（%）', ...weights, { formula: true }] },
  { row: 5, cells: ['指标权重合计（%）', { formula: true }, { formula: true }] },
  { row: 7, cells: ['维度', '指标', '描述', '权重（%）', '评分规则', '数据来源', '考核周期'] },
];
const good: XlsxCell[] = ['同理度', '耐心倾听不打断', '客人说完再回应', 60, '按 1–5 分评分，5 分折合 100 分（每分 20 分）', '神秘顾客', '每月'];
const sheet = (name: string, ...rows: XlsxCell[][]): XlsxSheet => ({
  name,
  rows: [...head(name), ...rows.map((cells, i) => ({ row: 8 + i, cells }))],
});
const problemsOf = (...rows: XlsxCell[][]) => readStandardSheets([sheet('前台接待', ...rows)]).problems;

describe('readStandardSheets', () => {
  it('reads a post, its weights and its indicators, in either language, with own sources kept as typed', () => {
    const english: XlsxCell[] = ['Assurance', 'Knows the rates', '', '40%', 'Starts at 100; 5 points off per occurrence, down to 0', 'OTA reviews', 'Quarterly'];
    const { posts, problems } = readStandardSheets([sheet('前台接待', good, [], english)]);
    expect(problems).toEqual([]);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.fields).toEqual({ name: '前台接待', description: '在前台接待住客' });
    expect(posts[0]!.dimensionWeights.empathy).toBe(20);
    expect(posts[0]!.indicators.map((i) => [i.row, i.dimension, i.fields.weight, i.fields.dataSource, i.fields.cycle])).toEqual([
      [8, 'empathy', 60, 'mysteryShopper', 'monthly'],
      [10, 'assurance', 40, 'OTA reviews', 'quarterly'],
    ]);
    expect(posts[0]!.indicators[1]!.fields.scoring).toEqual({ kind: 'deduction', pointsPerOccurrence: 5 });
  });

  it('names every bad cell by sheet, row and column, and yields nothing to apply', () => {
    const result = readStandardSheets([
      sheet(
        '前台接待',
        good,
        ['同理度', '', '', -5, '按 1–5 分评分，5 分折合 100 分（每分 20 分）', '神秘顾客', '每月'],
        ['服务速度', '回应快', '', 120, '随便打分', '', '每月'],
        ['同理度', 'x'.repeat(81), 'y'.repeat(2001), 'abc', 'scale5', '神秘顾客', 'z'.repeat(41)],
        ['同理度', '耐心倾听不打断', '', 10.555, 'deduction 500', '神秘顾客', '每月'],
      ),
    ]);
    expect(result.posts).toEqual([]);
    const found = result.problems.map((p) => `${p.sheet}!${p.column}${p.row} ${p.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '前台接待!B9 required',
        '前台接待!D9 negative',
        '前台接待!A10 unknownDimension',
        '前台接待!E10 unknownRule',
        '前台接待!F10 required',
        '前台接待!D11 notANumber',
        '前台接待!E12 deductionRange',
      ]),
    );
    // Over 100, too long and too many decimals are each named where they are.
    expect(problemsOf(['同理度', 'a', '', 120, 'scale5', '神秘顾客', '每月']).map((p) => p.code)).toEqual(['over100']);
    expect(problemsOf(['同理度', 'x'.repeat(81), 'y'.repeat(2001), 10, 'scale5', '神秘顾客', 'z'.repeat(41)]).map((p) => `${p.column}${p.code}`)).toEqual([
      'BtooLong',
      'CtooLong',
      'GtooLong',
    ]);
    expect(problemsOf(['同理度', 'a', '', 10.555, 'scale5', '神秘顾客', '每月']).map((p) => p.code)).toEqual(['decimals']);
  });

  it('refuses formulas and non-values wherever a value is read, never evaluating them', () => {
    const problems = problemsOf(['同理度', { formula: true }, '', { formula: true }, 'scale5', { unsupported: true }, '每月']);
    expect(problems.map((p) => `${p.column}${p.row} ${p.code}`)).toEqual(['B8 formula', 'D8 formula', 'F8 notAValue']);
    const inWeights = readStandardSheets([{ name: 'p', rows: head('p', [20, { formula: true }, 20, 20, 20]) }]).problems;
    expect(inWeights).toEqual([{ sheet: 'p', row: 4, column: 'C', code: 'formula' }]);
  });

  it('names duplicates, a dimension over its limit, a sheet that is not a post and posts twice in a file', () => {
    expect(problemsOf(good, good).map((p) => `${p.row} ${p.code}`)).toEqual(['9 duplicateIndicator']);
    const many = Array.from({ length: 21 }, (_, n): XlsxCell[] => ['反应度', `指标${n}`, '', 1, 'scale5', '主管检查', '每周']);
    expect(problemsOf(...many)).toEqual([{ sheet: '前台接待', row: 28, column: 'A', code: 'tooManyInDimension', limit: 20 }]);
    const stray: XlsxSheet = { name: '说明', rows: [{ row: 1, cells: ['这是说明页'] }] };
    expect(readStandardSheets([stray]).problems).toEqual([{ sheet: '说明', row: 7, column: 'A', code: 'notAStandardSheet' }]);
    expect(readStandardSheets([sheet('前台接待', good), sheet('前台接待 (2)', good)]).problems).toEqual([]);
    const twice = readStandardSheets([{ ...sheet('前台接待', good) }, { ...sheet('前台接待', good), name: 'copy' }]);
    expect(twice.problems).toEqual([{ sheet: 'copy', row: 1, column: 'B', code: 'duplicatePost' }]);
  });
});
