import { m, stage, type JourneyTemplate } from './schema.ts';

/** The six steps the CSI (after-sales satisfaction) assessment walks through. */
export const afterSales: JourneyTemplate = {
  id: 'afterSales',
  name: { 'zh-CN': '汽车售后：CSI 六个环节', en: 'Car after-sales: the six CSI steps' },
  stages: [
    stage('预约', 'Booking', [
      m(0, {
        touchpoint: ['保养招揽', 'Service reminder'],
        expectation: ['到期前被提醒，约得上时间', 'Reminded before it is due, and able to get a slot'],
        standard: ['保养到期前 2 周提醒；可选时段不少于 3 个', 'Remind 2 weeks before the service is due; offer at least 3 time slots'],
        script: ['您的爱车快到 1 万公里保养了，周六上午还是下午方便？', 'Your car is nearly due for its 10,000 km service. Would Saturday morning or afternoon suit you?'],
        wow: ['预约成功后发送服务顾问的照片和电话', "Once booked, send the service advisor's photo and phone number"],
        owner: ['客服专员', 'Customer care specialist'],
      }),
    ]),
    stage('接车', 'Vehicle reception', [
      m(1, {
        touchpoint: ['礼貌接车', 'Courteous reception'],
        expectation: ['到店就有人接，车被爱护', 'Someone meets me on arrival, and my car is treated with care'],
        standard: ['车到 1 分钟内迎接；当面套好座椅套、方向盘套', 'Greet within 1 minute of the car arriving; fit seat and steering-wheel covers in front of the customer'],
        script: ['王先生早上好，我是您的服务顾问小赵，我先帮您做环车检查。', "Good morning, Mr Wang. I'm Zhao, your service advisor. Let me do a walk-around check of the car first."],
        wow: ['为顾客准备专属休息位和他喜欢的饮品', "Prepare a reserved seat in the lounge with the customer's favourite drink"],
        owner: ['服务顾问', 'Service advisor'],
      }),
      m(1, {
        touchpoint: ['指明标的', 'Agreeing the work'],
        expectation: ['修什么、多少钱、多久，事先说清', 'What will be done, what it costs and how long it takes, all clear up front'],
        standard: ['施工项目、费用、完工时间写在委托书上并签字确认', 'Write the work, the cost and the completion time on the repair order and have the customer sign it'],
        script: ['这次做保养加更换刹车片，共 1280 元，预计 11 点交车。', "Today it's a service plus new brake pads: 1,280 yuan in total, ready at about 11 o'clock."],
        wow: ['用照片给顾客看旧刹车片的磨损情况', 'Show the customer photos of how worn the old brake pads are'],
        owner: ['服务顾问', 'Service advisor'],
      }),
    ]),
    stage('维修', 'Repair', [
      m(-1, {
        touchpoint: ['维修等待', 'Waiting during the repair'],
        expectation: ['等候舒适，进度随时知道', 'A comfortable wait, always knowing the progress'],
        standard: ['超出预计时间 15 分钟前主动告知；休息区有 Wi-Fi、饮品', 'Tell the customer at least 15 minutes before the estimated time runs over; Wi-Fi and drinks in the lounge'],
        script: ['车辆还需要 20 分钟，技师正在做最后检查。', 'Your car needs another 20 minutes; the technician is doing the final checks.'],
        wow: ['维修进度实时推送到顾客手机', "Send repair progress to the customer's phone in real time"],
        owner: ['服务顾问', 'Service advisor'],
      }),
    ]),
    stage('交车', 'Handover', [
      m(2, {
        touchpoint: ['结算交车', 'Payment and handover'],
        expectation: ['费用和报价一致，车比来时干净', 'The bill matches the quote, and the car is cleaner than when it came'],
        standard: ['结算金额不超过报价；交车前洗车；讲解本次维修内容', 'Final bill no higher than the quote; wash the car before handover; explain the work done'],
        script: ['这是结算单，与报价一致；车也为您洗好了。', "Here is your invoice; it matches the quote. And we've washed the car for you."],
        wow: ['车内放一张技师手写的“本次检查发现”卡片', 'Leave a card in the car with the technician\'s handwritten "What we found today"'],
        owner: ['服务顾问', 'Service advisor'],
      }),
    ]),
    stage('回访', 'Follow-up', [
      m(2, {
        touchpoint: ['维修质量回访', 'Repair quality follow-up'],
        expectation: ['修好了，不用返修', 'Fixed properly, no need to come back'],
        standard: ['交车 3 天内回访；返修优先安排并免费', 'Call within 3 days of handover; any rework is prioritised and free'],
        script: ['车修好后开起来怎么样？刹车还有异响吗？', 'How has the car been driving since the repair? Any more noise from the brakes?'],
        wow: ['返修顾客提供上门取送车', 'Offer pick-up and drop-off to customers whose car needs rework'],
        owner: ['回访专员', 'Follow-up agent'],
      }),
    ]),
  ],
};
