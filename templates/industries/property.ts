import type { IndicatorTemplate, PostTemplate } from '../../shared/domain/library.ts';
import { deduct, PASS_FAIL, postTemplates, SCALE5 } from './build.ts';

/**
 * Property management: the steward who is the residents' first contact, the security and order team, and the
 * cleaning and grounds staff. Repairs inside the estate use the general field engineer's suggestions.
 */

export const PROPERTY_POSTS: PostTemplate[] = [
  {
    type: 'propertyConcierge',
    name: { 'zh-CN': '客服管家', en: 'Resident steward' },
    description: {
      'zh-CN': '负责所辖楼栋业主的日常联系，受理报事报修、投诉和咨询并跟进到办结回访，是业主找物业时的第一个人。',
      en: 'Looks after the residents of a set of buildings: takes their requests, repairs, complaints and questions, follows each one to closure and calls back; the first person a resident turns to.',
    },
  },
  {
    type: 'propertySecurity',
    name: { 'zh-CN': '秩序维护员', en: 'Security and order officer' },
    description: {
      'zh-CN': '在门岗、巡逻和监控岗位维护小区的安全与秩序，管理访客和车辆，处置报警和突发事件。',
      en: 'Keeps the estate safe and orderly at the gate, on patrol and in the control room: manages visitors and cars and responds to alarms and emergencies.',
    },
  },
  {
    type: 'propertyCleaning',
    name: { 'zh-CN': '保洁绿化员', en: 'Cleaning and grounds staff' },
    description: {
      'zh-CN': '负责楼内公共区域的清洁、垃圾清运和园区绿化养护，让业主每天看到的环境干净整洁。',
      en: 'Cleans the shared areas of the buildings, clears the rubbish and looks after the gardens, so the surroundings residents see every day are clean and tidy.',
    },
  },
];

const CONCIERGE = postTemplates('propertyConcierge', 'property-concierge', {
  tangibles: [
    ['uniform', '仪容仪表规范', 'Neat uniform and badge', '在岗着工装、佩戴工牌，发型整洁、妆容得体。每发现一次不符合扣 10 分。', 'On duty in the company uniform with the name badge, hair tidy and make-up discreet. 10 points off for each lapse found.', 30, deduct(10), 'supervisorCheck', 'daily'],
    ['service-centre', '服务中心环境整洁', 'Tidy service centre', '服务中心台面、休息区和饮水设施整洁可用，每天开门前自查并签字；抽查全部符合为达标。', 'Counter, seating and drinking water in the service centre are clean and working, checked and signed off before opening each day; met when every spot check passes.', 25, PASS_FAIL, 'supervisorCheck', 'weekly'],
    ['notices', '公示信息齐全更新', 'Notices complete and current', '收费标准、服务承诺、管家联系方式和停水停电通知在公告栏及业主群按时公示；抽查全部为最新版本为达标。', 'Fees, service pledges, the steward\'s contact details and water or power cut notices are posted on the notice boards and in the residents\' group on time; met when every item checked is current.', 25, PASS_FAIL, 'supervisorCheck', 'monthly'],
    ['visit-impression', '到访接待观感', 'Impression on a visit', '神秘业主到访服务中心，对环境、接待人员形象和资料取用的方便程度按 5 分制评价。', 'A mystery resident visits the service centre and rates the surroundings, the staff\'s appearance and how easy forms and leaflets are to find on a five-point scale.', 20, SCALE5, 'mysteryShopper', 'monthly'],
  ],
  assurance: [
    ['knowledge-test', '物业服务知识考核', 'Property service knowledge test', '季度考核物业服务合同、收费标准和装修管理规定，成绩 85 分及以上为达标。', 'Met when the quarterly test on the service contract, fees and renovation rules scores 85 or more.', 25, PASS_FAIL, 'supervisorCheck', 'quarterly'],
    ['reception', '接待礼仪与称呼', 'Courteous reception', '业主来访起身相迎，以姓氏称呼并使用标准问候语，送别时道别；神秘业主按 5 分制评价。', 'Stand to greet a visiting resident, address them by surname with the standard greeting and see them off; rated on a five-point scale by a mystery resident.', 25, SCALE5, 'mysteryShopper', 'monthly'],
    ['first-contact', '首问负责不推诿', 'Owns the first request', '业主的任何诉求由首位接待的管家负责到底，不以“这不归物业管”推诿。经核实每发生一次扣 20 分。', 'Whoever takes a resident\'s request first sees it through and never brushes it off as someone else\'s job. 20 points off for each confirmed case.', 30, deduct(20), 'supervisorCheck', 'monthly'],
    ['privacy', '业主信息保密', 'Resident data kept private', '业主姓名、电话、房号等信息不外泄，不在群内公开他人信息；发生一次即为不达标。', 'Residents\' names, phone numbers and flat numbers are never passed on or shown in a group chat; a single case means not met.', 20, PASS_FAIL, 'systemRecord', 'quarterly'],
  ],
  responsiveness: [
    ['dispatch', '报事 15 分钟内派单', 'Requests dispatched in 15 minutes', '业主报事报修后 15 分钟内在系统派单，并告知业主处理人和预计时间。每超时一单扣 5 分。', 'Within 15 minutes of a request, dispatch it in the system and tell the resident who will handle it and when. 5 points off for each late dispatch.', 30, deduct(5), 'systemRecord', 'weekly'],
    ['complaint-reply', '投诉 24 小时内答复', 'Complaints answered in 24 hours', '投诉受理后 2 小时内联系业主，24 小时内给出处理方案。每超时一单扣 10 分。', 'Call the resident within two hours of a complaint and give a plan within 24 hours. 10 points off for each late case.', 30, deduct(10), 'systemRecord', 'monthly'],
    ['group-reply', '业主群消息及时回复', 'Group messages answered quickly', '工作时间内业主群和管家电话的咨询 10 分钟内回复；抽查回复及时率不低于 95% 为达标。', 'During working hours, questions in the residents\' group or on the steward\'s phone get a reply within 10 minutes; met when at least 95% of sampled messages do.', 20, PASS_FAIL, 'supervisorCheck', 'weekly'],
    ['outage-notice', '停水停电提前通知', 'Early notice of cuts', '计划停水、停电、停梯提前 24 小时通知到每个单元和业主群。每漏发或迟发一次扣 20 分。', 'Planned water, power or lift outages are announced in every building and in the residents\' group 24 hours ahead. 20 points off for each notice missed or late.', 20, deduct(20), 'systemRecord', 'monthly'],
  ],
  reliability: [
    ['closure-rate', '报事按时办结率', 'Requests closed on time', '报事报修在承诺时限内办结的比例不低于 98% 为达标。', 'Met when at least 98% of requests and repairs are closed within the time promised.', 30, PASS_FAIL, 'systemRecord', 'monthly'],
    ['callback', '办结后 48 小时回访', 'Follow-up within 48 hours', '每单办结后 48 小时内回访业主，确认问题已解决。每漏访一单扣 5 分。', 'Call the resident within 48 hours of closing each request to confirm it is solved. 5 points off for each missed call.', 25, deduct(5), 'systemRecord', 'monthly'],
    ['billing', '收费账单零差错', 'Error-free bills', '物业费、停车费等账单金额与公示标准一致，减免按规定审批。每发现一处差错扣 10 分。', 'Service charge and parking bills match the published rates and any discount is approved as required. 10 points off for each error found.', 25, deduct(10), 'systemRecord', 'monthly'],
    ['no-major-complaint', '无有效重大投诉', 'No major complaint upheld', '考核期内无经核实的有责重大投诉、集体投诉或媒体曝光；发生一起即为不达标。', 'No upheld major complaint, group complaint or press report for which the team is at fault during the period; any single case means not met.', 20, PASS_FAIL, 'systemRecord', 'quarterly'],
  ],
  empathy: [
    ['home-visits', '管家定期走访', 'Regular home visits', '每月走访所辖业主不少于 30 户，记录诉求并在系统中跟进；完成为达标。', 'Visit at least 30 households a month, note what they raise and follow it up in the system; met when done.', 30, PASS_FAIL, 'systemRecord', 'monthly'],
    ['vulnerable-residents', '关爱独居老人', 'Care for residents living alone', '为独居老人和行动不便的业主建立台账，每周至少联系一次；抽查台账和通话记录全部做到为达标。', 'Keep a list of older residents living alone and residents with limited mobility and contact each at least once a week; met when the list and call log show it every time.', 25, PASS_FAIL, 'supervisorCheck', 'monthly'],
    ['satisfaction', '业主满意度', 'Resident satisfaction', '季度满意度调查中业主对管家服务的平均评价，按 5 分制评分。', 'The average rating residents give the steward\'s service in the quarterly satisfaction survey, scored on a five-point scale.', 25, SCALE5, 'survey', 'quarterly'],
    ['reminders', '天气与节日主动提醒', 'Timely reminders', '台风、寒潮、高温和长假前，主动在业主群发布防范和生活提醒；每次都做到为达标。', 'Before typhoons, cold snaps, heat waves and long holidays, post safety and practical reminders in the residents\' group unasked; met when done every time.', 20, PASS_FAIL, 'supervisorCheck', 'monthly'],
  ],
});

const SECURITY = postTemplates('propertySecurity', 'property-security', {
  tangibles: [
    ['uniform', '着装与站姿规范', 'Uniform and bearing', '按规定着装，佩戴工牌和对讲机，值守时站姿端正、不玩手机。每发现一次不符合扣 10 分。', 'In uniform with badge and radio, standing straight on duty and never on a phone. 10 points off for each lapse found.', 30, deduct(10), 'supervisorCheck', 'daily'],
    ['guard-post', '岗亭整洁有序', 'Tidy guard post', '岗亭物品定点摆放，登记本、访客卡和应急物品齐全；抽查全部符合为达标。', 'Everything in the guard post has its place, and the log book, visitor passes and emergency kit are complete; met when every spot check passes.', 25, PASS_FAIL, 'supervisorCheck', 'weekly'],
    ['parking', '车辆停放有序', 'Orderly parking', '小区道路和地库车辆按位停放，无乱停乱放。每发现一处未劝导处理扣 5 分。', 'Cars in the estate roads and car park are in marked bays. 5 points off for each badly parked car left unattended.', 25, deduct(5), 'supervisorCheck', 'daily'],
    ['facilities', '照明与设施完好', 'Lights and fittings working', '巡逻时检查路灯、道闸、监控和消防标识，发现损坏当班报修；抽查无漏报为达标。', 'On patrol, check street lights, barriers, cameras and fire signs and report any damage during the same shift; met when spot checks find nothing unreported.', 20, PASS_FAIL, 'supervisorCheck', 'weekly'],
  ],
  assurance: [
    ['gate-courtesy', '门岗礼仪', 'Courtesy at the gate', '业主进出点头致意，车辆通行时行礼或手势示意，访客问路热情指引；神秘顾客按 5 分制评价。', 'Nod to residents coming and going, salute or signal cars through and give visitors clear directions; rated on a five-point scale by a mystery shopper.', 25, SCALE5, 'mysteryShopper', 'monthly'],
    ['visitor-check', '访客核实登记', 'Visitors checked and logged', '外来人员和车辆经业主确认后登记放行。每发现一次未核实即放行扣 20 分。', 'Outside visitors and vehicles are let in only after the resident confirms and the entry is logged. 20 points off for each one let in unchecked.', 30, deduct(20), 'supervisorCheck', 'weekly'],
    ['emergency-skills', '消防与应急技能', 'Fire and emergency skills', '熟练使用灭火器和消火栓，掌握火警、电梯困人等应急预案；季度实操考核合格为达标。', 'Handles extinguishers and hose reels confidently and knows the plans for fires and people stuck in lifts; met when the quarterly practical test is passed.', 25, PASS_FAIL, 'supervisorCheck', 'quarterly'],
    ['civil-enforcement', '劝导文明不冲突', 'Firm but polite', '劝阻违停和违规装修时态度文明、讲清依据，不与业主发生言语或肢体冲突。经核实每发生一次扣 20 分。', 'When stopping bad parking or rule-breaking renovation, stay polite and explain the rule, never arguing or scuffling with a resident. 20 points off for each confirmed case.', 20, deduct(20), 'supervisorCheck', 'monthly'],
  ],
  responsiveness: [
    ['alarm-arrival', '报警 5 分钟内到场', 'On scene in 5 minutes', '火警、求助电话、电梯困人等 5 分钟内到达现场。每超时一次扣 10 分。', 'Reach the scene within five minutes of a fire alarm, a call for help or people stuck in a lift. 10 points off for each late arrival.', 35, deduct(10), 'systemRecord', 'monthly'],
    ['patrol', '按时巡逻打卡', 'Patrols on schedule', '按巡更路线和时间完成巡逻。巡更系统每漏打一个点扣 2 分。', 'Walk the patrol route on time. 2 points off for each checkpoint the patrol system shows as missed.', 25, deduct(2), 'systemRecord', 'weekly'],
    ['help-on-request', '业主求助即时响应', 'Help given at once', '业主搬运、找车、寻人等求助当场响应，需要人手时 10 分钟内到位；抽查全部做到为达标。', 'Respond at once when a resident asks for help carrying things or finding a car or a person, with someone there within 10 minutes if more hands are needed; met when every spot check confirms it.', 20, PASS_FAIL, 'supervisorCheck', 'monthly'],
    ['rush-hour', '高峰期出入口通畅', 'Gates flowing at rush hour', '早晚高峰出入口排队车辆超过 5 辆时立即人工疏导；抽查全部做到为达标。', 'At morning and evening rush hour, direct traffic by hand as soon as more than five cars queue at the gate; met when every spot check confirms it.', 20, PASS_FAIL, 'supervisorCheck', 'weekly'],
  ],
  reliability: [
    ['no-incident', '无治安与消防事故', 'No theft or fire incident', '考核期内无入室盗窃、火灾等有责安全事故；发生一起即为不达标。', 'No burglary, fire or other safety incident for which the team is at fault during the period; any single case means not met.', 35, PASS_FAIL, 'systemRecord', 'quarterly'],
    ['fire-lanes', '消防通道畅通', 'Fire lanes kept clear', '消防通道和楼道无堆物、无占用，每天巡查。每发现一处未处理扣 10 分。', 'Fire lanes and stairwells are free of parked cars and clutter, checked daily. 10 points off for each obstruction left in place.', 25, deduct(10), 'supervisorCheck', 'weekly'],
    ['shift-log', '交接班记录完整', 'Complete shift log', '每班交接写明异常情况和未完成事项。抽查每缺一项扣 5 分。', 'Each handover records anything unusual and anything left to do. 5 points off for each missing item found in spot checks.', 20, deduct(5), 'supervisorCheck', 'weekly'],
    ['parcels', '寄存物品零差错', 'Deposited items never lost', '业主寄存物品和代收快递登记交接，无遗失、无错领；发生一次即为不达标。', 'Items left with the guards and parcels taken in are logged and handed over with nothing lost or given to the wrong person; a single case means not met.', 20, PASS_FAIL, 'systemRecord', 'monthly'],
  ],
  empathy: [
    ['assist', '主动帮扶老幼', 'Helping the elderly and parents', '遇到老人、孕妇、抱小孩或提重物的业主主动上前帮忙；神秘顾客按 5 分制评价。', 'Step up unasked to help older residents, pregnant women and anyone carrying a child or heavy bags; rated on a five-point scale by a mystery shopper.', 30, SCALE5, 'mysteryShopper', 'monthly'],
    ['know-residents', '熟识常住业主', 'Knows the residents', '门岗人员认得常住业主并以姓氏称呼；抽查 10 户，认出 8 户及以上为达标。', 'Gate staff recognise regular residents and greet them by surname; met when they recognise at least 8 of 10 residents checked.', 20, PASS_FAIL, 'supervisorCheck', 'quarterly'],
    ['feel-safe', '业主安全感评价', 'Residents feel safe', '满意度调查中“居住安全感”一题的业主平均分，按 5 分制评分。', 'The average resident score for "I feel safe living here" in the satisfaction survey, on a five-point scale.', 30, SCALE5, 'survey', 'quarterly'],
    ['bad-weather', '雨雪天贴心服务', 'Care in rain and snow', '雨雪天在出入口备好借用雨伞、铺设防滑垫，提醒业主注意路滑；抽查全部做到为达标。', 'On rainy or snowy days, keep umbrellas to lend and non-slip mats at the entrances and warn residents of slippery paths; met when every spot check confirms it.', 20, PASS_FAIL, 'supervisorCheck', 'monthly'],
  ],
});

const CLEANING = postTemplates('propertyCleaning', 'property-cleaning', {
  tangibles: [
    ['lobbies', '大堂与电梯洁净', 'Clean lobbies and lifts', '单元大堂和电梯轿厢地面无污渍、镜面无手印，每天清洁 2 次。抽查每发现一处不合格扣 5 分。', 'Lobby floors and lift cars are free of stains and the mirrors of fingerprints, cleaned twice a day. 5 points off for each fault found in spot checks.', 30, deduct(5), 'supervisorCheck', 'daily'],
    ['stairwells', '楼道扶手整洁', 'Tidy stairwells and rails', '楼道无杂物，扶手、窗台无积灰，每周全面擦拭一次；抽查合格为达标。', 'Stairwells are clear and handrails and window sills free of dust, with a full wipe-down every week; met when the spot check passes.', 25, PASS_FAIL, 'supervisorCheck', 'weekly'],
    ['greenery', '绿化养护到位', 'Well-kept gardens', '草坪无成片枯黄和杂草，灌木修剪整齐，无黄土裸露；主管按 5 分制评价。', 'Lawns without bare brown patches or weeds, hedges trimmed and no exposed soil; rated on a five-point scale by the supervisor.', 25, SCALE5, 'supervisorCheck', 'monthly'],
    ['bins', '垃圾站点无异味', 'Clean bin stations', '垃圾日产日清，桶身干净，站点无异味、无满溢。每发现一次满溢扣 10 分。', 'Rubbish is cleared every day, bins are clean and the bin stations neither smell nor overflow. 10 points off for each overflow found.', 20, deduct(10), 'supervisorCheck', 'daily'],
  ],
  assurance: [
    ['courtesy', '作业礼让问好', 'Giving way and greeting', '穿工装作业，业主经过时暂停作业、礼让并问好；神秘顾客按 5 分制评价。', 'Work in uniform, and pause, step aside and say hello when a resident passes; rated on a five-point scale by a mystery shopper.', 25, SCALE5, 'mysteryShopper', 'monthly'],
    ['chemicals', '药剂使用安全', 'Safe use of chemicals', '清洁剂和农药按规定配比、上锁存放，打药前一天公示并在现场设警示牌。每发现一次违规扣 20 分。', 'Cleaning agents and pesticides are mixed as specified and locked away, and spraying is announced the day before with warning signs on site. 20 points off for each breach found.', 30, deduct(20), 'supervisorCheck', 'monthly'],
    ['wet-floor', '湿滑提示到位', 'Wet-floor warnings', '拖地、打蜡时放置“小心地滑”提示牌，直到地面干透才撤走；抽查全部做到为达标。', 'When mopping or waxing, put out a wet-floor sign and leave it until the floor is dry; met when every spot check confirms it.', 25, PASS_FAIL, 'supervisorCheck', 'weekly'],
    ['sorting', '垃圾分类指导', 'Helping residents sort waste', '熟知本地垃圾分类规则，能当场指导业主正确投放；季度考核 85 分及以上为达标。', 'Knows the local waste-sorting rules and can show residents where things go; met when the quarterly test scores 85 or more.', 20, PASS_FAIL, 'supervisorCheck', 'quarterly'],
  ],
  responsiveness: [
    ['spills', '污染 30 分钟内清理', 'Spills cleared in 30 minutes', '接到呕吐物、宠物粪便、漏洒等报告后 30 分钟内清理完毕。每超时一次扣 10 分。', 'Vomit, pet mess or spills are cleaned up within 30 minutes of a report. 10 points off for each late clean-up.', 30, deduct(10), 'systemRecord', 'monthly'],
    ['after-storm', '雨后及时清扫', 'Clean-up after storms', '大雨停后 2 小时内清除积水、落叶和倒伏枝条；抽查全部做到为达标。', 'Standing water, leaves and fallen branches are cleared within two hours after heavy rain stops; met when every spot check confirms it.', 25, PASS_FAIL, 'supervisorCheck', 'monthly'],
    ['renovation-waste', '装修垃圾按时清运', 'Renovation waste removed', '装修垃圾集中点的垃圾堆放不超过 48 小时。每超时一次扣 10 分。', 'Renovation waste never sits at the collection point for more than 48 hours. 10 points off for each time it does.', 25, deduct(10), 'supervisorCheck', 'weekly'],
    ['same-day', '卫生报事当日处理', 'Same-day response', '业主反映的卫生问题当天处理并告知管家；当日办结率不低于 95% 为达标。', 'Cleaning problems residents report are dealt with the same day and the steward is told; met when at least 95% are closed that day.', 20, PASS_FAIL, 'systemRecord', 'monthly'],
  ],
  reliability: [
    ['schedule', '保洁计划按时完成', 'Cleaning plan completed', '按日、周、月保洁计划作业并签字记录；记录完整且抽查现场一致为达标。', 'Daily, weekly and monthly cleaning tasks are done and signed off; met when the log is complete and spot checks match it.', 30, PASS_FAIL, 'supervisorCheck', 'weekly'],
    ['pest-control', '消杀按期完成', 'Pest control on schedule', '每月按计划完成灭鼠和灭蚊蝇消杀并公示。每漏做一次扣 20 分。', 'Rodent, mosquito and fly control is done every month as planned and announced. 20 points off for each round missed.', 25, deduct(20), 'supervisorCheck', 'monthly'],
    ['no-repeat', '同一问题不重复投诉', 'No repeat complaint', '同一卫生问题 30 天内不被业主再次投诉。每重复一次扣 10 分。', 'The same cleaning problem is not complained about again within 30 days. 10 points off for each repeat.', 25, deduct(10), 'systemRecord', 'monthly'],
    ['plant-survival', '苗木成活率', 'Plants survive', '新栽和补种苗木的成活率不低于 95% 为达标。', 'Met when at least 95% of new and replacement plants survive.', 20, PASS_FAIL, 'supervisorCheck', 'quarterly'],
  ],
  empathy: [
    ['quiet-hours', '噪音作业避开休息', 'Noisy work outside rest hours', '割草、吹叶等噪音作业只在 8:00–12:00 和 14:00–18:00 进行。每接到一次噪音投诉扣 10 分。', 'Mowing, leaf blowing and other noisy work only between 8:00 and 12:00 and 14:00 and 18:00. 10 points off for each noise complaint.', 30, deduct(10), 'systemRecord', 'monthly'],
    ['found-items', '拾物当天上交', 'Found items handed in', '作业中拾到的物品当天交服务中心登记；发现一次私自留存即为不达标。', 'Anything found while working is handed in to the service centre the same day; a single item kept means not met.', 20, PASS_FAIL, 'supervisorCheck', 'quarterly'],
    ['satisfaction', '环境满意度', 'Residents rate the grounds', '满意度调查中“清洁与绿化”一题的业主平均分，按 5 分制评分。', 'The average resident score for cleaning and gardens in the satisfaction survey, on a five-point scale.', 25, SCALE5, 'survey', 'quarterly'],
    ['extra-mile', '主动发现问题', 'Spots problems beyond the job', '发现楼道灯坏、积水、设施损坏等非本职问题，主动报给管家；每月经核实不少于 3 条为达标。', 'Reports faults outside the job, such as broken lights, leaks or damaged fittings, to the steward unasked; met with at least three confirmed reports a month.', 25, PASS_FAIL, 'systemRecord', 'monthly'],
  ],
});

export const PROPERTY_TEMPLATES: IndicatorTemplate[] = [...CONCIERGE, ...SECURITY, ...CLEANING];
