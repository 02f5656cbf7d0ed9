import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../shared/domain/dimensions.ts';
import { newId } from '../shared/domain/ids.ts';
import type { Bilingual } from '../shared/domain/library.ts';
import { SampleDescription, SampleWorkshop } from '../shared/domain/sample-workshop.ts';
import type { Indicator, Post } from '../shared/domain/standard.ts';
import { Language } from '../shared/domain/workshop.ts';
import { datesInOrder } from '../shared/rules/dates.ts';
import { standardIssues } from '../shared/rules/weights.ts';
import { DEMO_WORKSHOP } from './demo-workshop.ts';
import { describeSampleWorkshop } from './describe-sample.ts';
import { bilingualTextProblems } from './testing/text-rules.ts';

const counter = () => {
  let n = 0;
  return () => `sample-${String(++n).padStart(4, '0')}`;
};

/** The description as the app's own state, so the app's weight rule judges it as it would on screen. */
function asState(description: SampleDescription): { posts: Post[]; indicators: Indicator[] } {
  const order = (n: number) => `a${n}`;
  const posts = description.posts.map((p, n) => ({ id: p.id, artifactId: 'sample-w', order: order(n), dimensionWeights: p.dimensionWeights, ...p.fields }));
  const indicators = description.posts.flatMap((p) =>
    p.indicators.map((i, n) => ({ id: i.id, postId: p.id, dimension: i.dimension, order: order(n), ...i.fields })),
  );
  return { posts, indicators };
}

function allTexts(): Array<[string, Bilingual]> {
  const out: Array<[string, Bilingual]> = [
    ['workshop name', DEMO_WORKSHOP.name],
    ['company', DEMO_WORKSHOP.company],
    ['trainer', DEMO_WORKSHOP.trainer],
  ];
  for (const p of DEMO_WORKSHOP.posts) {
    out.push([`post ${p.name.en}`, p.name], [`post ${p.name.en} description`, p.description]);
    for (const i of p.indicators) out.push([`${p.name.en} / ${i.name.en}`, i.name], [`${p.name.en} / ${i.name.en} description`, i.description]);
  }
  return out;
}

describe('sample workshop: data', () => {
  it('parses as a sample workshop', () => {
    expect(SampleWorkshop.safeParse(DEMO_WORKSHOP).error).toBeUndefined();
  });

  it('has three posts, every dimension weighted, 3 to 5 indicators under each', () => {
    expect(DEMO_WORKSHOP.posts).toHaveLength(3);
    for (const post of DEMO_WORKSHOP.posts) {
      for (const d of DIMENSIONS) {
        expect(post.dimensionWeights[d], `${post.name.en}/${d}`).toBeGreaterThan(0);
        const count = post.indicators.filter((i) => i.dimension === d).length;
        expect(count, `${post.name.en}/${d}`).toBeGreaterThanOrEqual(3);
        expect(count, `${post.name.en}/${d}`).toBeLessThanOrEqual(5);
      }
    }
  });

  it('gives the posts different profiles, so the radar shows three shapes', () => {
    const profiles = DEMO_WORKSHOP.posts.map((p) => JSON.stringify(p.dimensionWeights));
    expect(new Set(profiles).size).toBe(3);
  });

  it('has course dates in order', () => {
    expect(DEMO_WORKSHOP.startDate).not.toBe('');
    expect(DEMO_WORKSHOP.endDate).not.toBe('');
    expect(datesInOrder(DEMO_WORKSHOP.startDate, DEMO_WORKSHOP.endDate)).toBe(true);
  });

  it('uses every scoring rule, data source and cycle, as a real standard does', () => {
    const indicators = DEMO_WORKSHOP.posts.flatMap((p) => p.indicators);
    expect(new Set(indicators.map((i) => i.scoring.kind)).size).toBe(3);
    expect(new Set(indicators.map((i) => i.dataSource)).size).toBe(4);
    expect(new Set(indicators.map((i) => i.cycle)).size).toBe(4);
  });

  it('states the points of every deduction rule in its description, in both languages', () => {
    for (const i of DEMO_WORKSHOP.posts.flatMap((p) => p.indicators)) {
      if (i.scoring.kind !== 'deduction') continue;
      expect(i.description['zh-CN'], i.name.en).toContain(`扣 ${i.scoring.pointsPerOccurrence} 分`);
      expect(i.description.en, i.name.en).toContain(`${i.scoring.pointsPerOccurrence} points off`);
    }
  });

  it('every text is non-empty, trimmed, simplified Chinese in zh-CN and plain in en', () => {
    for (const [label, text] of allTexts()) expect(bilingualTextProblems(text), label).toEqual([]);
  });

  it('indicator names fit a mind-map node; descriptions are worth reading', () => {
    for (const i of DEMO_WORKSHOP.posts.flatMap((p) => p.indicators)) {
      expect([...i.name['zh-CN']].length, i.name.en).toBeLessThanOrEqual(20);
      expect(i.name.en.length, i.name.en).toBeLessThanOrEqual(60);
      expect([...i.description['zh-CN']].length, i.name.en).toBeGreaterThanOrEqual(25);
      expect(i.description.en.split(/\s+/).length, i.name.en).toBeGreaterThanOrEqual(12);
    }
  });
});

describe('sample workshop: schema', () => {
  it('refuses text that is valid in one language but too long for its field in the other', () => {
    const post = DEMO_WORKSHOP.posts[0];
    const tooLong = { ...post.indicators[0], name: { 'zh-CN': '仪容仪表', en: 'x'.repeat(81) } };
    const broken = { ...DEMO_WORKSHOP, posts: [{ ...post, indicators: [tooLong] }] };
    const issue = SampleWorkshop.safeParse(broken).error?.issues[0];
    expect(issue?.path).toEqual(['posts', 0, 'indicators', 0, 'name', 'en']);
    expect(issue?.message).toBe('tooLong');
  });

  it('refuses an empty translation', () => {
    const broken = { ...DEMO_WORKSHOP, company: { 'zh-CN': '栖梧酒店集团', en: '' } };
    expect(SampleWorkshop.safeParse(broken).success).toBe(false);
  });
});

describe.each(Language.options)('sample workshop described in %s', (language) => {
  const description = describeSampleWorkshop(DEMO_WORKSHOP, language, counter());

  it('parses as plain workshop, post and indicator fields with valid ids', () => {
    expect(SampleDescription.safeParse(description).error).toBeUndefined();
    expect(SampleDescription.safeParse(describeSampleWorkshop(DEMO_WORKSHOP, language, () => newId())).error).toBeUndefined();
  });

  it('is balanced by the rule the app checks (every post and dimension sums to 100)', () => {
    const { posts, indicators } = asState(description);
    expect(standardIssues(posts, indicators)).toEqual([]);
  });

  it('is written in the chosen language and marks the workshop with it', () => {
    expect(description.workshop.language).toBe(language);
    const texts = [
      description.workshop.name,
      description.workshop.company,
      ...description.posts.flatMap((p) => [p.fields.name, p.fields.description, ...p.indicators.map((i) => i.fields.description)]),
    ];
    for (const text of texts) expect(/[\u4e00-\u9fff]/.test(text), text).toBe(language === 'zh-CN');
  });

  it('gives every post and indicator its own id from the generator', () => {
    const ids = description.posts.flatMap((p) => [p.id, ...p.indicators.map((i) => i.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('sample-0001');
    expect(ids).toHaveLength(3 + DEMO_WORKSHOP.posts.reduce((n, p) => n + p.indicators.length, 0));
  });

  it('keeps the template untouched when the description is changed', () => {
    const before = JSON.stringify(DEMO_WORKSHOP);
    const copy = describeSampleWorkshop(DEMO_WORKSHOP, language, counter());
    copy.posts[0].dimensionWeights.tangibles = 99;
    const scoring = copy.posts[0].indicators[0].fields.scoring;
    if (scoring.kind === 'deduction') scoring.pointsPerOccurrence = 99;
    expect(JSON.stringify(DEMO_WORKSHOP)).toBe(before);
  });
});
