import { describe, expect, it } from 'vitest';
import { avatarColor, editorsOf, initials } from './presence.ts';

describe('initials', () => {
  it('takes the first character of a Chinese name', () => expect(initials('王小明')).toBe('王'));
  it('takes the surname after a team prefix', () => expect(initials('第3组 王芳')).toBe('王'));
  it('takes first and last initials of a latin name', () => expect(initials('ada  lovelace')).toBe('AL'));
  it('copes with one word and with blanks', () => {
    expect(initials('Team3')).toBe('T');
    expect(initials('  ')).toBe('?');
  });
});

describe('editorsOf', () => {
  const peers = [
    { conn: 'conn-a', clientId: 'a', name: 'A', role: 'member' as const, editing: { entityId: 'x1234567', field: 'name' } },
    { conn: 'conn-b', clientId: 'b', name: 'B', role: 'member' as const, editing: { entityId: 'x1234567', field: 'weight' } },
    { conn: 'conn-c', clientId: 'c', name: 'C', role: 'member' as const, editing: null },
  ];
  it('finds who edits an entity, or one field of it', () => {
    expect(editorsOf(peers, 'x1234567')).toEqual(['A', 'B']);
    expect(editorsOf(peers, 'x1234567', 'weight')).toEqual(['B']);
    expect(editorsOf(peers, 'other')).toEqual([]);
  });
});

describe('avatarColor', () => {
  it('is stable per client', () => expect(avatarColor('client-1')).toBe(avatarColor('client-1')));
});
