import type { IndicatorTemplate, PostTemplate } from '../../shared/domain/library.ts';
import { deduct, PASS_FAIL, postTemplates, SCALE5 } from './build.ts';

/** Telecom operators: the retail store, the call centre hotline and the broadband installer who comes to the home. */

export const TELECOM_POSTS: PostTemplate[] = [
  {
    type: 'telecomStore',
    name: { 'zh-CN': '营业厅营业员', en: 'Retail store advisor' },
    description: {
      'zh-CN': '在营业厅为客户办理开户、套餐变更、缴费、补卡和终端销售，解答账单和业务问题。',
      en: 'Serves customers in the operator\'s store: new lines, plan changes, payments, replacement SIM cards and handsets, and questions about bills and services.',
    },
  },
  {
    type: 'telecomAgent',
    name: { 'zh-CN': '呼叫中心坐席', en: 'Call centre agent' },
    description: {
      'zh-CN': '在客服热线和在线渠道受理咨询、业务办理、故障申告和投诉，跟进到问题关闭。',
      en: 'Takes enquiries, orders, fault reports and complaints on the customer hotline and online channels and follows each one to closure.',
    },
  },
  {
    type: 'telecomInstaller',
    name: { 'zh-CN': '宽带装维工程师', en: 'Broadband installer' },
    description: {
      'zh-CN': '上门为家庭和企业客户安装宽带、电视和组网设备，处理网络故障，是客户家中见到的运营商员工。',
      en: 'Installs broadband, TV and home network equipment for households and businesses and fixes network faults; the operator\'s face in the customer\'s home.',
    },
  },
];

const STORE = postTemplates('telecomStore', 'telecom-store', {
  tangibles: [
    ['dress', '着装与工牌规范', 'Uniform and name badge', '按品牌规范着装、佩戴工牌，发型整洁。每发现一次不符合扣 10 分。', 'Dressed to the brand standard with the name badge visible and hair tidy. 10 points off for each lapse found.', 25, deduct(10), 'supervisorCheck', 'daily'],
    ['demo-phones', '体验机可用', 'Demo phones working', '展台体验机全部开机、充满电、联网可用，防盗线完好；抽查全部可用为达标。', 'Every display handset is on, charged and online with its security cable intact; met when all work in the spot check.', 25, PASS_FAIL, 'supervisorCheck', 'daily'],
    ['price-display', '资费公示清晰', 'Clear price display', '主推套餐、资费标准和优惠期限在店内公示清楚，与系统一致；抽查全部为最新版本为达标。', 'Main plans, prices and offer end dates are clearly displayed in the store and match the system; met when every item checked is current.', 25, PASS_FAIL, 'supervisorCheck', 'weekly'],
    ['store-look', '厅店环境整体观感', 'Store look and feel', '神秘顾客对厅店的整洁、灯光、叫号屏和座椅按 5 分制评价。', 'A mystery shopper rates the store\'s cleanliness, lighting, queue display and seating on a five-point scale.', 25, SCALE5, 'mysteryShopper', 'monthly'],
  ],
  assurance: [
    ['service-steps', '标准服务流程', 'Standard service steps', '起身迎客、双手递接证件、复述需求、办结后提醒核对；神秘顾客按 5 分制评价。', 'Stand to greet, take ID with both hands, repeat the request back and ask the customer to check before leaving; rated on a five-point scale by a mystery shopper.', 30, SCALE5, 'mysteryShopper', 'monthly'],
    ['product-test', '业务知识考试', 'Product knowledge test', '每月新套餐和业务规则考试 85 分及以上为达标。', 'Met when the monthly test on new plans and service rules scores 85 or more.', 25, PASS_FAIL, 'supervisorCheck', 'monthly'],
    ['id-check', '实名制核验到位', 'Real-name check done', '开户、补卡、过户严格人证合一核验。每发现一次未核验扣 20 分。', 'New lines, SIM replacements and transfers are done only after the ID is matched to the person. 20 points off for each case without the check.', 25, deduct(20), 'systemRecord', 'monthly'],
    ['no-misselling', '不误导营销', 'No mis-selling', '推荐业务时讲清资费、合约期和违约条款，不捆绑办理。客户因误导投诉经核实，每次扣 20 分。', 'When recommending a product, explain the price, contract term and exit charges and never add services the customer did not ask for. 20 points off for each confirmed mis-selling complaint.', 20, deduct(20), 'systemRecord', 'monthly'],
  ],
  responsiveness: [
    ['wait-time', '等候不超 10 分钟', 'Wait under 10 minutes', '从取号到开始办理不超过 10 分钟。叫号系统每记录一单超时扣 5 分。', 'No more than 10 minutes from taking a ticket to being served. 5 points off for each overdue ticket in the queue system.', 30, deduct(5), 'systemRecord', 'weekly'],
    ['triage', '进门主动引导分流', 'Greeted and guided at the door', '客户进门 10 秒内有人问候并问明来意，简单业务引导到自助终端；神秘顾客检查做到为达标。', 'Someone greets each customer within 10 seconds, asks what they need and guides simple tasks to the self-service kiosk; met when the mystery shopper sees this.', 25, PASS_FAIL, 'mysteryShopper', 'monthly'],
    ['handling-time', '常用业务办理时长', 'Quick everyday transactions', '缴费、补卡、套餐变更的平均办理时长不超过 8 分钟为达标。', 'Met when payments, SIM replacements and plan changes take eight minutes or less on average.', 25, PASS_FAIL, 'systemRecord', 'monthly'],
    ['referral-reply', '转派工单按时回复', 'Referred cases answered on time', '营业厅无法当场解决的问题登记转派，24 小时内回复客户。每超时一单扣 10 分。', 'Problems the store cannot solve on the spot are logged and referred, and the customer hears back within 24 hours. 10 points off for each late case.', 20, deduct(10), 'systemRecord', 'monthly'],
  ],
  reliability: [
    ['order-accuracy', '业务受理零差错', 'Orders entered correctly', '套餐、号码和优惠录入与客户确认一致。每发现一处差错扣 10 分。', 'Plan, number and discounts entered match what the customer agreed. 10 points off for each error found.', 30, deduct(10), 'systemRecord', 'monthly'],
    ['promise-kept', '承诺事项兑现', 'Promises kept', '承诺的返费、赠品到账和号码携转时间全部兑现。每失约一次扣 20 分。', 'Every promised refund, gift and number-porting date is delivered. 20 points off for each broken promise.', 25, deduct(20), 'systemRecord', 'monthly'],
    ['cash-accuracy', '现金与票据相符', 'Cash and receipts balance', '每日营业款与系统收款、发票一致，长短款为零为达标。', 'Met when each day\'s takings match the system payments and receipts exactly.', 25, PASS_FAIL, 'systemRecord', 'daily'],
    ['no-major-complaint', '无有责重大投诉', 'No major complaint upheld', '考核期内无工信部申诉或有责重大投诉；发生一起即为不达标。', 'No complaint to the regulator and no major complaint for which the store is at fault during the period; any single case means not met.', 20, PASS_FAIL, 'systemRecord', 'quarterly'],
  ],
  empathy: [
    ['right-plan', '按需推荐合适套餐', 'The plan that fits', '先了解客户用量和预算，再推荐最合适而不是最贵的套餐；神秘顾客按 5 分制评价。', 'Ask about the customer\'s usage and budget first, then suggest the plan that fits best rather than the dearest one; rated on a five-point scale by a mystery shopper.', 30, SCALE5, 'mysteryShopper', 'monthly'],
    ['seniors', '老年客户耐心帮扶', 'Patient help for older customers', '为老年客户放慢语速、协助设置手机和识别诈骗短信，优先办理；神秘顾客按 5 分制评价。', 'For older customers, speak slowly, help set up the phone and spot scam messages, and serve them first; rated on a five-point scale by a mystery shopper.', 25, SCALE5, 'mysteryShopper', 'monthly'],
    ['bill-explain', '账单疑问讲清楚', 'Bills explained clearly', '客户对账单有疑问时逐项解释扣费来源，直到客户明白为止；满意度调查该题平均分按 5 分制评分。', 'When a customer queries a bill, go through each charge until they understand it; scored on a five-point scale from the survey average for this question.', 25, SCALE5, 'survey', 'monthly'],
    ['nps', '到店客户推荐度', 'Store visitors who would recommend', '办结短信调查中愿意推荐的客户占比不低于 80% 为达标。', 'Met when at least 80% of customers answering the text survey after a visit say they would recommend the operator.', 20, PASS_FAIL, 'survey', 'monthly'],
  ],
});

const AGENT = postTemplates('telecomAgent', 'telecom-agent', {
  tangibles: [
    ['voice', '声音形象', 'Voice and tone', '语速适中、吐字清晰、语调亲切；质检每周抽听录音，按 5 分制评分。', 'Moderate pace, clear words and a warm tone; quality control samples recordings weekly and rates them on a five-point scale.', 30, SCALE5, 'supervisorCheck', 'weekly'],
    ['scripts', '开头结束语规范', 'Standard opening and closing', '使用标准开头语并报工号，结束前确认“还有其他可以帮您的吗”。质检每发现一次缺失扣 5 分。', 'Open with the standard greeting and staff number and ask whether there is anything else before closing. 5 points off for each omission found by quality control.', 25, deduct(5), 'supervisorCheck', 'weekly'],
    ['written-replies', '在线文字规范', 'Well-written chat replies', '在线和短信回复无错别字、无网络用语，格式统一。质检每发现一处扣 5 分。', 'Chat and text replies have no typos or slang and follow the standard format. 5 points off for each lapse found by quality control.', 25, deduct(5), 'supervisorCheck', 'weekly'],
    ['quiet-line', '通话无杂音', 'Clean line', '耳麦佩戴规范，通话中无背景噪音、无静音忘开；质检抽听全部合格为达标。', 'Headset worn correctly, no background noise and no forgotten mute during calls; met when every sampled call passes.', 20, PASS_FAIL, 'supervisorCheck', 'monthly'],
  ],
  assurance: [
    ['first-call-resolution', '一次解决率', 'First-contact resolution', '客户 48 小时内未就同一问题再次来电的比例不低于 85% 为达标。', 'Met when at least 85% of customers do not call again about the same problem within 48 hours.', 30, PASS_FAIL, 'systemRecord', 'monthly'],
    ['accurate-answers', '答复准确', 'Accurate answers', '资费、活动规则和故障处理答复与知识库一致。质检每发现一处错误扣 10 分。', 'Answers on prices, offer rules and fault handling match the knowledge base. 10 points off for each wrong answer found by quality control.', 25, deduct(10), 'supervisorCheck', 'weekly'],
    ['identity-check', '身份验证到位', 'Caller identity checked', '查询详单、办理变更前按规定验证机主身份。每发现一次未验证扣 20 分。', 'Check the caller is the account holder as required before giving call records or making changes. 20 points off for each case without the check.', 25, deduct(20), 'supervisorCheck', 'monthly'],
    ['complaint-handling', '投诉安抚技巧', 'Calming an upset caller', '面对情绪激动的客户先共情、不打断、不争辩，再给方案；质检按 5 分制评分。', 'With an upset caller, acknowledge the feeling first, without interrupting or arguing, then offer a way forward; rated on a five-point scale by quality control.', 20, SCALE5, 'supervisorCheck', 'monthly'],
  ],
  responsiveness: [
    ['answer-rate', '20 秒接通率', 'Answered within 20 seconds', '进入人工队列的来电 20 秒内接通的比例不低于 85% 为达标。', 'Met when at least 85% of calls reaching the agent queue are answered within 20 seconds.', 30, PASS_FAIL, 'systemRecord', 'daily'],
    ['chat-reply', '在线首次响应', 'First chat reply', '在线会话接入后 30 秒内首次回复。每超时一次扣 2 分。', 'Reply within 30 seconds of a chat being assigned. 2 points off for each late first reply.', 25, deduct(2), 'systemRecord', 'weekly'],
    ['fault-dispatch', '故障申告及时派单', 'Fault reports dispatched fast', '宽带和信号故障申告在通话结束后 10 分钟内派单，并告知客户预约时段。每超时一单扣 5 分。', 'Broadband and signal faults are dispatched within 10 minutes of the call and the customer is given a visit slot. 5 points off for each late dispatch.', 25, deduct(5), 'systemRecord', 'weekly'],
    ['callback', '承诺回电按时', 'Call-backs on time', '约定回电的事项在约定时间内回电。每失约一次扣 10 分。', 'Call back within the time agreed with the customer. 10 points off for each missed call-back.', 20, deduct(10), 'systemRecord', 'monthly'],
  ],
  reliability: [
    ['order-accuracy', '工单记录准确完整', 'Complete, accurate tickets', '工单写明客户诉求、已做处理和承诺时间，后续人员无需再问；抽查全部合格为达标。', 'Tickets state what the customer wants, what was done and what was promised, so nobody has to ask again; met when every sampled ticket passes.', 30, PASS_FAIL, 'supervisorCheck', 'weekly'],
    ['complaint-closure', '投诉按时办结', 'Complaints closed on time', '投诉在 48 小时内办结并回访的比例不低于 95% 为达标。', 'Met when at least 95% of complaints are closed and followed up within 48 hours.', 25, PASS_FAIL, 'systemRecord', 'monthly'],
    ['no-escalation', '无越级申诉', 'No escalation to the regulator', '经坐席处理的客户未升级到工信部或消协申诉；每发生一起有责申诉扣 20 分。', 'Customers handled by the agent do not escalate to the regulator or consumer association. 20 points off for each such escalation where the agent is at fault.', 25, deduct(20), 'systemRecord', 'monthly'],
    ['changes-correct', '业务变更一次成功', 'Changes done right first time', '电话办理的套餐变更和停复机一次生效，无需客户再次来电；抽查成功率不低于 98% 为达标。', 'Plan changes and line suspensions made by phone take effect first time without a second call; met when at least 98% of sampled changes do.', 20, PASS_FAIL, 'systemRecord', 'monthly'],
  ],
  empathy: [
    ['listening', '耐心倾听不打断', 'Listening without interrupting', '客户说完再回应，复述确认诉求，不催促挂机；质检按 5 分制评分。', 'Let the customer finish, repeat the request back to confirm it and never rush them off the line; rated on a five-point scale by quality control.', 30, SCALE5, 'supervisorCheck', 'weekly'],
    ['satisfaction', '通话后满意度', 'Post-call satisfaction', '通话结束后短信或按键评价中“满意”占比不低于 90% 为达标。', 'Met when at least 90% of post-call text or keypad ratings are "satisfied".', 25, PASS_FAIL, 'survey', 'monthly'],
    ['proactive-save', '主动提示省钱方案', 'Pointing out savings', '发现客户套餐与用量不匹配或将超额时，主动说明更省钱的方案；神秘来电按 5 分制评价。', 'When a customer\'s plan does not fit their usage or they are about to run over, point out a cheaper option unasked; rated on a five-point scale by mystery callers.', 25, SCALE5, 'mysteryShopper', 'monthly'],
    ['vulnerable', '老人与残障客户专线', 'Care for older and disabled callers', '识别老年和听障客户后转入关爱通道，放慢语速并确认理解；抽查做到为达标。', 'Older callers and callers with hearing loss are moved to the care queue, spoken to slowly and asked to confirm they have understood; met when every sampled call shows it.', 20, PASS_FAIL, 'supervisorCheck', 'monthly'],
  ],
});

const INSTALLER = postTemplates('telecomInstaller', 'telecom-installer', {
  tangibles: [
    ['uniform', '工装工牌、亮证入户', 'Uniform and ID at the door', '入户穿工装、戴工牌，进门前出示工作证并穿鞋套；以到场照片核查，每发现一次不符合扣 10 分。', 'In uniform and badge, show the staff card and put on shoe covers before entering; checked against the arrival photo, 10 points off for each lapse.', 30, deduct(10), 'supervisorCheck', 'weekly'],
    ['neat-cabling', '布线整齐美观', 'Neat cabling', '室内布线横平竖直、走线槽或沿踢脚线固定，不乱打孔；回访中客户按 5 分制评价。', 'Indoor cables run straight and level in trunking or along the skirting, with no needless drilling; rated on a five-point scale by the customer in the follow-up call.', 25, SCALE5, 'survey', 'monthly'],
    ['clean-up', '完工现场清洁', 'Site left clean', '完工后清走线头、包装和灰尘，家具归位；回访中客户确认做到为达标。', 'After the job, take away cable offcuts, packaging and dust and put furniture back; met when the customer confirms it in the follow-up call.', 25, PASS_FAIL, 'survey', 'monthly'],
    ['kit', '工具与备件齐全', 'Complete tool kit', '光功率计、熔接工具、备用光猫和线材随车齐全；抽查合格为达标。', 'Optical power meter, splicing kit, a spare modem and cables are all in the van; met when the spot check passes.', 20, PASS_FAIL, 'supervisorCheck', 'monthly'],
  ],
  assurance: [
    ['speed-test', '当面测速验收', 'Speed tested with the customer', '完工后当着客户测速，速率达到签约带宽的 90% 以上并截图上传；缺失一次扣 10 分。', 'After the job, run a speed test with the customer present, reach at least 90% of the contracted speed and upload the screenshot. 10 points off for each job without it.', 30, deduct(10), 'systemRecord', 'weekly'],
    ['explain', '讲清故障原因', 'Fault explained', '维修前后向客户说明故障原因和处理办法，不推给“网络问题”了事；回访中客户按 5 分制评价。', 'Tell the customer what caused the fault and what was done, rather than blaming "the network"; rated on a five-point scale by the customer in the follow-up call.', 25, SCALE5, 'survey', 'monthly'],
    ['certified', '持证安全作业', 'Certified and safe', '登高、用电作业持证，登梯系安全带、设监护；抽查每发现一次违规扣 20 分。', 'Hold the licences for ladder and electrical work, wear a harness on ladders and have a second person standing by. 20 points off for each breach found.', 25, deduct(20), 'supervisorCheck', 'monthly'],
    ['no-extra-charge', '不私自收费', 'No charges on the side', '不私收费用、不推销非公司产品，材料费按公示标准开具凭证；发现一次即为不达标。', 'No cash on the side and no selling of anything the company does not offer; materials are charged at published rates with a receipt. A single case means not met.', 20, PASS_FAIL, 'survey', 'quarterly'],
  ],
  responsiveness: [
    ['contact', '派单 30 分钟内联系', 'Customer called within 30 minutes', '接单后 30 分钟内电话联系客户预约上门时间。每超时一单扣 5 分。', 'Call the customer within 30 minutes of receiving a job to book the visit. 5 points off for each late call.', 25, deduct(5), 'systemRecord', 'weekly'],
    ['install-time', '新装 48 小时内开通', 'New lines live within 48 hours', '资源具备的新装宽带在受理后 48 小时内开通的比例不低于 95% 为达标。', 'Met when at least 95% of new broadband orders with capacity available are live within 48 hours.', 25, PASS_FAIL, 'systemRecord', 'monthly'],
    ['repair-time', '故障 24 小时内修复', 'Faults fixed within 24 hours', '家庭宽带故障在申告后 24 小时内修复。每超时一单扣 10 分。', 'Home broadband faults are fixed within 24 hours of being reported. 10 points off for each late repair.', 30, deduct(10), 'systemRecord', 'monthly'],
    ['business-priority', '企业专线 4 小时到场', 'Business lines on site in 4 hours', '企业专线中断 4 小时内到达现场；抽查全部做到为达标。', 'Reach the site within four hours when a business line is down; met when every case checked shows it.', 20, PASS_FAIL, 'systemRecord', 'monthly'],
  ],
  reliability: [
    ['on-time', '按预约时段上门', 'Arrives in the booked slot', '在预约时间段内到达。每迟到或失约一次扣 10 分。', 'Arrive within the booked time slot. 10 points off for each late or missed visit.', 30, deduct(10), 'systemRecord', 'monthly'],
    ['no-repeat', '7 天内无重复故障', 'No repeat fault within 7 days', '修复后 7 天内同一线路不再报障。每重复一次扣 20 分。', 'The same line is not reported faulty again within seven days of the repair. 20 points off for each repeat.', 30, deduct(20), 'systemRecord', 'monthly'],
    ['close-honestly', '工单真实回单', 'Jobs closed honestly', '只在客户确认恢复后回单，不提前销单；回访发现一次虚假回单即为不达标。', 'Close a job only after the customer confirms the service is back; a single false closure found in follow-up calls means not met.', 20, PASS_FAIL, 'survey', 'monthly'],
    ['equipment-records', '设备资料准确', 'Equipment records accurate', '光猫序列号、端口和账号在系统中登记准确。抽查每发现一处错误扣 5 分。', 'Modem serial numbers, ports and accounts are recorded correctly in the system. 5 points off for each error found.', 20, deduct(5), 'supervisorCheck', 'monthly'],
  ],
  empathy: [
    ['wifi-advice', '家庭组网建议', 'Home Wi-Fi advice', '根据户型建议路由器位置或组网方案，帮客户连好常用设备；回访中客户按 5 分制评价。', 'Suggest where to put the router or how to extend Wi-Fi for the layout of the home and connect the customer\'s main devices; rated on a five-point scale by the customer in the follow-up call.', 30, SCALE5, 'survey', 'monthly'],
    ['delay-notice', '延误提前告知', 'Delays announced in advance', '无法按时到达时提前告知客户原因和新时间。回访中客户反映未获告知的，每次扣 20 分。', 'If the installer will be late, tell the customer why and the new time in advance. 20 points off for each case a customer reports in the follow-up call.', 25, deduct(20), 'survey', 'monthly'],
    ['teach', '教会客户使用', 'Shows the customer how', '完工后教客户修改 Wi-Fi 密码、重启设备和自助报障；神秘顾客按 5 分制评价。', 'After the job, show the customer how to change the Wi-Fi password, restart the equipment and report a fault themselves; rated on a five-point scale by a mystery shopper.', 25, SCALE5, 'mysteryShopper', 'quarterly'],
    ['visit-satisfaction', '上门服务满意度', 'Home visit satisfaction', '回访中客户对上门服务评价“非常满意”的比例不低于 90% 为达标。', 'Met when at least 90% of customers rate the visit "very satisfied" in the follow-up call.', 20, PASS_FAIL, 'survey', 'monthly'],
  ],
});

export const TELECOM_TEMPLATES: IndicatorTemplate[] = [...STORE, ...AGENT, ...INSTALLER];
