import { describe, expect, it } from 'vitest';
import { topicForKey } from './compare-keys.ts';

describe('the compare screen keys', () => {
  it('steps through the topics with the arrows, wrapping at both ends', () => {
    expect(topicForKey('ArrowRight', 'journey')).toBe('standard');
    expect(topicForKey('ArrowRight', 'motStrategy')).toBe('journey');
    expect(topicForKey('ArrowLeft', 'journey')).toBe('motStrategy');
  });

  it('picks a topic by its number and ignores other keys', () => {
    expect(topicForKey('3', 'journey')).toBe('homework');
    expect(topicForKey('5', 'journey')).toBeNull();
    expect(topicForKey('0', 'journey')).toBeNull();
    expect(topicForKey('a', 'journey')).toBeNull();
  });
});
