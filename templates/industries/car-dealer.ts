import type { IndicatorTemplate, PostTemplate } from '../../shared/domain/library.ts';
import { deduct, PASS_FAIL, postTemplates, SCALE5 } from './build.ts';

/** Car dealerships: the sales consultant in the showroom, the after-sales service advisor and the workshop technician. */

export const CAR_DEALER_POSTS: PostTemplate[] = [
  {
    type: 'carSales',
    name: { 'zh-CN': '销售顾问', en: 'Sales consultant' },
    description: {
      'zh-CN': '在展厅接待看车客户，介绍车型、安排试驾、报价签约，并完成新车交付和交车后回访。',
      en: 'Receives showroom visitors, presents the models, arranges test drives, quotes and signs the deal, then hands over the new car and follows up afterwards.',
    },
  },
  {
    type: 'serviceAdvisor',
    name: { 'zh-CN': '售后服务顾问', en: 'Service advisor' },
    description: {
      'zh-CN': '在售后接待区为保养和维修的客户预约、接车问诊、报价、跟踪进度并交车结算。',
      en: 'Books servicing and repairs, receives the car and the customer\'s account of the problem, quotes, tracks the work and hands the car back at payment.',
    },
  },
  {
    type: 'carTechnician',
    name: { 'zh-CN': '维修技师', en: 'Workshop technician' },
    description: {
      'zh-CN': '在车间按工单完成保养、故障诊断和维修，对维修质量和车辆安全负责。',
      en: 'Carries out servicing, diagnosis and repairs in the workshop to the job card and answers for the quality of the work and the safety of the car.',
    },
  },
];

const SALES = postTemplates('carSales', 'car-sales', {
  tangibles: [
    ['dress', '职业着装规范', 'Business dress', '按品牌规范着正装、佩戴工牌，仪容整洁。每发现一次不符合扣 10 分。', 'Business dress to the brand standard with the name badge, neat and well groomed. 10 points off for each lapse found.', 25, deduct(10), 'supervisorCheck', 'daily'],
    ['display-cars', '展车状态完好', 'Show cars ready', '展车车身无尘、无指纹，座椅归位，车门不锁，价格牌与配置单齐全；每日开店前检查，抽查全部合格为达标。', 'Show cars free of dust and fingerprints, seats in position, doors unlocked, price card and spec sheet in place; checked before opening, met when every car passes the spot check.', 30, PASS_FAIL, 'supervisorCheck', 'daily'],
    ['test-drive-car', '试驾车整洁满油', 'Test cars clean and fuelled', '试驾车内外清洁、油量或电量过半、手续齐全；抽查每发现一处不合格扣 5 分。', 'Test drive cars are clean inside and out, more than half fuelled or charged and with papers in order. 5 points off for each fault found.', 20, deduct(5), 'supervisorCheck', 'weekly'],
    ['showroom', '展厅环境观感', 'Showroom look and feel', '神秘顾客对展厅整洁、洽谈区舒适度和饮品服务按 5 分制评价。', 'A mystery shopper rates the showroom\'s cleanliness, the comfort of the sales area and the drinks offered on a five-point scale.', 25, SCALE5, 'mysteryShopper', 'monthly'],
  ],
  assurance: [
    ['walkaround', '六方位绕车介绍', 'Six-point walkaround', '按六方位流程结合客户需求介绍车辆，能回答竞品对比问题；神秘顾客按 5 分制评价。', 'Present the car with the six-point walkaround, focused on what the customer needs, and answer questions about rival models; rated on a five-point scale by a mystery shopper.', 30, SCALE5, 'mysteryShopper', 'monthly'],
    ['product-test', '产品知识认证', 'Product certification', '通过厂家季度产品与金融政策认证考试为达标。', 'Met when the maker\'s quarterly product and finance certification exam is passed.', 20, PASS_FAIL, 'supervisorCheck', 'quarterly'],
    ['transparent-price', '报价透明', 'Transparent pricing', '报价单逐项列明车价、保险、上牌、精品和金融费用，无隐性收费。经核实每发现一次隐性收费扣 20 分。', 'The quote lists price, insurance, registration, accessories and finance charges line by line with nothing hidden. 20 points off for each hidden charge confirmed.', 30, deduct(20), 'systemRecord', 'monthly'],
    ['safe-test-drive', '试驾安全规范', 'Safe test drives', '试驾前核验驾照、签协议、讲解路线，全程陪同；抽查全部做到为达标。', 'Before a test drive, check the licence, sign the agreement and explain the route, then ride along throughout; met when every spot check confirms it.', 20, PASS_FAIL, 'supervisorCheck', 'monthly'],
  ],
  responsiveness: [
    ['greet', '进店 30 秒内接待', 'Greeted within 30 seconds', '客户进店 30 秒内有人迎接并递上饮品单；神秘顾客检查做到为达标。', 'Someone welcomes each visitor within 30 seconds and offers the drinks menu; met when the mystery shopper sees this.', 25, PASS_FAIL, 'mysteryShopper', 'monthly'],
    ['lead-reply', '线索 15 分钟内回复', 'Leads answered in 15 minutes', '网络和电话线索在工作时间内 15 分钟内首次联系客户。每超时一条扣 2 分。', 'Online and phone leads get a first call within 15 minutes during opening hours. 2 points off for each late lead.', 30, deduct(2), 'systemRecord', 'weekly'],
    ['quote-time', '当天给出书面报价', 'Written quote the same day', '客户要求报价时当天提供书面报价单；抽查全部做到为达标。', 'When a customer asks for a price, give a written quote the same day; met when every case checked shows it.', 20, PASS_FAIL, 'systemRecord', 'monthly'],
    ['delivery-update', '订车进度主动告知', 'Order progress updates', '订车后每周至少告知一次车辆在途和到店进度。客户因不知进度而来电催问，每次扣 10 分。', 'After an order, update the customer on the car\'s progress at least weekly. 10 points off for each time a customer has to call to chase it.', 25, deduct(10), 'systemRecord', 'monthly'],
  ],
  reliability: [
    ['on-time-delivery', '按约定日期交车', 'Car delivered on the agreed date', '在合同约定日期交车。每延误一台扣 20 分。', 'Hand over the car on the date in the contract. 20 points off for each late delivery.', 30, deduct(20), 'systemRecord', 'monthly'],
    ['promises', '承诺礼包全部兑现', 'Promised extras delivered', '合同和口头承诺的精品、保养券、贴膜等在交车时全部兑现；发现一次未兑现即为不达标。', 'Every accessory, service voucher or window film promised in the contract or by word of mouth is there at handover; a single miss means not met.', 25, PASS_FAIL, 'survey', 'monthly'],
    ['pdi', '交车前检查无遗漏', 'Pre-delivery check complete', '交车前按 PDI 清单逐项检查并签字，交车后 7 天内无因漏检返厂。每返厂一台扣 10 分。', 'Complete and sign every item of the pre-delivery inspection; 10 points off for each car back within seven days for something it should have caught.', 25, deduct(10), 'systemRecord', 'monthly'],
    ['paperwork', '手续资料零差错', 'Paperwork right first time', '合同、发票、合格证和上牌资料准确齐全，无需客户二次跑腿；抽查全部合格为达标。', 'Contract, invoice, certificate of conformity and registration papers are correct and complete, so the customer never makes a second trip; met when every file checked passes.', 20, PASS_FAIL, 'supervisorCheck', 'monthly'],
  ],
  empathy: [
    ['needs-first', '先问需求再推荐', 'Needs before the pitch', '先了解用车场景、家庭成员和预算，再推荐车型和配置，不强推高配；神秘顾客按 5 分制评价。', 'Find out how the car will be used, who rides in it and the budget before suggesting a model and trim, without pushing the top version; rated on a five-point scale by a mystery shopper.', 30, SCALE5, 'mysteryShopper', 'monthly'],
    ['delivery-ceremony', '交车仪式与功能讲解', 'Handover and feature walk-through', '交车时讲解常用功能并帮客户连好手机，安排合影留念；交车满意度调查按 5 分制评分。', 'At handover, go through the everyday features, pair the customer\'s phone and take a photo together; scored on a five-point scale from the delivery survey.', 25, SCALE5, 'survey', 'monthly'],
    ['follow-up', '交车后 24 小时与 7 天回访', 'Calls 24 hours and 7 days after', '交车后 24 小时和 7 天各回访一次，询问用车感受并解答疑问。每漏访一次扣 10 分。', 'Call 24 hours and seven days after handover to ask how the car is going and answer questions. 10 points off for each missed call.', 25, deduct(10), 'systemRecord', 'monthly'],
    ['no-pressure', '不施压成交', 'No pressure selling', '不以“今天不订就没有了”等话术逼单，客户离店时礼貌送别；满意度调查中反映被施压的，每次扣 20 分。', 'Never push for the sale with lines like "gone if you do not sign today", and see every visitor off politely. 20 points off for each customer who reports pressure in the survey.', 20, deduct(20), 'survey', 'monthly'],
  ],
});

const ADVISOR = postTemplates('serviceAdvisor', 'service-advisor', {
  tangibles: [
    ['dress', '着装与工牌规范', 'Uniform and name badge', '按品牌规范着装、佩戴工牌。每发现一次不符合扣 10 分。', 'Uniform to the brand standard with the name badge. 10 points off for each lapse found.', 25, deduct(10), 'supervisorCheck', 'daily'],
    ['car-protection', '接车三件套防护', 'Seat, wheel and mat covers', '接车时当着客户铺好座椅套、方向盘套和脚垫；抽查全部做到为达标。', 'Fit seat, steering wheel and floor covers in front of the customer when receiving the car; met when every spot check confirms it.', 30, PASS_FAIL, 'supervisorCheck', 'weekly'],
    ['lounge', '客休区舒适整洁', 'Comfortable customer lounge', '客休区座位充足，饮品、网络和充电可用，维修进度看板实时更新；神秘顾客按 5 分制评价。', 'Enough seats in the lounge, working drinks, Wi-Fi and charging, and the job progress screen kept current; rated on a five-point scale by a mystery shopper.', 25, SCALE5, 'mysteryShopper', 'monthly'],
    ['car-returned-clean', '交车车辆洁净', 'Car returned clean', '交车前车辆外部清洗、内饰无油污手印，三件套已撤；交车回访中客户确认做到为达标。', 'Before handback the car is washed, the interior free of grease and fingerprints and the covers removed; met when the customer confirms it in the follow-up call.', 20, PASS_FAIL, 'survey', 'monthly'],
  ],
  assurance: [
    ['walkaround-check', '环车检查当面确认', 'Walk-round check with the customer', '接车时与客户一起环车检查外观、里程、油量和贵重物品，并签字确认；抽查工单全部完整为达标。', 'Walk round the car with the customer to record bodywork, mileage, fuel and valuables and have both sign; met when every sampled job card is complete.', 25, PASS_FAIL, 'supervisorCheck', 'weekly'],
    ['diagnosis-talk', '问诊准确专业', 'Clear fault interview', '按问诊表询问故障出现的时间、条件和频率，用客户听得懂的话解释可能原因；神秘顾客按 5 分制评价。', 'Ask when, how and how often the fault happens using the interview form, and explain likely causes in plain words; rated on a five-point scale by a mystery shopper.', 25, SCALE5, 'mysteryShopper', 'monthly'],
    ['quote-approval', '增项先报价后施工', 'Extra work approved first', '维修中发现的增项先向客户说明原因和费用，同意后再施工。每发现一次未经同意施工扣 20 分。', 'Any extra work found during the job is explained and priced to the customer and done only once they agree. 20 points off for each case done without consent.', 30, deduct(20), 'systemRecord', 'monthly'],
    ['old-parts', '旧件展示与交还', 'Old parts shown', '更换下来的旧件向客户展示，客户需要时交还；回访中客户确认做到为达标。', 'Show the customer the parts that were replaced and give them back if wanted; met when the customer confirms it in the follow-up call.', 20, PASS_FAIL, 'survey', 'monthly'],
  ],
  responsiveness: [
    ['reception-wait', '到店 2 分钟内接车', 'Car received within 2 minutes', '客户到店 2 分钟内有服务顾问接待；预约客户到店即接。神秘顾客检查做到为达标。', 'A service advisor receives each customer within two minutes of arrival, and booked customers at once; met when the mystery shopper sees this.', 25, PASS_FAIL, 'mysteryShopper', 'monthly'],
    ['booking-reply', '预约当天确认', 'Bookings confirmed the same day', '电话和线上预约当天回电确认时间并提醒所需资料。每漏确认一单扣 5 分。', 'Phone and online bookings are confirmed by a call the same day, with a reminder of what to bring. 5 points off for each booking not confirmed.', 25, deduct(5), 'systemRecord', 'weekly'],
    ['progress-update', '维修进度主动告知', 'Progress updates', '预计完工时间变动时立即告知客户，快修每 30 分钟、大修每天更新一次；回访中反映未获告知的，每次扣 10 分。', 'Tell the customer at once if the finish time changes, with updates every 30 minutes for quick jobs and daily for major repairs. 10 points off for each case a customer reports in the follow-up call.', 30, deduct(10), 'survey', 'monthly'],
    ['checkout', '结算交车 10 分钟内', 'Checkout within 10 minutes', '车辆完工后从客户到前台到交车离店不超过 10 分钟；系统统计达标率不低于 90% 为达标。', 'From the customer reaching the desk to driving off after the job takes no more than 10 minutes; met when at least 90% of handbacks do.', 20, PASS_FAIL, 'systemRecord', 'monthly'],
  ],
  reliability: [
    ['on-time', '按承诺时间交车', 'Ready when promised', '在承诺的完工时间前交车的比例不低于 95% 为达标。', 'Met when at least 95% of cars are ready by the time promised.', 30, PASS_FAIL, 'systemRecord', 'monthly'],
    ['quote-accuracy', '结算不超报价', 'Bill within the quote', '结算金额不超过客户确认的报价。每超出一单扣 20 分。', 'The final bill never exceeds the price the customer agreed. 20 points off for each bill that does.', 30, deduct(20), 'systemRecord', 'monthly'],
    ['fixed-first-time', '一次修复率', 'Fixed first time', '30 天内同一故障未返修的比例不低于 95% 为达标。', 'Met when at least 95% of jobs do not come back for the same fault within 30 days.', 20, PASS_FAIL, 'systemRecord', 'monthly'],
    ['reminders', '保养到期提醒', 'Service due reminders', '按里程和时间提前 2 周提醒客户保养、年检和保险到期。每漏提醒一次扣 5 分。', 'Remind customers two weeks ahead when servicing, the annual inspection or insurance is due. 5 points off for each reminder missed.', 20, deduct(5), 'systemRecord', 'monthly'],
  ],
  empathy: [
    ['mobility', '代步与接送安排', 'Getting the customer home', '维修超过半天时主动提供代步车、接送或打车方案；回访中客户按 5 分制评价。', 'For jobs longer than half a day, offer a courtesy car, a lift or a taxi without being asked; rated on a five-point scale by the customer in the follow-up call.', 25, SCALE5, 'survey', 'monthly'],
    ['explain-bill', '逐项讲解结算单', 'Bill explained line by line', '交车时逐项讲解结算单中的工时和配件，并提醒下次保养时间；神秘顾客按 5 分制评价。', 'At handback, go through each labour and parts line on the bill and mention when the next service is due; rated on a five-point scale by a mystery shopper.', 30, SCALE5, 'mysteryShopper', 'monthly'],
    ['three-day-call', '交车 3 天内回访', 'Call within 3 days', '交车后 3 天内回访，询问维修效果和用车情况。每漏访一单扣 5 分。', 'Call within three days of handback to ask whether the repair has held and how the car is going. 5 points off for each missed call.', 25, deduct(5), 'systemRecord', 'monthly'],
    ['csi', '售后满意度', 'After-sales satisfaction', '厂家售后满意度调查中本人所接客户得分不低于 90 分为达标。', 'Met when the customers the advisor served score 90 or more in the maker\'s after-sales satisfaction survey.', 20, PASS_FAIL, 'survey', 'quarterly'],
  ],
});

const TECHNICIAN = postTemplates('carTechnician', 'car-technician', {
  tangibles: [
    ['uniform', '工服整洁安全', 'Clean, safe overalls', '穿整洁工服和劳保鞋，不佩戴可能划伤车漆的饰物。每发现一次不符合扣 10 分。', 'Clean overalls and safety shoes, and nothing worn that could scratch the paint. 10 points off for each lapse found.', 25, deduct(10), 'supervisorCheck', 'daily'],
    ['bay-5s', '工位 5S 整洁', 'Tidy work bay', '工位地面无油污，工具定置摆放，拆下零件放在零件车上；主管按 5 分制评价。', 'No oil on the bay floor, tools in their places and removed parts on the parts trolley; rated on a five-point scale by the supervisor.', 25, SCALE5, 'supervisorCheck', 'weekly'],
    ['no-marks', '车内无油污手印', 'No grease left in the car', '交车时方向盘、座椅、门板和漆面无油污手印。每被发现一处扣 10 分。', 'No grease or fingerprints on the steering wheel, seats, door panels or paint at handback. 10 points off for each mark found.', 30, deduct(10), 'supervisorCheck', 'weekly'],
    ['settings', '车辆设置复位', 'Settings put back', '座椅、后视镜、收音机和空调设置在交车前恢复为客户原设置；抽查全部做到为达标。', 'Seat, mirror, radio and climate settings are put back as the customer had them before handback; met when every spot check confirms it.', 20, PASS_FAIL, 'supervisorCheck', 'monthly'],
  ],
  assurance: [
    ['certified', '持证上岗', 'Certified technician', '持有厂家对应级别的技术认证且在有效期内为达标。', 'Met when the maker\'s technician certification for the grade of work is held and in date.', 20, PASS_FAIL, 'supervisorCheck', 'quarterly'],
    ['procedure', '按维修手册作业', 'Work to the manual', '拧紧力矩、油液规格和诊断流程按厂家维修手册执行。抽查每发现一处违规扣 20 分。', 'Torque settings, fluid specifications and diagnostic steps follow the maker\'s repair manual. 20 points off for each breach found in spot checks.', 30, deduct(20), 'supervisorCheck', 'monthly'],
    ['genuine-parts', '使用原厂配件', 'Genuine parts only', '只使用系统出库的原厂或认证配件，数量与工单一致；发现一次不一致即为不达标。', 'Use only genuine or approved parts issued by the system, in the quantity on the job card; a single mismatch means not met.', 25, PASS_FAIL, 'systemRecord', 'monthly'],
    ['findings', '检查发现写清楚', 'Clear findings on the job card', '在工单上写明检查发现、原因和建议，让服务顾问能向客户讲清楚；质检按 5 分制评价。', 'Write on the job card what was found, why, and what is recommended, so the advisor can explain it to the customer; rated on a five-point scale by quality control.', 25, SCALE5, 'supervisorCheck', 'monthly'],
  ],
  responsiveness: [
    ['start-time', '派工 15 分钟内开工', 'Work starts within 15 minutes', '接到派工后 15 分钟内开始作业。系统记录每超时一单扣 2 分。', 'Start work within 15 minutes of the job being assigned. 2 points off for each late start in the system.', 25, deduct(2), 'systemRecord', 'weekly'],
    ['quick-service', '快保 60 分钟完工', 'Quick service within 60 minutes', '常规保养在 60 分钟内完工的比例不低于 90% 为达标。', 'Met when at least 90% of routine services are finished within 60 minutes.', 30, PASS_FAIL, 'systemRecord', 'monthly'],
    ['extra-work-report', '增项 10 分钟内报告', 'Extra work reported in 10 minutes', '发现增项后 10 分钟内报告服务顾问并附照片，不擅自等待或施工；抽查全部做到为达标。', 'Report any extra work needed to the advisor within 10 minutes with photos, neither waiting nor going ahead alone; met when every case checked shows it.', 25, PASS_FAIL, 'supervisorCheck', 'monthly'],
    ['roadside', '救援 1 小时内出发', 'Roadside help on the way in an hour', '道路救援任务接单后 1 小时内出发。每超时一次扣 10 分。', 'Leave within an hour of accepting a roadside assistance call. 10 points off for each late departure.', 20, deduct(10), 'systemRecord', 'monthly'],
  ],
  reliability: [
    ['no-comeback', '30 天内零返修', 'No comeback within 30 days', '维修后 30 天内同一故障不再返厂。每返修一台扣 20 分。', 'The same fault does not bring the car back within 30 days. 20 points off for each comeback.', 35, deduct(20), 'systemRecord', 'monthly'],
    ['final-check', '完工自检与终检', 'Self-check and final inspection', '完工后按清单自检并由终检员复核签字；抽查全部有签字且无遗漏为达标。', 'Check the work against the list and have the final inspector countersign; met when every sampled job is signed with nothing missed.', 25, PASS_FAIL, 'supervisorCheck', 'weekly'],
    ['road-test', '必要时路试', 'Road test when needed', '底盘、制动和异响类维修完工后按规定路试并记录；每缺一次扣 10 分。', 'Road-test and record the result after chassis, brake or noise repairs as required. 10 points off for each missed road test.', 20, deduct(10), 'systemRecord', 'monthly'],
    ['no-damage', '无维修损伤事故', 'No damage to customer cars', '考核期内无因作业造成的车辆刮擦、损坏；发生一起即为不达标。', 'No scratches or damage to customer cars caused by the work during the period; any single case means not met.', 20, PASS_FAIL, 'systemRecord', 'quarterly'],
  ],
  empathy: [
    ['hidden-risks', '主动提示安全隐患', 'Safety risks flagged', '保养时顺带检查轮胎、刹车片和灯光，发现隐患写入建议；回访中客户按 5 分制评价。', 'During a service, also check tyres, brake pads and lights and write up any risk as a recommendation; rated on a five-point scale by the customer in the follow-up call.', 30, SCALE5, 'survey', 'monthly'],
    ['no-upsell', '不夸大维修项目', 'No needless work', '只建议确有必要的项目，不以吓唬方式推销。经核实每发生一次夸大推荐扣 20 分。', 'Recommend only work that is truly needed and never use scare tactics to sell it. 20 points off for each confirmed case of overselling.', 25, deduct(20), 'supervisorCheck', 'quarterly'],
    ['explain-to-customer', '客户在场时讲解', 'Explains to a customer on site', '客户进车间观看时，用通俗的话讲解正在做什么和为什么；神秘顾客按 5 分制评价。', 'When a customer watches in the workshop, explain in plain words what is being done and why; rated on a five-point scale by a mystery shopper.', 25, SCALE5, 'mysteryShopper', 'quarterly'],
    ['belongings', '车内物品原样保留', 'Belongings left untouched', '车内个人物品不翻动、不使用，作业需移动时放回原处；发生一次投诉即为不达标。', 'Personal items in the car are not searched or used, and anything moved for the work goes back where it was; a single complaint means not met.', 20, PASS_FAIL, 'survey', 'monthly'],
  ],
});

export const CAR_DEALER_TEMPLATES: IndicatorTemplate[] = [...SALES, ...ADVISOR, ...TECHNICIAN];
