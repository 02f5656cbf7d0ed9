import { m, stage, type JourneyTemplate } from './schema.ts';

/**
 * Real-estate handover: internal inspection, handover, repair, complaint, follow-up. Handover, repair and
 * complaints are where owners' satisfaction usually dives; the template designs a peak and a good end around them.
 */
export const realEstateHandover: JourneyTemplate = {
  id: 'realEstateHandover',
  name: { 'zh-CN': '房地产交房：验房、交房、维修、投诉', en: 'Real-estate handover: inspection, handover, repair, complaint' },
  stages: [
    stage('验房', 'Inspection', [
      m(0, {
        touchpoint: ['内部验房', 'Internal inspection'],
        expectation: ['收楼前问题已经被发现并修好', 'Problems found and fixed before I take the keys'],
        standard: ['交房前 2–3 个月完成内部验房；整改率追踪到 100%', 'Finish the internal inspection 2–3 months before handover; track fixes until 100% are done'],
        script: ['（内部）每户一张问题清单，整改完成后复验签字。', '(Internal) One defect list per home; re-inspect and sign off once the fixes are done.'],
        wow: ['整改完成的房屋贴上“已复验”标签', 'Put a "Re-inspected" label on each home whose fixes are complete'],
        owner: ['工程部', 'Engineering department'],
      }),
      m(1, {
        touchpoint: ['业主开放日', "Owners' open day"],
        expectation: ['提前看到房子，问题有人记', 'Seeing my home early, with someone noting the problems'],
        standard: ['开放日问题 7 天内书面回复', 'Reply in writing to open-day issues within 7 days'],
        script: ['这处墙面的问题我已经记下，7 天内给您书面答复。', "I've noted the problem with this wall, and you'll have a written reply within 7 days."],
        wow: ['开放日为业主准备全家福拍照区', 'Set up a family photo corner for owners on the open day'],
        owner: ['客服专员', 'Customer care specialist'],
      }),
    ]),
    stage('交房', 'Handover', [
      m(3, {
        touchpoint: ['集中交付', 'Handover day'],
        expectation: ['流程顺、不排长队', 'A smooth process without long queues'],
        standard: ['分时段预约；一站式办理不超过 1 小时', 'Bookable time slots; one-stop handover in no more than an hour'],
        script: ['欢迎收房！您的专属管家会陪您走完全部流程。', 'Welcome to your new home! Your personal concierge will walk you through every step.'],
        wow: ['交钥匙时送上刻有业主姓名的门牌', "Hand over the keys with a door plate engraved with the owner's name"],
        owner: ['客服管家', 'Resident concierge'],
      }),
    ]),
    stage('维修', 'Repair', [
      m(-2, {
        touchpoint: ['报修维修', 'Repair requests'],
        expectation: ['维修及时，一次修好', 'Timely repairs, fixed the first time'],
        standard: ['24 小时内上门；按时整改率不低于 95%', 'On site within 24 hours; at least 95% of fixes completed on time'],
        script: ['您报修的渗水问题，师傅明天上午 9 点上门。', 'About the leak you reported: our technician will be there at 9 tomorrow morning.'],
        wow: ['维修后赠送一次家居保洁', 'After the repair, offer a free home cleaning'],
        owner: ['维修工程师', 'Maintenance engineer'],
      }),
    ]),
    stage('投诉', 'Complaint', [
      m(-1, {
        touchpoint: ['投诉处理', 'Complaint handling'],
        expectation: ['有人负责到底，给出明确答复', 'Someone owns it to the end and gives a clear answer'],
        standard: ['首问负责；投诉 24 小时内回复，7 天内关闭', 'Whoever takes the complaint owns it; reply within 24 hours, close within 7 days'],
        script: ['这件事我来负责，处理进度每两天向您通报一次。', 'I am responsible for this, and I will update you on progress every two days.'],
        wow: ['投诉关闭后由项目总经理上门回访', 'Once the complaint is closed, the project general manager visits the owner'],
        owner: ['客服主管', 'Customer service supervisor'],
      }),
    ]),
    stage('回访', 'Follow-up', [
      m(2, {
        touchpoint: ['交付 45 天回访', '45-day follow-up after handover'],
        expectation: ['住得舒心，问题都解决了', 'Living comfortably, with every problem solved'],
        standard: ['交付 45 天后回访每户；返修量纳入考核', 'Visit every home 45 days after handover; count repeat repairs in appraisals'],
        script: ['入住一个多月了，还有哪里需要我们处理吗？', "You've been in for over a month now. Is there anything else we can take care of?"],
        wow: ['回访时邀请业主参加社区邻里节', "On the visit, invite the owner to the community's neighbours' festival"],
        owner: ['客服专员', 'Customer care specialist'],
      }),
    ]),
  ],
};
