import { m, stage, type JourneyTemplate } from './schema.ts';

/** The seven steps the SSI (sales satisfaction) assessment walks through, placed along the journey. */
export const carSales: JourneyTemplate = {
  id: 'carSales',
  name: { 'zh-CN': '汽车销售：SSI 七个环节', en: 'Car dealer sales: the seven SSI steps' },
  stages: [
    stage('到店体验', 'In the showroom', [
      m(1, {
        touchpoint: ['顾客接待', 'Welcoming the customer'],
        expectation: ['进店有人招呼，不被冷落也不被缠着', 'Someone greets me, without ignoring me or hovering'],
        standard: ['顾客进门 30 秒内问候；先了解需求再介绍车型', 'Greet customers within 30 seconds of entering; understand their needs before presenting models'],
        script: ['欢迎光临，今天想先随便看看，还是有看中的车型？', 'Welcome! Would you like to have a look around first, or is there a model you have in mind?'],
        wow: ['记下顾客孩子的名字，下次来店时叫得出', "Note the name of the customer's child so you can greet them by name on the next visit"],
        owner: ['销售顾问', 'Sales consultant'],
      }),
      m(2, {
        touchpoint: ['试乘试驾', 'Test drive'],
        expectation: ['试驾方便，路线能体现车的好处', 'An easy test drive on a route that shows the car at its best'],
        standard: ['试驾车随时可用、油电充足；先讲解后试驾，路线固定', 'Test cars always available, fuelled or charged; explain before driving, on a fixed route'],
        script: ['这段路可以感受一下加速，我先给您讲讲座椅调节。', 'This stretch is good for feeling the acceleration. First, let me show you how the seat adjusts.'],
        wow: ['试驾后送上按顾客身材调好座椅的照片', "After the drive, send a photo of the seat set up for the customer's height"],
        owner: ['销售顾问', 'Sales consultant'],
      }),
    ]),
    stage('成交', 'Deal', [
      m(0, {
        touchpoint: ['销售承诺', 'Sales promises'],
        expectation: ['说到做到，交车日期和赠品写清楚', 'Promises kept, with the delivery date and extras in writing'],
        standard: ['所有承诺写进合同；交车日期变动提前 3 天告知', "Put every promise in the contract; give 3 days' notice of any change to the delivery date"],
        script: ['交车日期、赠品和保养政策我都写在合同里了，您核对一下。', 'I have written the delivery date, the extras and the servicing terms into the contract. Please check them.'],
        wow: ['签约后送一本写好车主名字的用车手册', "After signing, give an owner's handbook with the owner's name written in"],
        owner: ['销售经理', 'Sales manager'],
      }),
    ]),
    stage('交车', 'Handover', [
      m(3, {
        touchpoint: ['交车收款', 'Handover and payment'],
        expectation: ['交车隆重、车况完美，收费清楚', 'A special handover, a flawless car and clear charges'],
        standard: ['交车前 PDI 检查；费用逐项说明；功能讲解 30 分钟', "PDI check before handover; explain each charge; 30 minutes walking through the car's features"],
        script: ['恭喜您喜提新车！我们先一起把车上的功能过一遍。', "Congratulations on your new car! Let's go through its features together first."],
        wow: ['交车仪式：红绸、鲜花、全家合影', 'A handover ceremony: a red ribbon, flowers and a family photo'],
        owner: ['交车专员', 'Delivery specialist'],
      }),
    ]),
    stage('用车', 'Ownership', [
      m(1, {
        touchpoint: ['售后跟踪', 'After-sale follow-up'],
        expectation: ['用车遇到问题有人管', 'Someone looks after me when something goes wrong'],
        standard: ['交车三天内电话关怀；介绍服务顾问', 'A courtesy call within 3 days of handover; introduce the service advisor'],
        script: ['新车开得还顺手吗？有问题随时找我，这是服务顾问的电话。', "How are you getting on with the new car? Call me any time; here is your service advisor's number."],
        wow: ['提醒首保时间，并帮忙预约', 'Remind the customer when the first service is due and help book it'],
        owner: ['销售顾问', 'Sales consultant'],
      }),
    ]),
    stage('回访', 'Follow-up', [
      m(1, {
        touchpoint: ['一周回访', 'One-week follow-up call'],
        expectation: ['被关心，不是被推销', 'Cared for, not sold to'],
        standard: ['交车 7 天内回访；问题当天转给责任人', 'Call within 7 days of handover; pass any problem to the person responsible the same day'],
        script: ['您好，新车开了一周，有没有哪里不习惯的？', "Hello! You've had the car for a week now. Is there anything you're not used to yet?"],
        wow: ['回访时送上洗车券', 'Offer a car-wash voucher on the call'],
        owner: ['客服专员', 'Customer care specialist'],
      }),
      m(2, {
        touchpoint: ['意见跟进', 'Acting on feedback'],
        expectation: ['提的意见有下文', 'My feedback leads somewhere'],
        standard: ['意见 3 天内给出处理结果并回电', 'Give a result on feedback within 3 days and call the customer back'],
        script: ['您上次说导航不好用，我们已经为您升级了地图。', 'Last time you said the navigation was hard to use: we have updated your maps.'],
        wow: ['由店总亲自回电感谢', 'The general manager calls personally to say thank you'],
        owner: ['客服经理', 'Customer care manager'],
      }),
    ]),
  ],
};
