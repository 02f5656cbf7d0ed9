import { describe, expect, it } from 'vitest';
import { sentences } from './sentences.ts';

describe('sentences', () => {
  it('runs Chinese sentences together and spaces English ones, leaving out the absent', () => {
    expect(sentences('zh-CN', '你的回答：9 分。', '活动结束前可以更改。')).toBe('你的回答：9 分。活动结束前可以更改。');
    expect(sentences('en', 'Your answer: 9.', false, 'You can change it.')).toBe('Your answer: 9. You can change it.');
  });
});
