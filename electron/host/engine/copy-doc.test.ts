import { describe, expect, it } from 'vitest';
import { CARD_A, liveRoom } from '../../../shared/testing/room.ts';
import { copyDoc } from './copy-doc.ts';

describe('a copy of a workshop', () => {
  const source = liveRoom();
  const copy = copyDoc(source, { ...source.workshop, id: 'workshop-copy-1', name: '副本' });

  it('starts with an empty room: no participants, settings, activities, notes, votes or answers', () => {
    for (const c of ['participants', 'classrooms', 'activities', 'notes', 'votes', 'responses'] as const) expect(copy[c], c).toEqual({});
    expect(JSON.stringify(copy)).not.toContain('排队');
  });

  it('keeps the teams and their work, under new ids', () => {
    expect(Object.values(copy.teams).map((t) => t.name).sort()).toEqual(Object.values(source.teams).map((t) => t.name).sort());
    expect(copy.journeyCards[CARD_A]).toBeUndefined();
    expect(Object.values(copy.journeyCards).map((c) => c.touchpoint).sort()).toEqual(Object.values(source.journeyCards).map((c) => c.touchpoint).sort());
    // Each team's journey belongs to that team's copy.
    const owned = Object.values(copy.artifacts).filter((a) => a.teamId !== null);
    expect(owned.length).toBe(Object.values(source.artifacts).filter((a) => a.teamId !== null).length);
    for (const a of owned) expect(copy.teams[a.teamId!]).toBeDefined();
  });
});
