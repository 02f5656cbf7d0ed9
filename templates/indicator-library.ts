import type { Bilingual, IndicatorTemplate, PostType } from '../shared/domain/library.ts';
import { HOTEL_TEMPLATES } from './industries/hotel.ts';
import { PROPERTY_TEMPLATES } from './industries/property.ts';
import { TELECOM_TEMPLATES } from './industries/telecom.ts';
import { CAR_DEALER_TEMPLATES } from './industries/car-dealer.ts';
import { REAL_ESTATE_TEMPLATES } from './industries/real-estate.ts';
import { AIRLINE_TEMPLATES } from './industries/airline.ts';
import type { Dimension } from '../shared/domain/dimensions.ts';
import type { Cycle, DataSource, ScoringRule } from '../shared/domain/standard.ts';

/**
 * Example indicators for 成果1 (服务岗位内部服务考核标准 1.0): for each of the three example posts and each
 * SERVQUAL dimension, four indicators whose weights add up to exactly 100, so a team can insert a whole
 * group and get a balanced dimension, then edit from there.
 *
 * Ids are stable (`<post>-<dimension>-<slug>`): stored workshops and tests may refer to them, so rename
 * the text freely but never the id.
 */

const SCALE5: ScoringRule = { kind: 'scale5' };
const PASS_FAIL: ScoringRule = { kind: 'passFail' };
const deduct = (pointsPerOccurrence: number): ScoringRule => ({ kind: 'deduction', pointsPerOccurrence });

const ID_PREFIX: Partial<Record<PostType, string>> = {
  frontDesk: 'front-desk',
  serviceAgent: 'service-agent',
  fieldEngineer: 'field-engineer',
};

interface Entry {
  slug: string;
  name: Bilingual;
  description: Bilingual;
  weight: number;
  scoring: ScoringRule;
  dataSource: DataSource;
  cycle: Cycle;
}

function group(postType: PostType, dimension: Dimension, entries: Entry[]): IndicatorTemplate[] {
  return entries.map(({ slug, ...rest }) => ({
    id: `${ID_PREFIX[postType]}-${dimension}-${slug}`,
    postType,
    dimension,
    ...rest,
  }));
}

// ───────────────────────────── 前台接待 frontDesk ─────────────────────────────

const FRONT_DESK: IndicatorTemplate[] = [
  ...group('frontDesk', 'tangibles', [
    {
      slug: 'uniform',
      name: { 'zh-CN': '着装与工牌规范', en: 'Uniform and name badge' },
      description: {
        'zh-CN': '在岗期间按规定穿着工装、佩戴工牌，发型整洁、淡妆上岗。每发现一次不符合扣 10 分。',
        en: 'On duty in the company uniform with the name badge visible, hair tidy and make-up discreet. 10 points off for each lapse found.',
      },
      weight: 30,
      scoring: deduct(10),
      dataSource: 'supervisorCheck',
      cycle: 'daily',
    },
    {
      slug: 'counter',
      name: { 'zh-CN': '前台台面整洁', en: 'Tidy front counter' },
      description: {
        'zh-CN': '台面只摆放规定物品，宣传资料架保持满架，每 2 小时巡检一次并签字记录；记录完整且抽查无杂物为达标。',
        en: 'Only the listed items on the counter and the brochure rack kept full, checked and signed off every two hours; met when the log is complete and spot checks find no clutter.',
      },
      weight: 25,
      scoring: PASS_FAIL,
      dataSource: 'supervisorCheck',
      cycle: 'daily',
    },
    {
      slug: 'signage',
      name: { 'zh-CN': '导视标识清晰', en: 'Clear signs and notices' },
      description: {
        'zh-CN': '业务指引、收费标准、营业时间等标识齐全、无破损，内容为最新版本；全部符合为达标。',
        en: 'Direction signs, price lists and opening hours are all in place, undamaged and up to date; met only when every item complies.',
      },
      weight: 20,
      scoring: PASS_FAIL,
      dataSource: 'supervisorCheck',
      cycle: 'weekly',
    },
    {
      slug: 'waiting-area',
      name: { 'zh-CN': '等候区环境舒适', en: 'Comfortable waiting area' },
      description: {
        'zh-CN': '等候区座椅充足、饮水和充电设施可用，地面与桌面无垃圾，由神秘顾客按 5 分制评价。',
        en: 'Enough seats, working water and charging points, no litter on floors or tables; rated on a five-point scale by a mystery shopper.',
      },
      weight: 25,
      scoring: SCALE5,
      dataSource: 'mysteryShopper',
      cycle: 'monthly',
    },
  ]),
  ...group('frontDesk', 'assurance', [
    {
      slug: 'greeting',
      name: { 'zh-CN': '标准迎宾礼仪', en: 'Standard welcome etiquette' },
      description: {
        'zh-CN': '客户走近 3 米内起身或目光相迎，微笑并使用标准问候语，递接物品用双手；神秘顾客按 5 分制评价。',
        en: 'Stand or make eye contact when a customer comes within three metres, smile and use the standard greeting, hand items over with both hands; rated on a five-point scale by a mystery shopper.',
      },
      weight: 25,
      scoring: SCALE5,
      dataSource: 'mysteryShopper',
      cycle: 'monthly',
    },
    {
      slug: 'knowledge-test',
      name: { 'zh-CN': '业务知识考试', en: 'Product and policy test' },
      description: {
        'zh-CN': '季度业务知识与服务政策考试成绩达到 85 分及以上为达标。',
        en: 'Met when the quarterly test on products and service policies scores 85 or more.',
      },
      weight: 20,
      scoring: PASS_FAIL,
      dataSource: 'supervisorCheck',
      cycle: 'quarterly',
    },
    {
      slug: 'first-visit-resolution',
      name: { 'zh-CN': '到店一次办结率', en: 'Resolved in one visit' },
      description: {
        'zh-CN': '按受理单统计，客户到店一次即办结的比例不低于 90% 为达标。',
        en: 'Met when at least 90% of requests taken at the counter are completed in a single visit, counted from the request log.',
      },
      weight: 30,
      scoring: PASS_FAIL,
      dataSource: 'systemRecord',
      cycle: 'monthly',
    },
    {
      slug: 'courtesy',
      name: { 'zh-CN': '无服务忌语与推诿', en: 'No rude language or passing the buck' },
      description: {
        'zh-CN': '不使用服务忌语，不与客户争辩，不以“不归我管”推诿。经核实每发生一次扣 20 分。',
        en: 'No forbidden phrases, no arguing with customers and no "not my job" replies. 20 points off for each confirmed case.',
      },
      weight: 25,
      scoring: deduct(20),
      dataSource: 'supervisorCheck',
      cycle: 'monthly',
    },
  ]),
  ...group('frontDesk', 'responsiveness', [
    {
      slug: 'greet-time',
      name: { 'zh-CN': '到店 10 秒内问候', en: 'Greeted within 10 seconds' },
      description: {
        'zh-CN': '客户进门 10 秒内有工作人员主动问候，即使正在忙碌也先示意请客户稍候；神秘顾客检查，做到为达标。',
        en: 'Someone greets the customer within 10 seconds of arrival, and if busy at least signals that they will be right there; met when the mystery shopper sees this.',
      },
      weight: 25,
      scoring: PASS_FAIL,
      dataSource: 'mysteryShopper',
      cycle: 'monthly',
    },
    {
      slug: 'queue-wait',
      name: { 'zh-CN': '排队等候不超 15 分钟', en: 'Queue wait under 15 minutes' },
      description: {
        'zh-CN': '从取号到开始办理不超过 15 分钟。叫号系统每记录一单超时扣 5 分。',
        en: 'No more than 15 minutes from taking a ticket to being served. 5 points off for each overdue ticket in the queue system.',
      },
      weight: 30,
      scoring: deduct(5),
      dataSource: 'systemRecord',
      cycle: 'weekly',
    },
    {
      slug: 'peak-window',
      name: { 'zh-CN': '高峰期及时分流', en: 'Extra counter at peak times' },
      description: {
        'zh-CN': '等候人数超过 5 人时，10 分钟内增开窗口或安排专人引导分流；抽查全部做到为达标。',
        en: 'When more than five people are waiting, open another counter or send someone to triage within 10 minutes; met when every spot check confirms it.',
      },
      weight: 20,
      scoring: PASS_FAIL,
      dataSource: 'supervisorCheck',
      cycle: 'weekly',
    },
    {
      slug: 'handoff-reply',
      name: { 'zh-CN': '转办事项 24 小时回复', en: 'Referred cases answered in 24 hours' },
      description: {
        'zh-CN': '当场无法办结的事项登记转办，24 小时内回复客户进展。每超时一单扣 10 分。',
        en: 'Anything that cannot be finished on the spot is logged and referred, and the customer hears back on progress within 24 hours. 10 points off for each late case.',
      },
      weight: 25,
      scoring: deduct(10),
      dataSource: 'systemRecord',
      cycle: 'monthly',
    },
  ]),
  ...group('frontDesk', 'reliability', [
    {
      slug: 'promise-kept',
      name: { 'zh-CN': '承诺事项按时兑现', en: 'Promises kept on time' },
      description: {
        'zh-CN': '对客户承诺的办理时限、回电时间和取件时间全部兑现。每失约一次扣 20 分。',
        en: 'Every deadline, call-back and pick-up time promised to a customer is kept. 20 points off for each broken promise.',
      },
      weight: 35,
      scoring: deduct(20),
      dataSource: 'systemRecord',
      cycle: 'monthly',
    },
    {
      slug: 'data-accuracy',
      name: { 'zh-CN': '登记信息零差错', en: 'Error-free registration' },
      description: {
        'zh-CN': '客户资料与业务单据录入准确无误。抽查每发现一处错误扣 10 分。',
        en: 'Customer details and request forms are entered without mistakes. 10 points off for each error found in spot checks.',
      },
      weight: 25,
      scoring: deduct(10),
      dataSource: 'supervisorCheck',
      cycle: 'monthly',
    },
    {
      slug: 'consistent-answers',
      name: { 'zh-CN': '告知口径一致', en: 'Consistent answers' },
      description: {
        'zh-CN': '对收费标准、办理时限、所需材料的答复与公司公示一致；神秘顾客多次询问同一问题均无偏差为达标。',
        en: 'Answers on prices, lead times and required documents match what the company has published; met when repeated mystery-shopper questions all get the same, correct answer.',
      },
      weight: 20,
      scoring: PASS_FAIL,
      dataSource: 'mysteryShopper',
      cycle: 'quarterly',
    },
    {
      slug: 'no-major-incident',
      name: { 'zh-CN': '无重大投诉及安全事故', en: 'No major complaint or safety incident' },
      description: {
        'zh-CN': '考核期内无有责重大投诉，无客户财物遗失或人身安全事故；发生任意一起即为不达标。',
        en: 'No major complaint for which the desk is at fault and no lost property or injury during the period; any single case means not met.',
      },
      weight: 20,
      scoring: PASS_FAIL,
      dataSource: 'systemRecord',
      cycle: 'quarterly',
    },
  ]),
  ...group('frontDesk', 'empathy', [
    {
      slug: 'special-care',
      name: { 'zh-CN': '特殊客户主动关怀', en: 'Care for customers with special needs' },
      description: {
        'zh-CN': '对老人、孕妇、带小孩或行动不便的客户，主动提供座位、饮水或优先办理；神秘顾客按 5 分制评价。',
        en: 'Offer a seat, water or priority service to older customers, pregnant women, parents with small children and people with limited mobility, unasked; rated on a five-point scale by a mystery shopper.',
      },
      weight: 30,
      scoring: SCALE5,
      dataSource: 'mysteryShopper',
      cycle: 'monthly',
    },
    {
      slug: 'proactive-tips',
      name: { 'zh-CN': '办结前主动提示', en: 'Helpful tips before the customer leaves' },
      description: {
        'zh-CN': '办理结束前，主动提醒客户可能遗漏的材料、适用的优惠或后续注意事项；神秘顾客按 5 分制评价。',
        en: 'Before the customer leaves, point out documents they may have missed, offers that apply to them and what to watch out for next; rated on a five-point scale by a mystery shopper.',
      },
      weight: 25,
      scoring: SCALE5,
      dataSource: 'mysteryShopper',
      cycle: 'monthly',
    },
    {
      slug: 'candour',
      name: { 'zh-CN': '坦诚说明与替代方案', en: 'Honest answers with alternatives' },
      description: {
        'zh-CN': '无法办理或需要等待时，如实说明原因并给出替代方案，不敷衍。以满意度调查中该题的客户平均分计，按 5 分制评分。',
        en: 'When a request cannot be met or will take time, explain why honestly and offer another way forward. Scored on a five-point scale from the average customer rating of this question in the satisfaction survey.',
      },
      weight: 25,
      scoring: SCALE5,
      dataSource: 'survey',
      cycle: 'quarterly',
    },
    {
      slug: 'wow-story',
      name: { 'zh-CN': '感动服务案例', en: 'Wow-moment story' },
      description: {
        'zh-CN': '每月至少提交 1 个经主管核实、超越客户期待的服务案例，并在班前会分享；做到为达标。',
        en: 'Each month, submit at least one verified story of service that went beyond what the customer expected and share it at the team briefing; met when done.',
      },
      weight: 20,
      scoring: PASS_FAIL,
      dataSource: 'supervisorCheck',
      cycle: 'monthly',
    },
  ]),
];

// ───────────────────────────── 客服专员 serviceAgent ─────────────────────────────

const SERVICE_AGENT: IndicatorTemplate[] = [
  ...group('serviceAgent', 'tangibles', [
    {
      slug: 'voice',
      name: { 'zh-CN': '声音形象', en: 'Voice and tone' },
      description: {
        'zh-CN': '语速适中、吐字清晰、语调亲切，让客户“听得见微笑”；每周抽取录音，质检按 5 分制评分。',
        en: 'Moderate pace, clear words and a warm tone, so the customer can "hear the smile"; recordings sampled weekly and rated on a five-point scale by quality control.',
      },
      weight: 30,
      scoring: SCALE5,
      dataSource: 'supervisorCheck',
      cycle: 'weekly',
    },
    {
      slug: 'written-style',
      name: { 'zh-CN': '文字回复规范', en: 'Well-written replies' },
      description: {
        'zh-CN': '在线和短信回复无错别字、无网络用语，称呼与署名格式统一。质检每发现一处不规范扣 5 分。',
        en: 'Chat and text replies have no typos or slang and use the standard greeting and sign-off. 5 points off for each lapse found by quality control.',
      },
      weight: 25,
      scoring: deduct(5),
      dataSource: 'supervisorCheck',
      cycle: 'weekly',
    },
    {
      slug: 'workstation',
      name: { 'zh-CN': '座席整洁、设备完好', en: 'Tidy workstation, working equipment' },
      description: {
        'zh-CN': '工位只放工作物品，耳麦与系统上岗前自检正常，下班前清理桌面；当日抽查合格为达标。',
        en: 'Only work items on the desk, headset and systems self-checked before the shift, desk cleared at the end of the day; met when the daily spot check passes.',
      },
      weight: 20,
      scoring: PASS_FAIL,
      dataSource: 'supervisorCheck',
      cycle: 'daily',
    },
    {
      slug: 'dress-code',
      name: { 'zh-CN': '在岗着装规范', en: 'Dress code on duty' },
      description: {
        'zh-CN': '在岗期间按规定穿着工装、佩戴工牌，视频服务时仪容端正。每发现一次不符合扣 10 分。',
        en: 'On duty in the company uniform with the name badge, and well groomed on video calls. 10 points off for each lapse found.',
      },
      weight: 25,
      scoring: deduct(10),
      dataSource: 'supervisorCheck',
      cycle: 'daily',
    },
  ]),
  ...group('serviceAgent', 'assurance', [
    {
      slug: 'first-contact-resolution',
      name: { 'zh-CN': '一次解决率', en: 'First-contact resolution' },
      description: {
        'zh-CN': '咨询类工单一次解决率不低于 85%（72 小时内同一客户同一问题无重复来电）为达标。',
        en: 'Met when at least 85% of enquiries are resolved at first contact, meaning the same customer does not call again about the same issue within 72 hours.',
      },
      weight: 30,
      scoring: PASS_FAIL,
      dataSource: 'systemRecord',
      cycle: 'monthly',
    },
    {
      slug: 'qa-score',
      name: { 'zh-CN': '录音质检评分', en: 'Call quality score' },
      description: {
        'zh-CN': '每周随机抽取 5 通录音，从业务准确、流程规范、礼貌用语三方面评价，取平均后按 5 分制评分。',
        en: 'Five random calls a week are reviewed for accuracy, correct procedure and courtesy; the average is rated on a five-point scale.',
      },
      weight: 25,
      scoring: SCALE5,
      dataSource: 'supervisorCheck',
      cycle: 'weekly',
    },
    {
      slug: 'knowledge-test',
      name: { 'zh-CN': '业务知识考试', en: 'Product and policy test' },
      description: {
        'zh-CN': '季度业务知识、系统操作与服务政策考试成绩达到 85 分及以上为达标。',
        en: 'Met when the quarterly test on products, systems and service policies scores 85 or more.',
      },
      weight: 20,
      scoring: PASS_FAIL,
      dataSource: 'supervisorCheck',
      cycle: 'quarterly',
    },
    {
      slug: 'wrong-answer',
      name: { 'zh-CN': '无错误答复', en: 'No wrong information given' },
      description: {
        'zh-CN': '不向客户提供错误的政策、价格或流程信息。经核实每发生一次扣 20 分。',
        en: 'Never give a customer wrong information on policy, price or procedure. 20 points off for each confirmed case.',
      },
      weight: 25,
      scoring: deduct(20),
      dataSource: 'supervisorCheck',
      cycle: 'monthly',
    },
  ]),
  ...group('serviceAgent', 'responsiveness', [
    {
      slug: 'answer-speed',
      name: { 'zh-CN': '来电 3 声内接听', en: 'Calls answered within three rings' },
      description: {
        'zh-CN': '来电 3 声（约 15 秒）内接听的比例不低于 90%，且放弃率低于 5% 为达标。',
        en: 'Met when at least 90% of calls are answered within three rings (about 15 seconds) and fewer than 5% are abandoned.',
      },
      weight: 25,
      scoring: PASS_FAIL,
      dataSource: 'systemRecord',
      cycle: 'daily',
    },
    {
      slug: 'chat-first-reply',
      name: { 'zh-CN': '在线咨询 30 秒内响应', en: 'Chat answered within 30 seconds' },
      description: {
        'zh-CN': '在线咨询接入后 30 秒内首次回复。系统每记录一单超时扣 2 分。',
        en: 'First reply within 30 seconds of a chat being assigned. 2 points off for each late reply logged by the system.',
      },
      weight: 25,
      scoring: deduct(2),
      dataSource: 'systemRecord',
      cycle: 'weekly',
    },
    {
      slug: 'dispatch-time',
      name: { 'zh-CN': '报修 30 分钟内派单', en: 'Repair dispatched within 30 minutes' },
      description: {
        'zh-CN': '报修受理后 30 分钟内完成派单，并以短信告知客户工程师姓名和联系方式。每超时一单扣 5 分。',
        en: 'A repair request is dispatched within 30 minutes and the customer receives a text with the engineer\'s name and number. 5 points off for each late dispatch.',
      },
      weight: 25,
      scoring: deduct(5),
      dataSource: 'systemRecord',
      cycle: 'weekly',
    },
    {
      slug: 'complaint-close',
      name: { 'zh-CN': '投诉处理时效', en: 'Complaint handling time' },
      description: {
        'zh-CN': '一般投诉 24 小时内给出处理方案，48 小时内办结。每超时一单扣 10 分。',
        en: 'An ordinary complaint gets a proposed solution within 24 hours and is closed within 48 hours. 10 points off for each overdue case.',
      },
      weight: 25,
      scoring: deduct(10),
      dataSource: 'systemRecord',
      cycle: 'monthly',
    },
  ]),
  ...group('serviceAgent', 'reliability', [
    {
      slug: 'callback-kept',
      name: { 'zh-CN': '承诺回电准时兑现', en: 'Promised call-backs made on time' },
      description: {
        'zh-CN': '答应客户的回电时间全部兑现。每失约一次扣 20 分。',
        en: 'Every call-back promised to a customer happens at the agreed time. 20 points off for each one missed.',
      },
      weight: 30,
      scoring: deduct(20),
      dataSource: 'systemRecord',
      cycle: 'monthly',
    },
    {
      slug: 'ticket-complete',
      name: { 'zh-CN': '工单记录完整', en: 'Complete case notes' },
      description: {
        'zh-CN': '工单记录完整准确，下一环节接手时客户无需重复说明。抽查每发现一单缺漏扣 5 分。',
        en: 'Case notes are complete and accurate, so the customer never has to repeat the story to the next person. 5 points off for each incomplete case found.',
      },
      weight: 25,
      scoring: deduct(5),
      dataSource: 'supervisorCheck',
      cycle: 'weekly',
    },
    {
      slug: 'follow-up-call',
      name: { 'zh-CN': '结案 3 天内回访', en: 'Follow-up call within 3 days' },
      description: {
        'zh-CN': '工单关闭后 3 天内完成回访，回访率达到 100% 为达标。',
        en: 'Met when every closed case gets a follow-up call within three days of closure.',
      },
      weight: 25,
      scoring: PASS_FAIL,
      dataSource: 'systemRecord',
      cycle: 'monthly',
    },
    {
      slug: 'no-major-complaint',
      name: { 'zh-CN': '无重大及升级投诉', en: 'No major or escalated complaint' },
      description: {
        'zh-CN': '考核期内无有责重大投诉，无客户投诉至监管部门或媒体；发生任意一起即为不达标。',
        en: 'No major complaint for which the agent is at fault and no complaint escalated to a regulator or the media during the period; any single case means not met.',
      },
      weight: 20,
      scoring: PASS_FAIL,
      dataSource: 'systemRecord',
      cycle: 'quarterly',
    },
  ]),
  ...group('serviceAgent', 'empathy', [
    {
      slug: 'acknowledge-feelings',
      name: { 'zh-CN': '先处理情绪再处理问题', en: 'Feelings first, then the problem' },
      description: {
        'zh-CN': '客户表达不满时，先确认对方的感受（如“让您久等了，确实耽误了您的安排”），再进入解决方案；录音质检按 5 分制评分。',
        en: 'When a customer is upset, acknowledge how they feel first (for example "You\'ve been kept waiting and it has upset your plans") before moving to a solution; recordings rated on a five-point scale.',
      },
      weight: 30,
      scoring: SCALE5,
      dataSource: 'supervisorCheck',
      cycle: 'weekly',
    },
    {
      slug: 'progress-updates',
      name: { 'zh-CN': '主动告知处理进度', en: 'Progress updates without being asked' },
      description: {
        'zh-CN': '跨日处理的事项每天至少主动告知客户一次进展。客户因不知进展而来电催办，每单扣 5 分。',
        en: 'For cases that run over a day, update the customer at least once a day. 5 points off for each case where the customer has to call to chase progress.',
      },
      weight: 25,
      scoring: deduct(5),
      dataSource: 'systemRecord',
      cycle: 'monthly',
    },
    {
      slug: 'honest-limits',
      name: { 'zh-CN': '坦诚说明、不乱承诺', en: 'Honest about limits, no empty promises' },
      description: {
        'zh-CN': '对无法满足的要求如实说明原因并提供可行的替代方案，不作做不到的承诺；神秘来电按 5 分制评价。',
        en: 'When a request cannot be met, say so honestly, explain why and offer a workable alternative rather than a promise that cannot be kept; rated on a five-point scale by mystery callers.',
      },
      weight: 20,
      scoring: SCALE5,
      dataSource: 'mysteryShopper',
      cycle: 'monthly',
    },
    {
      slug: 'delight-rate',
      name: { 'zh-CN': '“非常满意”占比', en: 'Share of "very satisfied" ratings' },
      description: {
        'zh-CN': '服务结束后的满意度评价中，“非常满意”占比不低于 85% 为达标。',
        en: 'Met when at least 85% of post-contact satisfaction ratings are "very satisfied".',
      },
      weight: 25,
      scoring: PASS_FAIL,
      dataSource: 'survey',
      cycle: 'monthly',
    },
  ]),
];

// ───────────────────────────── 维修工程师 fieldEngineer ─────────────────────────────

const FIELD_ENGINEER: IndicatorTemplate[] = [
  ...group('fieldEngineer', 'tangibles', [
    {
      slug: 'uniform',
      name: { 'zh-CN': '工装工牌、亮证上门', en: 'Uniform, badge and ID shown at the door' },
      description: {
        'zh-CN': '上门穿统一工装、佩戴工牌，进门前主动出示工作证；以到场打卡照片核查，每发现一次不符合扣 10 分。',
        en: 'Arrive in the company uniform with the name badge and show the staff card before entering; checked against the arrival photo, 10 points off for each lapse.',
      },
      weight: 25,
      scoring: deduct(10),
      dataSource: 'supervisorCheck',
      cycle: 'weekly',
    },
    {
      slug: 'home-protection',
      name: { 'zh-CN': '入户防护到位', en: 'Home protected during work' },
      description: {
        'zh-CN': '入户穿鞋套，作业区域铺设防护垫，搬动家具前征得客户同意；回访中客户确认全部做到为达标。',
        en: 'Wear shoe covers indoors, lay a protective mat in the work area and ask before moving furniture; met when the customer confirms all three in the follow-up call.',
      },
      weight: 25,
      scoring: PASS_FAIL,
      dataSource: 'survey',
      cycle: 'monthly',
    },
    {
      slug: 'site-clean',
      name: { 'zh-CN': '完工现场清洁', en: 'Site left clean' },
      description: {
        'zh-CN': '完工后清理现场，带走旧件和包装垃圾，物品恢复原位；按回访中客户的 5 分制评价计分。',
        en: 'After the job, clean up, take away old parts and packaging and put things back where they were; scored from the customer\'s five-point rating in the follow-up call.',
      },
      weight: 25,
      scoring: SCALE5,
      dataSource: 'survey',
      cycle: 'monthly',
    },
    {
      slug: 'tools-vehicle',
      name: { 'zh-CN': '工具车辆整洁', en: 'Tidy tools and van' },
      description: {
        'zh-CN': '工具包配置齐全、摆放有序，服务车辆外观干净，备件按规定包装；抽查合格为达标。',
        en: 'Tool kit complete and in order, service van clean outside, spare parts packed as required; met when the spot check passes.',
      },
      weight: 25,
      scoring: PASS_FAIL,
      dataSource: 'supervisorCheck',
      cycle: 'weekly',
    },
  ]),
  ...group('fieldEngineer', 'assurance', [
    {
      slug: 'first-time-fix',
      name: { 'zh-CN': '首次上门修复率', en: 'First-time fix rate' },
      description: {
        'zh-CN': '首次上门即修复的工单比例不低于 90% 为达标。',
        en: 'Met when at least 90% of jobs are fixed on the first visit.',
      },
      weight: 30,
      scoring: PASS_FAIL,
      dataSource: 'systemRecord',
      cycle: 'monthly',
    },
    {
      slug: 'explain-before-work',
      name: { 'zh-CN': '动工前讲清原因与费用', en: 'Cause and cost explained before work' },
      description: {
        'zh-CN': '维修前向客户说明故障原因、维修方案和费用，客户确认后再动工；按回访中客户的 5 分制评价计分。',
        en: 'Before starting, explain the cause of the fault, the repair plan and the cost, and begin only once the customer agrees; scored from the customer\'s five-point rating in the follow-up call.',
      },
      weight: 25,
      scoring: SCALE5,
      dataSource: 'survey',
      cycle: 'monthly',
    },
    {
      slug: 'certified',
      name: { 'zh-CN': '持证上岗', en: 'Valid certificates' },
      description: {
        'zh-CN': '岗位所需的电工、登高等作业资质证书齐全且在有效期内为达标。',
        en: 'Met when every licence the job requires, such as electrical or work-at-height certificates, is held and in date.',
      },
      weight: 20,
      scoring: PASS_FAIL,
      dataSource: 'supervisorCheck',
      cycle: 'quarterly',
    },
    {
      slug: 'safe-procedure',
      name: { 'zh-CN': '安全规范操作', en: 'Safe working procedure' },
      description: {
        'zh-CN': '断电、验电、试机等安全操作规程逐项执行。抽查每发现一处违规扣 20 分。',
        en: 'Every step of the safety procedure is followed: isolate the power, test it is dead, test-run after repair. 20 points off for each breach found in spot checks.',
      },
      weight: 25,
      scoring: deduct(20),
      dataSource: 'supervisorCheck',
      cycle: 'monthly',
    },
  ]),
  ...group('fieldEngineer', 'responsiveness', [
    {
      slug: 'first-contact',
      name: { 'zh-CN': '接单 30 分钟内联系客户', en: 'Customer called within 30 minutes' },
      description: {
        'zh-CN': '接单后 30 分钟内电话联系客户，约定上门时间段。每超时一单扣 5 分。',
        en: 'Call the customer within 30 minutes of accepting a job to agree a visit slot. 5 points off for each late call.',
      },
      weight: 25,
      scoring: deduct(5),
      dataSource: 'systemRecord',
      cycle: 'weekly',
    },
    {
      slug: 'pre-visit-call',
      name: { 'zh-CN': '上门前 30 分钟确认', en: 'Confirmation call 30 minutes ahead' },
      description: {
        'zh-CN': '出发上门前 30 分钟电话确认客户在家，并告知预计到达时间；抽查通话记录全部做到为达标。',
        en: 'Call 30 minutes before the visit to check the customer is in and give an arrival time; met when every sampled call log shows it.',
      },
      weight: 20,
      scoring: PASS_FAIL,
      dataSource: 'supervisorCheck',
      cycle: 'weekly',
    },
    {
      slug: 'urgent-arrival',
      name: { 'zh-CN': '紧急报修 2 小时到场', en: 'On site within 2 hours for emergencies' },
      description: {
        'zh-CN': '漏水、断电、燃气异味等紧急报修 2 小时内到达现场。每超时一单扣 10 分。',
        en: 'Reach the site within two hours for emergencies such as leaks, power cuts or a smell of gas. 10 points off for each late arrival.',
      },
      weight: 30,
      scoring: deduct(10),
      dataSource: 'systemRecord',
      cycle: 'monthly',
    },
    {
      slug: 'repair-cycle',
      name: { 'zh-CN': '维修按期完成率', en: 'Repairs finished on schedule' },
      description: {
        'zh-CN': '一般故障 48 小时内修复，需要调配件的 3 个工作日内修复；按期完成率不低于 95% 为达标。',
        en: 'Ordinary faults fixed within 48 hours, and those waiting for parts within three working days; met when at least 95% finish on schedule.',
      },
      weight: 25,
      scoring: PASS_FAIL,
      dataSource: 'systemRecord',
      cycle: 'monthly',
    },
  ]),
  ...group('fieldEngineer', 'reliability', [
    {
      slug: 'on-time-arrival',
      name: { 'zh-CN': '按约定时间到达', en: 'Arrives in the agreed time slot' },
      description: {
        'zh-CN': '在约定的时间段内到达客户处。每迟到或失约一次扣 10 分。',
        en: 'Arrive within the time slot agreed with the customer. 10 points off for each late or missed visit.',
      },
      weight: 30,
      scoring: deduct(10),
      dataSource: 'systemRecord',
      cycle: 'monthly',
    },
    {
      slug: 'no-repeat-repair',
      name: { 'zh-CN': '30 天内无返修', en: 'No repeat repair within 30 days' },
      description: {
        'zh-CN': '维修后 30 天内同一故障不再报修。每返修一单扣 20 分。',
        en: 'The same fault is not reported again within 30 days of the repair. 20 points off for each repeat job.',
      },
      weight: 30,
      scoring: deduct(20),
      dataSource: 'systemRecord',
      cycle: 'monthly',
    },
    {
      slug: 'fair-charges',
      name: { 'zh-CN': '按标准收费、明码开票', en: 'Charges as published, with a receipt' },
      description: {
        'zh-CN': '严格按公示标准收费并开具凭证，不私收费用、不推销无关配件；发现一次即为不达标。',
        en: 'Charge only the published rates and always give a receipt, with no cash on the side and no pushing of unneeded parts; a single case means not met.',
      },
      weight: 20,
      scoring: PASS_FAIL,
      dataSource: 'survey',
      cycle: 'monthly',
    },
    {
      slug: 'no-major-incident',
      name: { 'zh-CN': '无安全事故及重大投诉', en: 'No safety incident or major complaint' },
      description: {
        'zh-CN': '考核期内无人身伤害、财产损失等安全事故，无有责重大投诉；发生任意一起即为不达标。',
        en: 'No injury, property damage or other safety incident and no major complaint for which the engineer is at fault during the period; any single case means not met.',
      },
      weight: 20,
      scoring: PASS_FAIL,
      dataSource: 'systemRecord',
      cycle: 'quarterly',
    },
  ]),
  ...group('fieldEngineer', 'empathy', [
    {
      slug: 'extra-check',
      name: { 'zh-CN': '顺带检查与保养建议', en: 'Extra check and care advice' },
      description: {
        'zh-CN': '完工后主动检查设备的其他隐患，并给客户留下日常保养建议；按回访中客户的 5 分制评价计分。',
        en: 'After the repair, check the equipment for other risks on your own initiative and leave the customer simple care advice; scored from the customer\'s five-point rating in the follow-up call.',
      },
      weight: 25,
      scoring: SCALE5,
      dataSource: 'survey',
      cycle: 'monthly',
    },
    {
      slug: 'delay-notice',
      name: { 'zh-CN': '延误提前主动告知', en: 'Delays announced in advance' },
      description: {
        'zh-CN': '无法按约到达或完工时，提前主动告知客户原因和新的时间，不让客户空等。回访中客户反映未获告知的，每次扣 20 分。',
        en: 'If the engineer will be late or the job will overrun, tell the customer the reason and the new time in advance so they are never left waiting. 20 points off for each case a customer reports in the follow-up call.',
      },
      weight: 25,
      scoring: deduct(20),
      dataSource: 'survey',
      cycle: 'monthly',
    },
    {
      slug: 'usage-coaching',
      name: { 'zh-CN': '完工演示使用方法', en: 'Shows the customer how to use it' },
      description: {
        'zh-CN': '完工后当面演示正确使用方法，确认客户（尤其是老人）已会操作后再离开；神秘顾客按 5 分制评价。',
        en: 'After the job, demonstrate how to use the equipment and leave only when the customer, especially an older one, can operate it; rated on a five-point scale by a mystery shopper.',
      },
      weight: 25,
      scoring: SCALE5,
      dataSource: 'mysteryShopper',
      cycle: 'quarterly',
    },
    {
      slug: 'visit-satisfaction',
      name: { 'zh-CN': '上门服务满意度', en: 'Home visit satisfaction' },
      description: {
        'zh-CN': '回访中客户对上门服务评价为“非常满意”的比例不低于 90% 为达标。',
        en: 'Met when at least 90% of customers rate the home visit "very satisfied" in the follow-up call.',
      },
      weight: 25,
      scoring: PASS_FAIL,
      dataSource: 'survey',
      cycle: 'monthly',
    },
  ]),
];

export const INDICATOR_TEMPLATES: IndicatorTemplate[] = [...FRONT_DESK, ...SERVICE_AGENT, ...FIELD_ENGINEER, ...HOTEL_TEMPLATES, ...PROPERTY_TEMPLATES, ...TELECOM_TEMPLATES, ...CAR_DEALER_TEMPLATES, ...REAL_ESTATE_TEMPLATES,
  ...AIRLINE_TEMPLATES,
];

/** The example indicators for one post type under one dimension, in library order (weights sum to 100). */
export function templatesFor(postType: PostType, dimension: Dimension): IndicatorTemplate[] {
  return INDICATOR_TEMPLATES.filter((t) => t.postType === postType && t.dimension === dimension);
}
