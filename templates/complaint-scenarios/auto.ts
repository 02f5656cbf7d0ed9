import type { ScenarioTemplate } from '../../shared/deliverables/playbook/library.ts';

export const autoScenarios: ScenarioTemplate[] = [
  {
    id: 'carEngineNoise',
    industry: 'auto',
    name: { 'zh-CN': '新车三个月发动机异响', en: 'Engine noise in a three-month-old car' },
    fields: {
      description: {
        'zh-CN': '客户新车开了三个月，冷启动时发动机有明显异响，到4S店检测被告知“正常现象”，客户认为买到了问题车。',
        en: 'Three months after buying a new car, the customer hears a clear engine noise on cold starts. The dealership checked it and called it "normal"; the customer believes they have bought a faulty car.',
      },
      type: 'productQuality',
      severity: 'high',
      emotion: { 'zh-CN': '怀疑、后悔买车', en: 'Suspicious, and regretting the purchase' },
      realNeed: { 'zh-CN': '弄清楚车有没有问题，得到可靠的处理承诺', en: 'To find out whether something is wrong with the car, and get a reliable promise to deal with it' },
      firstResponseMinutes: 30,
      resolutionHours: 120,
      followUpDays: 14,
      promoterNote: {
        'zh-CN': '技术总监亲自试车并请厂家工程师联合检测，更换部件后赠送一次保养；客户在车友群分享处理经过，介绍了两位朋友来看车。',
        en: "The technical director test-drives the car in person and brings in the manufacturer's engineers for a joint inspection; after the part is replaced, a free service is added. The customer shares the story in a car owners' group and introduces two friends to the dealership.",
      },
    },
    principles: {
      prompt: { 'zh-CN': '当天安排技术总监试车', en: 'Arrange a test drive by the technical director the same day' },
      listen: { 'zh-CN': '请客户描述异响出现的时间和情形', en: 'Ask the customer when and how the noise occurs' },
      apologize: { 'zh-CN': '为“正常现象”的草率答复致歉', en: 'Apologise for the careless "it\'s normal" answer' },
      thank: { 'zh-CN': '感谢客户及时回店检测', en: 'Thank the customer for bringing the car back promptly' },
      satisfy: { 'zh-CN': '厂家联合检测，给出书面结论', en: 'Inspect jointly with the manufacturer and give a written conclusion' },
    },
    remedies: {
      sincerity: {
        'zh-CN': '技术总监当面试车，结论当面讲清楚，不用术语搪塞。',
        en: 'The technical director drives the car with the customer and explains the findings face to face, without hiding behind jargon.',
      },
      followThrough: { 'zh-CN': '检测和维修期间每天告知进度，提供代步车。', en: 'Report progress daily during inspection and repair, and provide a courtesy car.' },
      keepPromise: { 'zh-CN': '承诺的完工日期当天交车，延误提前告知原因。', en: 'Hand the car back on the promised completion date; if it slips, explain why in advance.' },
    },
    script: {
      control: {
        say: [
          { 'zh-CN': '刘先生，您专门跑一趟，我们今天一定把这个声音查清楚。', en: 'Mr Liu, thank you for coming in specially. We will get to the bottom of this noise today.' },
        ],
        avoid: [
          { 'zh-CN': '这车没问题，您多虑了。', en: "There's nothing wrong with the car; you're worrying too much." },
        ],
      },
      listen: {
        say: [
          { 'zh-CN': '异响一般是早上冷车的时候出现吗？大概持续多久？', en: 'Does the noise usually come in the morning when the engine is cold? How long does it last?' },
        ],
        avoid: [
          { 'zh-CN': '检测电脑没报故障码，就是正常的。', en: "The diagnostic computer shows no fault codes, so it's normal." },
        ],
      },
      empathy: {
        say: [
          { 'zh-CN': '新车开着有异响，心里肯定不踏实。', en: 'Hearing a strange noise from a new car is bound to be unsettling.' },
        ],
        avoid: [
          { 'zh-CN': '每台车都会有点声音。', en: 'Every car makes a few noises.' },
        ],
      },
      apologize: {
        say: [
          {
            'zh-CN': '上次只说“正常现象”就让您回去了，是我们太草率，向您道歉。',
            en: 'Last time we just told you it was "normal" and sent you home. That was careless of us, and I apologise.',
          },
        ],
        avoid: [
          { 'zh-CN': '上次接待您的不是我。', en: "I wasn't the one who saw you last time." },
        ],
      },
      resolve: {
        say: [
          {
            'zh-CN': '明早请厂家工程师和我们技术总监一起冷车检测，维修期间给您提供代步车。',
            en: "Tomorrow morning the manufacturer's engineer and our technical director will check it together from a cold start, and you'll have a courtesy car during the repair.",
          },
        ],
        avoid: [
          { 'zh-CN': '您再开一段时间看看。', en: 'Drive it a while longer and see.' },
        ],
      },
    },
  },
  {
    id: 'carDeliveryScratch',
    industry: 'auto',
    name: { 'zh-CN': '提车时发现车漆划痕', en: 'Paint scratch found at car handover' },
    fields: {
      description: {
        'zh-CN': '客户全家来4S店提车拍照，发现左后门有一道明显划痕，销售顾问说“抛个光就好”，客户觉得喜事被扫兴。',
        en: 'The customer\'s whole family comes to the dealership to collect the new car and take photos, and finds a clear scratch on the rear left door. The sales consultant says "a quick polish will sort it", and the customer feels the happy day has been spoilt.',
      },
      type: 'handoverDefect',
      severity: 'medium',
      emotion: { 'zh-CN': '扫兴、被糊弄的感觉', en: 'Deflated, and feeling fobbed off' },
      realNeed: { 'zh-CN': '拿到一台完好的新车，提车的仪式感不被破坏', en: 'A flawless new car, and a handover that still feels like an occasion' },
      firstResponseMinutes: 10,
      resolutionHours: 72,
      followUpDays: 7,
      promoterNote: {
        'zh-CN': '销售经理当场致歉，给客户换同配置库存新车并重新布置交车仪式；客户把交车视频发到朋友圈，点名表扬门店。',
        en: 'The sales manager apologises on the spot, swaps in a new car of the same specification from stock and stages the handover ceremony again; the customer posts the handover video on social media and praises the dealership by name.',
      },
    },
    principles: {
      prompt: { 'zh-CN': '销售经理十分钟内到场', en: 'The sales manager arrives within ten minutes' },
      listen: { 'zh-CN': '请客户指出所有不满意的地方', en: 'Ask the customer to point out everything they are unhappy with' },
      apologize: { 'zh-CN': '为交车前检查疏漏致歉', en: 'Apologise for the missed check before handover' },
      thank: { 'zh-CN': '感谢客户细心发现问题', en: 'Thank the customer for spotting the problem' },
      satisfy: { 'zh-CN': '换车或按客户意愿处理', en: 'Swap the car, or settle it as the customer wishes' },
    },
    remedies: {
      sincerity: { 'zh-CN': '销售经理当场致歉，不强调“小问题”。', en: 'The sales manager apologises on the spot without calling it "a small problem".' },
      details: { 'zh-CN': '交车前增加一次漆面灯光检查，由两人签字。', en: 'Add a paintwork check under lights before handover, signed by two people.' },
      keepPromise: { 'zh-CN': '约定的换车时间和交车仪式如期兑现。', en: 'Deliver the replacement car and the handover ceremony at the agreed time.' },
    },
    script: {
      control: {
        say: [
          { 'zh-CN': '先别急着签字，您今天是来开开心心提车的，这件事我来处理。', en: "Please don't sign anything yet. You came here today for a happy handover; let me handle this." },
        ],
        avoid: [
          { 'zh-CN': '抛个光就看不出来了。', en: "Once it's polished you won't see it." },
        ],
      },
      listen: {
        say: [
          {
            'zh-CN': '除了这道划痕，还有哪里让您不满意？我们一起再检查一遍。',
            en: "Apart from this scratch, is there anything else you're unhappy with? Let's go over the car again together.",
          },
        ],
        avoid: [
          { 'zh-CN': '运输过程中难免的。', en: 'These things happen in transport.' },
        ],
      },
      empathy: {
        say: [
          {
            'zh-CN': '全家专门来提车，看到新车有划痕，谁都会扫兴。',
            en: 'The whole family came specially to collect the car; anyone would be disappointed to find a scratch on it.',
          },
        ],
        avoid: [
          { 'zh-CN': '这么小的划痕不影响开。', en: "A scratch that small won't affect how it drives." },
        ],
      },
      apologize: {
        say: [
          { 'zh-CN': '交车前我们没检查到位，让您遇到这种事，非常抱歉。', en: "We didn't check the car properly before handover, and you ran into this. I'm very sorry." },
        ],
        avoid: [
          { 'zh-CN': '这是物流公司的责任。', en: "That's the logistics company's fault." },
        ],
      },
      resolve: {
        say: [
          {
            'zh-CN': '库里有一台同配置同颜色的新车，检查好后后天上午重新给您办交车仪式，您看可以吗？',
            en: "We have a new car in stock with the same specification and colour. After we've checked it, we'll hold your handover ceremony again on the morning of the day after tomorrow. Would that suit you?",
          },
        ],
        avoid: [
          { 'zh-CN': '给您送两次洗车，这事就算了吧。', en: "We'll give you two free car washes; let's leave it at that." },
        ],
      },
    },
  },
];
