import type { ScenarioTemplate } from '../../shared/deliverables/playbook/library.ts';

export const airlineScenarios: ScenarioTemplate[] = [
  {
    id: 'flightDelayNoNotice',
    industry: 'airline',
    name: { 'zh-CN': '航班延误四小时无人通知', en: 'Four-hour flight delay with no announcements' },
    fields: {
      description: {
        'zh-CN': '航班延误四小时，登机口长时间没有广播和工作人员说明，旅客错过了转机，在柜台前集体围住地勤。',
        en: 'A flight is delayed four hours. For a long time there are no announcements and no staff at the gate to explain; passengers miss their connections and crowd round the ground staff at the counter.',
      },
      type: 'slowResponse',
      severity: 'high',
      emotion: { 'zh-CN': '烦躁、无助', en: 'Irritated and helpless' },
      realNeed: { 'zh-CN': '知道准确的起飞时间，解决转机和住宿', en: 'Know the real departure time, and get connections and a hotel sorted' },
      firstResponseMinutes: 15,
      resolutionHours: 12,
      followUpDays: 3,
      promoterNote: {
        'zh-CN': '值班经理逐一为转机旅客改签并安排酒店，三天后电话致歉并赠送里程；一位常旅客在社交媒体上写了表扬长文。',
        en: 'The duty manager rebooks each connecting passenger and arranges hotels, then calls three days later to apologise and adds bonus miles; a frequent flyer writes a long post praising the airline on social media.',
      },
    },
    principles: {
      prompt: { 'zh-CN': '延误超过半小时即主动广播', en: 'Make an announcement as soon as the delay passes half an hour' },
      listen: { 'zh-CN': '逐一登记旅客的转机和特殊需求', en: "Record each passenger's connection and special needs one by one" },
      apologize: { 'zh-CN': '为信息不透明致歉', en: 'Apologise for the lack of information' },
      thank: { 'zh-CN': '感谢旅客的理解和等待', en: 'Thank passengers for their understanding and patience' },
      satisfy: { 'zh-CN': '改签、餐食、住宿一次解决', en: 'Sort out rebooking, meals and hotels in one go' },
    },
    remedies: {
      informAhead: {
        'zh-CN': '每三十分钟广播一次最新起飞信息，即使没有新消息也要告知。',
        en: 'Announce the latest departure information every thirty minutes, even when there is no news.',
      },
      followThrough: { 'zh-CN': '专人跟进转机旅客直到登上后续航班。', en: 'Assign someone to follow connecting passengers until they board their onward flights.' },
      details: { 'zh-CN': '为老人、孩子和孕妇优先提供休息区和餐食。', en: 'Give elderly passengers, children and pregnant women priority for rest areas and meals.' },
    },
    script: {
      control: {
        say: [
          {
            'zh-CN': '各位旅客，我是今天的值班经理，现在把最新情况告诉大家。',
            en: "Ladies and gentlemen, I'm today's duty manager, and I'm going to bring you all up to date right now.",
          },
        ],
        avoid: [
          { 'zh-CN': '别围在这里，影响我们工作。', en: "Don't crowd round here; you're getting in the way of our work." },
        ],
      },
      listen: {
        say: [
          {
            'zh-CN': '有转机的旅客请到这边，我逐一登记您的后续航班。',
            en: "Passengers with connecting flights, please come over here, and I'll take down your onward flights one by one.",
          },
        ],
        avoid: [
          { 'zh-CN': '等通知吧。', en: 'Just wait for an announcement.' },
        ],
      },
      empathy: {
        say: [
          { 'zh-CN': '等了这么久还不知道什么时候能走，确实让人着急。', en: "Waiting this long without knowing when you'll leave is really stressful." },
        ],
        avoid: [
          { 'zh-CN': '天气原因我们也没办法。', en: "It's the weather; there's nothing we can do." },
        ],
      },
      apologize: {
        say: [
          { 'zh-CN': '这么长时间没有及时通知大家，是我们的失误，非常抱歉。', en: "We didn't keep you informed for all this time. That was our mistake, and I'm very sorry." },
        ],
        avoid: [
          { 'zh-CN': '延误是空管的决定。', en: "The delay was air traffic control's decision." },
        ],
      },
      resolve: {
        say: [
          {
            'zh-CN': '错过转机的旅客，我们现在为您改签今晚最早的航班，来不及的安排机场酒店。',
            en: "If you've missed your connection, we'll rebook you now on the earliest flight tonight, and if that's too late we'll arrange an airport hotel.",
          },
        ],
        avoid: [
          { 'zh-CN': '改签需要您自己去售票柜台办理。', en: "You'll need to rebook yourself at the ticket counter." },
        ],
      },
    },
  },
];
