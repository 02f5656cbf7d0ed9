import { m, stage, type JourneyTemplate } from './schema.ts';

export const hotel: JourneyTemplate = {
  id: 'hotel',
  name: { 'zh-CN': '酒店：从预订到离店回访', en: 'Hotel: from booking to the follow-up call' },
  stages: [
    stage('成交（预订）', 'Deal (booking)', [
      m(1, {
        touchpoint: ['电话预订', 'Phone booking'],
        expectation: ['电话很快有人接，房型和价格一次说清', 'Someone answers quickly and explains room types and prices in one go'],
        standard: ['铃响三声内接听；复述入住日期、房型、价格和取消规则', 'Answer within three rings; repeat back the arrival date, room type, price and cancellation policy'],
        script: ['您好，这里是客房预订部，我是小林，请问您想预订哪一天入住？', 'Hello, reservations, Lin speaking. Which date would you like to check in?'],
        wow: ['记下客人提到的出行目的（生日、商务、带小孩），写进预订备注', 'Note the purpose of the trip the guest mentions (a birthday, business, children) in the booking'],
        owner: ['预订员', 'Reservations agent'],
      }),
    ]),
    stage('交付（抵达入住）', 'Delivery (arrival and check-in)', [
      m(1, {
        touchpoint: ['门童迎宾', 'Welcome at the door'],
        expectation: ['下车就有人帮忙拿行李，不用自己找入口', 'Someone takes my bags as I step out of the car; no hunting for the entrance'],
        standard: ['车停稳 10 秒内上前开门、问候、接过行李', 'Within 10 seconds of the car stopping: open the door, greet the guest, take the luggage'],
        script: ['欢迎光临，一路辛苦了，行李交给我吧。', 'Welcome! You must be tired after the journey. Let me take your bags.'],
        wow: ['雨天在门口为客人撑伞，并递上一条干毛巾', 'On rainy days, hold an umbrella for the guest at the door and hand them a dry towel'],
        owner: ['门童', 'Doorman'],
      }),
      m(2, {
        touchpoint: ['前台登记', 'Front desk check-in'],
        expectation: ['办理快，不用反复填写和等待', 'A quick check-in, with no forms to fill in twice and no waiting'],
        standard: ['排队不超过 5 分钟；3 分钟内完成登记；双手递还证件和房卡', 'Queue no longer than 5 minutes; check-in done within 3 minutes; hand back ID and key card with both hands'],
        script: ['王先生，欢迎回来！还是为您安排安静的高楼层，好吗？', 'Welcome back, Mr Wang! Shall I give you a quiet room on a high floor again?'],
        wow: ['老客人直接称呼姓氏，按上次的偏好安排房间', "Greet returning guests by surname and give them a room that matches last time's preferences"],
        owner: ['前台接待', 'Front desk agent'],
      }),
    ]),
    stage('使用（住店）', 'Use (the stay)', [
      m(3, {
        touchpoint: ['进入客房', 'Entering the room'],
        expectation: ['房间干净、安静，设施都好用', 'A clean, quiet room where everything works'],
        standard: ['入住前查房：卫生、空调、热水、网络逐项确认', 'Inspect the room before arrival: cleanliness, air conditioning, hot water and Wi-Fi, item by item'],
        script: ['（欢迎卡）祝您入住愉快，有任何需要请拨 0。', '(Welcome card) Enjoy your stay. For anything you need, just dial 0.'],
        wow: ['生日客人回房时，房间里有蛋糕、鲜花和签名贺卡', 'Birthday guests come back to a cake, flowers and a signed card in their room'],
        owner: ['客房服务员', 'Room attendant'],
      }),
      m(1, {
        touchpoint: ['早餐', 'Breakfast'],
        expectation: ['品种合口味，不用排长队', 'Food I like and no long queues'],
        standard: ['高峰期取餐等待不超过 3 分钟；餐台随时补齐', "At peak times no more than 3 minutes' wait at the buffet; keep the counters restocked"],
        script: ['早上好，今天想喝点什么？我给您端过来。', "Good morning! What would you like to drink today? I'll bring it over."],
        wow: ['记住常客的饮品，第二天主动端上', "Remember regular guests' drinks and bring them unasked the next morning"],
        owner: ['餐厅服务员', 'Restaurant server'],
      }),
    ]),
    stage('服务/维修', 'Service / repair', [
      m(-1, {
        touchpoint: ['客房报修', 'Room repair request'],
        expectation: ['一个电话就有人来，马上修好', 'One call and someone comes to fix it right away'],
        standard: ['15 分钟内到房；修不好当场提供换房', 'At the room within 15 minutes; if it cannot be fixed, offer a room change on the spot'],
        script: ['抱歉给您添麻烦了，维修师傅 10 分钟内到，您看方便吗？', "I'm sorry for the trouble. Our technician will be with you within 10 minutes. Is that convenient?"],
        wow: ['修好后送上一份果盘表达歉意', 'After the repair, send up a fruit plate as an apology'],
        owner: ['服务中心', 'Service centre'],
      }),
    ]),
    stage('回访（离店）', 'Follow-up (departure)', [
      m(1, {
        touchpoint: ['退房结账', 'Check-out'],
        expectation: ['账单准确、结账快', 'An accurate bill and a quick check-out'],
        standard: ['2 分钟内结清；账单逐项说明，无未解释费用', 'Settle within 2 minutes; go through the bill item by item, with no unexplained charges'],
        script: ['这是您的账单，我为您逐项确认一下。', 'Here is your bill. Let me go through it with you item by item.'],
        wow: ['为赶飞机的客人提前叫好车、备好早餐盒', 'For guests rushing to a flight, have a car called and a breakfast box ready in advance'],
        owner: ['前台接待', 'Front desk agent'],
      }),
      m(2, {
        touchpoint: ['离店送别与回访', 'Farewell and follow-up call'],
        expectation: ['走的时候被记住，下次还想来', 'Being remembered as I leave, and wanting to come back'],
        standard: ['送至车旁道别；三天内致电或发消息回访', 'Walk the guest to the car to say goodbye; call or message within three days'],
        script: ['感谢您的入住，期待下次再见，一路平安！', 'Thank you for staying with us. We look forward to seeing you again. Have a safe trip!'],
        wow: ['回访时告诉客人：他提的建议已经改进', 'On the follow-up call, tell the guest that the suggestion they made has been put into practice'],
        owner: ['大堂经理', 'Lobby manager'],
      }),
    ]),
  ],
};
