import type { Language } from '../../../shared/domain/workshop.ts';

/** Words every Word deliverable shares: cover, contents, page footer, generic notes. */
const zh = {
  version: '版本',
  versionValue: '1.0',
  date: '日期',
  company: '公司',
  workshop: '培训项目',
  contents: '目录',
  signOff: '签核',
  role: '职责',
  name: '姓名',
  signature: '签字',
  signDate: '日期',
  prepared: '编制',
  reviewed: '审核',
  approved: '批准',
  /** Footer "第 X 页 / 共 Y 页", split around the two page fields. */
  pageBefore: '第 ',
  pageMiddle: ' 页 / 共 ',
  pageAfter: ' 页',
  noCompany: '（公司名称）',
  none: '暂无',
  colon: '：',
  listSeparator: '，',
};
export type DocWords = typeof zh;

const en: DocWords = {
  version: 'Version',
  versionValue: '1.0',
  date: 'Date',
  company: 'Company',
  workshop: 'Training programme',
  contents: 'Contents',
  signOff: 'Sign-off',
  role: 'Role',
  name: 'Name',
  signature: 'Signature',
  signDate: 'Date',
  prepared: 'Prepared by',
  reviewed: 'Reviewed by',
  approved: 'Approved by',
  pageBefore: 'Page ',
  pageMiddle: ' of ',
  pageAfter: '',
  noCompany: '(Company name)',
  none: 'None yet',
  colon: ': ',
  listSeparator: ', ',
};

export const docWords = (lang: Language): DocWords => (lang === 'en' ? en : zh);

/** A cover date as each language writes it, from an ISO date (UTC so the day never shifts with the machine's zone). */
export function formatDate(iso: string, lang: Language): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Fills `{{name}}` slots, the same placeholder syntax as the shared i18n resources. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (slot, key: string) => (key in values ? String(values[key]) : slot));
