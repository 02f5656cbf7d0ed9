import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources.ts';
import type { Translate } from '../i18n/useUi.ts';
import { avatarColor, editorsOf, initials, peerName } from './presence.ts';

let t: Translate;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: 'zh-CN', interpolation: { escapeValue: false } });
  t = (key, params) => String(i18n.getFixedT('zh-CN')(key, params ?? {}));
});

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
    expect(editorsOf(peers, 'x1234567', t)).toEqual(['A', 'B']);
    expect(editorsOf(peers, 'x1234567', t, 'weight')).toEqual(['B']);
    expect(editorsOf(peers, 'other', t)).toEqual([]);
  });
  it('names someone who gave no name by what they are', () => {
    const trainer = { conn: 'conn-t', clientId: 't', name: ' ', role: 'trainer' as const, editing: { entityId: 'x1234567', field: 'name' } };
    expect(editorsOf([trainer], 'x1234567', t)).toEqual(['讲师']);
  });
});

describe('peerName', () => {
  it('is the name given, trimmed', () => expect(peerName({ name: ' 王芳 ', role: 'member' }, t)).toBe('王芳'));
  it('shows a trainer or a viewer without a name by their role, a member as unnamed', () => {
    expect(peerName({ name: '', role: 'trainer' }, t)).toBe('讲师');
    expect(peerName({ name: '', role: 'viewer' }, t)).toBe('旁观（只读）');
    expect(peerName({ name: '', role: 'member' }, t)).toBe('未留名');
  });
});

describe('avatarColor', () => {
  it('is stable per client', () => expect(avatarColor('client-1')).toBe(avatarColor('client-1')));
});
