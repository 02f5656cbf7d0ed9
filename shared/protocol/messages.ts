import { z } from 'zod';
import { Id } from '../domain/ids.ts';
import { LibraryState } from '../domain/state.ts';
import { Workshop } from '../domain/workshop.ts';
import { EffectSchema, WorkshopDocSchema } from '../core/doc.ts';
import { OpSchema } from './ops.ts';
import { Reason } from './reasons.ts';
import { Role } from './session.ts';

/** Bumped whenever a message or op changes shape; a client and host that differ refuse each other. */
export const PROTOCOL_VERSION = 4;

export const Scope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('library') }),
  z.object({ kind: z.literal('workshop'), workshopId: Id }),
]);
export type Scope = z.infer<typeof Scope>;

export const Editing = z.object({ entityId: Id, field: z.string().max(40) }).nullable();

/** Drags and cursors: relayed to the others in the workshop, throttled, never stored. */
export const Volatile = z.object({
  kind: z.enum(['drag', 'cursor']),
  entityId: Id.optional(),
  x: z.number().finite(),
  y: z.number().finite(),
});
export type Volatile = z.infer<typeof Volatile>;

export const ClientMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), protocol: z.number().int(), clientId: Id, name: z.string().max(40) }),
  z.object({ type: z.literal('subscribe'), scope: Scope, sinceSeq: z.number().int().nonnegative().optional() }),
  z.object({ type: z.literal('unsubscribe'), scope: Scope }),
  z.object({ type: z.literal('name'), name: z.string().max(40) }),
  z.object({ type: z.literal('op'), op: z.unknown() }),
  z.object({ type: z.literal('presence'), workshopId: Id, editing: Editing }),
  z.object({ type: z.literal('volatile'), workshopId: Id, data: Volatile }),
  /** "Are you still there?": a page cannot see the socket's own pings, so it asks the host in the protocol. */
  z.object({ type: z.literal('ping'), n: z.number().int().nonnegative() }),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

/** What a library op did to the workshop list, as stored. */
export const LibraryEffect = z.object({ put: Workshop.optional(), del: z.literal(true).optional() });
export type LibraryEffect = z.infer<typeof LibraryEffect>;

export const Change = z.object({
  seq: z.number().int(),
  workshopId: Id,
  clientId: z.string(),
  /** Host time of the commit (ISO). */
  at: z.string(),
  op: OpSchema,
  /** A content op's effect on the workshop, exactly as the host stored it: clients confirm from this. */
  effect: EffectSchema.optional(),
  /** A library op's effect on the workshop list. */
  library: LibraryEffect.optional(),
});
export type Change = z.infer<typeof Change>;

/** Why the host ended a connection on purpose. */
export const ByeReason = z.enum(['classroomClosed', 'removed']);
export type ByeReason = z.infer<typeof ByeReason>;

export const Peer = z.object({
  /** One open connection (a page may reconnect under the same clientId before its old socket is gone). */
  conn: z.string(),
  clientId: z.string(),
  name: z.string(),
  role: Role,
  editing: Editing,
  /** A member's session id, which is their participant row's id: who is online, whatever name they announced. */
  participantId: z.string().optional(),
});
export type Peer = z.infer<typeof Peer>;

export const HostMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('welcome'),
    protocol: z.number().int(),
    role: Role,
    workshopId: Id.nullable(),
    teamId: Id.nullable(),
    appVersion: z.string(),
    /** The host's clock (ms since the epoch) when it said welcome: a phone with a wrong clock still shows the right timer. */
    hostTime: z.number(),
  }),
  z.object({ type: z.literal('refused'), reason: Reason, hostProtocol: z.number().int() }),
  z.object({ type: z.literal('snapshot'), seq: z.number().int(), state: LibraryState }),
  z.object({ type: z.literal('doc'), workshopId: Id, seq: z.number().int(), doc: WorkshopDocSchema }),
  z.object({ type: z.literal('changes'), scope: Scope, changes: z.array(Change) }),
  z.object({ type: z.literal('change'), change: Change }),
  z.object({ type: z.literal('ack'), opId: Id, seq: z.number().int(), duplicate: z.boolean() }),
  z.object({ type: z.literal('reject'), opId: z.string().optional(), reason: Reason }),
  /** Not stored yet for a passing reason (a full disk): the client keeps the op and sends it again later. */
  z.object({ type: z.literal('hold'), opId: Id, reason: Reason }),
  z.object({ type: z.literal('error'), reason: Reason }),
  /** Everyone present, sent once to a client that just subscribed; after that only what changes (peer, peerLeft). */
  z.object({ type: z.literal('presence'), workshopId: Id, peers: z.array(Peer) }),
  /** Someone arrived, or changed what they edit or their name: one peer, not the whole room (that is N² at 300). */
  z.object({ type: z.literal('peer'), workshopId: Id, peer: Peer }),
  z.object({ type: z.literal('peerLeft'), workshopId: Id, conn: z.string() }),
  z.object({ type: z.literal('volatile'), workshopId: Id, clientId: z.string(), data: Volatile }),
  z.object({ type: z.literal('gone'), workshopId: Id }),
  /** Said just before the host closes the socket for good: the page tells its user why instead of reconnecting. */
  z.object({ type: z.literal('bye'), reason: ByeReason }),
  z.object({ type: z.literal('pong'), n: z.number().int().nonnegative() }),
]);
export type HostMessage = z.infer<typeof HostMessage>;
