import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../shared/domain/dimensions.ts';
import { Industry } from '../../shared/domain/workshop.ts';
import { DIMENSION_GUIDES } from '../dimension-guides.ts';
import { dimensionExamples } from './dimension-examples.ts';

describe('dimension examples for the Word file', () => {
  it("speak of a hotel's own posts in a hotel, one example per post and dimension", () => {
    for (const dimension of DIMENSIONS) {
      const examples = dimensionExamples('hotel', dimension);
      expect(examples.map((e) => e['zh-CN'].split('：')[0])).toEqual(['前台接待', '客房服务员', '宾客服务中心坐席']);
      for (const e of examples) expect(`${e['zh-CN']} ${e.en}`).not.toMatch(/在线|维修工程师|field engineer|online chat/i);
    }
    expect(dimensionExamples('hotel', 'tangibles')[0]!['zh-CN']).toBe('前台接待：工装整洁，工牌佩戴在左胸，发型、妆容和指甲符合集团仪容标准');
  });

  it("speak of an estate's own posts in property management", () => {
    for (const dimension of DIMENSIONS) {
      const examples = dimensionExamples('property', dimension);
      expect(examples.map((e) => e['zh-CN'].split('：')[0])).toEqual(['客服管家', '秩序维护员', '保洁绿化员', '维修工程师']);
      for (const e of examples) expect(`${e['zh-CN']} ${e.en}`).not.toMatch(/宾客|客房|在线|guest|online chat/i);
    }
  });

  it("speak of an operator's own posts at a telecom operator", () => {
    for (const dimension of DIMENSIONS) {
      const examples = dimensionExamples('telecom', dimension);
      expect(examples.map((e) => e['zh-CN'].split('：')[0])).toEqual(['营业厅营业员', '呼叫中心坐席', '宽带装维工程师']);
      for (const e of examples) expect(`${e['zh-CN']} ${e.en}`).not.toMatch(/宾客|客房|业主|guest|resident/i);
    }
  });

  it("speak of a dealer's own posts at a car dealer", () => {
    for (const dimension of DIMENSIONS) {
      const examples = dimensionExamples('carDealer', dimension);
      expect(examples.map((e) => e['zh-CN'].split('：')[0])).toEqual(['销售顾问', '售后服务顾问', '维修技师']);
      for (const e of examples) expect(`${e['zh-CN']} ${e.en}`).not.toMatch(/宾客|客房|业主|宽带|guest|resident|broadband/i);
    }
  });

  it("speak of a developer's own posts at a home handover", () => {
    for (const dimension of DIMENSIONS) {
      const examples = dimensionExamples('realEstate', dimension);
      expect(examples.map((e) => e['zh-CN'].split('：')[0])).toEqual(['交付接待顾问', '陪同验房工程师', '客户关系专员']);
      for (const e of examples) expect(`${e['zh-CN']} ${e.en}`).not.toMatch(/宾客|客房|宽带|车|guest|broadband|\bcar\b/i);
    }
  });

  it("speak of an airline's own posts at an airline", () => {
    for (const dimension of DIMENSIONS) {
      const examples = dimensionExamples('airline', dimension);
      expect(examples.map((e) => e['zh-CN'].split('：')[0])).toEqual(['值机与登机口服务员', '客舱乘务员', '客服热线坐席']);
      for (const e of examples) expect(`${e['zh-CN']} ${e.en}`).not.toMatch(/宾客|客房|业主|宽带|guest|resident|broadband/i);
    }
  });

  it('state the requirement without how it is scored, in every industry with posts of its own', () => {
    for (const industry of Industry.options.filter((i) => i !== 'general')) {
      for (const dimension of DIMENSIONS) {
        for (const e of dimensionExamples(industry, dimension)) {
          expect(e['zh-CN'], industry).not.toMatch(/扣 \d+ 分|分制/);
          expect(e.en, industry).not.toMatch(/points off|five-point/);
        }
      }
    }
  });

  it('fall back to the course examples where an industry has no posts of its own yet', () => {
    expect(dimensionExamples('general', 'empathy')).toEqual(DIMENSION_GUIDES.find((g) => g.dimension === 'empathy')!.examples);
  });
});
