import type { Language } from '../../domain/workshop.ts';
import type { ClearStep, ComplaintType, LineKind, Principle, RemedyStrategy, Severity } from './vocabulary.ts';
import type { Industry } from './library.ts';

interface Named {
  name: string;
  /** One line on what it means, as the course teaches it. */
  hint: string;
}

export interface PlaybookWords {
  type: Record<ComplaintType, string>;
  severity: Record<Severity, string>;
  step: Record<ClearStep, Named & { letter: string }>;
  principle: Record<Principle, Named>;
  strategy: Record<RemedyStrategy, Named>;
  lineKind: Record<LineKind, string>;
  industry: Record<Industry, string>;
}

const zh: PlaybookWords = {
  type: {
    productQuality: '产品质量',
    repeatRepair: '重复维修',
    slowResponse: '响应迟缓',
    staffAttitude: '服务态度',
    brokenPromise: '承诺未兑现',
    billing: '收费争议',
    handoverDefect: '交付缺陷',
    safety: '安全事件',
  },
  severity: { low: '一般', medium: '较重', high: '严重', critical: '重大' },
  step: {
    control: { letter: 'C', name: '控制情绪', hint: '先稳住客户和自己的情绪，再谈事情' },
    listen: { letter: 'L', name: '聆听诉说', hint: '让客户把话说完，记录事实与感受' },
    empathy: { letter: 'E', name: '同理链接', hint: '说出客户的感受，站到客户一边' },
    apologize: { letter: 'A', name: '表达歉意', hint: '为客户的遭遇真诚道歉，不推卸' },
    resolve: { letter: 'R', name: '提出方案', hint: '给出具体方案、时限和责任人' },
  },
  principle: {
    prompt: { name: '迅速', hint: '第一时间处理' },
    listen: { name: '倾听', hint: '耐心倾听抱怨' },
    apologize: { name: '道歉', hint: '态度传递友好' },
    thank: { name: '感谢', hint: '语言温暖得体' },
    satisfy: { name: '满意', hint: '补救形式多样' },
  },
  strategy: {
    informAhead: { name: '提前告知', hint: '管理客户期待' },
    followThrough: { name: '全程跟进', hint: '加大沟通频率' },
    keepPromise: { name: '承诺兑现', hint: '保证品牌可靠性' },
    sincerity: { name: '态度真诚', hint: '强调服务专属性' },
    improveProcess: { name: '程序优化', hint: '体现服务变通性' },
    details: { name: '细节到位', hint: '避免投诉再升级' },
  },
  lineKind: { say: '推荐话术', avoid: '禁忌话术' },
  industry: { property: '物业', hotel: '酒店', airline: '航空', telecom: '通讯', auto: '汽车', bank: '银行', appliance: '家电' },
};

const en: PlaybookWords = {
  type: {
    productQuality: 'Product quality',
    repeatRepair: 'Repeat repair',
    slowResponse: 'Slow response',
    staffAttitude: 'Staff attitude',
    brokenPromise: 'Broken promise',
    billing: 'Billing dispute',
    handoverDefect: 'Delivery / handover defect',
    safety: 'Safety incident',
  },
  severity: { low: 'Minor', medium: 'Moderate', high: 'Serious', critical: 'Critical' },
  step: {
    control: { letter: 'C', name: 'Control emotions', hint: "Calm the customer's feelings and your own before the facts" },
    listen: { letter: 'L', name: 'Listen', hint: 'Let the customer finish; note facts and feelings' },
    empathy: { letter: 'E', name: 'Establish empathy', hint: "Name the customer's feelings and stand on their side" },
    apologize: { letter: 'A', name: 'Apologize', hint: 'Apologize sincerely for what happened, without shifting blame' },
    resolve: { letter: 'R', name: 'Resolve', hint: 'Offer a concrete remedy, a deadline and a person responsible' },
  },
  principle: {
    prompt: { name: 'Prompt', hint: 'Act at the first moment' },
    listen: { name: 'Listen', hint: 'Hear the complaint out patiently' },
    apologize: { name: 'Apologize', hint: 'Let the attitude carry goodwill' },
    thank: { name: 'Thank', hint: 'Warm, fitting words' },
    satisfy: { name: 'Satisfy', hint: 'Remedies in many forms' },
  },
  strategy: {
    informAhead: { name: 'Inform ahead', hint: "Manage the customer's expectations" },
    followThrough: { name: 'Follow through', hint: 'Communicate more often' },
    keepPromise: { name: 'Keep promises', hint: 'Make the brand reliable' },
    sincerity: { name: 'Sincere attitude', hint: 'Make the service personal' },
    improveProcess: { name: 'Improve the process', hint: 'Show the service can flex' },
    details: { name: 'Get details right', hint: 'Keep the complaint from escalating' },
  },
  lineKind: { say: 'Say', avoid: 'Avoid' },
  industry: { property: 'Property', hotel: 'Hotel', airline: 'Airline', telecom: 'Telecom', auto: 'Car dealer', bank: 'Bank', appliance: 'Appliances' },
};

/** The playbook's domain words, shared by its screens, its chart and its Word file. */
export const playbookWords = (lang: Language): PlaybookWords => (lang === 'en' ? en : zh);
