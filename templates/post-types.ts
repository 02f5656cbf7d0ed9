import type { PostTemplate } from '../shared/domain/library.ts';
import { HOTEL_POSTS } from './industries/hotel.ts';
import { PROPERTY_POSTS } from './industries/property.ts';
import { TELECOM_POSTS } from './industries/telecom.ts';
import { CAR_DEALER_POSTS } from './industries/car-dealer.ts';
import { REAL_ESTATE_POSTS } from './industries/real-estate.ts';
import { AIRLINE_POSTS } from './industries/airline.ts';

/** The example service posts the indicator library is written for: three general ones, then each industry's. */
const GENERAL_POSTS: PostTemplate[] = [
  {
    type: 'frontDesk',
    name: { 'zh-CN': '前台接待', en: 'Front desk receptionist' },
    description: {
      'zh-CN': '在服务大厅或门店迎候到访客户，负责引导、登记、受理业务和答疑，是客户到店后接触的第一个人。',
      en: 'Greets visitors in the service hall or store, guides and registers them, takes their requests and answers questions; the first person a visiting customer meets.',
    },
  },
  {
    type: 'serviceAgent',
    name: { 'zh-CN': '客服专员', en: 'Customer service agent' },
    description: {
      'zh-CN': '通过电话、在线客服和消息渠道受理客户的咨询、报修和投诉，并跟进到问题关闭、完成回访。',
      en: 'Handles enquiries, repair requests and complaints by phone, online chat and messaging, and follows each case through to closure and the follow-up call.',
    },
  },
  {
    type: 'fieldEngineer',
    name: { 'zh-CN': '维修工程师', en: 'Field service engineer' },
    description: {
      'zh-CN': '按预约上门为客户安装、检测和维修设备，在客户家中或现场代表公司完成服务。',
      en: 'Visits customers by appointment to install, inspect and repair equipment, representing the company in the customer\'s home or on site.',
    },
  },
];

export const POST_TEMPLATES: PostTemplate[] = [...GENERAL_POSTS, ...HOTEL_POSTS, ...PROPERTY_POSTS, ...TELECOM_POSTS, ...CAR_DEALER_POSTS, ...REAL_ESTATE_POSTS, ...AIRLINE_POSTS];
