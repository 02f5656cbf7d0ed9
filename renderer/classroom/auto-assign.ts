import type { Participant } from '../../shared/deliverables/classroom/schemas.ts';
import type { Team } from '../../shared/deliverables/workshop/schemas.ts';
import type { SubOp } from '../../shared/protocol/ops.ts';

export interface AutoAssignInput {
  workshopId: string;
  /** Everyone in the room. */
  participants: readonly Participant[];
  /** The workshop's teams, in order: the first `count` are the ones filled. */
  teams: readonly Pick<Team, 'id' | 'name'>[];
  count: number;
  /** The name of the n-th team (1-based) when it has to be made: 第1组 / Team 1. */
  teamName(n: number): string;
  newId(): string;
}

const byJoining = (a: Participant, b: Participant) => a.joinedAt.localeCompare(b.joinedAt) || a.id.localeCompare(b.id);

/**
 * The one batch that puts everyone into `count` teams: the missing teams are made, then people are dealt round-robin
 * in the order they joined, so team sizes differ by one at most. Whoever already sits in one of those teams stays
 * there while the team is not over its share: assigning again after latecomers joined moves only the latecomers,
 * not the whole room.
 */
export function planAutoAssign({ workshopId, participants, teams, count, teamName, newId }: AutoAssignInput): SubOp[] {
  if (count < 1) return [];
  const ops: SubOp[] = [];
  const targets = teams.slice(0, count).map((t) => t.id);
  const taken = new Set(teams.map((t) => t.name));
  for (let n = 1; targets.length < count; n++) {
    const name = teamName(n);
    if (taken.has(name)) continue;
    const teamId = newId();
    ops.push({ type: 'team.add', payload: { workshopId, teamId, fields: { name } } });
    targets.push(teamId);
    taken.add(name);
  }

  const people = [...participants].sort(byJoining);
  const members = new Map(targets.map((id) => [id, people.filter((p) => p.teamId === id)]));
  // Each team's share is ⌊P/N⌋, one more for the P mod N teams that already hold the most (fewest moves).
  const base = Math.floor(people.length / count);
  const roomier = new Set([...targets].sort((a, b) => members.get(b)!.length - members.get(a)!.length).slice(0, people.length % count));
  const share = (id: string) => base + (roomier.has(id) ? 1 : 0);

  const placed = new Map<string, string[]>(targets.map((id) => [id, members.get(id)!.slice(0, share(id)).map((p) => p.id)]));
  const kept = new Set([...placed.values()].flat());
  for (const person of people) {
    if (kept.has(person.id)) continue;
    // The least filled team with room, earliest in order on a tie: a fresh room is dealt round-robin.
    let best: string | null = null;
    for (const id of targets) {
      if (placed.get(id)!.length >= share(id)) continue;
      if (best === null || placed.get(id)!.length < placed.get(best)!.length) best = id;
    }
    placed.get(best!)!.push(person.id);
    if (person.teamId !== best) ops.push({ type: 'participant.setTeam', payload: { workshopId, participantId: person.id, teamId: best } });
  }
  return ops;
}
