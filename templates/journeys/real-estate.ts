import { m, type JourneyTemplate } from './schema.ts';

/**
 * Real-estate handover: internal inspection, handover, repair, complaint, follow-up. Handover, repair and
 * complaints are where owners' satisfaction usually dives; the template designs a peak and a good end around them.
 */
export const realEstateHandover: JourneyTemplate = {
  id: 'realEstateHandover',
  name: { 'zh-CN': '房地产交房：验房、交房、维修、投诉', en: 'Real-estate handover: inspection, handover, repair, complaint' },
  stages: [
    {
      name: '验房',
      moments: [
        m('内部验房', '收楼前问题已经被发现并修好', '交房前 2–3 个月完成内部验房；整改率追踪到 100%', '（内部）每户一张问题清单，整改完成后复验签字。', '整改完成的房屋贴上“已复验”标签', '工程部', 0),
        m('业主开放日', '提前看到房子，问题有人记', '开放日问题 7 天内书面回复', '这处墙面的问题我已经记下，7 天内给您书面答复。', '开放日为业主准备全家福拍照区', '客服专员', 1),
      ],
    },
    {
      name: '交房',
      moments: [
        m('集中交付', '流程顺、不排长队', '分时段预约；一站式办理不超过 1 小时', '欢迎收房！您的专属管家会陪您走完全部流程。', '交钥匙时送上刻有业主姓名的门牌', '客服管家', 3),
      ],
    },
    {
      name: '维修',
      moments: [m('报修维修', '维修及时，一次修好', '24 小时内上门；按时整改率不低于 95%', '您报修的渗水问题，师傅明天上午 9 点上门。', '维修后赠送一次家居保洁', '维修工程师', -2)],
    },
    {
      name: '投诉',
      moments: [m('投诉处理', '有人负责到底，给出明确答复', '首问负责；投诉 24 小时内回复，7 天内关闭', '这件事我来负责，处理进度每两天向您通报一次。', '投诉关闭后由项目总经理上门回访', '客服主管', -1)],
    },
    {
      name: '回访',
      moments: [m('交付 45 天回访', '住得舒心，问题都解决了', '交付 45 天后回访每户；返修量纳入考核', '入住一个多月了，还有哪里需要我们处理吗？', '回访时邀请业主参加社区邻里节', '客服专员', 2)],
    },
  ],
};
