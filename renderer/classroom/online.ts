import type { Participant } from '../../shared/deliverables/classroom/schemas.ts';
import type { Peer } from '../../shared/protocol/messages.ts';

/**
 * Which participants are connected now: presence names each member's connection by their participant row, so two
 * people of one name, or one who announced another name, are told apart exactly.
 */
export function onlineParticipantIds(participants: readonly Participant[], peers: readonly Peer[]): Set<string> {
  const connected = new Set(peers.flatMap((p) => (p.role === 'member' && p.participantId ? [p.participantId] : [])));
  return new Set(participants.filter((p) => connected.has(p.id)).map((p) => p.id));
}

/** How many member connections the room has: none for a while after opening means phones cannot reach the laptop. */
export const connectedMembers = (peers: readonly Peer[]): number => peers.filter((p) => p.role === 'member').length;

/** Read-only displays connected to the workshop now. */
export const connectedDisplays = (peers: readonly Peer[]): number => peers.filter((p) => p.role === 'viewer').length;
