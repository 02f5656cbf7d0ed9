import { DIMENSIONS } from '../shared/domain/dimensions.ts';
import type { WorkshopState } from '../shared/domain/state.ts';
import type { Indicator, Post } from '../shared/domain/standard.ts';
import { balanceEvenly } from '../shared/rules/weights.ts';
import { INDICATOR_TEMPLATES } from '../templates/indicator-library.ts';

/** A full-size standard: `posts` posts × 5 dimensions × `perDimension` indicators, with library text. */
export function sampleStandard(posts = 3, perDimension = 6): WorkshopState {
  const names = ['前台接待', '客服专员', '维修工程师', '客户经理', '保洁主管'];
  const at = '2026-11-24T08:00:00.000Z';
  const postList: Post[] = Array.from({ length: posts }, (_, p) => ({
    id: `post-sample-${p}`,
    name: names[p % names.length],
    description: '面向客户的一线服务岗位',
    position: p,
    dimensionWeights: { tangibles: 15, assurance: 25, responsiveness: 25, reliability: 20, empathy: 15 },
  }));
  const indicators: Indicator[] = postList.flatMap((post) =>
    DIMENSIONS.flatMap((dimension) => {
      const weights = balanceEvenly(perDimension);
      const pool = INDICATOR_TEMPLATES.filter((t) => t.dimension === dimension);
      return weights.map((weight, i) => {
        const t = pool[i % pool.length];
        return {
          id: `ind-${post.id}-${dimension}-${i}`,
          postId: post.id,
          dimension,
          name: t.name['zh-CN'],
          description: t.description['zh-CN'],
          weight,
          scoring: t.scoring,
          dataSource: t.dataSource,
          cycle: t.cycle,
          position: i,
        };
      });
    }),
  );
  return {
    workshop: {
      id: 'workshop-sample',
      name: '华东区客服满意度提升营',
      company: '示例物业服务有限公司',
      trainer: '李方',
      startDate: '2026-12-01',
      endDate: '2026-12-02',
      language: 'zh-CN',
      createdAt: at,
      updatedAt: at,
    },
    posts: postList,
    indicators,
  };
}
