import type { Dimension } from '../shared/domain/dimensions.ts';
import type { SampleIndicator, SamplePost, SampleWorkshop } from '../shared/domain/sample-workshop.ts';
import type { ScoringRule } from '../shared/domain/standard.ts';

/**
 * The sample workshop a newcomer can create from the empty library: a fictional mid-size hotel group after the
 * course's lecture 2, with 成果1 finished for three service posts, so the mind map, the radar and the Word file
 * can be seen within a minute. Every weight group adds up to exactly 100. The company and people are invented.
 */

const SCALE5: ScoringRule = { kind: 'scale5' };
const PASS_FAIL: ScoringRule = { kind: 'passFail' };
const deduct = (pointsPerOccurrence: number): ScoringRule => ({ kind: 'deduction', pointsPerOccurrence });

type Entry = Omit<SampleIndicator, 'dimension'>;
const under = (dimension: Dimension, entries: Entry[]): SampleIndicator[] => entries.map((e) => ({ dimension, ...e }));

// ───────────────────────────── 前台接待 Front desk agent ─────────────────────────────

const FRONT_DESK: SamplePost = {
  name: { 'zh-CN': '前台接待', en: 'Front desk agent' },
  description: {
    'zh-CN':
      '在酒店大堂为宾客办理入住、退房、换房和续住，解答问询并受理现场需求。宾客到店的第一印象和离店前的最后印象都由前台决定，这是一次入住中最重要的两个关键时刻。',
    en: "Checks guests in and out, handles room changes and extensions, answers questions and takes requests in the lobby. The front desk sets the guest's first impression on arrival and the last one before departure: the two moments of truth that matter most in a stay.",
  },
  dimensionWeights: { tangibles: 15, assurance: 20, responsiveness: 25, reliability: 20, empathy: 20 },
  indicators: [
    ...under('tangibles', [
      {
        name: { 'zh-CN': '仪容仪表规范', en: 'Grooming and uniform' },
        description: {
          'zh-CN': '工装整洁，工牌佩戴在左胸，发型、妆容和指甲符合集团仪容标准。值班经理每班抽查，每发现一处不符合扣 10 分。',
          en: "Uniform clean and pressed, name badge on the left chest, hair, make-up and nails within the group's grooming standard. The duty manager checks every shift; 10 points off for each lapse found.",
        },
        weight: 40,
        scoring: deduct(10),
        dataSource: 'supervisorCheck',
        cycle: 'daily',
      },
      {
        name: { 'zh-CN': '前台区域整洁', en: 'Tidy front desk area' },
        description: {
          'zh-CN': '台面只摆放制卡机、签字笔和欢迎卡等规定物品，背景墙前无杂物，大堂宣传资料为当季版本；每 2 小时巡检一次并签字，记录完整且抽查无杂物为达标。',
          en: 'Only the listed items on the counter (key encoder, pens, welcome cards), nothing stacked against the wall behind, lobby brochures for the current season; checked and signed every two hours. Met when the log is complete and spot checks find no clutter.',
        },
        weight: 30,
        scoring: PASS_FAIL,
        dataSource: 'supervisorCheck',
        cycle: 'daily',
      },
      {
        name: { 'zh-CN': '欢迎资料齐备美观', en: 'Neat welcome pack' },
        description: {
          'zh-CN': '房卡、早餐券、无线网络卡和城市地图装入统一的欢迎袋交给宾客，无折角、无手写涂改；由神秘顾客按 5 分制评价。',
          en: 'Key card, breakfast voucher, Wi-Fi card and city map handed over in one welcome envelope, with no dog-ears and no handwritten corrections; rated on a five-point scale by a mystery shopper.',
        },
        weight: 30,
        scoring: SCALE5,
        dataSource: 'mysteryShopper',
        cycle: 'monthly',
      },
    ]),
    ...under('assurance', [
      {
        name: { 'zh-CN': '标准问候与姓氏称呼', en: 'Standard greeting, guest named' },
        description: {
          'zh-CN': '宾客走近 3 米内目光相迎、微笑问候；核对证件后全程以姓氏称呼宾客。由神秘顾客按 5 分制评价。',
          en: 'Eye contact and a smiling greeting when a guest comes within three metres; after checking the ID, the guest is addressed by surname throughout. Rated on a five-point scale by a mystery shopper.',
        },
        weight: 25,
        scoring: SCALE5,
        dataSource: 'mysteryShopper',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '房型与政策熟练', en: 'Room types and policies' },
        description: {
          'zh-CN': '能准确介绍各房型、早餐与会员权益、延迟退房和取消政策；季度闭卷测试 85 分及以上为达标。',
          en: 'Explains every room type, breakfast and member benefits, late check-out and cancellation rules correctly; met when the quarterly closed-book test scores 85 or more.',
        },
        weight: 25,
        scoring: PASS_FAIL,
        dataSource: 'supervisorCheck',
        cycle: 'quarterly',
      },
      {
        name: { 'zh-CN': '入住信息准确', en: 'Accurate check-in records' },
        description: {
          'zh-CN': '房价、房型、离店日期和证件信息录入准确；每发生一次需要事后更正账单或房态的录入差错扣 20 分。',
          en: 'Rate, room type, departure date and ID details entered correctly; 20 points off for each entry error that later needs a corrected bill or room status.',
        },
        weight: 30,
        scoring: deduct(20),
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '无服务忌语', en: 'No forbidden phrases' },
        description: {
          'zh-CN': '不说“不知道”“这不归我管”“您自己去问”等服务忌语，不与宾客争辩；经录像或投诉核实，每发生一次扣 25 分。',
          en: 'Never "I don\'t know", "not my department" or "ask someone else", never an argument with a guest; 25 points off for each case confirmed by video or a complaint.',
        },
        weight: 20,
        scoring: deduct(25),
        dataSource: 'supervisorCheck',
        cycle: 'monthly',
      },
    ]),
    ...under('responsiveness', [
      {
        name: { 'zh-CN': '入住办理时长', en: 'Check-in time' },
        description: {
          'zh-CN': '有预订的宾客从递交证件到拿到房卡不超过 3 分钟；按前台系统时间记录统计，达标比例不低于 95% 为达标。',
          en: "A guest with a booking holds a key card within three minutes of handing over the ID; met when at least 95% of check-ins in the front-desk system's time records stay within that.",
        },
        weight: 30,
        scoring: PASS_FAIL,
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '排队分流', en: 'Managing the queue' },
        description: {
          'zh-CN': '排队超过 3 位宾客时，2 分钟内加开工作台或请大堂副理分流；值班经理记录，每出现一次未及时分流扣 10 分。',
          en: 'When more than three guests are waiting, another station opens or the assistant manager steps in within two minutes; 10 points off for each time the duty manager logs a queue left unmanaged.',
        },
        weight: 25,
        scoring: deduct(10),
        dataSource: 'supervisorCheck',
        cycle: 'weekly',
      },
      {
        name: { 'zh-CN': '现场需求当场答复', en: 'Requests answered on the spot' },
        description: {
          'zh-CN': '宾客在前台提出的加床、换房、叫车等需求，当场给出答复和完成时间，不让宾客“等通知”；由神秘顾客按 5 分制评价。',
          en: 'Requests made at the desk (extra bed, room change, taxi) get an answer and a completion time on the spot, never "we will let you know"; rated on a five-point scale by a mystery shopper.',
        },
        weight: 25,
        scoring: SCALE5,
        dataSource: 'mysteryShopper',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '退房结账效率', en: 'Check-out speed' },
        description: {
          'zh-CN': '退房结账在 2 分钟内完成，账单疑问当场解释清楚；按离店满意度调查中“退房效率”一项的 5 分制得分计分。',
          en: 'Check-out and payment done within two minutes, any question about the bill explained at the desk; scored from the "check-out speed" item of the departure survey on a five-point scale.',
        },
        weight: 20,
        scoring: SCALE5,
        dataSource: 'survey',
        cycle: 'monthly',
      },
    ]),
    ...under('reliability', [
      {
        name: { 'zh-CN': '预订要求兑现', en: 'Booking requests honoured' },
        description: {
          'zh-CN': '预订时约定的房型、床型、楼层偏好和特殊要求在入住时全部兑现；每发生一次未兑现又未提前告知宾客扣 20 分。',
          en: 'Room type, bed type, floor preference and special requests agreed at booking are all in place at check-in; 20 points off for each one missed without telling the guest beforehand.',
        },
        weight: 35,
        scoring: deduct(20),
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '叫醒与留言零差错', en: 'Wake-up calls and messages' },
        description: {
          'zh-CN': '叫醒服务准时，宾客留言和寄存物品按约定转交；全月无差错为达标。',
          en: 'Wake-up calls on time, messages and left items passed on as agreed; met when the month has no error.',
        },
        weight: 25,
        scoring: PASS_FAIL,
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '账单准确', en: 'Accurate bills' },
        description: {
          'zh-CN': '离店账单与实际消费一致，无多收、漏收；每发生一次需要退款或补收的账单差错扣 20 分。',
          en: 'The departure bill matches what was consumed, nothing charged twice or missed; 20 points off for each error that needs a refund or a late charge.',
        },
        weight: 25,
        scoring: deduct(20),
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '交接班记录完整', en: 'Complete shift handover' },
        description: {
          'zh-CN': '每班在交接本上记录待办事项、贵宾到店和未结投诉，下一班签字确认；主管抽查全部完整为达标。',
          en: 'Every shift writes open tasks, VIP arrivals and unresolved complaints in the handover log and the next shift signs it; met when the supervisor finds every checked entry complete.',
        },
        weight: 15,
        scoring: PASS_FAIL,
        dataSource: 'supervisorCheck',
        cycle: 'weekly',
      },
    ]),
    ...under('empathy', [
      {
        name: { 'zh-CN': '留意宾客状态', en: 'Reading the guest' },
        description: {
          'zh-CN': '留意带婴儿、行动不便、深夜抵达或旅途疲惫的宾客，不等开口就送上座椅、饮用水或行李协助；由神秘顾客按 5 分制评价。',
          en: 'Notices guests with babies, limited mobility, late-night arrivals or tired travellers and offers a seat, water or help with luggage before being asked; rated on a five-point scale by a mystery shopper.',
        },
        weight: 30,
        scoring: SCALE5,
        dataSource: 'mysteryShopper',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '记住常客偏好', en: 'Remembering regulars' },
        description: {
          'zh-CN': '在客史档案中记下常客对房型、枕头和早餐的偏好，下次入住主动安排；每季度抽查 10 位常客，8 位及以上偏好得到兑现为达标。',
          en: "Regulars' preferences (room, pillow, breakfast) are kept in the guest profile and arranged unasked on the next stay; met when at least 8 of the 10 regulars checked each quarter find them in place.",
        },
        weight: 25,
        scoring: PASS_FAIL,
        dataSource: 'systemRecord',
        cycle: 'quarterly',
      },
      {
        name: { 'zh-CN': '特殊时刻关怀', en: 'Special occasions' },
        description: {
          'zh-CN': '为生日、纪念日或蜜月入住的宾客准备手写贺卡或小礼物，把一次平常的入住变成感动点；值班经理对照预订备注和客史，按 5 分制评价执行情况。',
          en: 'Guests staying for a birthday, an anniversary or a honeymoon find a handwritten card or a small gift, turning an ordinary arrival into a wow moment; the duty manager rates against booking notes and guest profiles how well this was done, on a five-point scale.',
        },
        weight: 25,
        scoring: SCALE5,
        dataSource: 'supervisorCheck',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '离店温暖道别', en: 'A warm goodbye' },
        description: {
          'zh-CN': '退房时询问入住感受，协助叫车或提拿行李，并以姓氏道别，让整次入住有一个好的结束（峰终定律）；按离店满意度调查 5 分制得分计分。',
          en: 'At check-out the agent asks how the stay was, helps with a taxi or luggage and says goodbye by name, so the stay ends well (the peak-end rule); scored from the departure survey on a five-point scale.',
        },
        weight: 20,
        scoring: SCALE5,
        dataSource: 'survey',
        cycle: 'monthly',
      },
    ]),
  ],
};

// ───────────────────────────── 客房服务员 Room attendant ─────────────────────────────

const ROOM_ATTENDANT: SamplePost = {
  name: { 'zh-CN': '客房服务员', en: 'Room attendant' },
  description: {
    'zh-CN':
      '负责客房的日常清扫、夜床服务、布草与客用品补充，并处理宾客在房间内提出的需求。客房是宾客停留时间最长的地方，房间是否干净、安全、舒适，直接决定宾客对整次入住的评价。',
    en: 'Cleans and prepares guest rooms, turns beds down in the evening, restocks linen and amenities and handles requests made from the room. The room is where a guest spends most of the stay: whether it is clean, safe and comfortable decides how they judge the whole visit.',
  },
  dimensionWeights: { tangibles: 35, assurance: 15, responsiveness: 15, reliability: 25, empathy: 10 },
  indicators: [
    ...under('tangibles', [
      {
        name: { 'zh-CN': '客房清洁达标', en: 'Room cleanliness' },
        description: {
          'zh-CN': '按 48 项客房检查表查房：地面、卫浴、镜面和床底无毛发、水渍和灰尘；领班查房每发现一项不合格扣 5 分。',
          en: 'Each room inspected against the 48-point checklist: no hair, water marks or dust on floors, bathroom, mirrors or under the bed; 5 points off for each failed point the floor supervisor finds.',
        },
        weight: 30,
        scoring: deduct(5),
        dataSource: 'supervisorCheck',
        cycle: 'daily',
      },
      {
        name: { 'zh-CN': '布草与床品', en: 'Linen and bedding' },
        description: {
          'zh-CN': '床单、被套和毛巾无破损、无污渍，床铺平整、四角挺括，一客一换；抽查全部合格为达标。',
          en: 'Sheets, duvet covers and towels without tears or stains, beds made smooth with tight corners, changed for every new guest; met when every spot check passes.',
        },
        weight: 20,
        scoring: PASS_FAIL,
        dataSource: 'supervisorCheck',
        cycle: 'weekly',
      },
      {
        name: { 'zh-CN': '客用品齐全', en: 'Amenities complete' },
        description: {
          'zh-CN': '洗漱用品、饮用水、茶包和文具按客房配置标准摆放齐全、朝向一致；每缺一项扣 10 分。',
          en: 'Toiletries, drinking water, tea and stationery all in place as the room standard lists, labels facing the same way; 10 points off for each item missing.',
        },
        weight: 20,
        scoring: deduct(10),
        dataSource: 'supervisorCheck',
        cycle: 'daily',
      },
      {
        name: { 'zh-CN': '房间空气清新', en: 'Fresh air in the room' },
        description: {
          'zh-CN': '房间无烟味、霉味或清洁剂异味，空调滤网按期清洗；按住店满意度调查中“房间舒适度”一项的 5 分制得分计分。',
          en: 'No smell of smoke, damp or cleaning products, air-conditioning filters cleaned on schedule; scored from the "room comfort" item of the guest survey on a five-point scale.',
        },
        weight: 15,
        scoring: SCALE5,
        dataSource: 'survey',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '仪容与工作车', en: 'Attendant and trolley' },
        description: {
          'zh-CN': '工装整洁、佩戴工牌；工作车干净有序，停放时不堵塞走廊。主管巡楼时按 5 分制评价。',
          en: 'Clean uniform and name badge; a clean, orderly trolley parked so it never blocks the corridor. Rated on a five-point scale by the supervisor on floor rounds.',
        },
        weight: 15,
        scoring: SCALE5,
        dataSource: 'supervisorCheck',
        cycle: 'weekly',
      },
    ]),
    ...under('assurance', [
      {
        name: { 'zh-CN': '清扫流程与工具分色', en: 'Cleaning procedure' },
        description: {
          'zh-CN': '按“敲门通报、进房、清扫、自查”的流程作业，清洁工具分色专用，卫生间工具与杯具工具绝不混用；每发现一次违规扣 50 分。',
          en: 'Knock and announce, enter, clean, check your own work; colour-coded tools for each task, so toilet tools and glassware tools are never mixed. 50 points off for each breach found.',
        },
        weight: 40,
        scoring: deduct(50),
        dataSource: 'supervisorCheck',
        cycle: 'weekly',
      },
      {
        name: { 'zh-CN': '设施故障识别', en: 'Spotting faults' },
        description: {
          'zh-CN': '能识别灯具、空调、马桶、门锁等常见故障，并在 10 分钟内报工程部维修；季度实操考核合格为达标。',
          en: 'Recognises common faults (lights, air-conditioning, toilet, door lock) and reports them to engineering within ten minutes; met when the quarterly practical test is passed.',
        },
        weight: 30,
        scoring: PASS_FAIL,
        dataSource: 'supervisorCheck',
        cycle: 'quarterly',
      },
      {
        name: { 'zh-CN': '入房礼仪', en: 'Entering with courtesy' },
        description: {
          'zh-CN': '进房前敲门三次并通报“客房服务”，宾客在房时征得同意再清扫，尊重“请勿打扰”；由神秘顾客按 5 分制评价。',
          en: 'Three knocks and "Housekeeping" before entering, cleaning only with the guest\'s consent while they are in, Do Not Disturb always respected; rated on a five-point scale by a mystery shopper.',
        },
        weight: 30,
        scoring: SCALE5,
        dataSource: 'mysteryShopper',
        cycle: 'monthly',
      },
    ]),
    ...under('responsiveness', [
      {
        name: { 'zh-CN': '客需物品送达', en: 'Requested items delivered' },
        description: {
          'zh-CN': '宾客需要的毛巾、枕头、洗漱用品等在 10 分钟内送到房间；按宾客服务中心工单统计，每超时一次扣 10 分。',
          en: "Towels, pillows, toiletries and other items a guest asks for reach the room within ten minutes; 10 points off for each late delivery in the guest service centre's work orders.",
        },
        weight: 45,
        scoring: deduct(10),
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '退房查房时效', en: 'Check-out room inspection' },
        description: {
          'zh-CN': '接到前台退房通知后 5 分钟内完成查房并回报，不让宾客在前台久等；按时完成的比例不低于 95% 为达标。',
          en: "The room is inspected and reported back within five minutes of the front desk's check-out call, so no guest waits at the desk; met when at least 95% are on time.",
        },
        weight: 30,
        scoring: PASS_FAIL,
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '走客房周转', en: 'Turning rooms around' },
        description: {
          'zh-CN': '宾客退房后的房间在 40 分钟内清扫完毕并报为可售房；按房态系统统计，月平均周转时间不超过 40 分钟为达标。',
          en: 'A vacated room is cleaned and released as ready within 40 minutes; met when the monthly average in the room status system stays at 40 minutes or less.',
        },
        weight: 25,
        scoring: PASS_FAIL,
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
    ]),
    ...under('reliability', [
      {
        name: { 'zh-CN': '遗留物品处理', en: 'Lost and found' },
        description: {
          'zh-CN': '宾客遗留物品当班登记、上交，并通知前台联系宾客，贵重物品须两人确认；每有一件未登记扣 50 分。',
          en: 'Items left behind are logged and handed in during the same shift and the front desk is told so it can contact the guest; valuables are confirmed by two people. 50 points off for each item not logged.',
        },
        weight: 30,
        scoring: deduct(50),
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '按约定时间清扫', en: 'Rooms ready as agreed' },
        description: {
          'zh-CN': '续住房在宾客约定的时间内完成清扫，“请即打扫”的房间 30 分钟内处理；按工单统计，按时比例不低于 95% 为达标。',
          en: 'Stay-over rooms cleaned by the time the guest asked for, Make Up Room requests handled within 30 minutes; met when at least 95% of work orders are on time.',
        },
        weight: 25,
        scoring: PASS_FAIL,
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '迷你吧入账准确', en: 'Minibar posted correctly' },
        description: {
          'zh-CN': '迷你吧消费当日准确入账，不漏记、不错记；每引起一次账单争议扣 20 分。',
          en: 'Minibar consumption posted to the bill the same day, nothing missed or wrong; 20 points off for each bill dispute it causes.',
        },
        weight: 20,
        scoring: deduct(20),
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '客房安全', en: 'Room safety' },
        description: {
          'zh-CN': '清扫完毕确认房门锁好，不为前台未核实身份的人开门，发现安全隐患立即上报；全月无安全事件为达标。',
          en: 'Doors checked locked after cleaning, never opened for anyone the front desk has not verified, hazards reported at once; met when the month has no security incident.',
        },
        weight: 25,
        scoring: PASS_FAIL,
        dataSource: 'supervisorCheck',
        cycle: 'monthly',
      },
    ]),
    ...under('empathy', [
      {
        name: { 'zh-CN': '尊重宾客习惯', en: 'Respecting guest habits' },
        description: {
          'zh-CN': '续住房内宾客的物品保持原位，不随意挪动文件和私人物品，按宾客的习惯整理房间；由续住宾客在满意度调查中按 5 分制评价。',
          en: "In stay-over rooms the guest's belongings stay where they were left, papers and personal items are never moved and the room is tidied the way the guest keeps it; rated by staying guests in the survey on a five-point scale.",
        },
        weight: 40,
        scoring: SCALE5,
        dataSource: 'survey',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '贴心小细节', en: 'Thoughtful touches' },
        description: {
          'zh-CN': '发现宾客感冒时送上姜茶，为带孩子的家庭加放儿童拖鞋，把宾客散放的充电线整理好；主管按当月记录的感动事例以 5 分制评价。',
          en: "Ginger tea for a guest with a cold, children's slippers for a family, a guest's loose charging cables neatly coiled; the supervisor rates the month's recorded wow moments on a five-point scale.",
        },
        weight: 35,
        scoring: SCALE5,
        dataSource: 'supervisorCheck',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '走廊主动问候', en: 'Greeting in the corridor' },
        description: {
          'zh-CN': '在走廊遇到宾客时停下手中工作、侧身让路并问候，在客房区域不大声交谈；由神秘顾客按 5 分制评价。',
          en: 'Work stops, the attendant steps aside and greets any guest met in the corridor, and no one talks loudly on guest floors; rated on a five-point scale by a mystery shopper.',
        },
        weight: 25,
        scoring: SCALE5,
        dataSource: 'mysteryShopper',
        cycle: 'monthly',
      },
    ]),
  ],
};

// ───────────────────────────── 宾客服务中心坐席 Guest service centre agent ─────────────────────────────

const GUEST_SERVICE_AGENT: SamplePost = {
  name: { 'zh-CN': '宾客服务中心坐席', en: 'Guest service centre agent' },
  description: {
    'zh-CN':
      '通过电话、在线消息和酒店 App 受理宾客的需求、预订变更和投诉，派单给客房、工程、餐饮等部门并跟进到关闭。宾客看不见坐席，却能从一通电话里听出酒店的专业和用心；一次投诉能否化解，往往取决于第一次接听。',
    en: "Takes guests' requests, booking changes and complaints by phone, online chat and the hotel app, dispatches work orders to housekeeping, engineering and food and beverage, and follows each to closure. Guests never see the agent, yet they hear the hotel's competence and care in a single call, and whether a complaint is defused often depends on the first answer.",
  },
  dimensionWeights: { tangibles: 10, assurance: 20, responsiveness: 30, reliability: 20, empathy: 20 },
  indicators: [
    ...under('tangibles', [
      {
        name: { 'zh-CN': '电话声音形象', en: 'Voice on the phone' },
        description: {
          'zh-CN': '语速适中、吐字清楚、带着微笑说话，使用标准开场白“您好，栖梧酒店宾客服务中心，我是……”；质检抽听录音，按 5 分制评价。',
          en: 'A moderate pace, clear words and a smile you can hear, with the standard opening "Hello, Qiwu Hotel guest services, this is ..."; rated on a five-point scale by quality checks of recorded calls.',
        },
        weight: 40,
        scoring: SCALE5,
        dataSource: 'supervisorCheck',
        cycle: 'weekly',
      },
      {
        name: { 'zh-CN': '文字回复规范', en: 'Written replies' },
        description: {
          'zh-CN': '在线回复无错别字，使用统一的称呼和落款，不单独发送“嗯”“好的”这类简短回复；每发现一次不规范扣 10 分。',
          en: 'Online replies free of typos, with the standard salutation and sign-off, never a bare "ok" or "hm"; 10 points off for each lapse found.',
        },
        weight: 30,
        scoring: deduct(10),
        dataSource: 'supervisorCheck',
        cycle: 'weekly',
      },
      {
        name: { 'zh-CN': '工单记录完整', en: 'Complete work orders' },
        description: {
          'zh-CN': '工单写明房号、宾客姓氏、需求、承诺时限和处理人，接手的同事无需再问宾客一遍；抽查工单全部完整为达标。',
          en: "Each work order states the room, the guest's surname, the request, the promised time and who handles it, so a colleague never has to ask the guest again; met when every checked order is complete.",
        },
        weight: 30,
        scoring: PASS_FAIL,
        dataSource: 'systemRecord',
        cycle: 'weekly',
      },
    ]),
    ...under('assurance', [
      {
        name: { 'zh-CN': '首问负责', en: 'First-contact ownership' },
        description: {
          'zh-CN': '谁接到的需求谁负责到底，不让宾客重复说明，转接不超过一次；经录音核实，每出现一次推诿扣 20 分。',
          en: 'Whoever answers first owns the request to the end: the guest never tells the story twice and is transferred at most once. 20 points off for each case of passing the buck confirmed by a recording.',
        },
        weight: 30,
        scoring: deduct(20),
        dataSource: 'supervisorCheck',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '酒店业务知识', en: 'Knowledge of the hotel' },
        description: {
          'zh-CN': '熟悉各部门营业时间和收费标准、周边交通以及集团会员政策；季度测试 85 分及以上为达标。',
          en: "Knows every department's hours and prices, local transport and the group's membership rules; met when the quarterly test scores 85 or more.",
        },
        weight: 25,
        scoring: PASS_FAIL,
        dataSource: 'supervisorCheck',
        cycle: 'quarterly',
      },
      {
        name: { 'zh-CN': '按 CLEAR 处理投诉', en: 'Complaints handled with CLEAR' },
        description: {
          'zh-CN': '接到投诉按五步处理：控制情绪、聆听诉说、同理链接、表达歉意、提出方案；质检抽听投诉录音，按 5 分制评价。',
          en: 'Complaints handled in the five CLEAR steps: control emotions, listen, establish empathy, apologise, resolve; rated on a five-point scale by quality checks of recorded complaint calls.',
        },
        weight: 30,
        scoring: SCALE5,
        dataSource: 'supervisorCheck',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '宾客信息保密', en: 'Guest privacy' },
        description: {
          'zh-CN': '不向来电者透露宾客的房号和入住信息，核实身份后才办理预订变更；发生一次泄露即为不达标。',
          en: "A caller is never told a guest's room number or stay details, and a booking is changed only after the caller's identity is verified; a single leak means not met.",
        },
        weight: 15,
        scoring: PASS_FAIL,
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
    ]),
    ...under('responsiveness', [
      {
        name: { 'zh-CN': '电话及时接听', en: 'Calls answered promptly' },
        description: {
          'zh-CN': '来电在铃响 3 声（10 秒）内接听；月度及时接听率不低于 98% 为达标。',
          en: 'Calls answered within three rings (ten seconds); met when at least 98% of the month\'s calls are.',
        },
        weight: 25,
        scoring: PASS_FAIL,
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '在线首次响应', en: 'First online reply' },
        description: {
          'zh-CN': '在线消息 60 秒内给出首次回复；按系统统计，60 秒内回复的比例不低于 95% 为达标。',
          en: 'Online messages get a first reply within 60 seconds; met when the system shows at least 95% answered that fast.',
        },
        weight: 20,
        scoring: PASS_FAIL,
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '派单时效', en: 'Dispatch time' },
        description: {
          'zh-CN': '接到需求后 2 分钟内派单到责任部门，并告诉宾客预计完成时间；每超时一次扣 5 分。',
          en: 'Each request reaches the right department within two minutes and the guest is told when to expect it; 5 points off for each late dispatch.',
        },
        weight: 25,
        scoring: deduct(5),
        dataSource: 'systemRecord',
        cycle: 'weekly',
      },
      {
        name: { 'zh-CN': '投诉 24 小时办结', en: 'Complaints closed in 24 hours' },
        description: {
          'zh-CN': '一般投诉 30 分钟内首次回复、24 小时内给出处理结果；按投诉台账，每有一单超时扣 20 分。',
          en: 'A first reply to a complaint within 30 minutes and an outcome within 24 hours; 20 points off for each overdue case in the complaint log.',
        },
        weight: 30,
        scoring: deduct(20),
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
    ]),
    ...under('reliability', [
      {
        name: { 'zh-CN': '承诺兑现', en: 'Promises kept' },
        description: {
          'zh-CN': '对宾客承诺的回电、送达和处理时限全部兑现；确实无法兑现时提前告知并重新约定。每失约一次扣 25 分。',
          en: 'Every promised call-back, delivery and deadline is kept; when one truly cannot be, the guest is told beforehand and a new time agreed. 25 points off for each broken promise.',
        },
        weight: 40,
        scoring: deduct(25),
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '工单闭环', en: 'Closed-loop work orders' },
        description: {
          'zh-CN': '每张工单完成后先与宾客确认结果，再关闭工单；当月工单全部按此闭环为达标。',
          en: 'Every work order is confirmed with the guest after completion and only then closed; met when all of the month\'s orders are closed this way.',
        },
        weight: 35,
        scoring: PASS_FAIL,
        dataSource: 'systemRecord',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '无二次投诉', en: 'No repeat complaints' },
        description: {
          'zh-CN': '宾客因同一问题再次来电投诉，说明第一次没有真正解决；每发生一次扣 20 分。',
          en: 'A guest calling again about the same problem means it was not truly solved the first time; 20 points off for each repeat complaint.',
        },
        weight: 25,
        scoring: deduct(20),
        dataSource: 'systemRecord',
        cycle: 'quarterly',
      },
    ]),
    ...under('empathy', [
      {
        name: { 'zh-CN': '耐心倾听不打断', en: 'Listening without interrupting' },
        description: {
          'zh-CN': '宾客讲述时不打断、不急于解释，听完后复述宾客的需求和感受并请宾客确认；质检抽听录音，按 5 分制评价。',
          en: 'The guest finishes without being interrupted or hurried with explanations, then hears their need and their feelings repeated back for confirmation; rated on a five-point scale by quality checks of recordings.',
        },
        weight: 30,
        scoring: SCALE5,
        dataSource: 'supervisorCheck',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '主动服务补救', en: 'Putting things right' },
        description: {
          'zh-CN': '在授权额度内当场为受影响的宾客提供补救，如延迟退房、赠送早餐或果盘，不必层层请示；由获得补救的宾客在回访中按 5 分制评价。',
          en: 'Within the agreed limit, an affected guest is offered a remedy on the spot (late check-out, a free breakfast, a fruit plate) without asking up the line; rated on a five-point scale by those guests in the follow-up call.',
        },
        weight: 25,
        scoring: SCALE5,
        dataSource: 'survey',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '投诉回访满意度', en: 'Follow-up satisfaction' },
        description: {
          'zh-CN': '投诉处理完毕后 48 小时内回访宾客，把一次贬损变成再次推荐的机会；按宾客在回访中的 5 分制评分计分。',
          en: 'Within 48 hours of resolving a complaint the agent calls the guest back, turning a detractor into a chance of a recommendation; scored from the guest\'s five-point rating in that call.',
        },
        weight: 25,
        scoring: SCALE5,
        dataSource: 'survey',
        cycle: 'monthly',
      },
      {
        name: { 'zh-CN': '净推荐值', en: 'Net Promoter Score' },
        description: {
          'zh-CN': '离店调查中“是否愿意向亲友推荐本酒店”一项，该坐席服务过的宾客净推荐值不低于 40 为达标（推荐者 9–10 分，贬损者 0–6 分）。',
          en: 'Met when the Net Promoter Score among guests this agent served, from the departure survey question "would you recommend us to friends and family?", is 40 or more (promoters 9–10, detractors 0–6).',
        },
        weight: 20,
        scoring: PASS_FAIL,
        dataSource: 'survey',
        cycle: 'quarterly',
      },
    ]),
  ],
};

export const DEMO_WORKSHOP: SampleWorkshop = {
  name: { 'zh-CN': '示例：栖梧酒店集团满意度标准工作坊', en: 'Sample: Qiwu Hotel Group satisfaction standards' },
  company: { 'zh-CN': '栖梧酒店集团', en: 'Qiwu Hotel Group' },
  trainer: { 'zh-CN': '林晓岚', en: 'Lin Xiaolan' },
  startDate: '2026-12-10',
  endDate: '2026-12-11',
  posts: [FRONT_DESK, ROOM_ATTENDANT, GUEST_SERVICE_AGENT],
};
