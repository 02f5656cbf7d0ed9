import type { PostType } from '../shared/domain/library.ts';
import type { Industry } from '../shared/domain/workshop.ts';

type Keywords = ReadonlyArray<readonly [PostType, readonly string[]]>;

/**
 * Keywords per general post type, tried in order; the first hit wins. Room words ("客房", "housekeeping") belong
 * to the room attendant, so "客房服务员" is never taken for the front desk; engineer words come before agent words so
 * "售后维修" is not an agent, and agent words before front-desk words so "客服专员" wins over a generic "服务台".
 */
const GENERAL: Keywords = [
  ['housekeeping', ['客房', '房务', '楼层', '布草', 'housekeep', 'room attendant', 'chambermaid']],
  ['guestService', ['宾客服务中心', '宾客服务', 'guest service']],
  [
    'fieldEngineer',
    ['维修', '工程师', '技师', '技工', '师傅', '安装', '上门', '装维', 'engineer', 'technician', 'repair', 'field', 'install', 'maintenance', 'mechanic'],
  ],
  [
    'serviceAgent',
    ['客服', '坐席', '座席', '话务', '热线', '呼叫', '在线', '400', 'call', 'agent', 'customer service', 'hotline', 'help desk', 'helpdesk', 'support', 'contact cent'],
  ],
  [
    'frontDesk',
    ['前台', '接待', '迎宾', '大堂', '礼宾', '柜台', '柜员', '营业厅', '门店', '服务台', 'front desk', 'frontdesk', 'reception', 'concierge', 'counter', 'lobby'],
  ],
];

/**
 * An industry's own post words, tried before the general ones: in an estate "楼层保洁" is a cleaner, not a room
 * attendant, and "秩序维护" is security, not repairs.
 */
const OWN: Partial<Record<Industry, Keywords>> = {
  property: [
    ['propertyCleaning', ['保洁', '清洁', '绿化', '园林', '环境', '垃圾', 'clean', 'garden', 'landscap', 'janitor']],
    ['propertySecurity', ['秩序', '保安', '安保', '门岗', '巡逻', '护卫', '监控', '消防', 'security', 'guard', 'patrol']],
    ['propertyConcierge', ['管家', '服务中心', 'steward', 'butler']],
  ],
  // A store's own words first, so "营业厅客服" is the store advisor and not the hotline.
  telecom: [['telecomStore', ['营业厅', '营业员', '厅店', 'retail', 'store']]],
  // After-sales words before sales words: "售后服务顾问" is not a sales consultant. A showroom receptionist stays general.
  carDealer: [
    ['serviceAdvisor', ['服务顾问', '售后顾问', '售后接待', '售后前台', 'service advis']],
    ['carTechnician', ['技师', '机修', '钣金', '喷漆', '钣喷', '机电', '车间', 'technician', 'mechanic', 'workshop']],
    ['carSales', ['销售', 'sales']],
  ],
  // Engineer words first: "交付工程师" walks the home, not the reception desk. A sales "置业顾问" stays unguessed.
  realEstate: [
    ['handoverInspector', ['验房', '工程', '整改', 'inspect']],
    ['handoverRelations', ['客户关系', '客关', '投诉', 'relations', 'complaint']],
    ['handoverHost', ['交付', '交房', '收楼', 'handover']],
  ],
  airline: [
    ['cabinCrew', ['乘务', '空乘', '空姐', '空少', '客舱', 'cabin', 'flight attendant']],
    ['checkInAgent', ['值机', '登机', '地服', '地勤', '地面服务', 'check in', 'gate', 'ground']],
    ['airlineAgent', ['订票', '票务', 'reservation']],
  ],
};

/**
 * The same kind of post in an industry's own library (a hotel's front desk is the hotel front desk); null where the
 * general kind would be wrong there (an airline's 机务维修 services aircraft, not customers' homes).
 */
const IN_INDUSTRY: Partial<Record<Industry, Partial<Record<PostType, PostType | null>>>> = {
  hotel: { frontDesk: 'hotelFrontDesk', serviceAgent: 'guestService' },
  property: { frontDesk: 'propertyConcierge', serviceAgent: 'propertyConcierge' },
  telecom: { frontDesk: 'telecomStore', serviceAgent: 'telecomAgent', fieldEngineer: 'telecomInstaller' },
  carDealer: { fieldEngineer: 'carTechnician' },
  realEstate: { frontDesk: 'handoverHost', serviceAgent: 'handoverRelations', fieldEngineer: 'handoverInspector' },
  airline: { frontDesk: 'checkInAgent', serviceAgent: 'airlineAgent', fieldEngineer: null },
};

const firstHit = (keywords: Keywords, name: string): PostType | null =>
  keywords.find(([, words]) => words.some((w) => name.includes(w)))?.[0] ?? null;

/**
 * Best guess of the example post type for a post name such as "前台" / "客房服务员" / "维修" / "engineer", in the
 * workshop industry's own library where it has that kind of post; null if no word fits (the trainer then picks one).
 */
export function postTypeOf(name: string, industry: Industry = 'general'): PostType | null {
  const normalized = name.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
  if (!normalized) return null;
  const own = firstHit(OWN[industry] ?? [], normalized);
  if (own) return own;
  const general = firstHit(GENERAL, normalized);
  if (!general) return null;
  const inIndustry = IN_INDUSTRY[industry]?.[general];
  return inIndustry === undefined ? general : inIndustry;
}
