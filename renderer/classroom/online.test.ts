import { describe, expect, it } from 'vitest';
import type { Participant } from '../../shared/deliverables/classroom/schemas.ts';
import type { Peer } from '../../shared/protocol/messages.ts';
import { connectedMembers, onlineParticipantIds } from './online.ts';

const person = (id: string, name: string): Participant => ({ id, name, teamId: null, language: 'zh-CN', joinedAt: '2026-12-01T09:00:00.000Z' });
const peer = (name: string, role: Peer['role'] = 'member'): Peer => ({ clientId: `c-${name}-${Math.random()}`, name, role, editing: null });

describe('who is online', () => {
  it('marks participants whose name a connected member announced, one per connection', () => {
    const people = [person('p-00000001', '王芳'), person('p-00000002', '王芳'), person('p-00000003', 'Li Lei')];
    expect(onlineParticipantIds(people, [peer('王芳')])).toEqual(new Set(['p-00000001']));
    expect(onlineParticipantIds(people, [peer('王芳'), peer('王芳'), peer('Li Lei ')])).toEqual(new Set(['p-00000001', 'p-00000002', 'p-00000003']));
  });

  it('does not count the trainer or a viewer as a participant', () => {
    const people = [person('p-00000001', '林晓岚')];
    const peers = [peer('林晓岚', 'trainer'), peer('投影', 'viewer')];
    expect(onlineParticipantIds(people, peers).size).toBe(0);
    expect(connectedMembers(peers)).toBe(0);
    expect(connectedMembers([...peers, peer('王芳')])).toBe(1);
  });
});
