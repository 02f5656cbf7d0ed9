import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../domain/dimensions.ts';
import { domainResources } from '../i18n/resources.ts';
import { radarMax, radarOption } from './radar.ts';
import { testState } from './test-state.ts';

type Radar = { indicator: { name: string; max: number }[] };
type Series = { type: string; name: string; data: { value: number[] }[] };

describe('radarOption', () => {
  const { posts } = testState();

  it('has the five dimensions in course order, named in the chosen language', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const radar = radarOption(posts, lang).radar as Radar;
      expect(radar.indicator.map((i) => i.name)).toEqual(DIMENSIONS.map((d) => domainResources[lang].dimension[d].name));
    }
  });

  it('draws one series per post with its weights in dimension order', () => {
    const series = radarOption(posts, 'zh-CN').series as Series[];
    expect(series.map((s) => s.name)).toEqual(posts.map((p) => p.name));
    expect(series[1].data[0].value).toEqual(DIMENSIONS.map((d) => posts[1].dimensionWeights[d]));
  });

  it('scales the axis to the largest weight, in tens, at least 40', () => {
    expect(radarMax(posts)).toBe(40);
    const heavy = { ...posts[0], dimensionWeights: { ...posts[0].dimensionWeights, assurance: 61 } };
    expect(radarMax([heavy])).toBe(70);
    expect(radarMax([])).toBe(40);
    expect((radarOption([heavy], 'en').radar as Radar).indicator.every((i) => i.max === 70)).toBe(true);
  });

  it('is still and deterministic unless animation is asked for, and takes the font', () => {
    const option = radarOption(posts, 'zh-CN', 'Noto Sans CJK SC');
    expect(option.animation).toBe(false);
    expect(option.textStyle).toEqual({ fontFamily: 'Noto Sans CJK SC' });
    expect(JSON.stringify(radarOption(posts, 'zh-CN'))).toBe(JSON.stringify(radarOption(posts, 'zh-CN')));
    expect(radarOption(posts, 'zh-CN', undefined, { animation: true }).animation).toBe(true);
  });

  it('copes with a workshop without posts', () => {
    expect(radarOption([], 'zh-CN').series).toEqual([]);
  });
});
