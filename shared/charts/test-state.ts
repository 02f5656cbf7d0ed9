import { DIMENSIONS, type Dimension } from '../domain/dimensions.ts';
import type { Indicator, Post, ScoringRule } from '../domain/standard.ts';
import type { WorkshopState } from '../domain/state.ts';
import type { Language } from '../domain/workshop.ts';
import { balanceEvenly } from '../rules/weights.ts';

/** A realistic class result for tests, benchmarks and previews of the charts and the Word files. */

const POSTS: Record<Language, { name: string; description: string }[]> = {
  'zh-CN': [
    { name: '前台接待', description: '负责到店客户的迎送、咨询登记与引导，是客户进门后的第一个关键时刻。' },
    { name: '客服专员', description: '通过电话与在线渠道受理客户咨询、报修与投诉，并跟进到问题关闭。' },
    { name: '上门服务工程师', description: '按预约到客户现场安装、维修与保养设备，并向客户说明使用要点。' },
  ],
  en: [
    { name: 'Front desk', description: 'Greets walk-in customers, registers requests and guides them: the first moment of truth.' },
    { name: 'Service agent', description: 'Handles questions, repair requests and complaints by phone and chat, and follows them to closure.' },
    { name: 'Field engineer', description: "Installs, repairs and maintains equipment at the customer's site and explains how to use it." },
  ],
};

const NAMES: Record<Language, Record<Dimension, string[]>> = {
  'zh-CN': {
    tangibles: ['仪容仪表符合规范', '工位整洁有序', '工牌佩戴', '宣传资料齐全', '服务设施完好', '工具摆放规范'],
    assurance: ['业务知识准确', '一次解答率', '服务用语规范', '操作熟练度', '安全规范执行', '方案讲解清晰'],
    responsiveness: ['来电 15 秒内接听', '首次响应时长', '工单 24 小时内处理', '预约准时到达', '回访及时率', '升级处理时效'],
    reliability: ['承诺兑现率', '一次修复率', '重大投诉次数', '记录准确完整', '交付时间达成', '安全事故次数'],
    empathy: ['主动问候与告别', '耐心倾听不打断', '个性化关怀', '主动告知进展', '特殊客户照顾', '超越期待的细节'],
  },
  en: {
    tangibles: ['Dress code met', 'Tidy workstation', 'Name badge worn', 'Brochures complete', 'Facilities in order', 'Tools arranged neatly'],
    assurance: ['Accurate product knowledge', 'First-contact resolution', 'Standard service phrases', 'Skilled operation', 'Safety rules followed', 'Clear explanation of options'],
    responsiveness: ['Calls answered within 15 s', 'First response time', 'Tickets handled within 24 h', 'On time for appointments', 'Timely follow-up calls', 'Escalation speed'],
    reliability: ['Promises kept', 'First-time fix rate', 'Major complaints', 'Accurate, complete records', 'Delivery dates met', 'Safety incidents'],
    empathy: ['Greets and says goodbye', 'Listens without interrupting', 'Personal care', 'Proactive progress updates', 'Care for special customers', 'Details beyond expectations'],
  },
};

const RULES: ScoringRule[] = [{ kind: 'scale5' }, { kind: 'deduction', pointsPerOccurrence: 10 }, { kind: 'passFail' }];
const SOURCES = ['mysteryShopper', 'survey', 'systemRecord', 'supervisorCheck'] as const;
const CYCLES = ['monthly', 'weekly', 'quarterly', 'daily'] as const;
const DIMENSION_WEIGHTS = [
  { tangibles: 15, assurance: 25, responsiveness: 20, reliability: 20, empathy: 20 },
  { tangibles: 10, assurance: 25, responsiveness: 30, reliability: 20, empathy: 15 },
  { tangibles: 15, assurance: 30, responsiveness: 15, reliability: 25, empathy: 15 },
];

export function testState(opts: { lang?: Language; posts?: number; perDimension?: number } = {}): WorkshopState {
  const lang = opts.lang ?? 'zh-CN';
  const perDimension = Math.min(opts.perDimension ?? 3, 6);
  const posts: Post[] = POSTS[lang].slice(0, opts.posts ?? 3).map((p, i) => ({
    ...p,
    id: `post-000${i}`,
    artifactId: 'workshop-0001',
    order: `a${i}`,
    dimensionWeights: DIMENSION_WEIGHTS[i],
  }));
  const indicators: Indicator[] = posts.flatMap((post, pi) =>
    DIMENSIONS.flatMap((dimension, di) => {
      const weights = balanceEvenly(perDimension);
      return weights.map((weight, k) => ({
        id: `ind-${pi}-${di}-${k}-x`,
        postId: post.id,
        dimension,
        order: `a${k}`,
        name: NAMES[lang][dimension][(k + pi) % 6],
        description: lang === 'zh-CN' ? `按《服务规范》第 ${di + 1}.${k + 1} 条执行，抽查结果记入当月考核。` : `Checked against rule ${di + 1}.${k + 1} of the service code; results count in the month.`,
        weight,
        scoring: RULES[(k + di) % 3],
        dataSource: SOURCES[(k + di) % 4],
        cycle: CYCLES[(k + pi) % 4],
      }));
    }),
  );
  return {
    workshop: {
      id: 'workshop-0001',
      name: lang === 'zh-CN' ? '满意度标准体系建设' : 'Satisfaction standards',
      company: lang === 'zh-CN' ? '华东智能家居服务有限公司' : 'East China Smart Home Services Ltd.',
      trainer: lang === 'zh-CN' ? '王丽' : 'Li Wang',
      industry: 'general',
      startDate: '2025-03-14',
      endDate: '2025-03-15',
      language: lang,
      createdAt: '2025-03-14T01:00:00.000Z',
      updatedAt: '2025-03-15T09:00:00.000Z',
    },
    posts,
    indicators,
  };
}
