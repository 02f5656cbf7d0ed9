import type { ScenarioTemplate } from '../shared/deliverables/playbook/library.ts';

/**
 * Typical complaint scenarios for lecture 4's on-site assignment, one or two per complaint type, set in the
 * industries of the course's cases. Each is a starting point: a team takes it into its playbook and rewrites the
 * lines in its own words.
 */
export const SCENARIO_TEMPLATES: ScenarioTemplate[] = [
  {
    id: 'propertyLeakRepeat',
    industry: 'property',
    name: { 'zh-CN': '卫生间漏水报修三次未修好', en: 'Bathroom leak still unfixed after three repair visits' },
    fields: {
      description: '业主家卫生间顶棚漏水，维修工三次上门都只做了临时处理，第四次又漏，业主到物业前台当众拍桌子投诉。',
      type: 'repeatRepair',
      severity: 'high',
      emotion: '愤怒、被敷衍的失望',
      realNeed: '一次彻底修好，有一个人对结果负责',
      firstResponseMinutes: 15,
      resolutionHours: 72,
      followUpDays: 7,
      promoterNote: '工程主管带楼上业主一起查清渗漏源头并彻底修复，一周后回访确认不再漏水；业主在业主群里说“这次物业真上心了”。',
    },
    principles: {
      prompt: '当班主管 15 分钟内到场接待',
      listen: '让业主把三次维修的经过讲完，不打断',
      apologize: '为反复上门却没修好致歉',
      thank: '感谢业主一次次配合开门、等待',
      satisfy: '根治漏点并补偿受损吊顶',
    },
    remedies: {
      followThrough: '指定工程主管为唯一责任人，每天下午五点前电话告知进度，直到验收。',
      keepPromise: '约定的上门时间提前半小时确认，到点必到。',
      improveProcess: '同一问题报修第二次起自动升级给工程主管，不再派同一名维修工。',
    },
    script: {
      control: {
        say: ['张先生，您先请坐喝杯水，这件事我现在亲自跟进。'],
        avoid: ['您别激动，有话好好说。'],
      },
      listen: {
        say: ['您把三次上门的情况跟我说说，我一条条记下来。', '第一次来的时候师傅是怎么说的？'],
        avoid: ['这个我知道了，不用说了。'],
      },
      empathy: {
        say: ['换作是我，家里天花板漏了一个月也会很着急。'],
        avoid: ['老房子漏水很正常。'],
      },
      apologize: {
        say: ['让您请了三次假在家等师傅，还是没修好，这是我们的责任，非常抱歉。'],
        avoid: ['维修工是外包的，不归我们管。'],
      },
      resolve: {
        say: ['今天下午三点工程主管带人上门，先查楼上的防水层，修好后我陪您一起验收。', '吊顶受潮的部分我们负责更换，费用由物业承担。'],
        avoid: ['我们再派人去看看吧。'],
      },
    },
  },
  {
    id: 'elevatorEntrapment',
    industry: 'property',
    name: { 'zh-CN': '电梯困人四十分钟', en: 'Residents trapped in a lift for forty minutes' },
    fields: {
      description: '晚高峰电梯停在两层之间，一位老人和孩子被困四十分钟，应急电话无人接听，家属赶到后情绪激动。',
      type: 'safety',
      severity: 'critical',
      emotion: '恐惧后的愤怒',
      realNeed: '确认家人安全，知道原因，相信不会再发生',
      firstResponseMinutes: 5,
      resolutionHours: 24,
      followUpDays: 1,
      promoterNote: '项目经理当晚登门探望并送上体检安排，三天内公开维保整改结果；家属看到整改后主动在群里替物业解释。',
    },
    principles: {
      prompt: '五分钟内有人到轿厢外喊话安抚',
      listen: '先问人，再问事',
      apologize: '为应急电话无人接听致歉',
      thank: '感谢家属及时报警并配合救援',
      satisfy: '整改结果公开，安排健康检查',
    },
    remedies: {
      sincerity: '项目经理当晚上门探望，不推给维保公司。',
      informAhead: '检修期间提前一天在大堂和业主群公告停梯时段。',
      details: '应急电话改为双人值守，每周测试一次并留记录。',
      improveProcess: '维保合同加入困人响应时限条款，超时按次扣款。',
    },
    script: {
      control: {
        say: ['阿姨和孩子现在已经安全出来了，医生就在旁边，我们先照顾好他们。'],
        avoid: ['电梯偶尔坏一下很正常。'],
      },
      listen: {
        say: ['被困的时候里面是什么情况？有没有人感觉不舒服？'],
        avoid: ['应急电话肯定有人接，是不是您按错了？'],
      },
      empathy: {
        say: ['家里老人孩子被关在里面四十分钟，谁都会又急又怕。'],
        avoid: ['我们也很忙，一晚上要处理很多事。'],
      },
      apologize: {
        say: ['应急电话没人接是我们的严重失职，我代表物业向您郑重道歉。'],
        avoid: ['这是维保公司的问题，您找他们吧。'],
      },
      resolve: {
        say: ['今晚电梯停用全面检查，明天上午把检查结果告诉您；老人和孩子的体检我们来安排。'],
        avoid: ['等维保公司出报告再说。'],
      },
    },
  },
  {
    id: 'newHomeHandover',
    industry: 'property',
    name: { 'zh-CN': '新房交付墙面开裂、地面空鼓', en: 'New flat handed over with cracked walls and hollow floor tiles' },
    fields: {
      description: '业主收房验房时发现客厅墙面多处开裂、卧室地砖空鼓，交付人员催促先签字再整改，业主拒绝收房。',
      type: 'handoverDefect',
      severity: 'high',
      emotion: '焦虑、对房子质量的怀疑',
      realNeed: '问题全部修好再收房，整改有明确时间表',
      firstResponseMinutes: 30,
      resolutionHours: 360,
      followUpDays: 30,
      promoterNote: '整改完成后陪同业主二次验房，每一处问题拍照销项；业主把销项单发到业主群，带动邻居放心收房。',
    },
    principles: {
      prompt: '验房当天出具书面问题清单',
      listen: '陪业主逐个房间看问题',
      apologize: '为催促先签字致歉',
      thank: '感谢业主细致验房帮我们发现问题',
      satisfy: '逐项销项，复验合格再签字',
    },
    remedies: {
      informAhead: '交付前一周告知验房流程和可以提出的问题类型。',
      keepPromise: '问题清单上写明每项的整改完成日期，按期交付。',
      details: '复验时带上原始照片，逐项对比销项。',
    },
    script: {
      control: {
        say: ['您说得对，问题没整改之前不用签字，我们先把问题一项项记清楚。'],
        avoid: ['大家都是先签字再整改的。'],
      },
      listen: {
        say: ['您带我看看还有哪些地方不满意，我拍照编号。'],
        avoid: ['这点裂缝不影响结构。'],
      },
      empathy: {
        say: ['攒了这么多年买的新房，看到裂缝肯定心疼。'],
        avoid: ['新房都会有点小问题。'],
      },
      apologize: {
        say: ['刚才同事催您先签字，让您不放心了，实在抱歉。'],
        avoid: ['那是他个人的说法。'],
      },
      resolve: {
        say: ['今天给您出书面整改清单，十五天内修完，我陪您复验，全部合格再签字。'],
        avoid: ['您先收房，有问题再报修。'],
      },
    },
  },
  {
    id: 'carEngineNoise',
    industry: 'auto',
    name: { 'zh-CN': '新车三个月发动机异响', en: 'Engine noise in a three-month-old car' },
    fields: {
      description: '客户新车开了三个月，冷启动时发动机有明显异响，到4S店检测被告知“正常现象”，客户认为买到了问题车。',
      type: 'productQuality',
      severity: 'high',
      emotion: '怀疑、后悔买车',
      realNeed: '弄清楚车有没有问题，得到可靠的处理承诺',
      firstResponseMinutes: 30,
      resolutionHours: 120,
      followUpDays: 14,
      promoterNote: '技术总监亲自试车并请厂家工程师联合检测，更换部件后赠送一次保养；客户在车友群分享处理经过，介绍了两位朋友来看车。',
    },
    principles: {
      prompt: '当天安排技术总监试车',
      listen: '请客户描述异响出现的时间和情形',
      apologize: '为“正常现象”的草率答复致歉',
      thank: '感谢客户及时回店检测',
      satisfy: '厂家联合检测，给出书面结论',
    },
    remedies: {
      sincerity: '技术总监当面试车，结论当面讲清楚，不用术语搪塞。',
      followThrough: '检测和维修期间每天告知进度，提供代步车。',
      keepPromise: '承诺的完工日期当天交车，延误提前告知原因。',
    },
    script: {
      control: {
        say: ['刘先生，您专门跑一趟，我们今天一定把这个声音查清楚。'],
        avoid: ['这车没问题，您多虑了。'],
      },
      listen: {
        say: ['异响一般是早上冷车的时候出现吗？大概持续多久？'],
        avoid: ['检测电脑没报故障码，就是正常的。'],
      },
      empathy: {
        say: ['新车开着有异响，心里肯定不踏实。'],
        avoid: ['每台车都会有点声音。'],
      },
      apologize: {
        say: ['上次只说“正常现象”就让您回去了，是我们太草率，向您道歉。'],
        avoid: ['上次接待您的不是我。'],
      },
      resolve: {
        say: ['明早请厂家工程师和我们技术总监一起冷车检测，维修期间给您提供代步车。'],
        avoid: ['您再开一段时间看看。'],
      },
    },
  },
  {
    id: 'carDeliveryScratch',
    industry: 'auto',
    name: { 'zh-CN': '提车时发现车漆划痕', en: 'Paint scratch found at car handover' },
    fields: {
      description: '客户全家来4S店提车拍照，发现左后门有一道明显划痕，销售顾问说“抛个光就好”，客户觉得喜事被扫兴。',
      type: 'handoverDefect',
      severity: 'medium',
      emotion: '扫兴、被糊弄的感觉',
      realNeed: '拿到一台完好的新车，提车的仪式感不被破坏',
      firstResponseMinutes: 10,
      resolutionHours: 72,
      followUpDays: 7,
      promoterNote: '销售经理当场致歉，给客户换同配置库存新车并重新布置交车仪式；客户把交车视频发到朋友圈，点名表扬门店。',
    },
    principles: {
      prompt: '销售经理十分钟内到场',
      listen: '请客户指出所有不满意的地方',
      apologize: '为交车前检查疏漏致歉',
      thank: '感谢客户细心发现问题',
      satisfy: '换车或按客户意愿处理',
    },
    remedies: {
      sincerity: '销售经理当场致歉，不强调“小问题”。',
      details: '交车前增加一次漆面灯光检查，由两人签字。',
      keepPromise: '约定的换车时间和交车仪式如期兑现。',
    },
    script: {
      control: {
        say: ['先别急着签字，您今天是来开开心心提车的，这件事我来处理。'],
        avoid: ['抛个光就看不出来了。'],
      },
      listen: {
        say: ['除了这道划痕，还有哪里让您不满意？我们一起再检查一遍。'],
        avoid: ['运输过程中难免的。'],
      },
      empathy: {
        say: ['全家专门来提车，看到新车有划痕，谁都会扫兴。'],
        avoid: ['这么小的划痕不影响开。'],
      },
      apologize: {
        say: ['交车前我们没检查到位，让您遇到这种事，非常抱歉。'],
        avoid: ['这是物流公司的责任。'],
      },
      resolve: {
        say: ['库里有一台同配置同颜色的新车，检查好后后天上午重新给您办交车仪式，您看可以吗？'],
        avoid: ['给您送两次洗车，这事就算了吧。'],
      },
    },
  },
  {
    id: 'broadbandOutage',
    industry: 'telecom',
    name: { 'zh-CN': '宽带断网两天无人上门', en: 'Broadband down for two days with no technician' },
    fields: {
      description: '用户家宽带断网，报修后两天没人联系，孩子上网课受影响，用户再次打客服热线时排队二十分钟。',
      type: 'slowResponse',
      severity: 'high',
      emotion: '焦急、被忽视',
      realNeed: '尽快恢复网络，知道师傅什么时候到',
      firstResponseMinutes: 10,
      resolutionHours: 24,
      followUpDays: 3,
      promoterNote: '当天派装维主管上门修复并赠送一个月流量包，三天后回访网络稳定；用户续约时升级了套餐。',
    },
    principles: {
      prompt: '接线后十分钟内派单并回电',
      listen: '问清断网时间和对孩子上课的影响',
      apologize: '为两天无人联系致歉',
      thank: '感谢用户耐心等待并再次来电',
      satisfy: '当天修复，补偿断网天数',
    },
    remedies: {
      informAhead: '派单后短信告知上门师傅姓名、电话和预计到达时间。',
      followThrough: '修复前每四小时告知一次进度。',
      improveProcess: '报修超过二十四小时未处理的工单自动升级到装维主管。',
    },
    script: {
      control: {
        say: ['让您等了这么久，我先把您的工单加急，不让您再等。'],
        avoid: ['现在报修的人很多，您得排队。'],
      },
      listen: {
        say: ['断网是从哪天开始的？孩子的网课是每天几点？'],
        avoid: ['您先重启一下光猫试试。'],
      },
      empathy: {
        say: ['孩子上不了网课，家长肯定比谁都着急。'],
        avoid: ['两天而已，很快的。'],
      },
      apologize: {
        say: ['报修两天都没人联系您，是我们的疏忽，真的对不起。'],
        avoid: ['系统里显示已经派单了。'],
      },
      resolve: {
        say: ['今天下午四点前装维主管上门，修好后断网这几天的费用给您减免。'],
        avoid: ['师傅排到了就会联系您。'],
      },
    },
  },
  {
    id: 'unexpectedCharges',
    industry: 'telecom',
    name: { 'zh-CN': '话费账单多扣增值业务费', en: 'Phone bill charged for services never ordered' },
    fields: {
      description: '用户发现连续三个月被扣了从未订购的视频会员费，到营业厅查询时被告知“系统自动开通”，要求退费。',
      type: 'billing',
      severity: 'medium',
      emotion: '被欺骗的愤怒',
      realNeed: '退回多扣的钱，确认以后不会再被乱扣',
      firstResponseMinutes: 15,
      resolutionHours: 48,
      followUpDays: 30,
      promoterNote: '当场退订并全额退费，下个账单日主动回访确认账单正常；用户说“敢认错的营业厅才放心”。',
    },
    principles: {
      prompt: '当场查询订购记录',
      listen: '让用户说完发现扣费的经过',
      apologize: '为未经同意开通业务致歉',
      thank: '感谢用户细心核对账单',
      satisfy: '全额退费并关闭同类业务',
    },
    remedies: {
      sincerity: '不找“系统自动开通”的借口，先认错再查原因。',
      keepPromise: '承诺的退费在两个工作日内到账，并短信通知。',
      details: '为用户开通增值业务订购短信提醒。',
    },
    script: {
      control: {
        say: ['您放心，多扣的钱我们一定查清楚，该退的一分不少。'],
        avoid: ['这个业务是您自己点开的。'],
      },
      listen: {
        say: ['您是什么时候发现这笔费用的？之前有没有收到过订购短信？'],
        avoid: ['系统不会出错的。'],
      },
      empathy: {
        say: ['每个月莫名其妙多扣钱，换谁都会生气。'],
        avoid: ['一个月才十几块钱。'],
      },
      apologize: {
        say: ['没经过您同意就开通了业务，这是我们的错，向您道歉。'],
        avoid: ['这是合作方开通的，跟我们没关系。'],
      },
      resolve: {
        say: ['我现在帮您退订，三个月的费用两个工作日内退回原账户，到账后短信通知您。'],
        avoid: ['只能退最近一个月的。'],
      },
    },
  },
  {
    id: 'flightDelayNoNotice',
    industry: 'airline',
    name: { 'zh-CN': '航班延误四小时无人通知', en: 'Four-hour flight delay with no announcements' },
    fields: {
      description: '航班延误四小时，登机口长时间没有广播和工作人员说明，旅客错过了转机，在柜台前集体围住地勤。',
      type: 'slowResponse',
      severity: 'high',
      emotion: '烦躁、无助',
      realNeed: '知道准确的起飞时间，解决转机和住宿',
      firstResponseMinutes: 15,
      resolutionHours: 12,
      followUpDays: 3,
      promoterNote: '值班经理逐一为转机旅客改签并安排酒店，三天后电话致歉并赠送里程；一位常旅客在社交媒体上写了表扬长文。',
    },
    principles: {
      prompt: '延误超过半小时即主动广播',
      listen: '逐一登记旅客的转机和特殊需求',
      apologize: '为信息不透明致歉',
      thank: '感谢旅客的理解和等待',
      satisfy: '改签、餐食、住宿一次解决',
    },
    remedies: {
      informAhead: '每三十分钟广播一次最新起飞信息，即使没有新消息也要告知。',
      followThrough: '专人跟进转机旅客直到登上后续航班。',
      details: '为老人、孩子和孕妇优先提供休息区和餐食。',
    },
    script: {
      control: {
        say: ['各位旅客，我是今天的值班经理，现在把最新情况告诉大家。'],
        avoid: ['别围在这里，影响我们工作。'],
      },
      listen: {
        say: ['有转机的旅客请到这边，我逐一登记您的后续航班。'],
        avoid: ['等通知吧。'],
      },
      empathy: {
        say: ['等了这么久还不知道什么时候能走，确实让人着急。'],
        avoid: ['天气原因我们也没办法。'],
      },
      apologize: {
        say: ['这么长时间没有及时通知大家，是我们的失误，非常抱歉。'],
        avoid: ['延误是空管的决定。'],
      },
      resolve: {
        say: ['错过转机的旅客，我们现在为您改签今晚最早的航班，来不及的安排机场酒店。'],
        avoid: ['改签需要您自己去售票柜台办理。'],
      },
    },
  },
  {
    id: 'tellerAttitude',
    industry: 'bank',
    name: { 'zh-CN': '柜员对老人不耐烦', en: 'Bank teller impatient with an elderly customer' },
    fields: {
      description: '一位老人到网点办理养老金业务，因不会用手机验证被柜员大声催促“后面还有人排队”，老人的女儿到网点投诉。',
      type: 'staffAttitude',
      severity: 'medium',
      emotion: '委屈、心疼父母',
      realNeed: '老人被尊重，以后办业务有人耐心帮忙',
      firstResponseMinutes: 10,
      resolutionHours: 24,
      followUpDays: 7,
      promoterNote: '网点主任登门致歉，并为老人开通上门和绿色窗口服务；女儿后来把家里的定期存款都转到了这家网点。',
    },
    principles: {
      prompt: '网点主任当天联系投诉人',
      listen: '让家属完整讲述老人的经历',
      apologize: '为柜员的态度郑重致歉',
      thank: '感谢家属把问题告诉我们',
      satisfy: '上门致歉，开通适老服务',
    },
    remedies: {
      sincerity: '网点主任带柜员一起登门致歉，不以“业务忙”开脱。',
      improveProcess: '设立老年客户绿色窗口，大堂经理全程陪同办理。',
      details: '柜面常备老花镜和大字版业务指引。',
    },
    script: {
      control: {
        say: ['您别着急，老人家受了委屈，这件事我一定给您一个交代。'],
        avoid: ['我们柜员每天要接待几百人，难免的。'],
      },
      listen: {
        say: ['当时柜员具体是怎么说的？老人家回去以后心情怎么样？'],
        avoid: ['监控里看她也没说什么过分的话。'],
      },
      empathy: {
        say: ['要是我的父母被这样对待，我也会很难过。'],
        avoid: ['现在都是手机操作，老人应该学一学。'],
      },
      apologize: {
        say: ['柜员的态度让老人家受了委屈，我代表网点向您和老人家道歉。'],
        avoid: ['她是新来的，不懂事。'],
      },
      resolve: {
        say: ['明天上午我和这位柜员一起上门看望老人家，以后老人家来办业务直接走绿色窗口，有专人陪同。'],
        avoid: ['下次让老人找别的柜员办。'],
      },
    },
  },
  {
    id: 'hotelRoomNotAsBooked',
    industry: 'hotel',
    name: { 'zh-CN': '预订的海景房到店没有', en: 'Booked sea-view room unavailable on arrival' },
    fields: {
      description: '客人提前一个月预订了无烟海景房为纪念日庆祝，深夜到店前台说房间已满，只能给城景房。',
      type: 'brokenPromise',
      severity: 'high',
      emotion: '失望、纪念日被破坏',
      realNeed: '纪念日的安排被兑现，感到被重视',
      firstResponseMinutes: 5,
      resolutionHours: 2,
      followUpDays: 2,
      promoterNote: '值班经理升级为行政海景套房并送上纪念日蛋糕和手写贺卡；客人离店时预订了第二年的同一天。',
    },
    principles: {
      prompt: '前台五分钟内请值班经理到场',
      listen: '了解这次入住对客人的意义',
      apologize: '为预订未兑现致歉',
      thank: '感谢客人选择我们庆祝纪念日',
      satisfy: '升级房型并补上纪念日惊喜',
    },
    remedies: {
      keepPromise: '确认的预订一定兑现，房型不足时主动升级而不是降级。',
      informAhead: '到店前一天电话确认房型和特殊需求。',
      details: '在预订系统中标注纪念日，提前布置房间。',
    },
    script: {
      control: {
        say: ['两位一路辛苦了，先请到休息区坐一下，我马上为您处理房间。'],
        avoid: ['今天房满了，我们也没办法。'],
      },
      listen: {
        say: ['这次是来庆祝纪念日的吗？您原本希望怎么安排？'],
        avoid: ['预订单上没写是纪念日。'],
      },
      empathy: {
        say: ['特意选的纪念日，到店却没有约好的房间，换作我也会很失望。'],
        avoid: ['城景房其实也很好。'],
      },
      apologize: {
        say: ['您一个月前就订好的房间我们没能兑现，真的非常抱歉。'],
        avoid: ['是预订平台超售了。'],
      },
      resolve: {
        say: ['我为您升级到行政海景套房，纪念日的蛋糕和布置十分钟后送到房间。'],
        avoid: ['明天有海景房了再给您换。'],
      },
    },
  },
  {
    id: 'minibarOvercharge',
    industry: 'hotel',
    name: { 'zh-CN': '退房时多收迷你吧费用', en: 'Minibar items charged wrongly at check-out' },
    fields: {
      description: '商务客人退房赶飞机，账单上有三百元迷你吧消费，客人表示一样都没动过，前台坚持“查房记录显示已消费”。',
      type: 'billing',
      severity: 'low',
      emotion: '着急、被冤枉',
      realNeed: '马上改正账单，不耽误航班',
      firstResponseMinutes: 3,
      resolutionHours: 1,
      followUpDays: 1,
      promoterNote: '前台先撤销费用让客人准时出发，核实后发邮件致歉并附下次入住的免费早餐；客人所在公司把协议酒店续签了一年。',
    },
    principles: {
      prompt: '先放行客人，事后再核实',
      listen: '听客人说明，不当场争辩',
      apologize: '为账单错误和耽误时间致歉',
      thank: '感谢客人指出账单问题',
      satisfy: '撤销费用，补上致歉礼遇',
    },
    remedies: {
      improveProcess: '小额争议费用前台可直接撤销，不必等待查房复核。',
      details: '迷你吧补货和查房记录由两人核对后再入账。',
    },
    script: {
      control: {
        say: ['您赶飞机，我先把这笔费用撤掉，不耽误您出发。'],
        avoid: ['查房记录就是这样写的。'],
      },
      listen: {
        say: ['您说得对，我记下来，回头我们自己核对。'],
        avoid: ['您再想想是不是忘记了。'],
      },
      empathy: {
        say: ['赶时间的时候被账单卡住，确实让人着急。'],
        avoid: ['每位客人都要这样核对的。'],
      },
      apologize: {
        say: ['账单出错还耽误了您的时间，非常抱歉。'],
        avoid: ['是客房部的同事弄错的。'],
      },
      resolve: {
        say: ['费用已经撤销，这是更正后的账单；核实结果我们今天发邮件告诉您。'],
        avoid: ['等客房部核实完才能退。'],
      },
    },
  },
  {
    id: 'installNoShow',
    industry: 'appliance',
    name: { 'zh-CN': '承诺当天安装，师傅爽约', en: 'Installer promised same-day service and never came' },
    fields: {
      description: '客户购买空调时被承诺“当天送货当天安装”，请假在家等了一整天，师傅没来也没打电话，客户打热线要求退货。',
      type: 'brokenPromise',
      severity: 'medium',
      emotion: '被放鸽子的恼火',
      realNeed: '时间被尊重，尽快装好空调',
      firstResponseMinutes: 10,
      resolutionHours: 24,
      followUpDays: 7,
      promoterNote: '安装主管第二天一早亲自上门安装，并补偿一次免费清洗；客户在购物平台追评里写了处理经过。',
    },
    principles: {
      prompt: '来电当时就确认新的上门时间',
      listen: '了解客户为等待付出了什么',
      apologize: '为爽约且未通知致歉',
      thank: '感谢客户再给一次机会',
      satisfy: '次日安装并补偿',
    },
    remedies: {
      keepPromise: '重新约定的时间由安装主管亲自兑现。',
      informAhead: '上门前一小时电话告知，有变动至少提前两小时通知。',
      improveProcess: '销售承诺的安装时间须先与安装调度确认。',
    },
    script: {
      control: {
        say: ['让您白等了一天，我先帮您把明天的安装时间定下来。'],
        avoid: ['师傅今天单子太多了。'],
      },
      listen: {
        say: ['您今天是专门请假在家等的吗？明天什么时间方便？'],
        avoid: ['销售说的当天安装不算数。'],
      },
      empathy: {
        say: ['请了一天假什么都没等到，换谁都会恼火。'],
        avoid: ['晚一天装也没什么影响。'],
      },
      apologize: {
        say: ['答应您的事没做到，连电话都没打，是我们的错，对不起。'],
        avoid: ['安装是第三方负责的。'],
      },
      resolve: {
        say: ['明早九点安装主管亲自上门，装好后再送您一次免费清洗。'],
        avoid: ['退货的话要扣运费。'],
      },
    },
  },
  {
    id: 'fridgeNotCooling',
    industry: 'appliance',
    name: { 'zh-CN': '新冰箱不制冷', en: 'New refrigerator does not cool' },
    fields: {
      description: '客户买的冰箱用了一周就不制冷，一冰箱食物坏掉，售后电话只让客户“拔电源等两小时再试”。',
      type: 'productQuality',
      severity: 'medium',
      emotion: '心疼损失、不再信任品牌',
      realNeed: '换一台好的冰箱，损失有人承担',
      firstResponseMinutes: 15,
      resolutionHours: 48,
      followUpDays: 14,
      promoterNote: '售后主管确认为压缩机故障后直接换新并补偿食物损失，两周后回访；客户给朋友推荐了同品牌洗衣机。',
    },
    principles: {
      prompt: '当天安排工程师上门检测',
      listen: '了解故障经过和食物损失',
      apologize: '为产品故障和敷衍答复致歉',
      thank: '感谢客户给我们处理的机会',
      satisfy: '换新并补偿损失',
    },
    remedies: {
      sincerity: '不让客户反复证明故障，确认后直接换新。',
      followThrough: '换新机送达后当天电话确认制冷正常。',
      details: '送新机时顺便带走旧机并清洁安装位置。',
    },
    script: {
      control: {
        say: ['一冰箱的菜都坏了，确实让人心疼，我马上帮您安排。'],
        avoid: ['您先按说明书操作一下。'],
      },
      listen: {
        say: ['冰箱是从哪天开始不制冷的？里面坏掉的东西大概有多少？'],
        avoid: ['是不是您放得太满了？'],
      },
      empathy: {
        say: ['新买的冰箱一周就出问题，换作我也会对品牌失望。'],
        avoid: ['任何产品都有一定的故障率。'],
      },
      apologize: {
        say: ['产品出了问题，之前电话里还让您反复试，实在抱歉。'],
        avoid: ['电话客服是按流程回答的。'],
      },
      resolve: {
        say: ['今天下午工程师上门，确认故障直接给您换新机，坏掉的食物我们按清单补偿。'],
        avoid: ['只能维修，不能换新。'],
      },
    },
  },
];
