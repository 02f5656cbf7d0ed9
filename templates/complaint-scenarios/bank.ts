import type { ScenarioTemplate } from '../../shared/deliverables/playbook/library.ts';

export const bankScenarios: ScenarioTemplate[] = [
  {
    id: 'tellerAttitude',
    industry: 'bank',
    name: { 'zh-CN': '柜员对老人不耐烦', en: 'Bank teller impatient with an elderly customer' },
    fields: {
      description: {
        'zh-CN': '一位老人到网点办理养老金业务，因不会用手机验证被柜员大声催促“后面还有人排队”，老人的女儿到网点投诉。',
        en: 'An elderly man comes to the branch about his pension. He cannot manage the phone verification, and the teller loudly hurries him: "There are people queuing behind you." His daughter comes to the branch to complain.',
      },
      type: 'staffAttitude',
      severity: 'medium',
      emotion: { 'zh-CN': '委屈、心疼父母', en: 'Hurt, and upset for her father' },
      realNeed: { 'zh-CN': '老人被尊重，以后办业务有人耐心帮忙', en: 'For her father to be treated with respect, and patiently helped whenever he comes in' },
      firstResponseMinutes: 10,
      resolutionHours: 24,
      followUpDays: 7,
      promoterNote: {
        'zh-CN': '网点主任登门致歉，并为老人开通上门和绿色窗口服务；女儿后来把家里的定期存款都转到了这家网点。',
        en: "The branch manager visits to apologise in person and sets up home visits and the priority counter for him; the daughter later moves the family's fixed-term deposits to this branch.",
      },
    },
    principles: {
      prompt: { 'zh-CN': '网点主任当天联系投诉人', en: 'The branch manager contacts the complainant the same day' },
      listen: { 'zh-CN': '让家属完整讲述老人的经历', en: 'Let the daughter tell the whole of what happened to her father' },
      apologize: { 'zh-CN': '为柜员的态度郑重致歉', en: "Apologise sincerely for the teller's attitude" },
      thank: { 'zh-CN': '感谢家属把问题告诉我们', en: 'Thank the family for telling us about the problem' },
      satisfy: { 'zh-CN': '上门致歉，开通适老服务', en: 'Apologise at his home and set up services for older customers' },
    },
    remedies: {
      sincerity: {
        'zh-CN': '网点主任带柜员一起登门致歉，不以“业务忙”开脱。',
        en: 'The branch manager and the teller visit together to apologise, with no excuses about how busy the branch is.',
      },
      improveProcess: {
        'zh-CN': '设立老年客户绿色窗口，大堂经理全程陪同办理。',
        en: 'Set up a priority counter for older customers, with the lobby manager accompanying them throughout.',
      },
      details: { 'zh-CN': '柜面常备老花镜和大字版业务指引。', en: 'Keep reading glasses and large-print service guides at every counter.' },
    },
    script: {
      control: {
        say: [
          { 'zh-CN': '您别着急，老人家受了委屈，这件事我一定给您一个交代。', en: "Please don't worry. Your father was treated badly, and I will make sure you get a proper answer." },
        ],
        avoid: [
          { 'zh-CN': '我们柜员每天要接待几百人，难免的。', en: 'Our tellers serve hundreds of people a day; these things happen.' },
        ],
      },
      listen: {
        say: [
          { 'zh-CN': '当时柜员具体是怎么说的？老人家回去以后心情怎么样？', en: 'What exactly did the teller say at the time? How was your father feeling after he got home?' },
        ],
        avoid: [
          { 'zh-CN': '监控里看她也没说什么过分的话。', en: "On the CCTV she didn't say anything out of line." },
        ],
      },
      empathy: {
        say: [
          { 'zh-CN': '要是我的父母被这样对待，我也会很难过。', en: "If my own parents were treated like that, I'd be upset too." },
        ],
        avoid: [
          { 'zh-CN': '现在都是手机操作，老人应该学一学。', en: 'Everything is done by phone now; older people should learn.' },
        ],
      },
      apologize: {
        say: [
          { 'zh-CN': '柜员的态度让老人家受了委屈，我代表网点向您和老人家道歉。', en: "The teller's attitude hurt your father. On behalf of the branch, I apologise to you both." },
        ],
        avoid: [
          { 'zh-CN': '她是新来的，不懂事。', en: "She's new and doesn't know any better." },
        ],
      },
      resolve: {
        say: [
          {
            'zh-CN': '明天上午我和这位柜员一起上门看望老人家，以后老人家来办业务直接走绿色窗口，有专人陪同。',
            en: 'Tomorrow morning the teller and I will visit your father together. From now on he can go straight to the priority counter, and someone will help him throughout.',
          },
        ],
        avoid: [
          { 'zh-CN': '下次让老人找别的柜员办。', en: 'Next time, have him go to a different teller.' },
        ],
      },
    },
  },
];
