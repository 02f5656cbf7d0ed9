import type { ScenarioTemplate } from '../../shared/deliverables/playbook/library.ts';

export const hotelScenarios: ScenarioTemplate[] = [
  {
    id: 'hotelRoomNotAsBooked',
    industry: 'hotel',
    name: { 'zh-CN': '预订的海景房到店没有', en: 'Booked sea-view room unavailable on arrival' },
    fields: {
      description: {
        'zh-CN': '客人提前一个月预订了无烟海景房为纪念日庆祝，深夜到店前台说房间已满，只能给城景房。',
        en: 'A couple booked a non-smoking sea-view room a month ahead to celebrate their anniversary. Arriving late at night, they are told at the front desk that the hotel is full and only a city-view room is left.',
      },
      type: 'brokenPromise',
      severity: 'high',
      emotion: { 'zh-CN': '失望、纪念日被破坏', en: 'Disappointed, with the anniversary spoilt' },
      realNeed: { 'zh-CN': '纪念日的安排被兑现，感到被重视', en: 'The anniversary plans honoured, and feeling valued' },
      firstResponseMinutes: 5,
      resolutionHours: 2,
      followUpDays: 2,
      promoterNote: {
        'zh-CN': '值班经理升级为行政海景套房并送上纪念日蛋糕和手写贺卡；客人离店时预订了第二年的同一天。',
        en: 'The duty manager upgrades them to an executive sea-view suite with an anniversary cake and a handwritten card; on check-out, the guests book the same date for next year.',
      },
    },
    principles: {
      prompt: { 'zh-CN': '前台五分钟内请值班经理到场', en: 'The front desk brings in the duty manager within five minutes' },
      listen: { 'zh-CN': '了解这次入住对客人的意义', en: 'Find out what this stay means to the guests' },
      apologize: { 'zh-CN': '为预订未兑现致歉', en: 'Apologise for not honouring the booking' },
      thank: { 'zh-CN': '感谢客人选择我们庆祝纪念日', en: 'Thank the guests for choosing us for their anniversary' },
      satisfy: { 'zh-CN': '升级房型并补上纪念日惊喜', en: 'Upgrade the room and add the anniversary surprise' },
    },
    remedies: {
      keepPromise: { 'zh-CN': '确认的预订一定兑现，房型不足时主动升级而不是降级。', en: 'Always honour a confirmed booking; when a room type runs short, upgrade, never downgrade.' },
      informAhead: { 'zh-CN': '到店前一天电话确认房型和特殊需求。', en: 'Call the day before arrival to confirm the room type and any special requests.' },
      details: { 'zh-CN': '在预订系统中标注纪念日，提前布置房间。', en: 'Flag anniversaries in the booking system and prepare the room in advance.' },
    },
    script: {
      control: {
        say: [
          {
            'zh-CN': '两位一路辛苦了，先请到休息区坐一下，我马上为您处理房间。',
            en: "You must be tired after your journey. Please have a seat in the lounge, and I'll sort out your room right away.",
          },
        ],
        avoid: [
          { 'zh-CN': '今天房满了，我们也没办法。', en: "We're full tonight; there's nothing we can do." },
        ],
      },
      listen: {
        say: [
          { 'zh-CN': '这次是来庆祝纪念日的吗？您原本希望怎么安排？', en: 'Are you here to celebrate an anniversary? How had you hoped to spend it?' },
        ],
        avoid: [
          { 'zh-CN': '预订单上没写是纪念日。', en: "The booking doesn't say it's an anniversary." },
        ],
      },
      empathy: {
        say: [
          {
            'zh-CN': '特意选的纪念日，到店却没有约好的房间，换作我也会很失望。',
            en: "You chose this date specially, and the room you booked isn't there for you. I'd be disappointed too.",
          },
        ],
        avoid: [
          { 'zh-CN': '城景房其实也很好。', en: 'The city-view rooms are actually very nice.' },
        ],
      },
      apologize: {
        say: [
          { 'zh-CN': '您一个月前就订好的房间我们没能兑现，真的非常抱歉。', en: "You booked this room a month ago and we haven't kept our word. I'm truly sorry." },
        ],
        avoid: [
          { 'zh-CN': '是预订平台超售了。', en: 'The booking platform overbooked.' },
        ],
      },
      resolve: {
        say: [
          {
            'zh-CN': '我为您升级到行政海景套房，纪念日的蛋糕和布置十分钟后送到房间。',
            en: "I'm upgrading you to an executive sea-view suite, and the anniversary cake and decorations will be in your room in ten minutes.",
          },
        ],
        avoid: [
          { 'zh-CN': '明天有海景房了再给您换。', en: "We'll move you tomorrow when a sea-view room is free." },
        ],
      },
    },
  },
  {
    id: 'minibarOvercharge',
    industry: 'hotel',
    name: { 'zh-CN': '退房时多收迷你吧费用', en: 'Minibar items charged wrongly at check-out' },
    fields: {
      description: {
        'zh-CN': '商务客人退房赶飞机，账单上有三百元迷你吧消费，客人表示一样都没动过，前台坚持“查房记录显示已消费”。',
        en: 'A business guest is checking out in a hurry to catch a flight. The bill shows 300 yuan of minibar items; the guest says nothing was touched, but the front desk insists "the room check shows it was used".',
      },
      type: 'billing',
      severity: 'low',
      emotion: { 'zh-CN': '着急、被冤枉', en: 'Rushed, and wrongly accused' },
      realNeed: { 'zh-CN': '马上改正账单，不耽误航班', en: 'Get the bill corrected at once without missing the flight' },
      firstResponseMinutes: 3,
      resolutionHours: 1,
      followUpDays: 1,
      promoterNote: {
        'zh-CN': '前台先撤销费用让客人准时出发，核实后发邮件致歉并附下次入住的免费早餐；客人所在公司把协议酒店续签了一年。',
        en: "The front desk first removes the charge so the guest can leave on time, then, after checking, emails an apology with a free breakfast on the next stay; the guest's company renews its corporate agreement with the hotel for another year.",
      },
    },
    principles: {
      prompt: { 'zh-CN': '先放行客人，事后再核实', en: 'Let the guest go first, and check afterwards' },
      listen: { 'zh-CN': '听客人说明，不当场争辩', en: 'Hear the guest out without arguing on the spot' },
      apologize: { 'zh-CN': '为账单错误和耽误时间致歉', en: 'Apologise for the billing error and the lost time' },
      thank: { 'zh-CN': '感谢客人指出账单问题', en: 'Thank the guest for pointing out the billing problem' },
      satisfy: { 'zh-CN': '撤销费用，补上致歉礼遇', en: 'Remove the charge and add a gesture of apology' },
    },
    remedies: {
      improveProcess: {
        'zh-CN': '小额争议费用前台可直接撤销，不必等待查房复核。',
        en: 'The front desk may remove small disputed charges straight away, without waiting for a room re-check.',
      },
      details: { 'zh-CN': '迷你吧补货和查房记录由两人核对后再入账。', en: 'Minibar restocking and room-check records are checked by two people before anything is charged.' },
    },
    script: {
      control: {
        say: [
          { 'zh-CN': '您赶飞机，我先把这笔费用撤掉，不耽误您出发。', en: "You have a flight to catch, so I'll take this charge off first and not hold you up." },
        ],
        avoid: [
          { 'zh-CN': '查房记录就是这样写的。', en: "That's what the room-check record says." },
        ],
      },
      listen: {
        say: [
          { 'zh-CN': '您说得对，我记下来，回头我们自己核对。', en: "You're right. I'll make a note of it, and we'll check it ourselves afterwards." },
        ],
        avoid: [
          { 'zh-CN': '您再想想是不是忘记了。', en: 'Think again: could you have forgotten?' },
        ],
      },
      empathy: {
        say: [
          { 'zh-CN': '赶时间的时候被账单卡住，确实让人着急。', en: "Being held up by a bill when you're in a hurry is really frustrating." },
        ],
        avoid: [
          { 'zh-CN': '每位客人都要这样核对的。', en: 'We check this with every guest.' },
        ],
      },
      apologize: {
        say: [
          { 'zh-CN': '账单出错还耽误了您的时间，非常抱歉。', en: "The bill was wrong and it cost you time. I'm very sorry." },
        ],
        avoid: [
          { 'zh-CN': '是客房部的同事弄错的。', en: 'It was housekeeping who got it wrong.' },
        ],
      },
      resolve: {
        say: [
          {
            'zh-CN': '费用已经撤销，这是更正后的账单；核实结果我们今天发邮件告诉您。',
            en: "The charge has been removed, and here is your corrected bill. We'll email you the result of our check today.",
          },
        ],
        avoid: [
          { 'zh-CN': '等客房部核实完才能退。', en: 'We can only refund it once housekeeping has checked.' },
        ],
      },
    },
  },
];
