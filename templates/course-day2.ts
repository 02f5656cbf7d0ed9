import type { Section } from '../shared/course/curriculum.ts';
import { b } from './course-text.ts';

/** A step with no exercise, no tool and no case. */
const none = { exercise: null, tools: [], cases: [] } satisfies Pick<Section, 'exercise' | 'tools' | 'cases'>;

/** Day 2: lecture 3 (moments of truth) and lecture 4 (complaints and service recovery). */
export const DAY2: Section[] = [
  {
    id: 'd2-opening', day: 2, lecture: null, kind: 'opening', minutes: 10, ...none,
    title: b('回顾：每组分享一条行动', 'Review: one action from each group'),
    points: [b('昨天的作业：8 大方向行动策略', 'Yesterday’s homework: actions along the 8 factors')],
    notes: {
      say: [b('每组一分钟，只讲一条最有把握的行动。', 'One minute per group, one action you are surest of.')],
      ask: [b('这条行动下个月怎么证明它有效？', 'How will you show next month that it worked?')],
      pitfalls: [b('分享变成汇报全部内容，时间失控。', 'Sharing turns into reading everything out and time runs away.')],
    },
  },
  {
    id: 'l3-principles', day: 2, lecture: 3, kind: 'teach', minutes: 35, tools: [], cases: ['airline-mot'],
    title: b('关键时刻原则解读', 'The principles of moments of truth'),
    points: [
      b('关键时刻无时无处不在', 'Moments of truth are everywhere, all the time'),
      b('创造客户比创造利润更重要', 'Creating customers matters more than creating profit'),
      b('了解客户真正需要，把握市场多变', 'Know what customers really need as the market shifts'),
      b('一线员工比管理层更了解客户', 'Front-line staff know customers better than managers'),
      b('沟通提升执行力和利润率', 'Communication lifts execution and margins'),
      b('保持绩效评估与客户需要一致', 'Keep appraisal in line with customer needs'),
      b('奖励让客户满意的“自作主张”', 'Reward initiative that pleases customers'),
    ],
    notes: {
      say: [b('每一次接触只有十几秒，但客户会用它来评价整个公司。', 'Each contact lasts seconds, yet the customer judges the whole company by it.')],
      ask: [b('我们的考核，奖励的是让客户满意，还是不出错？', 'Does our appraisal reward pleasing customers, or not making mistakes?')],
      pitfalls: [b('只讲原则不讲例子：每条原则配一个本公司的场景。', 'Principles without examples: give each one a scene from our own company.')],
    },
    exercise: null,
  },
  {
    id: 'l3-brainstorm', day: 2, lecture: 3, kind: 'exercise', minutes: 30, tools: [], cases: [],
    title: b('头脑风暴：管理者如何理解关键时刻原则', 'Brainstorm: what the MOT principles mean for managers'),
    points: [b('结合品牌，每组分到一至两条原则', 'Tied to our brand, each group takes one or two principles')],
    notes: {
      say: [b('先各自写，再合并，最后每组选出一条最能落地的做法。', 'Write alone, then merge, then pick the one practice most likely to stick.')],
      ask: [b('这条原则，我们明天可以改变的一件事是什么？', 'What is one thing we could change tomorrow for this principle?')],
      pitfalls: [b('讨论变成抱怨会：把问题改写成“我们可以……”。', 'The session becomes a complaint meeting: rewrite each problem as “we could…”.')],
    },
    exercise: {
      title: b('关键时刻原则头脑风暴', 'MOT principles brainstorm'),
      brief: b('每组就分到的原则写出管理者可做的具体做法，选出一条分享。', 'For its principles, each group writes concrete things managers can do and shares one.'),
      screen: 'motBrainstorm', minutes: 25,
    },
  },
  {
    id: 'd2-break-am', day: 2, lecture: null, kind: 'break', minutes: 15, ...none,
    title: b('茶歇', 'Break'),
    points: [],
    notes: { say: [b('回来后我们设计客户的旅程。', 'When we are back we design the customer’s journey.')], ask: [], pitfalls: [] },
  },
  {
    id: 'l3-design', day: 2, lecture: 3, kind: 'teach', minutes: 40, tools: ['peakEnd'],
    cases: ['airline-mot', 'hotel-mot', 'property-mot', 'telecom-mot'],
    title: b('关键时刻体验设计', 'Designing moments of truth'),
    points: [
      b('关键时刻对客户满意的价值', 'What moments of truth are worth to satisfaction'),
      b('峰终定律：记住的是高峰和结尾', 'Peak-end rule: people remember the peak and the end'),
      b('设计一个感动点和一个好的结束', 'Design one wow moment and a good ending'),
    ],
    notes: {
      say: [b('客户不会记得每一步，只记得最好（或最差）的一刻和最后一刻。', 'Customers do not remember every step, only the best (or worst) moment and the last one.')],
      ask: [b('我们的服务是怎么结束的？客户离开时最后看到什么？', 'How does our service end? What does the customer see last?')],
      pitfalls: [b('把每一步都做成高峰：资源有限，先消灭低谷再造一个高峰。', 'Trying to make every step a peak: remove the troughs first, then build one peak.')],
    },
    exercise: null,
  },
  {
    id: 'l3-journey', day: 2, lecture: 3, kind: 'exercise', minutes: 50, tools: [], cases: [],
    title: b('成果2：客户体验流程脚本', 'Result 2: the customer journey script'),
    points: [
      b('从成交到回访，列出每个关键时刻', 'From the deal to the follow-up visit, list every moment of truth'),
      b('每个时刻：服务标准、话术、感动点', 'For each: the standard, the script lines, the wow detail'),
      b('标出高峰和结尾', 'Mark the peak and the end'),
    ],
    notes: {
      say: [b('脚本要具体到员工开口说的第一句话。', 'A script is specific down to the first sentence the employee says.')],
      ask: [b('这个感动点，成本是多少？能每次都做到吗？', 'What does this wow moment cost? Can we do it every time?')],
      pitfalls: [b('流程画成内部流程，而不是客户看到的旅程。', 'Drawing the internal process instead of the journey the customer sees.')],
    },
    exercise: {
      title: b('客户体验流程脚本', 'Journey script'),
      brief: b('每组画出一条客户旅程，为每个关键时刻写标准、话术和感动点。', 'Each group maps one journey and writes a standard, script lines and a wow detail per moment.'),
      screen: 'journey', minutes: 45,
    },
  },
  {
    id: 'd2-lunch', day: 2, lecture: null, kind: 'break', minutes: 60, ...none,
    title: b('午餐', 'Lunch'),
    points: [],
    notes: { say: [b('下午：如何让关键时刻每天都发生。', 'This afternoon: making moments of truth happen every day.')], ask: [], pitfalls: [] },
  },
  {
    id: 'l3-model', day: 2, lecture: 3, kind: 'teach', minutes: 25, tools: [], cases: [],
    title: b('关键时刻管理模式', 'The MOT management model'),
    points: [
      b('服务至上：满足客户每日需求', 'Service first: meet customers’ daily needs'),
      b('服务文化：建立以客户服务为重点的愿景和价值观', 'Service culture: a vision and values centred on serving customers'),
      b('专注服务：随时了解客户及其所需', 'Attentive service: always know customers and their needs'),
      b('回应服务：对临时需求迅速反应，展现真诚', 'Responsive service: answer sudden needs quickly and sincerely'),
      b('服务赋权：鼓励员工为客户争取职责外的权利', 'Empowerment: encourage staff to go beyond their remit for customers'),
    ],
    notes: {
      say: [b('没有授权，一线员工在关键时刻只能说“我去问问领导”。', 'Without empowerment, at the moment of truth staff can only say “let me ask my boss”.')],
      ask: [b('一线员工不请示，最多可以为客户做多少？', 'How much can front-line staff do for a customer without asking?')],
      pitfalls: [b('授权没有边界：写清金额和情形。', 'Empowerment without limits: state the amounts and the cases.')],
    },
    exercise: null,
  },
  {
    id: 'l3-strategy', day: 2, lecture: 3, kind: 'exercise', minutes: 40, tools: [], cases: [],
    title: b('成果3：关键时刻实施策略', 'Result 3: the MOT implementation strategy'),
    points: [
      b('服务文化建设', 'Building the service culture'),
      b('服务绩效考核制度', 'Service performance appraisal'),
      b('授权的范围和边界', 'The scope and limits of empowerment'),
    ],
    notes: {
      say: [b('管理层的承诺要落到制度上，才能保证关键时刻被践行。', 'Managers’ commitment must become policy for moments of truth to happen.')],
      ask: [b('这项制度由谁来检查？多久检查一次？', 'Who checks this policy, and how often?')],
      pitfalls: [b('写成愿望清单：每项策略要有负责人和时间。', 'A wish list: each strategy needs an owner and a date.')],
    },
    exercise: {
      title: b('关键时刻实施策略', 'MOT implementation strategy'),
      brief: b('管理层从文化、考核和授权三方面写出保证关键时刻落地的做法。', 'Managers write how culture, appraisal and empowerment will make moments of truth happen.'),
      screen: 'motStrategy', minutes: 35,
    },
  },
  {
    id: 'd2-break-pm', day: 2, lecture: null, kind: 'break', minutes: 15, ...none,
    title: b('茶歇', 'Break'),
    points: [],
    notes: { say: [b('最后一讲：把投诉变成推荐。', 'Last lecture: turning complaints into recommendations.')], ask: [], pitfalls: [] },
  },
  {
    id: 'l4-clear', day: 2, lecture: 4, kind: 'teach', minutes: 30, tools: [], cases: [],
    title: b('CLEAR 投诉处理方法', 'The CLEAR method'),
    points: [
      b('C 控制情绪', 'C – Control your emotions'),
      b('L 聆听诉说', 'L – Listen'),
      b('E 同理链接', 'E – Establish empathy'),
      b('A 表达歉意', 'A – Apologize'),
      b('R 提出方案', 'R – Resolve'),
    ],
    notes: {
      say: [b('先处理心情，再处理事情。', 'Deal with the feelings first, then the facts.')],
      ask: [b('客户最生气的时候，我们第一句话通常说什么？', 'When a customer is angriest, what do we usually say first?')],
      pitfalls: [b('急着给方案：客户还没说完就解决，客户会更生气。', 'Rushing to a fix before the customer has finished makes things worse.')],
    },
    exercise: null,
  },
  {
    id: 'l4-principles', day: 2, lecture: 4, kind: 'teach', minutes: 20, tools: [], cases: ['tyre-refund'],
    title: b('投诉处理五原则', 'Five principles of complaint handling'),
    points: [
      b('迅速：第一时间处理', 'Fast: deal with it at once'),
      b('倾听：耐心倾听抱怨', 'Listen: hear the grievance out'),
      b('道歉：态度传递友好', 'Apologize: show goodwill'),
      b('感谢：语言温暖得体', 'Thank: warm, fitting words'),
      b('满意：补救形式多样', 'Satisfy: many forms of remedy'),
    ],
    notes: {
      say: [b('感谢投诉的客户：他给了我们一次改正的机会。', 'Thank the complaining customer: they gave us a chance to put it right.')],
      ask: [b('哪一条原则我们最常做不到？', 'Which principle do we most often miss?')],
      pitfalls: [b('道歉变成推卸：“这是系统的问题”。', 'An apology that shifts blame: “it is the system”.')],
    },
    exercise: null,
  },
  {
    id: 'l4-remedy', day: 2, lecture: 4, kind: 'teach', minutes: 25, tools: [], cases: [],
    title: b('投诉处理补救策略', 'Service recovery strategies'),
    points: [
      b('提前告知：管理客户期待', 'Tell in advance: manage expectations'),
      b('全程跟进：加大沟通频率', 'Follow through: communicate more often'),
      b('承诺兑现：保证品牌可靠', 'Keep promises: protect the brand’s reliability'),
      b('态度真诚：强调服务专属', 'Be sincere: make the service personal'),
      b('程序优化：体现服务变通', 'Improve procedures: show flexibility'),
      b('细节到位：避免投诉升级', 'Get details right: stop escalation'),
    ],
    notes: {
      say: [b('补救做得好，客户的忠诚度可能比从未出错时更高。', 'A good recovery can leave a customer more loyal than if nothing had gone wrong.')],
      ask: [b('最近一次投诉，用了哪种补救？还缺哪一种？', 'In the last complaint, which remedy did we use, and which was missing?')],
      pitfalls: [b('补救只靠赔钱。', 'Recovery by money alone.')],
    },
    exercise: null,
  },
  {
    id: 'l4-playbook', day: 2, lecture: 4, kind: 'exercise', minutes: 45, tools: [], cases: [],
    title: b('现场作业：投诉处理手册', 'Assignment: the complaint playbook'),
    points: [
      b('总结常见投诉场景和类型', 'Collect the common complaint scenarios and types'),
      b('每个场景：CLEAR 步骤和话术', 'For each: the CLEAR steps and script lines'),
      b('配上补救策略', 'Add the recovery strategies'),
    ],
    notes: {
      say: [b('从一个真实的、处理成功的投诉开始写。', 'Start from a real complaint that was handled well.')],
      ask: [b('这句话术，新员工第一天能说出口吗？', 'Could a new hire say this line on day one?')],
      pitfalls: [b('话术太长太书面，客户听不进去。', 'Script lines too long and formal for a customer to hear.')],
    },
    exercise: {
      title: b('投诉处理手册', 'Complaint playbook'),
      brief: b('每组选两个典型投诉场景，写出 CLEAR 步骤、话术和补救策略。', 'Each group takes two typical complaints and writes CLEAR steps, lines and remedies.'),
      screen: 'complaints', minutes: 40,
    },
  },
  {
    id: 'd2-wrap', day: 2, lecture: null, kind: 'wrapUp', minutes: 10, ...none,
    title: b('结课：带走五份成果', 'Close: five results to take home'),
    points: [b('导出全部 Word 文件', 'Export every Word file'), b('30 天后回顾行动', 'Review the actions in 30 days')],
    notes: {
      say: [b('这些文件是 1.0 版：回去后和团队一起迭代。', 'These files are version 1.0: improve them with your teams.')],
      ask: [b('回去后第一件要做的事是什么？', 'What is the first thing you will do back at work?')],
      pitfalls: [],
    },
  },
];
