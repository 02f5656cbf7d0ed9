import { z } from 'zod';
import { Id } from '../domain/ids.ts';
import { LibraryState, WorkshopState } from '../domain/state.ts';
import { Reason } from './reasons.ts';
import { Op } from './ops.ts';

/** Bumped whenever a message or op changes shape; a client and host that differ refuse each other. */
export const PROTOCOL_VERSION = 1;

export const Role = z.enum(['trainer', 'participant']);
export type Role = z.infer<typeof Role>;

export const Scope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('library') }),
  z.object({ kind: z.literal('workshop'), workshopId: Id }),
]);
export type Scope = z.infer<typeof Scope>;

export const Editing = z.object({ entityId: Id, field: z.string().max(40) }).nullable();

export const ClientMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), protocol: z.number().int(), clientId: Id, name: z.string().max(40) }),
  z.object({ type: z.literal('subscribe'), scope: Scope, sinceSeq: z.number().int().nonnegative().optional() }),
  z.object({ type: z.literal('unsubscribe'), scope: Scope }),
  z.object({ type: z.literal('name'), name: z.string().max(40) }),
  z.object({ type: z.literal('op'), op: z.unknown() }),
  z.object({ type: z.literal('presence'), workshopId: Id, editing: Editing }),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

export const Change = z.object({
  seq: z.number().int(),
  workshopId: Id,
  clientId: z.string(),
  /** Host time of the commit (ISO), so every copy stamps updatedAt alike. */
  at: z.string(),
  op: Op,
});
export type Change = z.infer<typeof Change>;

export const Peer = z.object({ clientId: z.string(), name: z.string(), editing: Editing });
export type Peer = z.infer<typeof Peer>;

export const HostMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('welcome'), protocol: z.number().int(), role: Role, appVersion: z.string() }),
  z.object({ type: z.literal('refused'), reason: Reason, hostProtocol: z.number().int() }),
  z.object({ type: z.literal('snapshot'), scope: Scope, seq: z.number().int(), state: z.union([WorkshopState, LibraryState]) }),
  z.object({ type: z.literal('changes'), scope: Scope, changes: z.array(Change) }),
  z.object({ type: z.literal('change'), change: Change }),
  z.object({ type: z.literal('ack'), opId: Id, seq: z.number().int(), duplicate: z.boolean() }),
  z.object({ type: z.literal('reject'), opId: z.string().optional(), reason: Reason }),
  z.object({ type: z.literal('error'), reason: Reason }),
  z.object({ type: z.literal('presence'), workshopId: Id, peers: z.array(Peer) }),
  z.object({ type: z.literal('gone'), workshopId: Id }),
]);
export type HostMessage = z.infer<typeof HostMessage>;
