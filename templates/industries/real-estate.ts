import type { IndicatorTemplate, PostTemplate } from '../../shared/domain/library.ts';
import { deduct, PASS_FAIL, postTemplates, SCALE5 } from './build.ts';

/**
 * A developer's handover of new homes: the host who runs the handover day, the engineer who walks each home with its
 * buyer, and the customer relations officer who sees repairs and complaints through afterwards. Targets follow the
 * course's own handover KPIs (一次交房率, 按时整改率, 投诉关闭率, 二次维修率, 交付满意度).
 */

export const REAL_ESTATE_POSTS: PostTemplate[] = [
  {
    type: 'handoverHost',
    name: { 'zh-CN': '交付接待顾问', en: 'Handover host' },
    description: {
      'zh-CN': '在集中交付现场接待业主，核验资料、讲解交付流程、办理收楼手续和钥匙交接。',
      en: 'Receives buyers on handover day, checks their documents, walks them through the process and completes the paperwork and key handover.',
    },
  },
  {
    type: 'handoverInspector',
    name: { 'zh-CN': '陪同验房工程师', en: 'Handover inspection engineer' },
    description: {
      'zh-CN': '陪同业主逐项查验房屋，解答工程问题，记录问题并跟踪整改到业主确认。',
      en: 'Walks through the new home with the buyer, answers building questions, records every defect and follows its repair until the buyer signs it off.',
    },
  },
  {
    type: 'handoverRelations',
    name: { 'zh-CN': '客户关系专员', en: 'Customer relations officer' },
    description: {
      'zh-CN': '受理交付前后的咨询、投诉和报修，组织工地开放日，协调工程和物业解决问题并回访。',
      en: 'Handles questions, complaints and repair requests before and after handover, runs site open days, and brings construction and property teams together to fix problems, then follows up.',
    },
  },
];

const HOST = postTemplates('handoverHost', 'handover-host', {
  tangibles: [
    ['dress', '着装与礼仪形象', 'Dress and bearing', '按交付礼仪标准着正装、佩戴工牌，站姿迎宾。每发现一次不符合扣 10 分。', 'Business dress and badge to the handover standard, standing to greet guests. 10 points off for each lapse found.', 25, deduct(10), 'supervisorCheck', 'daily'],
    ['venue', '交付现场布置', 'Handover venue ready', '签到、资料审核、缴费、签约和领钥匙各区域标识清楚、动线顺畅，休息区备水和座位；交付前一天验收合格为达标。', 'Sign-in, document check, payment, signing and key collection areas are clearly marked and flow in order, with seats and water in the rest area; met when the check the day before handover passes.', 30, PASS_FAIL, 'supervisorCheck', 'weekly'],
    ['documents-pack', '交付资料齐全', 'Complete handover pack', '每户的《住宅质量保证书》《使用说明书》、一户一图和钥匙清单提前装袋核对；抽查全部齐全为达标。', 'Each home\'s quality guarantee, user manual, as-built plan and key list are bagged and checked in advance; met when every sampled pack is complete.', 25, PASS_FAIL, 'supervisorCheck', 'weekly'],
    ['experience', '现场观感评价', 'Impression of the day', '神秘业主对交付现场的整洁、指引和舒适程度按 5 分制评价。', 'A mystery buyer rates how clean, well signed and comfortable the handover venue is on a five-point scale.', 20, SCALE5, 'mysteryShopper', 'quarterly'],
  ],
  assurance: [
    ['process-explained', '流程讲解清楚', 'Process explained clearly', '业主签到后用流程图讲清办理步骤、所需时间和费用明细；神秘业主按 5 分制评价。', 'After sign-in, use the flow chart to explain each step, how long it takes and what it costs; rated on a five-point scale by a mystery buyer.', 30, SCALE5, 'mysteryShopper', 'quarterly'],
    ['fee-accuracy', '费用核算零差错', 'Fees calculated correctly', '面积差价、物业费、契税等核算准确。每发现一处差错扣 20 分。', 'Area adjustments, service charges, deed tax and other fees are calculated correctly. 20 points off for each error found.', 30, deduct(20), 'systemRecord', 'quarterly'],
    ['policy-answers', '政策答复准确', 'Accurate policy answers', '对产权办理、公积金和装修规定等问题答复准确，不确定的当场记录并约时答复；季度考核 85 分及以上为达标。', 'Answers on title deeds, housing fund loans and renovation rules are right, and anything uncertain is noted with a promised reply time; met when the quarterly test scores 85 or more.', 20, PASS_FAIL, 'supervisorCheck', 'quarterly'],
    ['keys-secure', '钥匙交接安全', 'Keys handed over safely', '钥匙凭证领取、当面清点并签字，无错发漏发；发生一次即为不达标。', 'Keys are released only against the receipt, counted in front of the buyer and signed for; a single wrong or missing key means not met.', 20, PASS_FAIL, 'systemRecord', 'quarterly'],
  ],
  responsiveness: [
    ['queue', '排队不超 15 分钟', 'Queue under 15 minutes', '业主在任一办理环节排队不超过 15 分钟。签到系统每记录一次超时扣 5 分。', 'A buyer never queues more than 15 minutes at any step. 5 points off for each overdue wait in the sign-in system.', 30, deduct(5), 'systemRecord', 'quarterly'],
    ['total-time', '收楼手续 1 小时办结', 'Paperwork done within an hour', '从签到到领取钥匙不超过 60 分钟的比例不低于 90% 为达标。', 'Met when at least 90% of buyers go from sign-in to keys in 60 minutes or less.', 25, PASS_FAIL, 'systemRecord', 'quarterly'],
    ['appointment', '交付通知提前送达', 'Notice sent in good time', '交付通知和预约时段在交付日前 30 天送达每位业主，并电话确认收到；每漏通知一户扣 10 分。', 'The handover notice and booking slot reach every buyer 30 days ahead, confirmed by phone. 10 points off for each buyer missed.', 25, deduct(10), 'systemRecord', 'quarterly'],
    ['on-site-issues', '现场问题当场答复', 'Answers on the spot', '现场提出的问题 30 分钟内给出答复或明确负责人；抽查全部做到为达标。', 'Questions raised on the day get an answer, or a named person who will answer, within 30 minutes; met when every case checked shows it.', 20, PASS_FAIL, 'supervisorCheck', 'quarterly'],
  ],
  reliability: [
    ['handover-rate', '一次交房率', 'Handed over first time', '预约业主当天一次完成收楼的比例不低于 85% 为达标。', 'Met when at least 85% of booked buyers complete handover on their first visit.', 30, PASS_FAIL, 'systemRecord', 'quarterly'],
    ['promised-items', '承诺交付标准兑现', 'Promised specification delivered', '交付时的装修、配套和景观与合同及样板间标准一致。每发现一处不一致且未提前告知扣 20 分。', 'Finishes, amenities and landscaping at handover match the contract and the show home. 20 points off for each difference not disclosed in advance.', 30, deduct(20), 'survey', 'quarterly'],
    ['records', '交付档案完整', 'Complete handover records', '每户签署的收楼确认书、验房记录和钥匙签收单归档齐全；抽查全部完整为达标。', 'Each home\'s signed acceptance form, inspection record and key receipt are filed; met when every sampled file is complete.', 20, PASS_FAIL, 'supervisorCheck', 'quarterly'],
    ['no-incident', '无群体性投诉', 'No group complaint', '交付期间无群诉、维权或媒体曝光事件；发生一起即为不达标。', 'No group complaint, protest or press report during the handover; any single case means not met.', 20, PASS_FAIL, 'systemRecord', 'quarterly'],
  ],
  empathy: [
    ['welcome', '仪式感与祝福', 'A sense of occasion', '为业主准备入伙礼和合影环节，称呼业主姓氏并送上祝福；交付满意度调查该题按 5 分制评分。', 'Prepare a moving-in gift and a photo moment, greet each buyer by surname and wish them well; scored on a five-point scale from the handover survey.', 25, SCALE5, 'survey', 'quarterly'],
    ['families', '照顾老人与儿童', 'Care for older buyers and children', '为老人和带孩子的业主安排优先通道、座位和儿童看护区；神秘业主按 5 分制评价。', 'Offer older buyers and families with children a priority lane, seats and a supervised play area; rated on a five-point scale by a mystery buyer.', 30, SCALE5, 'mysteryShopper', 'quarterly'],
    ['worries', '主动回应顾虑', 'Worries met head-on', '业主对面积、质量有疑虑时先倾听再出示依据，不催促签字；交付满意度调查中反映被催促的，每次扣 10 分。', 'When a buyer doubts the area or quality, listen first, then show the evidence, and never rush them to sign. 10 points off for each buyer who reports being rushed in the handover survey.', 25, deduct(10), 'survey', 'quarterly'],
    ['satisfaction', '交付满意度', 'Handover satisfaction', '交付满意度调查得分不低于 90 分为达标。', 'Met when the handover satisfaction survey scores 90 or more.', 20, PASS_FAIL, 'survey', 'quarterly'],
  ],
});

const INSPECTOR = postTemplates('handoverInspector', 'handover-inspector', {
  tangibles: [
    ['kit', '验房工具齐全', 'Inspection kit complete', '携带空鼓锤、水平尺、插座检测仪、手电和鞋套；抽查合格为达标。', 'Carry a tapping hammer, spirit level, socket tester, torch and shoe covers; met when the spot check passes.', 25, PASS_FAIL, 'supervisorCheck', 'weekly'],
    ['home-ready', '房屋交付前清洁', 'Home clean for handover', '交付前户内无建筑垃圾、门窗玻璃洁净、水电已通；内部验房每发现一户不合格扣 10 分。', 'Before handover each home is free of building debris, with clean glass and water and power on. 10 points off for each home that fails the internal check.', 30, deduct(10), 'supervisorCheck', 'weekly'],
    ['protection', '成品保护完好', 'Finishes protected', '地面、门框、台面和卫浴的保护膜完好，无划伤磕碰；交付时业主提出的成品损伤每处扣 5 分。', 'Protective film on floors, door frames, worktops and bathroom fittings is intact and nothing is scratched or chipped. 5 points off for each damaged finish a buyer raises at handover.', 25, deduct(5), 'survey', 'quarterly'],
    ['appearance', '专业形象', 'Professional appearance', '着工程工装、戴安全帽进入公区，入户穿鞋套；神秘业主按 5 分制评价。', 'Wear the site uniform and hard hat in shared areas and shoe covers inside homes; rated on a five-point scale by a mystery buyer.', 20, SCALE5, 'mysteryShopper', 'quarterly'],
  ],
  assurance: [
    ['internal-check', '内部验房全覆盖', 'Every home checked first', '交付前完成全部房屋的内部验房并整改销项，内部验房率 100% 为达标。', 'Met when every home has been inspected internally and its defects closed before handover.', 30, PASS_FAIL, 'systemRecord', 'quarterly'],
    ['explain', '工程问题讲解专业', 'Building questions answered well', '对渗漏、空鼓、裂缝等问题讲清原因、规范要求和整改方法；神秘业主按 5 分制评价。', 'Explain the cause, the standard and the fix for leaks, hollow tiles or cracks clearly; rated on a five-point scale by a mystery buyer.', 25, SCALE5, 'mysteryShopper', 'quarterly'],
    ['plan-accuracy', '一户一图准确', 'As-built plan accurate', '交给业主的水电管线图与现场一致。每发现一处不符扣 10 分。', 'The pipe and wiring plan given to each buyer matches the home. 10 points off for each difference found.', 25, deduct(10), 'supervisorCheck', 'quarterly'],
    ['no-cover-up', '不隐瞒质量问题', 'No hiding defects', '发现问题如实登记，不劝业主“先收再说”；经核实每发生一次扣 20 分。', 'Record every defect honestly and never tell a buyer to "accept now and sort it later". 20 points off for each confirmed case.', 20, deduct(20), 'supervisorCheck', 'quarterly'],
  ],
  responsiveness: [
    ['walkthrough-start', '业主到场即陪验', 'Inspection starts on arrival', '业主到户 5 分钟内有工程师陪同验房；抽查全部做到为达标。', 'An engineer joins each buyer within five minutes of arriving at the home; met when every spot check confirms it.', 25, PASS_FAIL, 'supervisorCheck', 'quarterly'],
    ['defect-logged', '问题当场登记', 'Defects logged on the spot', '验房发现的问题当场拍照登记，当天录入系统并派单。每漏录一项扣 5 分。', 'Defects found are photographed and logged on the spot and entered and assigned in the system the same day. 5 points off for each one missed.', 25, deduct(5), 'systemRecord', 'quarterly'],
    ['fix-time', '按时整改率', 'Defects fixed on time', '一般问题 7 天、复杂问题 30 天内整改完成的比例不低于 95% 为达标。', 'Met when at least 95% of defects are fixed within seven days, or 30 days for complex ones.', 30, PASS_FAIL, 'systemRecord', 'monthly'],
    ['leak-urgent', '渗漏 24 小时到场', 'Leaks attended within 24 hours', '业主报渗漏后 24 小时内到场查看并采取临时措施。每超时一次扣 10 分。', 'Attend within 24 hours of a reported leak and put a temporary fix in place. 10 points off for each late visit.', 20, deduct(10), 'systemRecord', 'monthly'],
  ],
  reliability: [
    ['fixed-once', '二次维修率', 'Repairs that hold', '整改后 45 天内同一问题不再返修。每返修一项扣 20 分。', 'The same defect is not reported again within 45 days of its repair. 20 points off for each repeat.', 30, deduct(20), 'systemRecord', 'monthly'],
    ['closure', '整改销项确认', 'Repairs signed off by the buyer', '每项整改完成后由业主签字确认销项，签字确认率不低于 95% 为达标。', 'Met when at least 95% of repairs are signed off by the buyer as done.', 25, PASS_FAIL, 'systemRecord', 'monthly'],
    ['appointments', '按约定时间入户', 'On time for appointments', '整改入户按约定时间到达。每迟到或失约一次扣 10 分。', 'Arrive at the agreed time for repair visits. 10 points off for each late or missed visit.', 25, deduct(10), 'systemRecord', 'monthly'],
    ['no-major-defect', '无重大工程质量问题', 'No major building defect', '考核期内无结构安全、大面积渗漏等重大质量问题；发生一起即为不达标。', 'No structural, large-scale leak or other major quality problem during the period; any single case means not met.', 20, PASS_FAIL, 'systemRecord', 'quarterly'],
  ],
  empathy: [
    ['patience', '耐心陪验不赶时间', 'Unhurried walkthrough', '按业主节奏逐间查验，不催促、不敷衍，主动提示容易忽略的部位；神秘业主按 5 分制评价。', 'Go room by room at the buyer\'s pace without rushing, and point out places buyers often miss; rated on a five-point scale by a mystery buyer.', 30, SCALE5, 'mysteryShopper', 'quarterly'],
    ['tips', '使用与装修提醒', 'Living and renovation tips', '告知承重墙、防水层和管线位置等装修禁忌；回访中业主按 5 分制评价。', 'Tell the buyer where the load-bearing walls, waterproofing and pipes are and what not to touch when renovating; rated on a five-point scale by the buyer in the follow-up call.', 25, SCALE5, 'survey', 'quarterly'],
    ['repair-tidy', '整改后清理现场', 'Tidy after repairs', '整改完成后清理现场、恢复原状并拍照给业主；回访中业主确认做到为达标。', 'After a repair, clean up, restore the area and send the buyer a photo; met when the buyer confirms it in the follow-up call.', 25, PASS_FAIL, 'survey', 'monthly'],
    ['absent-owners', '异地业主代验视频', 'Video walkthrough for absent buyers', '为无法到场的业主提供视频陪验或代验服务并发送问题清单；需要的业主全部提供为达标。', 'Offer buyers who cannot come a video walkthrough or inspection on their behalf, with the defect list sent to them; met when every buyer who asks gets one.', 20, PASS_FAIL, 'systemRecord', 'quarterly'],
  ],
});

const RELATIONS = postTemplates('handoverRelations', 'handover-relations', {
  tangibles: [
    ['hotline', '客服热线声音形象', 'Voice on the hotline', '接听 400 热线时语速适中、语调亲切，报姓名与工号；质检抽听按 5 分制评分。', 'On the 400 hotline, speak at a steady pace in a warm tone and give name and staff number; sampled calls rated on a five-point scale by quality control.', 25, SCALE5, 'supervisorCheck', 'monthly'],
    ['written', '书面回复规范', 'Well-written replies', '对业主的书面回复格式统一、用语正式、无错别字。每发现一处不规范扣 5 分。', 'Written replies to buyers follow the standard format in formal language with no typos. 5 points off for each lapse found.', 25, deduct(5), 'supervisorCheck', 'monthly'],
    ['open-day', '工地开放日安排', 'Site open day set up', '开放日路线安全、指引清楚，备安全帽和鞋套，讲解点有图文展板；活动前验收合格为达标。', 'Open day routes are safe and signed, hard hats and shoe covers are ready and each stop has an illustrated board; met when the check before the event passes.', 30, PASS_FAIL, 'supervisorCheck', 'quarterly'],
    ['progress-posts', '工程进度定期公示', 'Regular progress updates', '每月向业主推送一次工程进度照片和说明；每漏发一次扣 10 分。', 'Send buyers construction progress photos and notes every month. 10 points off for each month missed.', 20, deduct(10), 'systemRecord', 'monthly'],
  ],
  assurance: [
    ['knowledge', '项目信息掌握', 'Knows the project', '熟知项目规划、交付标准和合同条款；季度考核 85 分及以上为达标。', 'Knows the project plans, handover specification and contract terms; met when the quarterly test scores 85 or more.', 20, PASS_FAIL, 'supervisorCheck', 'quarterly'],
    ['clear-answers', '答复有依据', 'Answers backed by documents', '答复业主时引用合同、规范或检测报告，不凭印象表态；质检按 5 分制评分。', 'Base answers on the contract, building standards or test reports rather than impressions; rated on a five-point scale by quality control.', 30, SCALE5, 'supervisorCheck', 'monthly'],
    ['coordination', '跨部门协调到位', 'Makes other teams act', '涉及工程、物业、销售的问题组织协调会并形成书面结论；抽查每单均有结论为达标。', 'Problems involving construction, property or sales get a coordination meeting and a written decision; met when every sampled case has one.', 25, PASS_FAIL, 'systemRecord', 'monthly'],
    ['compensation', '赔付依规', 'Compensation by the rules', '赔付方案按公司标准审批，不口头许诺。每发现一次越权承诺扣 20 分。', 'Compensation follows the approved scale and is never promised by word of mouth. 20 points off for each unauthorised promise found.', 25, deduct(20), 'systemRecord', 'quarterly'],
  ],
  responsiveness: [
    ['complaint-reply', '投诉 24 小时内答复', 'Complaints answered in 24 hours', '投诉受理后 2 小时内联系业主，24 小时内给出处理意见。每超时一单扣 10 分。', 'Contact the buyer within two hours of a complaint and give a response within 24 hours. 10 points off for each late case.', 30, deduct(10), 'systemRecord', 'monthly'],
    ['suggestion-reply', '开放日建议回复率', 'Open day suggestions answered', '开放日业主提出的建议 7 天内书面回复的比例 100% 为达标。', 'Met when every suggestion buyers make at an open day gets a written reply within seven days.', 25, PASS_FAIL, 'systemRecord', 'quarterly'],
    ['repair-dispatch', '报修当天派单', 'Repairs dispatched the same day', '业主报修当天派单给责任单位并告知预计上门时间；抽查全部做到为达标。', 'Repair requests are assigned to the responsible team the same day and the buyer is told when to expect them; met when every case checked shows it.', 25, PASS_FAIL, 'systemRecord', 'monthly'],
    ['media', '舆情 2 小时内响应', 'Online posts answered in 2 hours', '网络平台上的业主投诉帖 2 小时内联系当事人。每超时一次扣 10 分。', 'Contact the buyer behind a complaint posted online within two hours. 10 points off for each late response.', 20, deduct(10), 'systemRecord', 'monthly'],
  ],
  reliability: [
    ['complaint-closure', '投诉关闭率', 'Complaints closed', '当月受理投诉在 30 天内关闭的比例不低于 90% 为达标。', 'Met when at least 90% of complaints taken in the month are closed within 30 days.', 30, PASS_FAIL, 'systemRecord', 'monthly'],
    ['repair-closure', '维修关闭率', 'Repairs closed', '报修在承诺期限内关闭的比例不低于 95% 为达标。', 'Met when at least 95% of repair requests are closed within the promised time.', 25, PASS_FAIL, 'systemRecord', 'monthly'],
    ['after-45-days', '集中交付后返修量', 'Repairs after handover', '集中交付 45 天后每百户报修不超过 20 单为达标。', 'Met when there are no more than 20 repair requests per 100 homes 45 days after handover.', 25, PASS_FAIL, 'systemRecord', 'quarterly'],
    ['promises', '答复承诺兑现', 'Promises kept', '对业主承诺的答复时间和处理结果全部兑现。每失约一次扣 20 分。', 'Every reply time and outcome promised to a buyer is delivered. 20 points off for each broken promise.', 20, deduct(20), 'systemRecord', 'monthly'],
  ],
  empathy: [
    ['listen', '先安抚后解释', 'Calm first, explain second', '面对不满的业主先倾听和致歉，再说明原因和方案，不与业主争辩；质检按 5 分制评分。', 'With an unhappy buyer, listen and apologise first, then explain and offer a way forward, never arguing; rated on a five-point scale by quality control.', 30, SCALE5, 'supervisorCheck', 'monthly'],
    ['follow-up', '办结后回访', 'Follow-up after closure', '投诉和报修关闭后 3 天内回访业主满意度。每漏访一单扣 5 分。', 'Call the buyer within three days of closing a complaint or repair to ask whether they are satisfied. 5 points off for each missed call.', 25, deduct(5), 'systemRecord', 'monthly'],
    ['one-contact', '专人跟进到底', 'One person throughout', '每位投诉业主有固定对接人，业主无需重复讲述问题；回访中业主按 5 分制评价。', 'Each complaining buyer has one named contact and never has to explain the problem twice; rated on a five-point scale by the buyer in the follow-up call.', 25, SCALE5, 'survey', 'monthly'],
    ['recommend', '业主推荐意愿', 'Buyers who would recommend', '季度满意度调查中愿意推荐本项目的业主占比不低于 70% 为达标。', 'Met when at least 70% of buyers in the quarterly survey say they would recommend the development.', 20, PASS_FAIL, 'survey', 'quarterly'],
  ],
});

export const REAL_ESTATE_TEMPLATES: IndicatorTemplate[] = [...HOST, ...INSPECTOR, ...RELATIONS];
