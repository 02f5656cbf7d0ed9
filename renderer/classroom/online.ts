import type { Participant } from '../../shared/deliverables/classroom/schemas.ts';
import type { Peer } from '../../shared/protocol/messages.ts';

/**
 * Which participants are connected now. Presence names a connection by the display name it announced, not by its
 * session, so each connected member marks one participant of that name; two people of one name are told apart only
 * by how many of them are connected.
 */
export function onlineParticipantIds(participants: readonly Participant[], peers: readonly Peer[]): Set<string> {
  const connected = new Map<string, number>();
  for (const peer of peers) {
    if (peer.role !== 'member') continue;
    const name = peer.name.trim();
    connected.set(name, (connected.get(name) ?? 0) + 1);
  }
  const online = new Set<string>();
  for (const p of participants) {
    const left = connected.get(p.name) ?? 0;
    if (left === 0) continue;
    online.add(p.id);
    connected.set(p.name, left - 1);
  }
  return online;
}

/** How many member connections the room has: none for a while after opening means phones cannot reach the laptop. */
export const connectedMembers = (peers: readonly Peer[]): number => peers.filter((p) => p.role === 'member').length;
