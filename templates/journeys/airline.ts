import { m, stage, type JourneyTemplate } from './schema.ts';

export const airline: JourneyTemplate = {
  id: 'airline',
  name: { 'zh-CN': '航空公司：从购票到到达回访', en: 'Airline: from ticket to arrival and follow-up' },
  stages: [
    stage('成交（购票）', 'Deal (buying the ticket)', [
      m(0, {
        touchpoint: ['网上购票', 'Online booking'],
        expectation: ['价格透明，改签退票规则看得懂', 'A clear price, and change and refund rules I can understand'],
        standard: ['总价一次显示，含税费；规则用一句话写清', 'Show the full price with taxes in one place; state each rule in one sentence'],
        script: ['（页面提示）此票价可免费改期一次，退票收取 10% 手续费。', '(On the page) This fare includes one free date change; refunds carry a 10% fee.'],
        wow: ['出票后立即推送值机和行李额度提醒', 'Right after ticketing, send a reminder with check-in times and the baggage allowance'],
        owner: ['电商部', 'E-commerce team'],
      }),
    ]),
    stage('交付（值机与登机）', 'Delivery (check-in and boarding)', [
      m(1, {
        touchpoint: ['值机柜台', 'Check-in counter'],
        expectation: ['排队短，座位合心意', 'A short queue and a seat I like'],
        standard: ['排队不超过 10 分钟；主动询问座位偏好', 'Queues no longer than 10 minutes; always ask the passenger about seat preference'],
        script: ['您好，今天想坐靠窗还是靠过道？', 'Hello! Would you like a window or an aisle seat today?'],
        wow: ['为带婴儿的旅客主动安排前排宽敞座位', 'Offer passengers travelling with a baby a roomy front-row seat before they ask'],
        owner: ['值机员', 'Check-in agent'],
      }),
      m(-2, {
        touchpoint: ['航班延误通知', 'Delay notice'],
        expectation: ['第一时间知道原因和新时间', 'Hearing the reason and the new time straight away'],
        standard: ['确认延误后 10 分钟内广播并短信通知；每 30 分钟更新一次', 'Announce and text passengers within 10 minutes of confirming a delay; update every 30 minutes'],
        script: ['非常抱歉，航班因天气延误，预计 15:40 起飞，我们为您准备了餐食。', 'We are very sorry: the flight is delayed by the weather and is now expected to leave at 15:40. We have meals ready for you.'],
        wow: ['延误超过 2 小时，主动送上餐食和充电宝', 'If the delay passes two hours, bring round meals and power banks unasked'],
        owner: ['地面服务', 'Ground services'],
      }),
      m(1, {
        touchpoint: ['登机口迎客', 'Boarding welcome'],
        expectation: ['登机有序，被笑脸迎接', 'Orderly boarding and a smiling welcome'],
        standard: ['提前 40 分钟开始登机；乘务员在舱门问候每位旅客', 'Start boarding 40 minutes before departure; cabin crew greet every passenger at the door'],
        script: ['欢迎登机，您的座位在左手边第 12 排。', 'Welcome aboard. Your seat is in row 12, on your left.'],
        wow: ['为常旅客在舱门口称呼姓氏', 'Greet frequent flyers by name at the aircraft door'],
        owner: ['乘务员', 'Cabin crew'],
      }),
    ]),
    stage('使用（飞行中）', 'Use (in flight)', [
      m(3, {
        touchpoint: ['机上餐饮', 'In-flight meal'],
        expectation: ['饭菜热、选择合口味', 'Hot food and a choice I enjoy'],
        standard: ['起飞后 40 分钟内开始送餐；说明两种餐食', 'Start the meal service within 40 minutes of take-off; describe both meal choices'],
        script: ['今天有牛肉饭和鸡肉面，您想要哪一种？', 'Today we have beef with rice or chicken noodles. Which would you like?'],
        wow: ['为当天生日的旅客送上机组签名的小贺卡', 'Give passengers whose birthday it is a small card signed by the crew'],
        owner: ['乘务员', 'Cabin crew'],
      }),
    ]),
    stage('服务/维修（到达与行李）', 'Service / repair (arrival and baggage)', [
      m(-1, {
        touchpoint: ['行李提取', 'Baggage claim'],
        expectation: ['行李快速、完好地到', 'My bags arrive quickly and undamaged'],
        standard: ['落地 20 分钟内首件行李上转盘', 'First bag on the belt within 20 minutes of landing'],
        script: ['您的行李破损了，我们马上为您登记，并当场给出处理方案。', 'I see your bag has been damaged. Let me record it right now and give you a solution on the spot.'],
        wow: ['行李破损当场赔付或更换，不让旅客再跑一趟', 'Pay for or replace a damaged bag on the spot, so the passenger never has to come back'],
        owner: ['行李查询', 'Baggage services'],
      }),
    ]),
    stage('回访', 'Follow-up', [
      m(2, {
        touchpoint: ['满意度回访', 'Satisfaction survey'],
        expectation: ['意见被认真对待', 'My feedback is taken seriously'],
        standard: ['落地 24 小时内发出问卷；投诉 48 小时内回电', 'Send the survey within 24 hours of landing; call back on complaints within 48 hours'],
        script: ['感谢您今天乘坐我们的航班，您的意见我们已转给相关部门。', 'Thank you for flying with us today. We have passed your comments on to the team concerned.'],
        wow: ['延误航班的旅客下次值机时获赠优先登机', 'Passengers whose flight was delayed get priority boarding the next time they check in'],
        owner: ['客户关系部', 'Customer relations'],
      }),
    ]),
  ],
};
