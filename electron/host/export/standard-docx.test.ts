import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopState } from '../../../shared/domain/state.ts';
import { testState } from '../../../shared/charts/test-state.ts';
import { buildStandardDocx, standardFileName } from './standard-docx.ts';

interface Unpacked {
  zip: JSZip;
  part: (name: string) => Promise<string>;
  /** The document's paragraphs as plain text, in order. */
  paragraphs: string[];
  headings: (level: 1 | 2) => string[];
}

const textOf = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

async function unpack(state: WorkshopState): Promise<Unpacked> {
  const zip = await JSZip.loadAsync(await buildStandardDocx(state));
  const part = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? '';
  const body = await part('word/document.xml');
  const paras = [...body.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) => m[0]);
  return {
    zip,
    part,
    paragraphs: paras.map(textOf),
    headings: (level) => paras.filter((p) => p.includes(`<w:pStyle w:val="Heading${level}"/>`)).map(textOf),
  };
}

/** Three posts with four indicators per dimension (25% each); the third post's dimensions add up to 105. */
function classState(lang: 'zh-CN' | 'en' = 'zh-CN'): WorkshopState {
  const state = testState({ lang, perDimension: 4 });
  state.posts[2].dimensionWeights.empathy = 20;
  state.indicators[0].name = '仪容 <规范> & "整洁"';
  return state;
}

describe('buildStandardDocx (zh-CN)', () => {
  const state = classState();
  let doc: Unpacked;
  beforeAll(async () => {
    doc = await unpack(state);
  }, 60_000);

  it('opens with a cover naming company, deliverable, version and sign-off', () => {
    const cover = doc.paragraphs.slice(0, doc.paragraphs.indexOf('目录')).join('|');
    for (const text of ['华东智能家居服务有限公司', '成果1', '服务岗位内部服务考核标准', '版本 1.0', '2025年3月15日', '编制', '审核', '批准', '王丽'])
      expect(cover).toContain(text);
  });

  it('numbers its chapters: purpose, dimensions, overview, one per post, scoring, open issues', () => {
    expect(doc.headings(1)).toEqual(['目的与范围', '服务质量五维度（SERVQUAL）', '岗位维度权重总览', ...state.posts.map((p) => p.name), '计分方法', '权重待完善']);
    expect(doc.headings(2)).toContain('计算示例：前台接待');
  });

  it('fills the table of contents with the headings, numbers and pages', async () => {
    const body = await doc.part('word/document.xml');
    const toc = body.slice(body.indexOf('<w:sdt>'), body.indexOf('</w:sdt>'));
    expect(toc).toMatch(/TOC [^<]*\\o (&quot;|")1-2/);
    for (const post of state.posts) expect(textOf(toc)).toContain(post.name);
    expect(textOf(toc)).toMatch(/1\s*目的与范围\s*3/);
  });

  it('lists each indicator in a table row with its weight, rule, source and cycle', async () => {
    const body = await doc.part('word/document.xml');
    const rows = [...body.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map((m) => textOf(m[0]));
    const row = rows.find((r) => r.includes('工位整洁有序') && r.includes('25%'));
    expect(row).toBeDefined();
    expect(row).toMatch(/满分 100，每发生一次扣 10 分|按 1–5 分评分|达标得 100 分/);
    // Names typed by the class stay text, escaped once.
    expect(body).toContain('仪容 &lt;规范&gt; &amp; &quot;整洁&quot;');
  });

  it('repeats table header rows and keeps rows whole across pages', async () => {
    const body = await doc.part('word/document.xml');
    expect(body).toContain('<w:tblHeader/>');
    expect(body).toContain('<w:cantSplit/>');
  });

  it('shows the title in the header and "第 X 页 / 共 Y 页" in the footer', async () => {
    const footers = (await Promise.all(Object.keys(doc.zip.files).filter((f) => /word\/footer\d+\.xml/.test(f)).map(doc.part))).join('');
    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
    expect(textOf(footers)).toContain('第 ');
    expect(textOf(footers)).toContain(' 页 / 共 ');
    const headers = (await Promise.all(Object.keys(doc.zip.files).filter((f) => /word\/header\d+\.xml/.test(f)).map(doc.part))).join('');
    expect(textOf(headers)).toContain('成果1 服务岗位内部服务考核标准 1.0');
  });

  it('names East Asian fonts explicitly in the styles', async () => {
    const styles = await doc.part('word/styles.xml');
    expect(styles).toMatch(/w:eastAsia="宋体"/);
    expect(styles).toMatch(/w:eastAsia="黑体"/);
  });

  it('embeds the radar and one mind map per post as PNG', async () => {
    const media = Object.keys(doc.zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(1 + state.posts.length);
    const first = await doc.zip.file(media[0])!.async('uint8array');
    expect([...first.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });

  it('works the example through and lists the unbalanced weights', () => {
    const all = doc.paragraphs.join('\n');
    expect(all).toMatch(/岗位得分为各指标贡献分之和：\d+\.\d\d 分/);
    expect(all).toContain('上门服务工程师：五个维度的权重合计为 105，应为 100');
  });
});

describe('buildStandardDocx edge cases', () => {
  it('writes English headings and footer for an English workshop', async () => {
    const doc = await unpack(classState('en'));
    expect(doc.headings(1)).toEqual(['Purpose and scope', 'The five service-quality dimensions (SERVQUAL)', 'Dimension weights by post', 'Front desk', 'Service agent', 'Field engineer', 'Scoring method', 'Weights to be completed']);
    expect(doc.paragraphs.slice(0, doc.paragraphs.indexOf('Contents')).join('|')).toContain('Post Evaluation Standard');
    const footer = textOf((await Promise.all(Object.keys(doc.zip.files).filter((f) => f.includes('footer')).map(doc.part))).join(''));
    expect(footer).toContain('Page ');
    expect(footer).toContain(' of ');
  }, 60_000);

  it('exports a workshop without posts', async () => {
    const state = { ...testState(), posts: [], indicators: [] };
    const doc = await unpack(state);
    expect(doc.paragraphs).toContain('本标准目前尚未列入任何服务岗位，请在工作坊中添加岗位后重新导出。');
    expect(doc.paragraphs).toContain('暂无岗位。');
    expect(doc.headings(1)).not.toContain('权重待完善');
    expect(Object.keys(doc.zip.files).some((f) => f.startsWith('word/media/'))).toBe(false);
  }, 60_000);

  it('says 暂无指标 for a post or a dimension without indicators', async () => {
    const base = testState({ perDimension: 2 });
    const state = {
      ...base,
      indicators: base.indicators.filter((i) => i.postId !== 'post-0001' && !(i.postId === 'post-0000' && i.dimension === 'empathy')),
    };
    state.posts[0].dimensionWeights = { tangibles: 25, assurance: 25, responsiveness: 25, reliability: 25, empathy: 0 };
    const doc = await unpack(state);
    const body = await doc.part('word/document.xml');
    const rows = [...body.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map((m) => textOf(m[0]));
    expect(rows).toContain('同理度0%暂无指标');
    const emptyPost = doc.paragraphs.lastIndexOf('客服专员'); // its chapter heading
    expect(doc.paragraphs.slice(emptyPost, emptyPost + 4)).toContain('暂无指标');
    expect(doc.headings(1)).toContain('权重待完善'); // a post without indicators is an open issue
    expect(doc.paragraphs.join('\n')).toContain('客服专员：该岗位还没有指标');
  }, 60_000);
});

describe('standardFileName', () => {
  it('names the deliverable after the company, without characters file systems refuse', () => {
    const state = testState();
    expect(standardFileName(state)).toBe('成果1_服务岗位内部服务考核标准_1.0_华东智能家居服务有限公司.docx');
    state.workshop.company = ' A/B: "C" Ltd. ';
    expect(standardFileName(state)).toBe('成果1_服务岗位内部服务考核标准_1.0_A_B_C_Ltd.docx');
    state.workshop.company = '';
    expect(standardFileName(state)).toBe('成果1_服务岗位内部服务考核标准_1.0.docx');
    expect(standardFileName(testState({ lang: 'en' }))).toBe('Deliverable1_Post_Evaluation_Standard_1.0_East_China_Smart_Home_Services_Ltd.docx');
  });
});
