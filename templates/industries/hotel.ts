import type { Dimension } from '../../shared/domain/dimensions.ts';
import type { IndicatorTemplate, PostTemplate, PostType } from '../../shared/domain/library.ts';
import type { SampleIndicator, SamplePost } from '../../shared/domain/sample-workshop.ts';
import { DEMO_WORKSHOP } from '../demo-workshop.ts';

/**
 * The hotel industry's suggestions: the three posts of the sample hotel group (front desk, room attendant, guest
 * service centre), whose indicators were written for this course, plus one more where a dimension had only three,
 * so every post offers at least four per dimension. A group that grows is re-weighted to add up to 100 again.
 */

type Extra = Omit<SampleIndicator, 'dimension' | 'weight'>;

/** The fourth indicator of a three-indicator group, and the weights the group then takes (the new one last). */
const EXTRAS: Partial<Record<PostType, Partial<Record<Dimension, { entry: Extra; weights: number[] }>>>> = {
  hotelFrontDesk: {
    tangibles: {
      weights: [30, 25, 25, 20],
      entry: {
        name: { 'zh-CN': '大堂指引清晰', en: 'Clear lobby signs' },
        description: {
          'zh-CN': '电梯、餐厅、会议区和洗手间的指示牌齐全、中英文对照、夜间照明正常；每周巡检，全部符合为达标。',
          en: 'Signs to the lifts, restaurants, meeting rooms and toilets are all in place, in Chinese and English, and lit at night; checked weekly, met only when all comply.',
        },
        scoring: { kind: 'passFail' },
        dataSource: 'supervisorCheck',
        cycle: 'weekly',
      },
    },
  },
  housekeeping: {
    assurance: {
      weights: [30, 25, 25, 20],
      entry: {
        name: { 'zh-CN': '客房设备讲解', en: 'Explaining room equipment' },
        description: {
          'zh-CN': '宾客问到空调、电视、保险箱等设备时，能当场演示操作并说明注意事项；由神秘顾客按 5 分制评价。',
          en: 'When a guest asks about the air conditioning, TV or safe, shows how it works on the spot and mentions what to watch out for; rated on a five-point scale by a mystery shopper.',
        },
        scoring: { kind: 'scale5' },
        dataSource: 'mysteryShopper',
        cycle: 'monthly',
      },
    },
    responsiveness: {
      weights: [35, 25, 20, 20],
      entry: {
        name: { 'zh-CN': '客需物品送达', en: 'Requested items delivered' },
        description: {
          'zh-CN': '宾客要求加送毛巾、枕头、洗漱用品等，10 分钟内送到房间；系统记录每超时一次扣 10 分。',
          en: 'Extra towels, pillows or toiletries a guest asks for reach the room within 10 minutes; 10 points off for each late delivery in the system log.',
        },
        scoring: { kind: 'deduction', pointsPerOccurrence: 10 },
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
    },
    empathy: {
      weights: [30, 25, 25, 20],
      entry: {
        name: { 'zh-CN': '尊重勿扰与隐私', en: 'Respecting privacy' },
        description: {
          'zh-CN': '挂“请勿打扰”牌的房间不敲门、不进入，清扫时房门敞开并停放工作车；每发现一次违规扣 20 分。',
          en: 'No knocking on or entering a room with a do-not-disturb sign; the door stays open with the trolley outside while cleaning. 20 points off for each breach found.',
        },
        scoring: { kind: 'deduction', pointsPerOccurrence: 20 },
        dataSource: 'supervisorCheck',
        cycle: 'monthly',
      },
    },
  },
  guestService: {
    tangibles: {
      weights: [30, 25, 25, 20],
      entry: {
        name: { 'zh-CN': '通话环境安静', en: 'Quiet call environment' },
        description: {
          'zh-CN': '坐席区背景噪音低，宾客在通话中听不到其他坐席的交谈；质检抽听录音，按 5 分制评价。',
          en: 'Low background noise in the agent area: a caller never hears other agents talking. Quality checkers sample recordings and rate them on a five-point scale.',
        },
        scoring: { kind: 'scale5' },
        dataSource: 'supervisorCheck',
        cycle: 'monthly',
      },
    },
    reliability: {
      weights: [30, 25, 25, 20],
      entry: {
        name: { 'zh-CN': '派单信息完整', en: 'Complete work orders' },
        description: {
          'zh-CN': '派给客房、工程、餐饮的工单写明房号、需求和宾客期望的时间，接单部门无需回头再问；抽查全部完整为达标。',
          en: 'Work orders to housekeeping, engineering or dining give the room number, the request and the time the guest expects, so nobody has to call back to ask; met when every sampled order is complete.',
        },
        scoring: { kind: 'passFail' },
        dataSource: 'systemRecord',
        cycle: 'weekly',
      },
    },
  },
};

const [FRONT_DESK, ROOM_ATTENDANT, GUEST_SERVICE] = DEMO_WORKSHOP.posts as [SamplePost, SamplePost, SamplePost];
const SOURCES: ReadonlyArray<readonly [PostType, SamplePost, string]> = [
  ['hotelFrontDesk', FRONT_DESK, 'hotel-front-desk'],
  ['housekeeping', ROOM_ATTENDANT, 'housekeeping'],
  ['guestService', GUEST_SERVICE, 'guest-service'],
];

export const HOTEL_POSTS: PostTemplate[] = SOURCES.map(([type, post]) => ({ type, name: post.name, description: post.description }));

function templatesOf(type: PostType, post: SamplePost, prefix: string): IndicatorTemplate[] {
  const byDimension = new Map<Dimension, SampleIndicator[]>();
  for (const i of post.indicators) byDimension.set(i.dimension, [...(byDimension.get(i.dimension) ?? []), i]);
  return [...byDimension].flatMap(([dimension, list]) => {
    const extra = EXTRAS[type]?.[dimension];
    const all = extra ? [...list, { ...extra.entry, dimension, weight: 0 }] : list;
    return all.map((i, n) => ({
      // Stable ids: stored workshops and tests may refer to them.
      id: `${prefix}-${dimension}-${n + 1}`,
      postType: type,
      dimension,
      name: i.name,
      description: i.description,
      weight: extra ? extra.weights[n]! : i.weight,
      scoring: i.scoring,
      dataSource: i.dataSource,
      cycle: i.cycle,
    }));
  });
}

export const HOTEL_TEMPLATES: IndicatorTemplate[] = SOURCES.flatMap(([type, post, prefix]) => templatesOf(type, post, prefix));

export const ID_PREFIX_HOTEL: Partial<Record<PostType, string>> = Object.fromEntries(SOURCES.map(([type, , prefix]) => [type, prefix]));
