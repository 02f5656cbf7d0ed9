import type { CaseFact } from '../shared/course/curriculum.ts';
import { b } from './course-text.ts';

/** Case material told in class, as short facts drawn from the course's supporting material. */
export const COURSE_CASES: CaseFact[] = [
  {
    id: 'airline-mot',
    title: b('航空公司的关键时刻', 'Moments of truth at an airline'),
    facts: [
      b('“关键时刻”一词因北欧航空的扭亏故事而流行：每位旅客每年与一线员工接触约 5 次，每次约 15 秒。', 'The phrase became famous through SAS: each passenger met front-line staff about 5 times a year, about 15 seconds each time.'),
      b('这些短短的 15 秒，决定了旅客认为这家航空公司是好是坏。', 'Those short 15 seconds decided whether the passenger thought the airline good or bad.'),
      b('因此一线员工需要被授权，当场为旅客解决问题，而不是层层请示。', 'So front-line staff were empowered to solve a passenger’s problem on the spot instead of asking up the chain.'),
    ],
  },
  {
    id: 'hotel-mot',
    title: b('酒店行业的关键时刻', 'Moments of truth in a hotel'),
    facts: [
      b('一位客人中午入住温州一家四星级酒店后外出办事。', 'A guest checked into a four-star hotel in Wenzhou at noon and went out for business.'),
      b('下午回到房间时，服务员送来生日蛋糕、鲜花和写着他名字的贺卡。', 'Back in the afternoon, staff brought a birthday cake, flowers and a card with his name on it.'),
      b('酒店在登记时就注意到了他的生日，而他自己忙得忘了。', 'The hotel had noticed his birthday at check-in; he himself had been too busy to remember.'),
    ],
  },
  {
    id: 'property-mot',
    title: b('物业管理的关键时刻', 'Moments of truth in property management'),
    facts: [
      b('报修是业主与物业最常见的接触点，响应慢会直接变成投诉。', 'A repair request is the contact owners have most often; a slow answer turns straight into a complaint.'),
      b('以万科为例，通常每 600–700 户配一名维修工程师。', 'Vanke, for example, usually staffs one repair engineer per 600–700 households.'),
      b('客服人员除了物业知识，还要懂工程、设计和相关法规，才能推动流程。', 'Service staff need engineering, design and legal basics besides property know-how to drive the process.'),
    ],
  },
  {
    id: 'telecom-mot',
    title: b('通讯公司的关键时刻', 'Moments of truth at a telecom operator'),
    facts: [
      b('售后是重新销售的前提：服务即销售。', 'After-sales is where the next sale starts: service is selling.'),
      b('宽带客户上网慢，原因常是自己的电脑太旧，但客户会认为是运营商的问题。', 'A broadband customer’s slow connection is often an old PC, yet the customer blames the operator.'),
      b('主动回访、帮客户找到原因，把一次抱怨变成一次信任。', 'A proactive follow-up that finds the cause turns a grievance into trust.'),
    ],
  },
  {
    id: 'haier-gaps',
    title: b('海尔与服务质量五缺口', 'Haier and the five service-quality gaps'),
    facts: [
      b('缺口一（了解期望）：派出多层级考察队到国内外调研“如何服务消费者”。', 'Gap 1 (knowing expectations): teams at every level travelled at home and abroad to study how to serve consumers.'),
      b('缺口二（服务标准）：推出“一、二、三、四”模式和星级服务，30 秒内查到售出的产品。', 'Gap 2 (standards): the “one-two-three-four” model and star service; any sold product traced within 30 seconds.'),
      b('缺口三（按标准执行）：上门“五个一”——服务卡、鞋套、抹布、小礼物，四人一组按标准施工。', 'Gap 3 (delivery to standard): the “five ones” at the door—service card, shoe covers, cloth, small gift—four people working to standard.'),
      b('缺口四（兑现承诺）：9999 服务热线承诺“一个电话 24 小时内上门”。', 'Gap 4 (keeping promises): the 9999 hotline promised “one call, at your door within 24 hours”.'),
      b('缺口五（感知与期望）：请客户按服务内容打分，专人电话回访安装满意度。', 'Gap 5 (perception vs expectation): customers scored each service; staff phoned back about installation satisfaction.'),
    ],
  },
  {
    id: 'tyre-refund',
    title: b('轮胎退货的故事', 'The tyre refund'),
    facts: [
      b('一位老太太拿着一只轮胎到诺德斯特龙百货要求退货。', 'An elderly lady brought a tyre to a Nordstrom store and asked for a refund.'),
      b('这家店从来没有卖过轮胎，但店员和主管商量后还是全额退了款。', 'The store had never sold tyres, yet after a word with the supervisor the clerk refunded her in full.'),
      b('从那以后，她成了这家店的忠实客户。', 'From then on she was one of the store’s most loyal customers.'),
    ],
  },
  {
    id: 'decay',
    title: b('满意度递减：99%×99%×99%', 'Satisfaction decay: 99% × 99% × 99%'),
    facts: [
      b('一名员工的服务只能做到 99 分。', 'One employee’s service reaches 99 out of 100.'),
      b('三名这样的员工像流水线一样接力服务，到客户手里只剩约 97 分。', 'Three such employees in a relay hand the customer only about 97.'),
      b('内部每个环节都是下一个环节的客户，环节越多，损耗越大。', 'Every internal step is the next step’s customer; the more steps, the more is lost.'),
    ],
  },
  {
    id: 'new-vs-kept',
    title: b('新客户与老客户的成本', 'The cost of a new customer and of a kept one'),
    facts: [
      b('争取一个新客户的成本，是留住一个老客户的 5 倍。', 'Winning a new customer costs five times as much as keeping one.'),
      b('再次光临的客户可带来 25%–85% 的利润。', 'Returning customers can bring 25%–85% of profit.'),
      b('吸引客户回来的首先是服务质量，其次是产品，最后才是价格。', 'What brings them back is service quality first, then the product, and price last.'),
    ],
  },
  {
    id: 'service-ladder',
    title: b('服务的四个台阶', 'The service ladder'),
    facts: [
      b('不合格 → 合格 → 优质 → 卓越。', 'Unacceptable → acceptable → good → excellent.'),
      b('合格服务达到岗位责任要求，客户能够接受。', 'Acceptable service meets the post’s duties; the customer can accept it.'),
      b('优质和卓越要靠标准之上的用心：超出期望，让客户感动。', 'Good and excellent take care beyond the standard: exceeding expectations and moving the customer.'),
    ],
  },
];
