import type { IndicatorTemplate, PostTemplate } from '../../shared/domain/library.ts';
import { deduct, PASS_FAIL, postTemplates, SCALE5 } from './build.ts';

/** Airlines: the check-in and gate agent on the ground, the cabin crew in the air and the reservations hotline. */

export const AIRLINE_POSTS: PostTemplate[] = [
  {
    type: 'checkInAgent',
    name: { 'zh-CN': '值机与登机口服务员', en: 'Check-in and gate agent' },
    description: {
      'zh-CN': '在值机柜台和登机口为旅客办理乘机手续、托运行李、座位安排和登机，处理航班不正常时的现场服务。',
      en: 'Checks passengers in, takes their bags, assigns seats and boards the flight at the counter and the gate, and looks after passengers on the ground when flights are disrupted.',
    },
  },
  {
    type: 'cabinCrew',
    name: { 'zh-CN': '客舱乘务员', en: 'Cabin crew' },
    description: {
      'zh-CN': '在客舱内负责旅客安全与服务：迎客、安全演示、餐饮服务和特殊旅客照料，处置机上突发情况。',
      en: 'Looks after passengers\' safety and comfort on board: welcome, safety demonstration, meals and drinks, care for passengers with special needs and handling of in-flight incidents.',
    },
  },
  {
    type: 'airlineAgent',
    name: { 'zh-CN': '客服热线坐席', en: 'Reservations hotline agent' },
    description: {
      'zh-CN': '通过客服热线和在线渠道为旅客办理订票、改签、退票和行李查询，受理投诉并跟进到结案。',
      en: 'Handles bookings, changes, refunds and baggage enquiries on the hotline and online channels, and takes complaints through to closure.',
    },
  },
];

const CHECK_IN = postTemplates('checkInAgent', 'check-in-agent', {
  tangibles: [
    ['grooming', '仪容仪表规范', 'Grooming and uniform', '按公司形象手册着制服、戴工牌、盘发或短发整洁，妆容得体。每发现一次不符合扣 10 分。', 'Uniform, badge, hair and make-up to the airline\'s appearance manual. 10 points off for each lapse found.', 30, deduct(10), 'supervisorCheck', 'daily'],
    ['counter', '柜台整洁有序', 'Tidy counter', '柜台只放规定物品，行李牌、登机牌和告示牌摆放整齐；抽查全部符合为达标。', 'Only the listed items on the counter, with bag tags, boarding cards and signs neatly in place; met when every spot check passes.', 25, PASS_FAIL, 'supervisorCheck', 'weekly'],
    ['signage', '航班信息显示准确', 'Correct flight displays', '柜台和登机口屏幕显示的航班号、目的地和登机时间准确及时。每发现一次错误扣 10 分。', 'Flight number, destination and boarding time on counter and gate screens are right and up to date. 10 points off for each error found.', 25, deduct(10), 'supervisorCheck', 'weekly'],
    ['area-impression', '值机区观感', 'Check-in area impression', '神秘旅客对值机区的指引、排队秩序和整洁度按 5 分制评价。', 'A mystery passenger rates the check-in area\'s signs, queue order and cleanliness on a five-point scale.', 20, SCALE5, 'mysteryShopper', 'quarterly'],
  ],
  assurance: [
    ['greeting', '标准问候与称呼', 'Standard greeting and name', '主动问候，以姓氏称呼旅客，双手递接证件；神秘旅客按 5 分制评价。', 'Greet first, address the passenger by surname and hand documents over with both hands; rated on a five-point scale by a mystery passenger.', 25, SCALE5, 'mysteryShopper', 'monthly'],
    ['document-check', '证件核验无差错', 'Documents checked without error', '核对证件、签证和客票信息一致。每发生一次错登、漏查扣 20 分。', 'Passport, visa and ticket details are checked to match. 20 points off for each passenger boarded wrongly or not checked.', 30, deduct(20), 'systemRecord', 'monthly'],
    ['dangerous-goods', '行李安全提示', 'Baggage safety questions', '按规定询问锂电池、充电宝等禁限带物品并作出正确处理；抽查全部做到为达标。', 'Ask every passenger the required questions about lithium batteries, power banks and other restricted items and handle them correctly; met when every spot check confirms it.', 25, PASS_FAIL, 'supervisorCheck', 'monthly'],
    ['rules-knowledge', '运输规定考核', 'Transport rules test', '行李额度、超售和不正常航班处置规定季度考核 85 分及以上为达标。', 'Met when the quarterly test on baggage allowances, overbooking and disruption rules scores 85 or more.', 20, PASS_FAIL, 'supervisorCheck', 'quarterly'],
  ],
  responsiveness: [
    ['queue', '排队不超 10 分钟', 'Queue under 10 minutes', '普通柜台排队不超过 10 分钟，超出时立即增开柜台或引导自助值机。系统每记录一次超时扣 5 分。', 'No more than 10 minutes in the queue at an ordinary counter; when it grows, open another counter or guide people to self check-in. 5 points off for each overdue wait recorded.', 30, deduct(5), 'systemRecord', 'weekly'],
    ['late-passengers', '临近截载旅客优先', 'Late passengers fast-tracked', '航班截载前 15 分钟巡视排队，引导该航班旅客走急客通道；抽查全部做到为达标。', 'Fifteen minutes before check-in closes, walk the queue and take that flight\'s passengers to the priority lane; met when every spot check confirms it.', 25, PASS_FAIL, 'supervisorCheck', 'monthly'],
    ['delay-info', '延误信息 15 分钟内通告', 'Delays announced within 15 minutes', '航班延误或变更后 15 分钟内在登机口广播并短信通知旅客，之后每 30 分钟更新一次。每漏报一次扣 10 分。', 'Announce a delay or change at the gate and by text within 15 minutes, then update every 30 minutes. 10 points off for each announcement missed.', 25, deduct(10), 'systemRecord', 'monthly'],
    ['transactions', '柜台办理时长', 'Quick counter service', '单个旅客值机和托运平均办理时长不超过 3 分钟为达标。', 'Met when checking in a passenger with bags takes three minutes or less on average.', 20, PASS_FAIL, 'systemRecord', 'monthly'],
  ],
  reliability: [
    ['bags', '行李差错率', 'Bags tagged right', '行李牌目的地和件数与旅客一致。因值机差错导致的错运每次扣 20 分。', 'Bag tags match the passenger\'s destination and number of bags. 20 points off for each bag misrouted through a check-in error.', 30, deduct(20), 'systemRecord', 'monthly'],
    ['on-time-close', '按时关闭舱门', 'Doors closed on time', '因登机口组织原因造成的航班延误为零为达标。', 'Met when no flight is delayed because of the way boarding was run at the gate.', 25, PASS_FAIL, 'systemRecord', 'monthly'],
    ['seat-promises', '座位与服务承诺兑现', 'Seat and service requests honoured', '已确认的座位、轮椅和无人陪伴儿童等服务全部兑现。每失约一次扣 10 分。', 'Every confirmed seat, wheelchair or unaccompanied minor request is delivered. 10 points off for each one missed.', 25, deduct(10), 'systemRecord', 'monthly'],
    ['no-major-complaint', '无有责重大投诉', 'No major complaint upheld', '考核期内无民航局申诉或有责重大投诉；发生一起即为不达标。', 'No complaint to the aviation regulator and no major complaint for which the team is at fault during the period; any single case means not met.', 20, PASS_FAIL, 'systemRecord', 'quarterly'],
  ],
  empathy: [
    ['special-passengers', '特殊旅客主动照顾', 'Care for passengers with special needs', '主动为老人、孕妇、带婴儿和行动不便的旅客提供优先值机、协助托运和引导登机；神秘旅客按 5 分制评价。', 'Offer older passengers, pregnant women, parents with babies and people with limited mobility priority check-in, help with bags and an escort to boarding, unasked; rated on a five-point scale by a mystery passenger.', 30, SCALE5, 'mysteryShopper', 'monthly'],
    ['disruption-care', '延误时的关怀', 'Care during delays', '长时间延误时主动送水、安排餐食和休息，说明原因和补偿政策；旅客调查中该题平均分按 5 分制评分。', 'During long delays, bring water, arrange meals and rest and explain the cause and the compensation rules without being asked; scored on a five-point scale from the passenger survey average for this question.', 25, SCALE5, 'survey', 'monthly'],
    ['seat-preference', '主动询问座位偏好', 'Seat preference asked', '值机时询问旅客靠窗、过道或同行旅客相邻的需求；神秘旅客检查做到为达标。', 'Ask each passenger whether they want a window or aisle seat or to sit with their companions; met when a mystery passenger sees this.', 20, PASS_FAIL, 'mysteryShopper', 'monthly'],
    ['farewell', '祝福道别', 'A warm send-off', '办结时告知登机口和登机时间并祝旅途愉快。神秘旅客每发现一次遗漏扣 5 分。', 'On finishing, give the gate and boarding time and wish the passenger a good trip. 5 points off for each omission a mystery passenger finds.', 25, deduct(5), 'mysteryShopper', 'monthly'],
  ],
});

const CABIN = postTemplates('cabinCrew', 'cabin-crew', {
  tangibles: [
    ['grooming', '仪容仪表规范', 'Grooming and uniform', '按乘务形象标准着制服、发型、妆容和配饰，登机前由乘务长检查。每发现一次不符合扣 10 分。', 'Uniform, hair, make-up and accessories to the cabin crew standard, checked by the purser before boarding. 10 points off for each lapse found.', 25, deduct(10), 'supervisorCheck', 'daily'],
    ['cabin-clean', '客舱整洁', 'Clean cabin', '登机前座椅、小桌板和洗手间清洁，飞行中每 30 分钟检查洗手间一次；神秘旅客按 5 分制评价。', 'Seats, tray tables and toilets clean before boarding, and toilets checked every 30 minutes in flight; rated on a five-point scale by a mystery passenger.', 30, SCALE5, 'mysteryShopper', 'monthly'],
    ['galley', '厨房与餐车整洁', 'Tidy galley and carts', '厨房物品固定到位，餐车和餐具干净无破损；乘务长抽查合格为达标。', 'Galley items stowed and secured, carts and tableware clean and undamaged; met when the purser\'s spot check passes.', 20, PASS_FAIL, 'supervisorCheck', 'weekly'],
    ['cabin-ambience', '客舱温度与灯光', 'Cabin temperature and lighting', '客舱温度保持在 22–24 摄氏度，夜航按阶段调暗灯光；旅客调查中该题平均分按 5 分制评分。', 'Cabin kept at 22 to 24 degrees Celsius with the lights dimmed in stages on night flights; scored on a five-point scale from the passenger survey average for this question.', 25, SCALE5, 'survey', 'monthly'],
  ],
  assurance: [
    ['safety-demo', '安全演示规范', 'Safety demonstration done right', '安全演示动作标准、与广播同步，起降前完成安全检查并报告；乘务长抽查每发现一处遗漏扣 20 分。', 'The safety demonstration follows the standard and keeps pace with the announcement, and checks are completed and reported before take-off and landing. 20 points off for each omission the purser finds.', 30, deduct(20), 'supervisorCheck', 'monthly'],
    ['emergency-training', '应急处置复训', 'Emergency recurrent training', '年度应急撤离、急救和灭火复训考核合格且证照有效为达标。', 'Met when the evacuation, first aid and fire-fighting recurrent training is passed and the licence is in date.', 25, PASS_FAIL, 'supervisorCheck', 'quarterly'],
    ['announcements', '广播清晰规范', 'Clear announcements', '中英文广播用语规范、语速适中、发音清晰；质检抽听录音按 5 分制评分。', 'Chinese and English announcements use the standard wording at a steady pace with clear pronunciation; sampled recordings rated on a five-point scale by quality control.', 20, SCALE5, 'supervisorCheck', 'monthly'],
    ['disruptive-passenger', '冲突处置得当', 'Calm handling of conflict', '面对争执和不文明行为先劝导、再报告机长，按程序处置，不与旅客争吵。经核实每处置不当一次扣 20 分。', 'Faced with a dispute or unruly behaviour, calm it first, then tell the captain and follow the procedure, never arguing with the passenger. 20 points off for each confirmed mishandling.', 25, deduct(20), 'supervisorCheck', 'quarterly'],
  ],
  responsiveness: [
    ['call-button', '呼唤铃 1 分钟内响应', 'Call bell answered in a minute', '旅客按呼唤铃后 1 分钟内到达座位（颠簸期间除外）；神秘旅客每发现一次超时扣 10 分。', 'Reach the seat within a minute of a call bell, except during turbulence. 10 points off for each late response a mystery passenger records.', 30, deduct(10), 'mysteryShopper', 'monthly'],
    ['meal-service', '餐饮服务按时完成', 'Meal service on time', '平飞后 20 分钟内开始餐饮服务，并在落地前 40 分钟完成收餐；乘务长记录全部做到为达标。', 'Start the meal service within 20 minutes of reaching cruise and clear everything 40 minutes before landing; met when the purser\'s log shows it on every flight.', 25, PASS_FAIL, 'supervisorCheck', 'monthly'],
    ['medical', '机上急症即时处置', 'Medical help at once', '旅客突发不适时立即报告乘务长、广播寻医并按程序急救；处置记录完整为达标。', 'When a passenger falls ill, tell the purser at once, ask for a doctor over the PA and give first aid by the procedure; met when the incident report is complete.', 25, PASS_FAIL, 'systemRecord', 'quarterly'],
    ['delay-updates', '延误时客舱通报', 'Updates while held on board', '旅客在机上等待时每 15 分钟通报一次原因和预计时间。每漏报一次扣 10 分。', 'When passengers are held on board, give the reason and the expected time every 15 minutes. 10 points off for each update missed.', 20, deduct(10), 'systemRecord', 'monthly'],
  ],
  reliability: [
    ['safety-incidents', '无客舱安全差错', 'No cabin safety error', '考核期内无滑梯误放、舱门操作差错等客舱安全差错；发生一起即为不达标。', 'No inadvertent slide deployment, door error or other cabin safety error during the period; any single case means not met.', 35, PASS_FAIL, 'systemRecord', 'quarterly'],
    ['special-meals', '特殊餐食准确送达', 'Special meals delivered', '预订的特殊餐食核对后准确送到旅客。每错送或漏送一份扣 10 分。', 'Pre-ordered special meals are checked and reach the right passenger. 10 points off for each one missed or given to the wrong person.', 25, deduct(10), 'systemRecord', 'monthly'],
    ['duty-free', '机上销售账实相符', 'In-flight sales balance', '机上销售的商品和货款与系统记录一致为达标。', 'Met when in-flight sales goods and takings match the system records.', 20, PASS_FAIL, 'systemRecord', 'monthly'],
    ['handover-log', '客舱记录本填写完整', 'Complete cabin log', '客舱设备故障和特殊情况如实填写记录本并交接；抽查每缺一项扣 5 分。', 'Cabin defects and unusual events are written up in the cabin log and handed over. 5 points off for each missing entry.', 20, deduct(5), 'supervisorCheck', 'monthly'],
  ],
  empathy: [
    ['personal-care', '记住旅客需求', 'Remembering what passengers want', '记住旅客的餐食偏好、休息时间和特殊要求，不让旅客重复提出；神秘旅客按 5 分制评价。', 'Remember each passenger\'s meal choice, when they want to sleep and any special request, so they never have to ask twice; rated on a five-point scale by a mystery passenger.', 30, SCALE5, 'mysteryShopper', 'monthly'],
    ['special-passengers', '特殊旅客照料', 'Care for passengers with special needs', '为无人陪伴儿童、老人和轮椅旅客安排专人照料并交接到地面；交接记录完整为达标。', 'Assign a crew member to unaccompanied children, older passengers and wheelchair users and hand them over to ground staff; met when every handover is recorded.', 25, PASS_FAIL, 'systemRecord', 'monthly'],
    ['comfort', '主动提供舒适物品', 'Comfort offered unasked', '夜航和长航线主动提供毛毯、耳塞和热水，为婴儿冲调奶粉；旅客调查中该题平均分按 5 分制评分。', 'On night and long flights, offer blankets, earplugs and hot water and help prepare baby formula without being asked; scored on a five-point scale from the passenger survey average for this question.', 25, SCALE5, 'survey', 'monthly'],
    ['praise', '表扬与推荐', 'Praise from passengers', '每季度收到的旅客书面表扬不少于 2 条，且无有责服务投诉为达标。', 'Met with at least two written compliments from passengers in the quarter and no service complaint for which the crew member is at fault.', 20, PASS_FAIL, 'survey', 'quarterly'],
  ],
});

const HOTLINE = postTemplates('airlineAgent', 'airline-agent', {
  tangibles: [
    ['voice', '声音形象', 'Voice and tone', '语速适中、吐字清晰、语调亲切；质检每周抽听录音，按 5 分制评分。', 'Moderate pace, clear words and a warm tone; quality control samples recordings weekly and rates them on a five-point scale.', 30, SCALE5, 'supervisorCheck', 'weekly'],
    ['scripts', '开头结束语规范', 'Standard opening and closing', '使用标准开头语并报工号，结束前复述已办事项。质检每发现一次缺失扣 5 分。', 'Open with the standard greeting and staff number and repeat back what was done before closing. 5 points off for each omission found by quality control.', 25, deduct(5), 'supervisorCheck', 'weekly'],
    ['itinerary', '行程单与短信规范', 'Clear itineraries and texts', '发给旅客的行程单、改签和退款短信信息完整、格式统一；抽查全部合格为达标。', 'Itineraries and change or refund texts sent to passengers are complete and in the standard format; met when every sampled message passes.', 25, PASS_FAIL, 'supervisorCheck', 'monthly'],
    ['english', '外语服务', 'Service in English', '能用英语为外籍旅客完成订票和改签；季度口语考核合格为达标。', 'Can complete bookings and changes for foreign passengers in English; met when the quarterly speaking test is passed.', 20, PASS_FAIL, 'supervisorCheck', 'quarterly'],
  ],
  assurance: [
    ['fare-rules', '客规答复准确', 'Accurate fare rules', '退改签费用、行李额度和会员权益答复与客规一致。质检每发现一处错误扣 10 分。', 'Answers on change and refund fees, baggage allowances and frequent-flyer benefits match the conditions of carriage. 10 points off for each wrong answer found by quality control.', 30, deduct(10), 'supervisorCheck', 'weekly'],
    ['first-contact', '一次解决率', 'First-contact resolution', '旅客 48 小时内未就同一问题再次来电的比例不低于 85% 为达标。', 'Met when at least 85% of passengers do not call again about the same problem within 48 hours.', 25, PASS_FAIL, 'systemRecord', 'monthly'],
    ['identity', '身份核验到位', 'Caller identity checked', '改签、退票和修改旅客信息前按规定核验身份。每发现一次未核验扣 20 分。', 'Check the caller\'s identity as required before any change, refund or update to passenger details. 20 points off for each case without the check.', 25, deduct(20), 'supervisorCheck', 'monthly'],
    ['complaint-skills', '投诉安抚技巧', 'Calming an upset caller', '面对延误、取消引发的激动情绪先共情致歉，再给方案；质检按 5 分制评分。', 'With a caller upset by a delay or cancellation, acknowledge and apologise first, then offer a way forward; rated on a five-point scale by quality control.', 20, SCALE5, 'supervisorCheck', 'monthly'],
  ],
  responsiveness: [
    ['answer-rate', '20 秒接通率', 'Answered within 20 seconds', '进入人工队列的来电 20 秒内接通的比例不低于 80% 为达标。', 'Met when at least 80% of calls reaching the agent queue are answered within 20 seconds.', 30, PASS_FAIL, 'systemRecord', 'daily'],
    ['disruption-outbound', '航班取消主动外呼', 'Calling passengers about cancellations', '航班取消后 2 小时内外呼通知受影响旅客并提供改签方案。每漏呼一位扣 2 分。', 'Within two hours of a cancellation, call affected passengers and offer a new flight. 2 points off for each passenger not called.', 25, deduct(2), 'systemRecord', 'monthly'],
    ['refund-time', '退款按时到账', 'Refunds paid on time', '符合条件的退票在 7 个工作日内退款到账的比例不低于 98% 为达标。', 'Met when at least 98% of eligible refunds reach the passenger within seven working days.', 25, PASS_FAIL, 'systemRecord', 'monthly'],
    ['baggage-reply', '行李查询 24 小时回复', 'Baggage enquiries answered in 24 hours', '延误和破损行李的查询 24 小时内回复进展。每超时一单扣 10 分。', 'Give progress on delayed or damaged baggage enquiries within 24 hours. 10 points off for each late reply.', 20, deduct(10), 'systemRecord', 'monthly'],
  ],
  reliability: [
    ['booking-accuracy', '订座出票零差错', 'Bookings right first time', '姓名、证件号、航班和日期录入准确。每发生一次出票差错扣 20 分。', 'Names, ID numbers, flights and dates are entered correctly. 20 points off for each ticketing error.', 30, deduct(20), 'systemRecord', 'monthly'],
    ['callbacks', '承诺回电按时', 'Call-backs on time', '约定回电的事项在约定时间内回电。每失约一次扣 10 分。', 'Call back within the time agreed with the passenger. 10 points off for each missed call-back.', 25, deduct(10), 'systemRecord', 'monthly'],
    ['complaint-closure', '投诉按时结案', 'Complaints closed on time', '投诉在 7 个工作日内结案并回访的比例不低于 95% 为达标。', 'Met when at least 95% of complaints are closed and followed up within seven working days.', 25, PASS_FAIL, 'systemRecord', 'monthly'],
    ['no-regulator', '无民航局有责申诉', 'No upheld regulator complaint', '考核期内无经民航局认定的有责申诉；发生一起即为不达标。', 'No complaint upheld against the agent by the aviation regulator during the period; any single case means not met.', 20, PASS_FAIL, 'systemRecord', 'quarterly'],
  ],
  empathy: [
    ['best-option', '主动给出最优方案', 'The best option offered', '改签或退票时主动比较可选航班和费用，推荐对旅客最划算的方案；神秘来电按 5 分制评价。', 'On a change or refund, compare the flights and fees available and recommend what is best for the passenger; rated on a five-point scale by mystery callers.', 30, SCALE5, 'mysteryShopper', 'monthly'],
    ['listening', '耐心倾听不打断', 'Listening without interrupting', '旅客说完再回应，复述确认需求，不催促挂机；质检按 5 分制评分。', 'Let the passenger finish, repeat the request back to confirm it and never rush them off the line; rated on a five-point scale by quality control.', 25, SCALE5, 'supervisorCheck', 'weekly'],
    ['special-requests', '特殊需求提前安排', 'Special needs arranged ahead', '为轮椅、孕妇、携带宠物等旅客提前登记服务并告知注意事项；抽查全部做到为达标。', 'For wheelchair users, pregnant passengers and people travelling with pets, book the service in advance and explain what to expect; met when every sampled call shows it.', 25, PASS_FAIL, 'supervisorCheck', 'monthly'],
    ['satisfaction', '通话后满意度', 'Post-call satisfaction', '通话后评价中“满意”占比不低于 90% 为达标。', 'Met when at least 90% of post-call ratings are "satisfied".', 20, PASS_FAIL, 'survey', 'monthly'],
  ],
});

export const AIRLINE_TEMPLATES: IndicatorTemplate[] = [...CHECK_IN, ...CABIN, ...HOTLINE];
