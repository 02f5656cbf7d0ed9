import type { ScenarioTemplate } from '../../shared/deliverables/playbook/library.ts';

export const propertyScenarios: ScenarioTemplate[] = [
  {
    id: 'propertyLeakRepeat',
    industry: 'property',
    name: { 'zh-CN': '卫生间漏水报修三次未修好', en: 'Bathroom leak still unfixed after three repair visits' },
    fields: {
      description: {
        'zh-CN': '业主家卫生间顶棚漏水，维修工三次上门都只做了临时处理，第四次又漏，业主到物业前台当众拍桌子投诉。',
        en: "The ceiling of an owner's bathroom is leaking. The repairman came three times and only patched it up each time; now it is leaking a fourth time, and the owner is banging the table at the property front desk in front of everyone.",
      },
      type: 'repeatRepair',
      severity: 'high',
      emotion: { 'zh-CN': '愤怒、被敷衍的失望', en: 'Angry, and let down at being fobbed off' },
      realNeed: { 'zh-CN': '一次彻底修好，有一个人对结果负责', en: 'Fix it properly once and for all, with one person answerable for the result' },
      firstResponseMinutes: 15,
      resolutionHours: 72,
      followUpDays: 7,
      promoterNote: {
        'zh-CN': '工程主管带楼上业主一起查清渗漏源头并彻底修复，一周后回访确认不再漏水；业主在业主群里说“这次物业真上心了”。',
        en: 'The engineering supervisor and the upstairs owner trace the source of the leak together and fix it for good; a follow-up visit a week later confirms it no longer leaks. The owner tells the residents\' group chat: "This time the management really cared."',
      },
    },
    principles: {
      prompt: { 'zh-CN': '当班主管 15 分钟内到场接待', en: 'The duty supervisor receives the owner within 15 minutes' },
      listen: { 'zh-CN': '让业主把三次维修的经过讲完，不打断', en: 'Let the owner tell the whole story of the three visits without interrupting' },
      apologize: { 'zh-CN': '为反复上门却没修好致歉', en: 'Apologise for coming back again and again without fixing it' },
      thank: { 'zh-CN': '感谢业主一次次配合开门、等待', en: 'Thank the owner for opening the door and waiting each time' },
      satisfy: { 'zh-CN': '根治漏点并补偿受损吊顶', en: 'Fix the leak at its source and make good the damaged ceiling' },
    },
    remedies: {
      followThrough: {
        'zh-CN': '指定工程主管为唯一责任人，每天下午五点前电话告知进度，直到验收。',
        en: 'Name the engineering supervisor as the one person responsible, calling with progress before 5 pm every day until the work is signed off.',
      },
      keepPromise: { 'zh-CN': '约定的上门时间提前半小时确认，到点必到。', en: 'Confirm each agreed visit half an hour ahead, and arrive on time.' },
      improveProcess: {
        'zh-CN': '同一问题报修第二次起自动升级给工程主管，不再派同一名维修工。',
        en: 'From the second report of the same problem, escalate automatically to the engineering supervisor and never send the same repairman again.',
      },
    },
    script: {
      control: {
        say: [
          { 'zh-CN': '张先生，您先请坐喝杯水，这件事我现在亲自跟进。', en: "Mr Zhang, please take a seat and have some water. I'm taking this on personally, right now." },
        ],
        avoid: [
          { 'zh-CN': '您别激动，有话好好说。', en: "Calm down, there's no need to get worked up." },
        ],
      },
      listen: {
        say: [
          { 'zh-CN': '您把三次上门的情况跟我说说，我一条条记下来。', en: "Tell me what happened on each of the three visits, and I'll note it down point by point." },
          { 'zh-CN': '第一次来的时候师傅是怎么说的？', en: 'What did the repairman say the first time he came?' },
        ],
        avoid: [
          { 'zh-CN': '这个我知道了，不用说了。', en: "Yes, I know all about it, you don't need to go on." },
        ],
      },
      empathy: {
        say: [
          { 'zh-CN': '换作是我，家里天花板漏了一个月也会很着急。', en: "If my ceiling had been leaking for a month, I'd be just as worried." },
        ],
        avoid: [
          { 'zh-CN': '老房子漏水很正常。', en: 'Leaks are normal in older buildings.' },
        ],
      },
      apologize: {
        say: [
          {
            'zh-CN': '让您请了三次假在家等师傅，还是没修好，这是我们的责任，非常抱歉。',
            en: "You took three days off to wait for the repairman and it still isn't fixed. That is our responsibility, and I'm very sorry.",
          },
        ],
        avoid: [
          { 'zh-CN': '维修工是外包的，不归我们管。', en: "The repairmen are contractors; they're not our responsibility." },
        ],
      },
      resolve: {
        say: [
          {
            'zh-CN': '今天下午三点工程主管带人上门，先查楼上的防水层，修好后我陪您一起验收。',
            en: "At three this afternoon the engineering supervisor will come with a team and check the waterproofing upstairs first. Once it's fixed, I'll inspect it with you.",
          },
          { 'zh-CN': '吊顶受潮的部分我们负责更换，费用由物业承担。', en: "We'll replace the damp part of the ceiling, and the management office will cover the cost." },
        ],
        avoid: [
          { 'zh-CN': '我们再派人去看看吧。', en: "We'll send someone to have another look." },
        ],
      },
    },
  },
  {
    id: 'elevatorEntrapment',
    industry: 'property',
    name: { 'zh-CN': '电梯困人四十分钟', en: 'Residents trapped in a lift for forty minutes' },
    fields: {
      description: {
        'zh-CN': '晚高峰电梯停在两层之间，一位老人和孩子被困四十分钟，应急电话无人接听，家属赶到后情绪激动。',
        en: 'At the evening rush hour a lift stops between two floors, trapping an elderly resident and a child for forty minutes. Nobody answers the emergency phone, and the family arrive very upset.',
      },
      type: 'safety',
      severity: 'critical',
      emotion: { 'zh-CN': '恐惧后的愤怒', en: 'Anger after fear' },
      realNeed: { 'zh-CN': '确认家人安全，知道原因，相信不会再发生', en: 'To be sure the family is safe, know the cause, and trust it will not happen again' },
      firstResponseMinutes: 5,
      resolutionHours: 24,
      followUpDays: 1,
      promoterNote: {
        'zh-CN': '项目经理当晚登门探望并送上体检安排，三天内公开维保整改结果；家属看到整改后主动在群里替物业解释。',
        en: "The project manager visits the family that evening and arranges health check-ups, and publishes the maintenance fixes within three days; after seeing them, the family speak up for the management in the residents' group chat.",
      },
    },
    principles: {
      prompt: { 'zh-CN': '五分钟内有人到轿厢外喊话安抚', en: 'Someone reaches the lift within five minutes to talk to and reassure those inside' },
      listen: { 'zh-CN': '先问人，再问事', en: 'Ask about the people first, then the incident' },
      apologize: { 'zh-CN': '为应急电话无人接听致歉', en: 'Apologise that no one answered the emergency phone' },
      thank: { 'zh-CN': '感谢家属及时报警并配合救援', en: 'Thank the family for raising the alarm quickly and helping with the rescue' },
      satisfy: { 'zh-CN': '整改结果公开，安排健康检查', en: 'Publish the fixes and arrange health check-ups' },
    },
    remedies: {
      sincerity: {
        'zh-CN': '项目经理当晚上门探望，不推给维保公司。',
        en: 'The project manager visits the family that evening instead of passing it on to the maintenance contractor.',
      },
      informAhead: {
        'zh-CN': '检修期间提前一天在大堂和业主群公告停梯时段。',
        en: "During maintenance, announce the lift downtime a day ahead in the lobby and the residents' group chat.",
      },
      details: { 'zh-CN': '应急电话改为双人值守，每周测试一次并留记录。', en: 'Staff the emergency phone with two people; test it weekly and keep a record.' },
      improveProcess: {
        'zh-CN': '维保合同加入困人响应时限条款，超时按次扣款。',
        en: 'Add a response time for entrapments to the maintenance contract, with a deduction for each late response.',
      },
    },
    script: {
      control: {
        say: [
          {
            'zh-CN': '阿姨和孩子现在已经安全出来了，医生就在旁边，我们先照顾好他们。',
            en: "The elderly lady and the child are safely out now, and a doctor is right here with them. Let's take care of them first.",
          },
        ],
        avoid: [
          { 'zh-CN': '电梯偶尔坏一下很正常。', en: 'Lifts break down now and then; it happens.' },
        ],
      },
      listen: {
        say: [
          { 'zh-CN': '被困的时候里面是什么情况？有没有人感觉不舒服？', en: 'What was it like inside while they were stuck? Is anyone feeling unwell?' },
        ],
        avoid: [
          { 'zh-CN': '应急电话肯定有人接，是不是您按错了？', en: 'Someone always answers the emergency phone. Are you sure you pressed the right button?' },
        ],
      },
      empathy: {
        say: [
          {
            'zh-CN': '家里老人孩子被关在里面四十分钟，谁都会又急又怕。',
            en: 'With an elderly relative and a child shut in there for forty minutes, anyone would be frantic and frightened.',
          },
        ],
        avoid: [
          { 'zh-CN': '我们也很忙，一晚上要处理很多事。', en: "We're busy too; we have lots to deal with every evening." },
        ],
      },
      apologize: {
        say: [
          {
            'zh-CN': '应急电话没人接是我们的严重失职，我代表物业向您郑重道歉。',
            en: 'No one answering the emergency phone was a serious failure on our part. On behalf of the management, I sincerely apologise.',
          },
        ],
        avoid: [
          { 'zh-CN': '这是维保公司的问题，您找他们吧。', en: "That's the maintenance company's problem; take it up with them." },
        ],
      },
      resolve: {
        say: [
          {
            'zh-CN': '今晚电梯停用全面检查，明天上午把检查结果告诉您；老人和孩子的体检我们来安排。',
            en: "The lift is out of service tonight for a full inspection, and I'll tell you the results tomorrow morning. We'll arrange check-ups for the elderly lady and the child.",
          },
        ],
        avoid: [
          { 'zh-CN': '等维保公司出报告再说。', en: "Let's wait for the maintenance company's report." },
        ],
      },
    },
  },
  {
    id: 'newHomeHandover',
    industry: 'property',
    name: { 'zh-CN': '新房交付墙面开裂、地面空鼓', en: 'New flat handed over with cracked walls and hollow floor tiles' },
    fields: {
      description: {
        'zh-CN': '业主收房验房时发现客厅墙面多处开裂、卧室地砖空鼓，交付人员催促先签字再整改，业主拒绝收房。',
        en: 'Inspecting the new flat at handover, the owner finds several cracks in the living-room walls and hollow floor tiles in the bedroom. The handover staff press the owner to sign first and have it fixed later; the owner refuses to accept the flat.',
      },
      type: 'handoverDefect',
      severity: 'high',
      emotion: { 'zh-CN': '焦虑、对房子质量的怀疑', en: 'Anxious, and doubtful about the quality of the home' },
      realNeed: { 'zh-CN': '问题全部修好再收房，整改有明确时间表', en: 'Everything fixed before accepting the flat, on a clear timetable' },
      firstResponseMinutes: 30,
      resolutionHours: 360,
      followUpDays: 30,
      promoterNote: {
        'zh-CN': '整改完成后陪同业主二次验房，每一处问题拍照销项；业主把销项单发到业主群，带动邻居放心收房。',
        en: "Once the fixes are done, staff go round a second inspection with the owner, photographing and signing off each issue; the owner posts the signed-off list in the owners' group chat, and the neighbours accept their flats with confidence.",
      },
    },
    principles: {
      prompt: { 'zh-CN': '验房当天出具书面问题清单', en: 'Issue a written defect list on the day of inspection' },
      listen: { 'zh-CN': '陪业主逐个房间看问题', en: 'Go round each room with the owner to look at the problems' },
      apologize: { 'zh-CN': '为催促先签字致歉', en: 'Apologise for pressing the owner to sign first' },
      thank: { 'zh-CN': '感谢业主细致验房帮我们发现问题', en: 'Thank the owner for a careful inspection that helped us find the problems' },
      satisfy: { 'zh-CN': '逐项销项，复验合格再签字', en: 'Sign off each item; the owner signs only after the re-inspection passes' },
    },
    remedies: {
      informAhead: {
        'zh-CN': '交付前一周告知验房流程和可以提出的问题类型。',
        en: 'A week before handover, explain the inspection process and the kinds of issues owners can raise.',
      },
      keepPromise: { 'zh-CN': '问题清单上写明每项的整改完成日期，按期交付。', en: 'Write a completion date for each item on the defect list, and deliver on time.' },
      details: { 'zh-CN': '复验时带上原始照片，逐项对比销项。', en: 'Bring the original photos to the re-inspection and compare each item before signing it off.' },
    },
    script: {
      control: {
        say: [
          {
            'zh-CN': '您说得对，问题没整改之前不用签字，我们先把问题一项项记清楚。',
            en: "You're right: there's no need to sign until the problems are fixed. Let's first write each one down clearly.",
          },
        ],
        avoid: [
          { 'zh-CN': '大家都是先签字再整改的。', en: 'Everyone signs first and gets things fixed afterwards.' },
        ],
      },
      listen: {
        say: [
          { 'zh-CN': '您带我看看还有哪些地方不满意，我拍照编号。', en: "Show me anything else you're not happy with, and I'll photograph and number it." },
        ],
        avoid: [
          { 'zh-CN': '这点裂缝不影响结构。', en: "A little crack like this doesn't affect the structure." },
        ],
      },
      empathy: {
        say: [
          { 'zh-CN': '攒了这么多年买的新房，看到裂缝肯定心疼。', en: 'You saved for years to buy this home; of course it hurts to see cracks.' },
        ],
        avoid: [
          { 'zh-CN': '新房都会有点小问题。', en: 'All new homes have a few small problems.' },
        ],
      },
      apologize: {
        say: [
          { 'zh-CN': '刚才同事催您先签字，让您不放心了，实在抱歉。', en: "My colleague pressed you to sign first just now and left you worried. I'm truly sorry." },
        ],
        avoid: [
          { 'zh-CN': '那是他个人的说法。', en: 'That was just his own view.' },
        ],
      },
      resolve: {
        say: [
          {
            'zh-CN': '今天给您出书面整改清单，十五天内修完，我陪您复验，全部合格再签字。',
            en: "Today you'll have a written list of fixes. Everything will be done within fifteen days; then I'll re-inspect with you, and you sign only when it all passes.",
          },
        ],
        avoid: [
          { 'zh-CN': '您先收房，有问题再报修。', en: 'Take the flat first and report any problems for repair later.' },
        ],
      },
    },
  },
];
