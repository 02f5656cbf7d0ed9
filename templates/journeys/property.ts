import { m, stage, type JourneyTemplate } from './schema.ts';

export const propertyManagement: JourneyTemplate = {
  id: 'propertyManagement',
  name: { 'zh-CN': '物业管理：从入伙到年度回访', en: 'Property management: from move-in to the yearly visit' },
  stages: [
    stage('成交（签约入伙）', 'Deal (contract and move-in)', [
      m(2, {
        touchpoint: ['入伙手续', 'Move-in paperwork'],
        expectation: ['手续一次办完，不用来回跑', 'All the paperwork done in one visit, no running back and forth'],
        standard: ['一站式办理，30 分钟内完成；资料清单提前发给业主', 'One-stop service finished within 30 minutes; send owners the document checklist in advance'],
        script: ['欢迎回家！您的手续材料都齐了，我们一起核对一遍。', "Welcome home! Your documents are all here. Let's check them through together."],
        wow: ['办完手续送一份“社区生活指南”和新家绿植', 'After the paperwork, give a "Community living guide" and a plant for the new home'],
        owner: ['客服管家', 'Resident concierge'],
      }),
    ]),
    stage('交付（装修）', 'Delivery (renovation)', [
      m(0, {
        touchpoint: ['装修报备', 'Renovation registration'],
        expectation: ['规则讲清楚，审批快', 'Clear rules and quick approval'],
        standard: ['当天完成审批；装修须知逐条讲解', 'Approve on the same day; go through the renovation rules point by point'],
        script: ['这是装修须知，施工时间是工作日 8 点到 18 点。', 'Here are the renovation rules. Work is allowed on weekdays from 8 am to 6 pm.'],
        wow: ['提醒业主：我们会帮您盯住隐蔽工程的验收节点', 'Tell the owner: we will help you keep an eye on the inspections of hidden works before they are covered up'],
        owner: ['客服管家', 'Resident concierge'],
      }),
    ]),
    stage('使用（日常居住）', 'Use (daily living)', [
      m(1, {
        touchpoint: ['门岗出入', 'Entrance gate'],
        expectation: ['安全、对住户客气', 'Safe, and polite to residents'],
        standard: ['业主进出主动问候；访客登记不超过 1 分钟', 'Greet residents as they come and go; register a visitor in under a minute'],
        script: ['张阿姨好，今天买了这么多菜，我帮您拿到电梯口。', "Hello, Mrs Zhang! That's a lot of shopping. Let me carry it to the lift for you."],
        wow: ['记住老人、小孩的面孔，主动帮忙', 'Learn the faces of older residents and children, and offer help unasked'],
        owner: ['秩序维护员', 'Security officer'],
      }),
      m(1, {
        touchpoint: ['公共区域保洁', 'Cleaning of common areas'],
        expectation: ['楼道干净、没有异味', 'Clean hallways with no bad smells'],
        standard: ['每日两次清洁；垃圾日产日清', 'Clean twice a day; clear the rubbish the same day'],
        script: ['您好，楼道刚拖过，小心地滑。', "Hello, the hallway has just been mopped. Mind your step, it's slippery."],
        wow: ['雨天在单元门口铺防滑垫、放共享雨伞', 'On rainy days, lay non-slip mats at the building doors and leave umbrellas to borrow'],
        owner: ['保洁员', 'Cleaner'],
      }),
    ]),
    stage('服务/维修', 'Service / repair', [
      m(-1, {
        touchpoint: ['报修上门', 'Home repair visit'],
        expectation: ['修得快，一次修好，不弄脏家里', 'Fixed quickly, right the first time, without dirtying my home'],
        standard: ['30 分钟内响应，约定时间准时上门；穿鞋套，完工清场', 'Respond within 30 minutes and arrive at the agreed time; wear shoe covers and clean up afterwards'],
        script: ['您好，我是工程部的小刘，按约好的时间来修水管。', "Hello, I'm Liu from maintenance, here at our agreed time to fix the water pipe."],
        wow: ['修完顺手检查其他水龙头和插座', 'After the repair, check the other taps and sockets as well'],
        owner: ['维修工', 'Maintenance technician'],
      }),
      m(-2, {
        touchpoint: ['投诉处理', 'Complaint handling'],
        expectation: ['有人负责，给个说法', 'Someone takes charge and gives me an answer'],
        standard: ['首问负责；24 小时内给出处理方案', 'Whoever takes the complaint owns it; offer a solution within 24 hours'],
        script: ['这件事由我跟到底，明天中午前一定给您答复。', 'I will see this through personally, and you will have my answer before noon tomorrow.'],
        wow: ['处理结束后由经理亲自上门致谢', 'Once it is resolved, the manager visits in person to thank the owner'],
        owner: ['客服主管', 'Customer service supervisor'],
      }),
    ]),
    stage('回访', 'Follow-up', [
      m(2, {
        touchpoint: ['年度回访', 'Yearly visit'],
        expectation: ['意见有人听，看到改变', 'Someone listens, and I see things change'],
        standard: ['每户每年至少一次上门回访；意见 7 天内反馈结果', 'Visit every household at least once a year; report back on suggestions within 7 days'],
        script: ['去年您提的停车问题，我们已经增加了 30 个车位。', 'Last year you raised the parking problem: we have now added 30 spaces.'],
        wow: ['把业主的建议和改进做成社区公告墙', "Put owners' suggestions and the improvements made on a community notice wall"],
        owner: ['客服管家', 'Resident concierge'],
      }),
    ]),
  ],
};
