import { m, stage, type JourneyTemplate } from './schema.ts';

export const telecom: JourneyTemplate = {
  id: 'telecom',
  name: { 'zh-CN': '通信运营商：从办理到开通、使用与回访', en: 'Telecom: from sign-up to activation, use and follow-up' },
  stages: [
    stage('成交（营业厅办理）', 'Deal (at the store)', [
      m(0, {
        touchpoint: ['营业厅取号等候', 'Queue ticket and wait in store'],
        expectation: ['等候时间短，有人引导', 'A short wait and someone to guide me'],
        standard: ['进门 30 秒内有人问候引导；等候不超过 15 分钟', 'Greet and guide customers within 30 seconds of entering; waits no longer than 15 minutes'],
        script: ['您好，请问办理什么业务？我先帮您看看材料是否齐全。', 'Hello, what can we help you with today? Let me check your documents first.'],
        wow: ['等候区备有充电座和温水', 'Charging points and warm water in the waiting area'],
        owner: ['大堂引导员', 'Lobby greeter'],
      }),
      m(1, {
        touchpoint: ['套餐推荐', 'Plan recommendation'],
        expectation: ['推荐适合自己的，不被套路', 'A plan that fits me, with no tricks'],
        standard: ['先问用量再推荐；资费、合约期、违约金讲清楚', 'Ask about usage before recommending; explain charges, contract length and early-termination fees clearly'],
        script: ['按您每月的流量，这个套餐最划算，合约期一年。', 'For the data you use each month, this plan is the best value, on a one-year contract.'],
        wow: ['算出客户一年能省多少钱，写在纸上给他', 'Work out how much the customer saves in a year and write it down for them'],
        owner: ['营业员', 'Sales agent'],
      }),
    ]),
    stage('交付/开通', 'Delivery / activation', [
      m(2, {
        touchpoint: ['宽带上门安装', 'Broadband installation at home'],
        expectation: ['准时上门，一次装好', 'On time, and installed properly the first time'],
        standard: ['约定两小时时段内上门；安装后当面测速', 'Arrive within the agreed two-hour slot; test the speed with the customer after installing'],
        script: ['我是装维工程师小陈，今天为您安装宽带，大约需要 40 分钟。', "I'm Chen, the installation engineer. I'm here to set up your broadband; it will take about 40 minutes."],
        wow: ['装好后帮客户把家里所有设备连上网', 'Once installed, connect every device in the home to the network'],
        owner: ['装维工程师', 'Installation engineer'],
      }),
    ]),
    stage('使用', 'Use', [
      m(0, {
        touchpoint: ['月度账单', 'Monthly bill'],
        expectation: ['账单看得懂，没有莫名扣费', 'A bill I can understand, with no mystery charges'],
        standard: ['账单分项列出；新增收费提前告知', 'Itemise the bill; announce any new charge in advance'],
        script: ['（短信）您本月费用 89 元，含套餐 79 元、国际漫游 10 元。', '(Text message) Your bill this month is 89 yuan: 79 yuan for your plan and 10 yuan for international roaming.'],
        wow: ['流量快用完时主动提醒，并推荐最省钱的加油包', 'When data is about to run out, send a reminder and suggest the cheapest top-up'],
        owner: ['计费中心', 'Billing centre'],
      }),
    ]),
    stage('服务/维修', 'Service / repair', [
      m(-2, {
        touchpoint: ['故障报修', 'Fault report'],
        expectation: ['一个电话 24 小时内上门', 'One call, and someone at my door within 24 hours'],
        standard: ['受理后 2 小时内联系；24 小时内上门修复', 'Contact the customer within 2 hours of the report; on site and fixed within 24 hours'],
        script: ['您的故障已登记，工程师会在 2 小时内与您联系。', 'Your fault has been logged. An engineer will contact you within 2 hours.'],
        wow: ['修复后赠送一个月的提速体验', 'After the repair, give a free month of faster speed'],
        owner: ['客服热线', 'Customer hotline'],
      }),
    ]),
    stage('回访', 'Follow-up', [
      m(2, {
        touchpoint: ['修复回访', 'Post-repair follow-up'],
        expectation: ['问题真的解决了', 'The problem is really solved'],
        standard: ['修复后 48 小时内回访；未解决的当天重新派单', 'Call back within 48 hours of the repair; if it is not solved, reissue the job the same day'],
        script: ['上次的网络故障修好之后，用起来还稳定吗？', 'Since we fixed your network fault, has the connection been stable?'],
        wow: ['回访时告诉客户专属服务经理的电话', 'On the call, give the customer the number of their dedicated service manager'],
        owner: ['回访专员', 'Follow-up agent'],
      }),
    ]),
  ],
};
