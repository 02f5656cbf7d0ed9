import type { Dimension } from '../../../shared/domain/dimensions.ts';
import { newId } from '../../../shared/domain/ids.ts';
import type { IndicatorFields } from '../../../shared/domain/standard.ts';
import type { OpInput } from '../../../shared/protocol/ops.ts';

export const createWorkshop = (workshopId = newId(), name = '华东区客服满意度提升营'): OpInput => ({
  type: 'workshop.create',
  payload: {
    workshopId,
    fields: { name, company: '示例物业服务有限公司', trainer: '李方', startDate: '2026-12-01', endDate: '2026-12-02', language: 'zh-CN', industry: 'property' },
  },
});

export const addPost = (workshopId: string, postId = newId(), name = '前台接待'): OpInput => ({
  type: 'post.add',
  payload: { workshopId, artifactId: workshopId, postId, fields: { name, description: '' } },
});

export const indicatorFields = (name: string, weight: number): IndicatorFields => ({
  name,
  description: `${name}：按标准执行`,
  weight,
  scoring: { kind: 'scale5' },
  dataSource: 'mysteryShopper',
  cycle: 'monthly',
});

export const addIndicator = (
  workshopId: string,
  postId: string,
  dimension: Dimension,
  name: string,
  weight = 50,
  indicatorId = newId(),
): OpInput => ({
  type: 'indicator.add',
  payload: { workshopId, postId, indicatorId, dimension, fields: indicatorFields(name, weight) },
});
