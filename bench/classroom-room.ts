import { keyBetween } from '../shared/core/order.ts';
import { blankCard } from '../shared/deliverables/journey/schemas.ts';
import { newId } from '../shared/domain/ids.ts';
import type { Session } from '../shared/protocol/session.ts';
import type { SubOp } from '../shared/protocol/ops.ts';
import { createWorkshop } from '../electron/host/testing/sample-ops.ts';
import type { SessionGrant } from '../electron/host/server/sessions.ts';
import type { Seeded } from '../electron/host/testing/seeded.ts';
import { WsPeer } from './ws-peer.ts';

export interface Team {
  teamId: string;
  artifactId: string;
  cardIds: string[];
}

export interface Person {
  token: string;
  session: Session;
  team: number;
}

export interface Room {
  workshopId: string;
  teams: Team[];
  people: Person[];
}

const STAGES = ['成交', '交付开通', '入住', '使用', '回访'];

/** Sends ops `width` at a time, each waiting for its ack. */
async function commitAll(peer: WsPeer, ops: { type: string; payload: unknown }[], width = 20): Promise<void> {
  // Each op in flight waits with a listener of its own.
  peer.socket.setMaxListeners(width + 10);
  for (let i = 0; i < ops.length; i += width) await Promise.all(ops.slice(i, i + width).map((op) => commitOne(peer, op)));
}

/** WsPeer.commit waits for the next ack of any op; with several in flight, wait for this op's own. */
function commitOne(peer: WsPeer, op: { type: string; payload: unknown }): Promise<void> {
  const opId = newId();
  const reply = peer.next((data) => data.includes(`"opId":"${opId}"`) && (data.startsWith('{"type":"ack"') || data.startsWith('{"type":"reject"')));
  peer.send({ type: 'op', op: { ...op, opId } });
  return reply.then((data) => {
    if (!data.startsWith('{"type":"ack"')) throw new Error(`set-up refused: ${data}`);
  });
}

/**
 * The classroom as the trainer prepares it: a workshop, `teamCount` teams each with its own journey map (five stages,
 * one card per member), and `people` member sessions joined with participant.join (the trainer's authority, as the
 * join endpoint does), spread over the teams in turn.
 */
export async function prepareRoom(
  trainer: WsPeer,
  issue: (grant: SessionGrant) => Promise<{ token: string; session: Session }>,
  rng: Seeded,
  people: number,
  teamCount: number,
): Promise<Room> {
  const workshopId = rng.id();
  await commitAll(trainer, [createWorkshop(workshopId, '课堂负载测量')]);
  const teams: Team[] = Array.from({ length: teamCount }, () => ({ teamId: rng.id(), artifactId: rng.id(), cardIds: [] }));
  const sizes = teams.map((_, t) => Math.ceil((people - t) / teamCount));
  await commitAll(
    trainer,
    teams.map((t, i) => ({ type: 'team.add', payload: { workshopId, teamId: t.teamId, fields: { name: `第 ${i + 1} 组` } } })),
  );
  for (const [i, team] of teams.entries()) {
    const ops: SubOp[] = [
      { type: 'artifact.add', payload: { workshopId, artifactId: team.artifactId, deliverable: 'journey', fields: { title: `第 ${i + 1} 组的旅程`, teamId: team.teamId } } },
    ];
    const stageIds = STAGES.map(() => rng.id());
    let order: string | null = null;
    stageIds.forEach((stageId, s) => {
      order = keyBetween(order, null);
      ops.push({ type: 'stage.add', payload: { workshopId, artifactId: team.artifactId, stageId, fields: { name: STAGES[s]! }, order } });
    });
    for (let c = 0; c < sizes[i]!; c++) {
      const cardId = rng.id();
      team.cardIds.push(cardId);
      ops.push({ type: 'card.add', payload: { workshopId, stageId: stageIds[c % STAGES.length]!, cardId, fields: blankCard(`关键时刻 ${c + 1}`) } } as SubOp);
    }
    await commitAll(trainer, [{ type: 'batch', payload: { workshopId, ops } }]);
  }
  const members: Person[] = [];
  for (let p = 0; p < people; p++) {
    const team = p % teamCount;
    const name = `学员 ${p + 1}`;
    const { token, session } = await issue({ role: 'member', workshopId, teamId: teams[team]!.teamId, name });
    members.push({ token, session, team });
  }
  await commitAll(
    trainer,
    members.map((m) => ({
      type: 'participant.join',
      payload: { workshopId, participantId: m.session.sessionId, name: m.session.name, teamId: teams[m.team]!.teamId, language: 'zh-CN' },
    })),
  );
  return { workshopId, teams, people: members };
}
