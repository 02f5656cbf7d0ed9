import { describe, it, expect } from 'vitest';
import { DimensionGuide, IndicatorTemplate, PostTemplate, PostType } from '../shared/domain/library.ts';
import type { Bilingual } from '../shared/domain/library.ts';
import { DIMENSIONS } from '../shared/domain/dimensions.ts';
import { LIMITS } from '../shared/domain/limits.ts';
import { DIMENSION_GUIDES } from './dimension-guides.ts';
import { POST_TEMPLATES } from './post-types.ts';
import { INDICATOR_TEMPLATES, templatesFor } from './indicator-library.ts';
import { postTypeOf } from './post-type-guess.ts';
import { INDUSTRY_POSTS } from './industries/industry-posts.ts';
import { Industry as IndustrySchema, type Industry } from '../shared/domain/workshop.ts';
import { bilingualTextProblems } from './testing/text-rules.ts';

const POST_TYPES = PostType.options;
const CJK_CHARS_MAX = 20;
const EN_CHARS_MAX = 60;

/** Every piece of bilingual text in the templates folder, labelled for readable failures. */
function allTexts(): Array<[string, Bilingual]> {
  const out: Array<[string, Bilingual]> = [];
  for (const g of DIMENSION_GUIDES) {
    out.push([`guide ${g.dimension} explanation`, g.explanation]);
    g.examples.forEach((e, i) => out.push([`guide ${g.dimension} example ${i}`, e]));
  }
  for (const p of POST_TEMPLATES) {
    out.push([`post ${p.type} name`, p.name], [`post ${p.type} description`, p.description]);
  }
  for (const t of INDICATOR_TEMPLATES) {
    out.push([`${t.id} name`, t.name], [`${t.id} description`, t.description]);
  }
  return out;
}

describe('templates: schemas', () => {
  it('every dimension guide parses', () => {
    for (const g of DIMENSION_GUIDES) expect(DimensionGuide.safeParse(g).error).toBeUndefined();
  });
  it('every post template parses', () => {
    for (const p of POST_TEMPLATES) expect(PostTemplate.safeParse(p).error).toBeUndefined();
  });
  it('every indicator template parses', () => {
    for (const t of INDICATOR_TEMPLATES) expect(IndicatorTemplate.safeParse(t).error, t.id).toBeUndefined();
  });
});

describe('templates: dimension guides', () => {
  it('cover the five dimensions in course order', () => {
    expect(DIMENSION_GUIDES.map((g) => g.dimension)).toEqual([...DIMENSIONS]);
  });
  it('have two or three examples each', () => {
    for (const g of DIMENSION_GUIDES) {
      expect(g.examples.length).toBeGreaterThanOrEqual(2);
      expect(g.examples.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('templates: post types', () => {
  it('has one template per post type, in enum order', () => {
    expect(POST_TEMPLATES.map((p) => p.type)).toEqual([...POST_TYPES]);
  });
  it('post names fit a post name field', () => {
    for (const p of POST_TEMPLATES) {
      expect(p.name['zh-CN'].length).toBeLessThanOrEqual(LIMITS.shortText);
      expect(p.name.en.length).toBeLessThanOrEqual(LIMITS.shortText);
    }
  });
});

describe('templates: indicator library', () => {
  it('ids are unique and follow <post>-<dimension>-<slug>', () => {
    const ids = INDICATOR_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const prefix: Record<PostType, string> = {
      frontDesk: 'front-desk',
      serviceAgent: 'service-agent',
      fieldEngineer: 'field-engineer',
      hotelFrontDesk: 'hotel-front-desk',
      housekeeping: 'housekeeping',
      guestService: 'guest-service',
      propertyConcierge: 'property-concierge',
      propertySecurity: 'property-security',
      propertyCleaning: 'property-cleaning',
      telecomStore: 'telecom-store',
      telecomAgent: 'telecom-agent',
      telecomInstaller: 'telecom-installer',
      carSales: 'car-sales',
      serviceAdvisor: 'service-advisor',
      carTechnician: 'car-technician',
      handoverHost: 'handover-host',
      handoverInspector: 'handover-inspector',
      handoverRelations: 'handover-relations',
      checkInAgent: 'check-in-agent',
      cabinCrew: 'cabin-crew',
      airlineAgent: 'airline-agent',
    };
    for (const t of INDICATOR_TEMPLATES) {
      expect(t.id.startsWith(`${prefix[t.postType]}-${t.dimension}-`), t.id).toBe(true);
    }
  });

  it('has at least 60 indicators, at least 4 per (post type, dimension)', () => {
    expect(INDICATOR_TEMPLATES.length).toBeGreaterThanOrEqual(60);
    for (const p of POST_TYPES) {
      for (const d of DIMENSIONS) expect(templatesFor(p, d).length, `${p}/${d}`).toBeGreaterThanOrEqual(4);
    }
  });

  it('weights are whole numbers summing to exactly 100 per group', () => {
    for (const p of POST_TYPES) {
      for (const d of DIMENSIONS) {
        const group = templatesFor(p, d);
        for (const t of group) expect(Number.isInteger(t.weight), t.id).toBe(true);
        expect(group.reduce((s, t) => s + t.weight, 0), `${p}/${d}`).toBe(100);
      }
    }
  });

  it('every group of a post stays within the per-dimension indicator limit', () => {
    for (const p of POST_TYPES) {
      for (const d of DIMENSIONS) expect(templatesFor(p, d).length).toBeLessThanOrEqual(LIMITS.indicatorsPerDimension);
    }
  });

  it('uses every scoring rule and every data source', () => {
    const kinds = new Set(INDICATOR_TEMPLATES.map((t) => t.scoring.kind));
    expect([...kinds].sort()).toEqual(['deduction', 'passFail', 'scale5']);
    const sources = new Set(INDICATOR_TEMPLATES.map((t) => t.dataSource));
    expect(sources.size).toBe(4);
  });

  it('deduction descriptions state the points per occurrence', () => {
    for (const t of INDICATOR_TEMPLATES) {
      if (t.scoring.kind !== 'deduction') continue;
      const n = t.scoring.pointsPerOccurrence;
      expect(t.description['zh-CN'], t.id).toContain(`扣 ${n} 分`);
      expect(t.description.en, t.id).toContain(`${n} points off`);
    }
  });

  it('names are short enough for a mind-map node and the schema limit', () => {
    for (const t of INDICATOR_TEMPLATES) {
      expect([...t.name['zh-CN']].length, t.id).toBeLessThanOrEqual(Math.min(CJK_CHARS_MAX, LIMITS.shortText));
      expect(t.name.en.length, t.id).toBeLessThanOrEqual(Math.min(EN_CHARS_MAX, LIMITS.shortText));
    }
  });

  it('descriptions fit the long-text limit', () => {
    for (const t of INDICATOR_TEMPLATES) {
      expect(t.description['zh-CN'].length).toBeLessThanOrEqual(LIMITS.longText);
      expect(t.description.en.length).toBeLessThanOrEqual(LIMITS.longText);
    }
  });

  it('templatesFor returns only the asked group', () => {
    for (const t of templatesFor('fieldEngineer', 'reliability')) {
      expect(t.postType).toBe('fieldEngineer');
      expect(t.dimension).toBe('reliability');
    }
  });
});

/** Every industry but the general one has posts of its own. */
const OWN_LIBRARIES: Industry[] = IndustrySchema.options.filter((i) => i !== 'general');

describe('templates: industry libraries', () => {
  it.each(OWN_LIBRARIES)('%s offers at least three posts of its own, each a full library', (industry) => {
    const own = INDUSTRY_POSTS[industry].filter((type) => !INDUSTRY_POSTS.general.includes(type));
    expect(own.length).toBeGreaterThanOrEqual(3);
    for (const type of own) {
      expect(POST_TEMPLATES.filter((p) => p.type === type), type).toHaveLength(1);
      for (const d of DIMENSIONS) {
        const group = templatesFor(type, d);
        expect(group.length, `${type}/${d}`).toBeGreaterThanOrEqual(4);
        expect(group.reduce((s, t) => s + t.weight, 0), `${type}/${d}`).toBe(100);
      }
    }
  });

  it('no industry borrows another industry\'s own posts', () => {
    const owner = new Map<PostType, Industry>();
    for (const industry of OWN_LIBRARIES) {
      for (const type of INDUSTRY_POSTS[industry].filter((t) => !INDUSTRY_POSTS.general.includes(t))) {
        expect(owner.get(type), type).toBeUndefined();
        owner.set(type, industry);
      }
    }
  });
});

describe('templates: text', () => {
  it('every text is non-empty, trimmed, simplified Chinese in zh-CN and plain in en', () => {
    for (const [label, text] of allTexts()) expect(bilingualTextProblems(text), label).toEqual([]);
  });
});

describe('templates: postTypeOf', () => {
  it.each([
    ['前台', 'frontDesk'],
    ['前台接待', 'frontDesk'],
    ['营业厅柜员', 'frontDesk'],
    ['Front-desk receptionist', 'frontDesk'],
    ['客服', 'serviceAgent'],
    ['客服专员', 'serviceAgent'],
    ['热线坐席', 'serviceAgent'],
    ['Customer Service Agent', 'serviceAgent'],
    ['维修', 'fieldEngineer'],
    ['售后维修工程师', 'fieldEngineer'],
    ['engineer', 'fieldEngineer'],
    ['Field Technician', 'fieldEngineer'],
  ] as const)('%s → %s', (name, type) => {
    expect(postTypeOf(name)).toBe(type);
  });

  it("never takes a room attendant for the front desk, and uses a hotel's own posts in a hotel", () => {
    expect(postTypeOf('客房服务员')).toBe('housekeeping');
    expect(postTypeOf('客房服务员', 'hotel')).toBe('housekeeping');
    expect(postTypeOf('Room attendant', 'hotel')).toBe('housekeeping');
    expect(postTypeOf('前台接待', 'hotel')).toBe('hotelFrontDesk');
    expect(postTypeOf('宾客服务中心坐席', 'hotel')).toBe('guestService');
  });

  it.each([
    ['客服管家', 'propertyConcierge'],
    ['物业服务中心前台', 'propertyConcierge'],
    ['楼栋管家', 'propertyConcierge'],
    ['秩序维护员', 'propertySecurity'],
    ['门岗保安', 'propertySecurity'],
    ['Security guard', 'propertySecurity'],
    ['保洁绿化', 'propertyCleaning'],
    ['楼层保洁员', 'propertyCleaning'],
    ['Cleaner', 'propertyCleaning'],
    ['工程维修', 'fieldEngineer'],
  ] as const)('in property management, %s → %s', (name, type) => {
    expect(postTypeOf(name, 'property')).toBe(type);
  });

  it.each([
    ['营业厅营业员', 'telecomStore'],
    ['营业厅客服', 'telecomStore'],
    ['Retail store advisor', 'telecomStore'],
    ['10000 号热线坐席', 'telecomAgent'],
    ['在线客服', 'telecomAgent'],
    ['Call centre agent', 'telecomAgent'],
    ['宽带装维工程师', 'telecomInstaller'],
    ['装机师傅', 'telecomInstaller'],
    ['Broadband installer', 'telecomInstaller'],
  ] as const)('at a telecom operator, %s → %s', (name, type) => {
    expect(postTypeOf(name, 'telecom')).toBe(type);
  });

  it.each([
    ['销售顾问', 'carSales'],
    ['二手车销售顾问', 'carSales'],
    ['Sales consultant', 'carSales'],
    ['售后服务顾问', 'serviceAdvisor'],
    ['售后接待', 'serviceAdvisor'],
    ['Service advisor', 'serviceAdvisor'],
    ['机修技师', 'carTechnician'],
    ['钣喷车间主管', 'carTechnician'],
    ['维修工', 'carTechnician'],
    ['Workshop technician', 'carTechnician'],
    ['展厅接待', 'frontDesk'],
  ] as const)('at a car dealer, %s → %s', (name, type) => {
    expect(postTypeOf(name, 'carDealer')).toBe(type);
  });

  it.each([
    ['交付接待顾问', 'handoverHost'],
    ['收楼接待', 'handoverHost'],
    ['Handover host', 'handoverHost'],
    ['陪同验房工程师', 'handoverInspector'],
    ['交付工程师', 'handoverInspector'],
    ['Handover inspection engineer', 'handoverInspector'],
    ['客户关系专员', 'handoverRelations'],
    ['400 热线客服', 'handoverRelations'],
    ['Customer relations officer', 'handoverRelations'],
  ] as const)('at a developer handing over homes, %s → %s', (name, type) => {
    expect(postTypeOf(name, 'realEstate')).toBe(type);
  });

  it.each([
    ['值机员', 'checkInAgent'],
    ['登机口服务员', 'checkInAgent'],
    ['机场前台接待', 'checkInAgent'],
    ['Check-in agent', 'checkInAgent'],
    ['客舱乘务员', 'cabinCrew'],
    ['空中乘务长', 'cabinCrew'],
    ['Flight attendant', 'cabinCrew'],
    ['客服热线坐席', 'airlineAgent'],
    ['票务专员', 'airlineAgent'],
    ['Reservations hotline agent', 'airlineAgent'],
  ] as const)('at an airline, %s → %s', (name, type) => {
    expect(postTypeOf(name, 'airline')).toBe(type);
  });

  it("does not take an airline's aircraft maintenance for a home-visit engineer", () => {
    expect(postTypeOf('机务维修', 'airline')).toBeNull();
    expect(postTypeOf('机务维修', 'general')).toBe('fieldEngineer');
  });

  it('leaves a real-estate sales consultant unguessed rather than calling it a handover post', () => {
    expect(postTypeOf('置业顾问', 'realEstate')).toBeNull();
  });

  it('returns null when nothing fits', () => {
    expect(postTypeOf('')).toBeNull();
    expect(postTypeOf('   ')).toBeNull();
    expect(postTypeOf('财务主管')).toBeNull();
    expect(postTypeOf('Accountant')).toBeNull();
  });
});
