import { describe, expect, it } from 'vitest';
import type { Participant } from '../../shared/deliverables/classroom/schemas.ts';
import type { Peer } from '../../shared/protocol/messages.ts';
import { connectedMembers, onlineParticipantIds } from './online.ts';

const person = (id: string, name: string): Participant => ({ id, name, teamId: null, language: 'zh-CN', joinedAt: '2026-12-01T09:00:00.000Z' });
let conns = 0;
const peer = (name: string, role: Peer['role'] = 'member', participantId?: string): Peer => ({
  conn: `conn-${++conns}`,
  clientId: `c-${name}-${participantId ?? role}`,
  name,
  role,
  editing: null,
  ...(participantId ? { participantId } : {}),
});

describe('who is online', () => {
  it('marks the participant whose row a connection belongs to, not whoever has the name it announced', () => {
    const people = [person('p-00000001', '王芳'), person('p-00000002', '王芳'), person('p-00000003', 'Li Lei')];
    // The second 王芳 is online, not the first; Li Lei's phone still announces an old name.
    expect(onlineParticipantIds(people, [peer('王芳', 'member', 'p-00000002')])).toEqual(new Set(['p-00000002']));
    expect(onlineParticipantIds(people, [peer('Lei', 'member', 'p-00000003')])).toEqual(new Set(['p-00000003']));
    // Two windows of one person are one person online; a removed participant's lingering socket marks nobody.
    const twice = [peer('王芳', 'member', 'p-00000001'), { ...peer('王芳', 'member', 'p-00000001'), clientId: 'c-2' }, peer('x', 'member', 'p-gone')];
    expect(onlineParticipantIds(people, twice)).toEqual(new Set(['p-00000001']));
  });

  it('does not count the trainer or a viewer as a participant', () => {
    const people = [person('p-00000001', '林晓岚')];
    const peers = [peer('林晓岚', 'trainer'), peer('投影', 'viewer')];
    expect(onlineParticipantIds(people, peers).size).toBe(0);
    expect(connectedMembers(peers)).toBe(0);
    expect(connectedMembers([...peers, peer('王芳', 'member', 'p-00000001')])).toBe(1);
  });
});
