import type { ScenarioTemplate } from '../../shared/deliverables/playbook/library.ts';

export const telecomScenarios: ScenarioTemplate[] = [
  {
    id: 'broadbandOutage',
    industry: 'telecom',
    name: { 'zh-CN': '宽带断网两天无人上门', en: 'Broadband down for two days with no technician' },
    fields: {
      description: {
        'zh-CN': '用户家宽带断网，报修后两天没人联系，孩子上网课受影响，用户再次打客服热线时排队二十分钟。',
        en: "A household's broadband goes down. Two days after reporting it, nobody has been in touch, the child's online classes are suffering, and when the customer calls the hotline again they queue for twenty minutes.",
      },
      type: 'slowResponse',
      severity: 'high',
      emotion: { 'zh-CN': '焦急、被忽视', en: 'Anxious, and ignored' },
      realNeed: { 'zh-CN': '尽快恢复网络，知道师傅什么时候到', en: 'Get back online as soon as possible, and know when the technician will arrive' },
      firstResponseMinutes: 10,
      resolutionHours: 24,
      followUpDays: 3,
      promoterNote: {
        'zh-CN': '当天派装维主管上门修复并赠送一个月流量包，三天后回访网络稳定；用户续约时升级了套餐。',
        en: 'The installation supervisor is sent out the same day to fix it, with a free month of data; a follow-up call three days later confirms the connection is stable. When renewing, the customer upgrades their plan.',
      },
    },
    principles: {
      prompt: { 'zh-CN': '接线后十分钟内派单并回电', en: 'Dispatch the job and call back within ten minutes of the call' },
      listen: { 'zh-CN': '问清断网时间和对孩子上课的影响', en: "Find out when the connection went down and how it affects the child's classes" },
      apologize: { 'zh-CN': '为两天无人联系致歉', en: 'Apologise that no one was in touch for two days' },
      thank: { 'zh-CN': '感谢用户耐心等待并再次来电', en: 'Thank the customer for their patience and for calling again' },
      satisfy: { 'zh-CN': '当天修复，补偿断网天数', en: 'Fix it the same day, and compensate for the days without service' },
    },
    remedies: {
      informAhead: {
        'zh-CN': '派单后短信告知上门师傅姓名、电话和预计到达时间。',
        en: "Once the job is dispatched, text the customer the technician's name, phone number and expected arrival time.",
      },
      followThrough: { 'zh-CN': '修复前每四小时告知一次进度。', en: 'Until it is fixed, update the customer every four hours.' },
      improveProcess: {
        'zh-CN': '报修超过二十四小时未处理的工单自动升级到装维主管。',
        en: 'Escalate any repair job left unhandled for over twenty-four hours automatically to the installation supervisor.',
      },
    },
    script: {
      control: {
        say: [
          { 'zh-CN': '让您等了这么久，我先把您的工单加急，不让您再等。', en: "I'm sorry you've waited so long. Let me mark your job as urgent first so you don't wait any longer." },
        ],
        avoid: [
          { 'zh-CN': '现在报修的人很多，您得排队。', en: "Lots of people are reporting faults right now; you'll have to wait your turn." },
        ],
      },
      listen: {
        say: [
          { 'zh-CN': '断网是从哪天开始的？孩子的网课是每天几点？', en: "Which day did the connection go down? What time are your child's online classes each day?" },
        ],
        avoid: [
          { 'zh-CN': '您先重启一下光猫试试。', en: 'Try restarting your modem first.' },
        ],
      },
      empathy: {
        say: [
          { 'zh-CN': '孩子上不了网课，家长肯定比谁都着急。', en: "When a child can't get to online classes, no one worries more than the parents." },
        ],
        avoid: [
          { 'zh-CN': '两天而已，很快的。', en: "It's only two days; it'll be sorted soon." },
        ],
      },
      apologize: {
        say: [
          {
            'zh-CN': '报修两天都没人联系您，是我们的疏忽，真的对不起。',
            en: "You reported the fault two days ago and nobody contacted you. That was our oversight, and I'm truly sorry.",
          },
        ],
        avoid: [
          { 'zh-CN': '系统里显示已经派单了。', en: 'The system shows the job has already been dispatched.' },
        ],
      },
      resolve: {
        say: [
          {
            'zh-CN': '今天下午四点前装维主管上门，修好后断网这几天的费用给您减免。',
            en: "The installation supervisor will be with you before four this afternoon, and once it's fixed we'll waive the charges for the days you were offline.",
          },
        ],
        avoid: [
          { 'zh-CN': '师傅排到了就会联系您。', en: "The technician will contact you when it's your turn." },
        ],
      },
    },
  },
  {
    id: 'unexpectedCharges',
    industry: 'telecom',
    name: { 'zh-CN': '话费账单多扣增值业务费', en: 'Phone bill charged for services never ordered' },
    fields: {
      description: {
        'zh-CN': '用户发现连续三个月被扣了从未订购的视频会员费，到营业厅查询时被告知“系统自动开通”，要求退费。',
        en: 'A customer finds they have been charged for three months running for a video subscription they never ordered. At the store they are told "the system activated it automatically", and they demand a refund.',
      },
      type: 'billing',
      severity: 'medium',
      emotion: { 'zh-CN': '被欺骗的愤怒', en: 'Angry at being cheated' },
      realNeed: { 'zh-CN': '退回多扣的钱，确认以后不会再被乱扣', en: 'Get back the money wrongly charged, and be sure it will not happen again' },
      firstResponseMinutes: 15,
      resolutionHours: 48,
      followUpDays: 30,
      promoterNote: {
        'zh-CN': '当场退订并全额退费，下个账单日主动回访确认账单正常；用户说“敢认错的营业厅才放心”。',
        en: 'Staff cancel the service on the spot and refund it in full, then call on the next billing day to confirm the bill is right. The customer says: "A store that admits its mistakes is one I can trust."',
      },
    },
    principles: {
      prompt: { 'zh-CN': '当场查询订购记录', en: 'Look up the subscription records on the spot' },
      listen: { 'zh-CN': '让用户说完发现扣费的经过', en: 'Let the customer finish explaining how they found the charges' },
      apologize: { 'zh-CN': '为未经同意开通业务致歉', en: 'Apologise for activating a service without consent' },
      thank: { 'zh-CN': '感谢用户细心核对账单', en: 'Thank the customer for checking the bill so carefully' },
      satisfy: { 'zh-CN': '全额退费并关闭同类业务', en: 'Refund in full and switch off similar services' },
    },
    remedies: {
      sincerity: { 'zh-CN': '不找“系统自动开通”的借口，先认错再查原因。', en: 'No excuses about "automatic activation": admit the mistake first, then look for the cause.' },
      keepPromise: { 'zh-CN': '承诺的退费在两个工作日内到账，并短信通知。', en: 'The promised refund reaches the account within two working days, with a text to confirm it.' },
      details: { 'zh-CN': '为用户开通增值业务订购短信提醒。', en: 'Turn on text alerts for the customer whenever a value-added service is ordered.' },
    },
    script: {
      control: {
        say: [
          { 'zh-CN': '您放心，多扣的钱我们一定查清楚，该退的一分不少。', en: "Don't worry: we'll get to the bottom of the extra charges, and you'll get back every cent you're owed." },
        ],
        avoid: [
          { 'zh-CN': '这个业务是您自己点开的。', en: 'You must have clicked on this service yourself.' },
        ],
      },
      listen: {
        say: [
          { 'zh-CN': '您是什么时候发现这笔费用的？之前有没有收到过订购短信？', en: 'When did you notice this charge? Did you ever receive a text about a subscription?' },
        ],
        avoid: [
          { 'zh-CN': '系统不会出错的。', en: "The system doesn't make mistakes." },
        ],
      },
      empathy: {
        say: [
          { 'zh-CN': '每个月莫名其妙多扣钱，换谁都会生气。', en: 'Being charged extra every month for no reason would make anyone angry.' },
        ],
        avoid: [
          { 'zh-CN': '一个月才十几块钱。', en: "It's only a dozen yuan or so a month." },
        ],
      },
      apologize: {
        say: [
          { 'zh-CN': '没经过您同意就开通了业务，这是我们的错，向您道歉。', en: "We switched on a service without your consent. That's our mistake, and I apologise." },
        ],
        avoid: [
          { 'zh-CN': '这是合作方开通的，跟我们没关系。', en: "A partner company activated it; it's nothing to do with us." },
        ],
      },
      resolve: {
        say: [
          {
            'zh-CN': '我现在帮您退订，三个月的费用两个工作日内退回原账户，到账后短信通知您。',
            en: "I'll cancel it for you now. The three months' charges will go back to your original account within two working days, and we'll text you when they arrive.",
          },
        ],
        avoid: [
          { 'zh-CN': '只能退最近一个月的。', en: 'We can only refund the last month.' },
        ],
      },
    },
  },
];
