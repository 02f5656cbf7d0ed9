import type { ScenarioTemplate } from '../../shared/deliverables/playbook/library.ts';

export const applianceScenarios: ScenarioTemplate[] = [
  {
    id: 'installNoShow',
    industry: 'appliance',
    name: { 'zh-CN': '承诺当天安装，师傅爽约', en: 'Installer promised same-day service and never came' },
    fields: {
      description: {
        'zh-CN': '客户购买空调时被承诺“当天送货当天安装”，请假在家等了一整天，师傅没来也没打电话，客户打热线要求退货。',
        en: 'When buying an air conditioner, the customer was promised "delivered and installed the same day". They took a day off to wait at home; the installer never came and never called, and the customer rings the hotline to return it.',
      },
      type: 'brokenPromise',
      severity: 'medium',
      emotion: { 'zh-CN': '被放鸽子的恼火', en: 'Annoyed at being stood up' },
      realNeed: { 'zh-CN': '时间被尊重，尽快装好空调', en: 'Their time respected, and the air conditioner installed as soon as possible' },
      firstResponseMinutes: 10,
      resolutionHours: 24,
      followUpDays: 7,
      promoterNote: {
        'zh-CN': '安装主管第二天一早亲自上门安装，并补偿一次免费清洗；客户在购物平台追评里写了处理经过。',
        en: 'The installation supervisor comes first thing the next morning to install it in person and adds a free cleaning; the customer describes how it was handled in a follow-up review on the shopping platform.',
      },
    },
    principles: {
      prompt: { 'zh-CN': '来电当时就确认新的上门时间', en: 'Confirm a new appointment while the customer is still on the phone' },
      listen: { 'zh-CN': '了解客户为等待付出了什么', en: 'Find out what the wait cost the customer' },
      apologize: { 'zh-CN': '为爽约且未通知致歉', en: 'Apologise for missing the appointment without a word' },
      thank: { 'zh-CN': '感谢客户再给一次机会', en: 'Thank the customer for giving us another chance' },
      satisfy: { 'zh-CN': '次日安装并补偿', en: 'Install it the next day, and compensate' },
    },
    remedies: {
      keepPromise: { 'zh-CN': '重新约定的时间由安装主管亲自兑现。', en: 'The installation supervisor personally keeps the new appointment.' },
      informAhead: { 'zh-CN': '上门前一小时电话告知，有变动至少提前两小时通知。', en: "Call an hour before arriving; give at least two hours' notice of any change." },
      improveProcess: { 'zh-CN': '销售承诺的安装时间须先与安装调度确认。', en: 'Sales staff must confirm any promised installation time with installation scheduling first.' },
    },
    script: {
      control: {
        say: [
          { 'zh-CN': '让您白等了一天，我先帮您把明天的安装时间定下来。', en: 'You waited a whole day for nothing. Let me first fix a time for installation tomorrow.' },
        ],
        avoid: [
          { 'zh-CN': '师傅今天单子太多了。', en: 'The installer had too many jobs today.' },
        ],
      },
      listen: {
        say: [
          { 'zh-CN': '您今天是专门请假在家等的吗？明天什么时间方便？', en: 'Did you take the day off specially to wait at home? What time suits you tomorrow?' },
        ],
        avoid: [
          { 'zh-CN': '销售说的当天安装不算数。', en: "The same-day installation the salesperson promised doesn't count." },
        ],
      },
      empathy: {
        say: [
          { 'zh-CN': '请了一天假什么都没等到，换谁都会恼火。', en: 'Taking a day off and then waiting for nothing would annoy anyone.' },
        ],
        avoid: [
          { 'zh-CN': '晚一天装也没什么影响。', en: "Installing it a day later won't make much difference." },
        ],
      },
      apologize: {
        say: [
          { 'zh-CN': '答应您的事没做到，连电话都没打，是我们的错，对不起。', en: "We didn't do what we promised, and we didn't even call. That's our fault, and I'm sorry." },
        ],
        avoid: [
          { 'zh-CN': '安装是第三方负责的。', en: 'Installation is handled by a third party.' },
        ],
      },
      resolve: {
        say: [
          {
            'zh-CN': '明早九点安装主管亲自上门，装好后再送您一次免费清洗。',
            en: "At nine tomorrow morning the installation supervisor will come in person, and once it's installed we'll give you a free cleaning as well.",
          },
        ],
        avoid: [
          { 'zh-CN': '退货的话要扣运费。', en: "If you return it, we'll have to deduct the shipping cost." },
        ],
      },
    },
  },
  {
    id: 'fridgeNotCooling',
    industry: 'appliance',
    name: { 'zh-CN': '新冰箱不制冷', en: 'New refrigerator does not cool' },
    fields: {
      description: {
        'zh-CN': '客户买的冰箱用了一周就不制冷，一冰箱食物坏掉，售后电话只让客户“拔电源等两小时再试”。',
        en: 'A week after purchase, the customer\'s new refrigerator stops cooling and a whole fridge of food goes off. The after-sales hotline only tells them to "unplug it, wait two hours and try again".',
      },
      type: 'productQuality',
      severity: 'medium',
      emotion: { 'zh-CN': '心疼损失、不再信任品牌', en: 'Upset about the loss, and no longer trusting the brand' },
      realNeed: { 'zh-CN': '换一台好的冰箱，损失有人承担', en: 'A refrigerator that works, and someone to cover the loss' },
      firstResponseMinutes: 15,
      resolutionHours: 48,
      followUpDays: 14,
      promoterNote: {
        'zh-CN': '售后主管确认为压缩机故障后直接换新并补偿食物损失，两周后回访；客户给朋友推荐了同品牌洗衣机。',
        en: "Once the after-sales supervisor confirms a compressor fault, the fridge is replaced outright and the food loss compensated, with a follow-up call two weeks later; the customer recommends the same brand's washing machine to a friend.",
      },
    },
    principles: {
      prompt: { 'zh-CN': '当天安排工程师上门检测', en: 'Send an engineer to inspect it the same day' },
      listen: { 'zh-CN': '了解故障经过和食物损失', en: 'Find out how the fault happened and what food was lost' },
      apologize: { 'zh-CN': '为产品故障和敷衍答复致歉', en: 'Apologise for the faulty product and the brush-off answer' },
      thank: { 'zh-CN': '感谢客户给我们处理的机会', en: 'Thank the customer for giving us the chance to put it right' },
      satisfy: { 'zh-CN': '换新并补偿损失', en: 'Replace it and compensate the loss' },
    },
    remedies: {
      sincerity: {
        'zh-CN': '不让客户反复证明故障，确认后直接换新。',
        en: "Don't make the customer prove the fault again and again; once it is confirmed, replace the fridge outright.",
      },
      followThrough: { 'zh-CN': '换新机送达后当天电话确认制冷正常。', en: 'Call on the day the new fridge arrives to confirm it is cooling properly.' },
      details: { 'zh-CN': '送新机时顺便带走旧机并清洁安装位置。', en: 'When delivering the new fridge, take away the old one and clean the space.' },
    },
    script: {
      control: {
        say: [
          { 'zh-CN': '一冰箱的菜都坏了，确实让人心疼，我马上帮您安排。', en: "A whole fridge of food gone off: that really hurts. I'll sort this out for you right away." },
        ],
        avoid: [
          { 'zh-CN': '您先按说明书操作一下。', en: 'Please follow the instructions in the manual first.' },
        ],
      },
      listen: {
        say: [
          { 'zh-CN': '冰箱是从哪天开始不制冷的？里面坏掉的东西大概有多少？', en: 'Which day did the fridge stop cooling? Roughly how much food has spoilt?' },
        ],
        avoid: [
          { 'zh-CN': '是不是您放得太满了？', en: 'Could you have packed it too full?' },
        ],
      },
      empathy: {
        say: [
          { 'zh-CN': '新买的冰箱一周就出问题，换作我也会对品牌失望。', en: 'A brand-new fridge failing after a week would make me lose faith in the brand too.' },
        ],
        avoid: [
          { 'zh-CN': '任何产品都有一定的故障率。', en: 'Every product has a certain failure rate.' },
        ],
      },
      apologize: {
        say: [
          { 'zh-CN': '产品出了问题，之前电话里还让您反复试，实在抱歉。', en: "The product let you down, and on the phone we even had you try again and again. I'm truly sorry." },
        ],
        avoid: [
          { 'zh-CN': '电话客服是按流程回答的。', en: 'The hotline staff were following the procedure.' },
        ],
      },
      resolve: {
        say: [
          {
            'zh-CN': '今天下午工程师上门，确认故障直接给您换新机，坏掉的食物我们按清单补偿。',
            en: "An engineer will come this afternoon. Once the fault is confirmed, we'll replace the fridge outright and compensate you for the spoilt food from your list.",
          },
        ],
        avoid: [
          { 'zh-CN': '只能维修，不能换新。', en: 'We can only repair it, not replace it.' },
        ],
      },
    },
  },
];
