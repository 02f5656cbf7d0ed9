import type { Factor } from '../shared/course/factors.ts';
import type { Bilingual } from '../shared/domain/library.ts';
import { b } from './course-text.ts';

/** The 8 factors as taught in lecture 2: the name and the lever each one gives. */
export const FACTOR_TEXT: Record<Factor, { name: Bilingual; lever: Bilingual }> = {
  brand: { name: b('品牌价值', 'Brand value'), lever: b('美誉度提升满意度', 'Reputation raises satisfaction') },
  service: { name: b('服务价值', 'Service value'), lever: b('友善、个性化的服务', 'Friendly, personal service') },
  people: { name: b('人员价值', 'People value'), lever: b('专业和责任心', 'Competence and responsibility') },
  image: { name: b('形象价值', 'Image value'), lever: b('公益和广告', 'Public good and advertising') },
  money: { name: b('货币成本', 'Money cost'), lever: b('灵活的付款方式', 'Flexible ways to pay') },
  time: { name: b('时间成本', 'Time cost'), lever: b('节约客户时间', 'Save the customer’s time') },
  effort: { name: b('体力成本', 'Effort cost'), lever: b('节约客户体力', 'Save the customer’s legwork') },
  worry: { name: b('精神成本', 'Worry cost'), lever: b('降低购买顾虑', 'Ease the customer’s worries') },
};

/** The five gaps between what customers expect and what they perceive, with where each one opens. */
export const FIVE_GAPS: { n: number; name: Bilingual; between: Bilingual }[] = [
  { n: 1, name: b('了解客户期望', 'Knowing expectations'), between: b('客户期望 ↔ 管理者对期望的认知', 'Customer expectation ↔ what managers think it is') },
  { n: 2, name: b('建立服务标准', 'Setting standards'), between: b('管理者的认知 ↔ 服务质量标准', 'Managers’ view ↔ service quality standards') },
  { n: 3, name: b('按标准交付', 'Delivering to standard'), between: b('服务标准 ↔ 实际交付的服务', 'Standards ↔ service actually delivered') },
  { n: 4, name: b('兑现对外承诺', 'Keeping promises'), between: b('实际交付 ↔ 对客户的宣传和承诺', 'Delivery ↔ what we told customers') },
  { n: 5, name: b('感知与期望之差', 'Perception vs expectation'), between: b('客户期望的服务 ↔ 客户感知的服务', 'Expected service ↔ perceived service') },
];

/** A hotel stay as a customer feels it, moment by moment (−5 … +5), for the peak-end illustration. */
export const PEAK_END_JOURNEY: { moment: Bilingual; feeling: number }[] = [
  { moment: b('预订', 'Booking'), feeling: 1 },
  { moment: b('排队入住', 'Check-in queue'), feeling: -2 },
  { moment: b('进入房间', 'Into the room'), feeling: 1 },
  { moment: b('生日惊喜', 'Birthday surprise'), feeling: 5 },
  { moment: b('早餐', 'Breakfast'), feeling: 0 },
  { moment: b('快速退房并送别', 'Quick check-out and farewell'), feeling: 3 },
];
