import type { DimensionGuide } from '../shared/domain/library.ts';

/**
 * What each SERVQUAL dimension means when a team writes the evaluation standard for one service post
 * (第二讲 成果1). Listed in the order the course teaches the dimensions; the Word file prints them as-is.
 */
export const DIMENSION_GUIDES: DimensionGuide[] = [
  {
    dimension: 'tangibles',
    explanation: {
      'zh-CN':
        '有形度是客户用眼睛就能判断的服务质量，包括服务设施和服务人员的仪容仪表。客户还没开口，就已经从环境是否整洁、标识是否清楚、员工着装是否规范中得出了第一印象。在岗位考核标准中，有形度指标应写成检查人员到现场一看便能判定的具体要求，而不是“形象良好”这类笼统说法。',
      en: 'Tangibles are the part of service quality a customer can judge by sight: the facilities and the appearance of the staff who serve them. Before anyone says a word, the customer has already formed a first impression from how clean the space is, how clear the signs are and how neatly the staff are dressed. In a post evaluation standard, write tangibles indicators as concrete requirements an inspector can confirm on the spot, not as vague phrases such as "good image".',
    },
    examples: [
      {
        'zh-CN': '前台台面只摆放规定物品，每两小时巡检一次并记录',
        en: 'Only the listed items stay on the front counter, checked and logged every two hours',
      },
      {
        'zh-CN': '员工按规定穿着工装、佩戴工牌，发型整洁，不佩戴夸张饰品',
        en: 'Staff wear the company uniform and name badge, keep their hair tidy and avoid eye-catching jewellery',
      },
      {
        'zh-CN': '维修工程师入户穿鞋套，作业时铺设防护垫，完工后清理现场',
        en: 'Field engineers wear shoe covers indoors, lay a protective mat while working and clean up when done',
      },
    ],
  },
  {
    dimension: 'assurance',
    explanation: {
      'zh-CN':
        '专业度衡量服务人员能否让客户放心，既看专业能力，也看服务态度。能力是指熟悉产品、政策和流程，一次就把问题讲清楚、办明白；态度是指礼貌、耐心、尊重客户，让客户愿意把事情交给我们。考核时宜把“懂不懂”和“好不好”分开设指标，前者可用知识测试或一次解决率衡量，后者可借助神秘顾客和满意度调查评价。',
      en: 'Assurance measures whether the staff make customers feel they are in safe hands, and it covers both professional competence and service attitude. Competence means knowing the products, policies and procedures well enough to explain and settle a matter right the first time; attitude means courtesy, patience and respect that make customers glad to leave the matter with us. It helps to set separate indicators for "do they know" and "do they care": the first can be measured with knowledge tests or first-contact resolution, the second with mystery shoppers and satisfaction surveys.',
    },
    examples: [
      {
        'zh-CN': '季度业务知识考试成绩不低于 85 分',
        en: 'Quarterly product and policy test score of at least 85',
      },
      {
        'zh-CN': '通话中使用规范用语，不打断客户、不与客户争辩',
        en: 'Standard courteous phrases on every call; never interrupting or arguing with the customer',
      },
      {
        'zh-CN': '工程师向客户说明故障原因和维修方案，客户能复述要点',
        en: 'The engineer explains the cause of the fault and the repair plan clearly enough that the customer can repeat the main points',
      },
    ],
  },
  {
    dimension: 'responsiveness',
    explanation: {
      'zh-CN':
        '反应度关注客户提出诉求之后我们有多快：先是及时答复，让客户知道有人在处理；再是及时解决，在约定时间内把事情办完。客户对等待的感受往往比等待本身更强烈，因此指标要同时约束响应时间和办结时间，并用明确的时限来表述，例如“3 声内接听”“24 小时内回复”。这些数据大多可以直接从系统记录中提取。',
      en: 'Responsiveness is about how quickly we act once a customer raises a need: first a prompt reply, so the customer knows someone is on it, then a prompt resolution within the agreed time. Customers often feel a wait more sharply than its actual length, so indicators should limit both the time to respond and the time to resolve, stated as clear deadlines such as "answered within three rings" or "reply within 24 hours". Most of these figures can be taken straight from system records.',
    },
    examples: [
      {
        'zh-CN': '来电 3 声内接听，在线咨询 30 秒内首次回复',
        en: 'Phone calls answered within three rings; first reply to an online chat within 30 seconds',
      },
      {
        'zh-CN': '报修后 2 小时内与客户电话联系并约定上门时间',
        en: 'Call the customer within two hours of a repair request to agree a visit time',
      },
      {
        'zh-CN': '一般投诉 24 小时内给出处理方案，48 小时内办结',
        en: 'A solution proposed for an ordinary complaint within 24 hours, closed within 48 hours',
      },
    ],
  },
  {
    dimension: 'reliability',
    explanation: {
      'zh-CN':
        '信赖度是客户对我们“说到做到”的信任：对客户作出的承诺必须兑现，而且无一例外；同时不能发生重大投诉和安全事故。一次失约抵得上十次守约的好印象，所以信赖度指标通常采用按次扣分或一票否决的方式。岗位标准里要写清楚哪些承诺必须兑现、以什么为准，以及哪些事件属于“重大”。',
      en: 'Reliability is the customer\'s trust that we do what we say: every promise made to a customer is kept, without exception, and there are no major complaints or safety incidents. One broken promise can outweigh ten kept ones, so reliability indicators usually deduct points per lapse or act as a single veto. The post standard should state which promises must be kept, what counts as keeping them, and which events count as "major".',
    },
    examples: [
      {
        'zh-CN': '约定的回电、上门时间按时兑现，每失约一次扣 20 分',
        en: 'Agreed call-back and visit times are kept; 20 points off for each missed appointment',
      },
      {
        'zh-CN': '维修后 30 天内同一故障不返修',
        en: 'No repeat repair of the same fault within 30 days',
      },
      {
        'zh-CN': '全年无有责重大投诉、无安全事故',
        en: 'No major complaint for which we are at fault and no safety incident all year',
      },
    ],
  },
  {
    dimension: 'empathy',
    explanation: {
      'zh-CN':
        '同理度要求服务人员以心换心：站在客户的处境想问题，主动、坦诚地沟通，并在力所能及的范围内超越客户的期待。它决定客户是“满意”还是“感动”，也是竞争对手最难模仿的部分。同理度指标不宜只看有没有照本宣科，而应看员工是否主动发现客户没说出口的需要，是否把坏消息提前、如实告诉客户。',
      en: 'Empathy asks staff to treat customers as they would want to be treated: to see the situation from the customer\'s side, to communicate openly and on their own initiative, and, where they can, to go beyond what the customer expects. It decides whether a customer is merely satisfied or genuinely moved, and it is the part of service competitors find hardest to copy. Empathy indicators should not only check that the script was followed; they should ask whether staff noticed needs the customer did not voice and whether bad news was given early and honestly.',
    },
    examples: [
      {
        'zh-CN': '发现维修会延误时，提前主动告知客户原因和新的完成时间',
        en: 'When a repair will be late, tell the customer the reason and the new finish time before they have to ask',
      },
      {
        'zh-CN': '对老人、孕妇等客户主动提供座位、饮水或优先办理',
        en: 'Offer older or pregnant customers a seat, water or priority service without waiting to be asked',
      },
      {
        'zh-CN': '每月收集并分享至少一个让客户感动的服务案例',
        en: 'Collect and share at least one service story each month that genuinely moved a customer',
      },
    ],
  },
];
