import type { Section } from '../shared/course/curriculum.ts';
import { b } from './course-text.ts';

/** A step with no exercise, no tool and no case. */
const none = { exercise: null, tools: [], cases: [] } satisfies Pick<Section, 'exercise' | 'tools' | 'cases'>;

/** Day 1: lecture 1 (excellent service) and lecture 2 (standards), ending with the 8-factor homework. */
export const DAY1: Section[] = [
  {
    id: 'd1-opening', day: 1, lecture: null, kind: 'opening', minutes: 15, ...none,
    title: b('开场：两天我们带走什么', 'Opening: what we leave with in two days'),
    points: [
      b('两天课程，每天 6 小时', 'Two days, six hours each'),
      b('五份成果：考核标准、行动计划、流程脚本、实施策略、投诉手册', 'Five results: standard, action plan, journey script, MOT strategy, complaint playbook'),
      b('边学边做，成果当场完成', 'Learn by doing; results are built in the room'),
    ],
    notes: {
      say: [b('这两天不是听课，而是把我们自己的服务体系搭起来。', 'These two days are not for listening; we build our own service system.')],
      ask: [b('最近一次让你印象深刻的服务是什么？', 'What service impressed you most recently?')],
      pitfalls: [b('开场太长：15 分钟内进入正题。', 'An opening that drags: get to the point within 15 minutes.')],
    },
  },
  {
    id: 'l1-nps', day: 1, lecture: 1, kind: 'teach', minutes: 40,
    title: b('NPS 解读', 'Understanding NPS'),
    points: [
      b('定义：客户净推荐值 = 推荐者% − 贬损者%', 'Definition: net promoter score = % promoters − % detractors'),
      b('0–10 分：9–10 推荐者，7–8 被动者，0–6 贬损者', '0–10 scale: 9–10 promoters, 7–8 passives, 0–6 detractors'),
      b('价值：衡量客户忠诚的指标', 'Value: a measure of customer loyalty'),
      b('驱动：优质服务、超越期待', 'Drivers: excellent service that exceeds expectations'),
    ],
    notes: {
      say: [b('被动者不算进 NPS，但他们最容易被对手抢走。', 'Passives do not count in NPS, but they are the easiest for rivals to take.')],
      ask: [b('用 0–10 分，你会向朋友推荐我们公司吗？为什么？', 'On 0–10, would you recommend our company to a friend? Why?')],
      pitfalls: [
        b('把 NPS 当作平均分：它是两个比例之差，范围 −100 到 +100。', 'Treating NPS as an average: it is a difference of two shares, from −100 to +100.'),
        b('把 7–8 分当作满意客户来庆祝。', 'Celebrating 7–8 scores as satisfied customers.'),
      ],
    },
    exercise: null, tools: ['nps'], cases: ['new-vs-kept'],
  },
  {
    id: 'l1-heart', day: 1, lecture: 1, kind: 'teach', minutes: 30,
    title: b('不忘初心、砥砺前行', 'Remember why we serve'),
    points: [
      b('主动心：付出在先、主动解决、主动沟通、绝不推卸', 'Initiative: give first, solve and communicate proactively, never pass the buck'),
      b('感恩心：感恩客户、以诚相待', 'Gratitude: thank the customer, deal honestly'),
      b('同理心：换位思考、以心换心', 'Empathy: stand in the customer’s shoes'),
    ],
    notes: {
      say: [b('轮胎的故事里，店员对的不是事实，而是客户的感受。', 'In the tyre story the clerk was right not about the facts but about the customer’s feelings.')],
      ask: [b('你的部门里，什么时候最容易推卸？', 'When is your department most tempted to pass the buck?')],
      pitfalls: [b('停留在口号：每个“心”都要落到一个具体动作。', 'Stopping at slogans: tie each attitude to one concrete action.')],
    },
    exercise: null, tools: [], cases: ['tyre-refund'],
  },
  {
    id: 'l1-culture', day: 1, lecture: 1, kind: 'teach', minutes: 25,
    title: b('服务使命、至上而下', 'Service mission, from the top down'),
    points: [
      b('服务文化至上而下：管理层先做到', 'Service culture from the top down: managers go first'),
      b('服务文化由内到外：先服务好内部客户', 'Service culture from inside out: serve internal customers first'),
      b('服务的四个台阶：不合格 → 合格 → 优质 → 卓越', 'The service ladder: unacceptable → acceptable → good → excellent'),
    ],
    notes: {
      say: [b('每个环节 99 分，三个环节后客户只感到 97 分。', 'At 99 per step, after three steps the customer feels only 97.')],
      ask: [b('我们的服务流程要经过几个部门？算一算会剩多少。', 'How many departments does our service pass through? Work out what is left.')],
      pitfalls: [b('只培训一线：内部服务断了，一线再努力也补不回来。', 'Training only the front line: a broken internal chain cannot be made up at the counter.')],
    },
    exercise: null, tools: ['decay'], cases: ['decay', 'service-ladder'],
  },
  {
    id: 'd1-break-am', day: 1, lecture: null, kind: 'break', minutes: 15, ...none,
    title: b('茶歇', 'Break'),
    points: [],
    notes: { say: [b('15 分钟后回来，我们开始定标准。', 'Back in 15 minutes: then we set standards.')], ask: [], pitfalls: [] },
  },
  {
    id: 'l2-servqual', day: 1, lecture: 2, kind: 'teach', minutes: 40,
    title: b('服务质量评价模型（SERVQUAL）', 'The service quality model (SERVQUAL)'),
    points: [
      b('有形度：服务设施、人员仪容仪表', 'Tangibles: facilities, staff appearance'),
      b('专业度：专业能力、服务态度', 'Assurance: competence and manner'),
      b('反应度：及时答复、及时解决', 'Responsiveness: prompt answers and solutions'),
      b('信赖度：兑现承诺、无重大投诉和安全事故', 'Reliability: promises kept, no major complaints or accidents'),
      b('同理度：以心换心、主动坦诚、超越期待', 'Empathy: care, candour, exceeding expectations'),
    ],
    notes: {
      say: [b('五个维度是客户心里的尺子，考核标准要用同一把尺子。', 'The five dimensions are the customer’s yardstick; our standard must use the same one.')],
      ask: [b('海尔在哪个缺口上花的力气最大？我们的缺口在哪里？', 'Which gap did Haier work hardest on? Where is ours?')],
      pitfalls: [b('把五个维度混为一谈：“态度好”属于专业度，“回电快”属于反应度。', 'Blurring the dimensions: “friendly manner” is assurance, “calls back fast” is responsiveness.')],
    },
    exercise: null, tools: ['servqual', 'fiveGaps'], cases: ['haier-gaps'],
  },
  {
    id: 'd1-lunch', day: 1, lecture: null, kind: 'break', minutes: 75, ...none,
    title: b('午餐', 'Lunch'),
    points: [],
    notes: { say: [b('下午第一件事：动手做成果1。', 'First thing after lunch: we build result 1.')], ask: [], pitfalls: [] },
  },
  {
    id: 'l2-standard', day: 1, lecture: 2, kind: 'exercise', minutes: 80, tools: [], cases: [],
    title: b('成果1：服务岗位内部服务考核标准', 'Result 1: the post evaluation standard'),
    points: [
      b('每个服务岗位，在五个维度下定指标', 'For each service post, indicators under the five dimensions'),
      b('每个指标写清描述、权重和评分规则', 'Each indicator described, weighted and given a scoring rule'),
      b('用思维导图呈现', 'Shown as a mind map'),
    ],
    notes: {
      say: [b('好指标能被测量：谁来测、多久测一次、怎么算分。', 'A good indicator can be measured: who measures, how often, how it scores.')],
      ask: [b('这个指标，月底能拿出数据吗？', 'Could you produce data for this indicator at month end?')],
      pitfalls: [
        b('指标写成口号，例如“服务热情”。', 'Indicators written as slogans, such as “be warm”.'),
        b('权重平均分配，看不出重点。', 'Weights spread evenly, so nothing stands out.'),
      ],
    },
    exercise: {
      title: b('制定岗位考核标准', 'Draft the post standards'),
      brief: b('每组选一个岗位，五个维度各定 3–5 个指标，写描述、权重和评分规则。', 'Each group takes one post and sets 3–5 indicators per dimension with description, weight and scoring rule.'),
      screen: 'standard', minutes: 65,
    },
  },
  {
    id: 'd1-break-pm', day: 1, lecture: null, kind: 'break', minutes: 15, ...none,
    title: b('茶歇', 'Break'),
    points: [],
    notes: { say: [b('回来后我们讨论：客户的满意是怎么来的。', 'When we are back: where satisfaction comes from.')], ask: [], pitfalls: [] },
  },
  {
    id: 'l2-eight-factors', day: 1, lecture: 2, kind: 'teach', minutes: 40,
    title: b('客户感知满意 8 大因素', 'The 8 perceived-satisfaction factors'),
    points: [
      b('4 大价值提升感知：品牌、服务、人员、形象', 'Four values raise perception: brand, service, people, image'),
      b('4 大成本降低感知：货币、时间、体力、精神', 'Four costs lower it: money, time, effort, worry'),
      b('满意 = 感知价值 − 感知成本，与期望相比', 'Satisfaction = perceived value − perceived cost, against expectation'),
    ],
    notes: {
      say: [b('降低客户的时间和精神成本，往往比降价更便宜也更有效。', 'Cutting the customer’s time and worry is often cheaper and better than cutting price.')],
      ask: [b('客户为了找我们办一件事，要跑几趟、等多久？', 'How many trips and how long a wait does one errand with us cost a customer?')],
      pitfalls: [b('只想到价格：货币成本只是四种成本之一。', 'Thinking only of price: money is one of four costs.')],
    },
    exercise: null, tools: ['eightFactors'], cases: [],
  },
  {
    id: 'l2-expectations', day: 1, lecture: 2, kind: 'teach', minutes: 20,
    title: b('客户期望与满意感知提升模型', 'Expectations and the perception-improvement model'),
    points: [
      b('期望的 3 个来源：其他行业的服务经历、亲友口碑、公司公开和暗示的承诺', 'Three sources of expectation: service in other industries, word of mouth, our explicit and implied promises'),
      b('提升模型：4 大价值提升感知，4 大成本降低，沟通管理合理期望', 'The model: raise the four values, lower the four costs, manage expectations by communicating'),
    ],
    notes: {
      say: [b('客户拿我们和他去过的最好的酒店比，而不只是和同行比。', 'Customers compare us with the best hotel they have stayed in, not only with our rivals.')],
      ask: [b('我们在哪里无意中承诺了做不到的事？', 'Where do we promise, without meaning to, what we cannot deliver?')],
      pitfalls: [b('一味压低期望：期望太低，客户根本不会选择我们。', 'Pushing expectations down too far: then customers never choose us.')],
    },
    exercise: null, tools: [], cases: [],
  },
  {
    id: 'l2-homework', day: 1, lecture: 2, kind: 'exercise', minutes: 55, tools: ['eightFactors'], cases: [],
    title: b('第一天课后作业：8 大方向行动策略', 'Day 1 homework: actions along the 8 factors'),
    points: [
      b('与客户直接接触的部门，各自策划行动', 'Each customer-facing department plans its actions'),
      b('每条行动：做什么、谁负责、何时完成、如何衡量', 'Each action: what, who owns it, by when, how it is measured'),
    ],
    notes: {
      say: [b('先头脑风暴，再挑出最能落地的行动。', 'Brainstorm first, then keep the actions you can really carry out.')],
      ask: [b('这条行动做完，客户哪一种成本会下降？', 'When this action is done, which of the customer’s costs goes down?')],
      pitfalls: [b('行动没有负责人和期限，等于没有行动。', 'An action without an owner and a deadline is no action.')],
    },
    exercise: {
      title: b('部门行动计划', 'Department action plan'),
      brief: b('每个部门沿 8 大因素各写行动：做什么、负责人、期限、衡量方式。', 'Each department writes actions along the 8 factors: what, owner, deadline, measure.'),
      screen: 'homework', minutes: 45,
    },
  },
  {
    id: 'd1-wrap', day: 1, lecture: null, kind: 'wrapUp', minutes: 15, ...none,
    title: b('第一天小结', 'Day 1 wrap-up'),
    points: [b('今天的两份成果', 'Today’s two results'), b('明天：关键时刻与投诉处理', 'Tomorrow: moments of truth and complaints')],
    notes: {
      say: [b('今晚把行动计划补完整，明天一早每组分享一条。', 'Finish the action plan tonight; each group shares one action first thing tomorrow.')],
      ask: [b('今天哪一点你明天就能用上？', 'What from today can you use tomorrow?')],
      pitfalls: [],
    },
  },
];
