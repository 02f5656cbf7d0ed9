import { randomUUID } from 'node:crypto';
import type { RawData, WebSocket } from 'ws';
import { maySubscribe } from '../../../shared/core/authorize.ts';
import { seesEverything, visibleDoc } from '../../../shared/core/visibility.ts';
import { ClientMessage, PROTOCOL_VERSION, type HostMessage, type Scope } from '../../../shared/protocol/messages.ts';
import type { Reason } from '../../../shared/protocol/reasons.ts';
import type { Session } from '../../../shared/protocol/session.ts';
import { TokenBucket } from '../classroom/op-rate.ts';
import type { Engine, OpResult } from '../engine/engine.ts';
import { changesSince, latestSeq } from '../store/change-log.ts';
import type { Db } from '../store/database.ts';
import { readLibrary } from '../store/read-model.ts';
import type { Client, Hub } from './hub.ts';
import type { SocketLimits } from './socket-limits.ts';

export interface ConnectionContext {
  db: Db;
  hub: Hub;
  engine: Engine;
  appVersion: string;
  limits: Pick<SocketLimits, 'opBurst' | 'opsPerSecond' | 'maxQueuedOps'>;
}

/** Close code for a socket that sent ops far faster than anyone types (policy violation); its page reconnects and resends. */
export const CLOSE_TOO_MANY_OPS = 1008;

/** Close code for "your app and this host speak different protocol versions". */
export const CLOSE_PROTOCOL_MISMATCH = 4000;
/** Close code after a `bye`: the host ended the session on purpose (classroom closed, participant removed). */
export const CLOSE_BYE = 4001;

const bucket = (limits: ConnectionContext['limits']) => new TokenBucket(limits.opBurst, limits.opsPerSecond);

const reply = (result: OpResult): HostMessage => {
  switch (result.kind) {
    case 'applied':
      return { type: 'ack', opId: result.change.op.opId, seq: result.change.seq, duplicate: false };
    case 'duplicate':
      return { type: 'ack', opId: result.opId, seq: result.seq, duplicate: true };
    case 'rejected':
      return { type: 'reject', opId: result.opId, reason: result.reason };
    case 'held':
      return result.opId ? { type: 'hold', opId: result.opId, reason: result.reason } : { type: 'error', reason: result.reason };
  }
};

/**
 * Speaks the protocol with one authenticated socket. Bad frames get an error and the connection stays open.
 * `onHello` runs after a valid hello.
 */
export function handleConnection(socket: WebSocket, session: Session, ctx: ConnectionContext, onHello: () => void): void {
  const client: Client = {
    connId: randomUUID(),
    session,
    clientId: '',
    name: session.name,
    send: (message: HostMessage) => client.sendText(JSON.stringify(message)),
    sendText: (text: string) => {
      if (socket.readyState === socket.OPEN) socket.send(text);
    },
    end: (reason) => {
      client.send({ type: 'bye', reason });
      if (socket.readyState === socket.OPEN) socket.close(CLOSE_BYE, reason);
    },
  };
  ctx.hub.attach(client);
  // Participants' sockets are metered; the trainer's own window is the host's owner and is not. Ops and the other
  // messages (subscribe, presence…) have budgets of their own, so a page resending its pending ops still subscribes.
  const budgets = session.role === 'trainer' ? null : { op: bucket(ctx.limits), other: bucket(ctx.limits) };
  const tooFast: Reason = { code: 'tooManyOps', limit: ctx.limits.opsPerSecond };
  let paced: Promise<void> = Promise.resolve();
  let queuedOps = 0;
  let greeted = false;
  let settled: Promise<unknown> = Promise.resolve();

  const malformed = (detail: string) => client.send({ type: 'error', reason: { code: 'malformed', detail } });

  const subscribe = (scope: Scope, sinceSeq: number | undefined) => {
    if (!maySubscribe(session, scope)) return client.send({ type: 'error', reason: { code: 'forbidden', detail: 'not yours to watch' } });
    if (scope.kind === 'library') {
      ctx.hub.subscribeLibrary(client);
      client.send({ type: 'snapshot', seq: latestSeq(ctx.db), state: readLibrary(ctx.db) });
      return;
    }
    const { workshopId } = scope;
    const seq = latestSeq(ctx.db);
    const doc = ctx.engine.docs.get(workshopId);
    if (!doc) return client.send({ type: 'gone', workshopId });
    ctx.hub.subscribeWorkshop(client, workshopId);
    // A member is never sent the change log: it holds other teams' work and others' answers. They get the doc as
    // they may see it, also on a reconnect; the trainer and viewers catch up change by change.
    if (!seesEverything(session)) return client.send({ type: 'doc', workshopId, seq, doc: visibleDoc(session, doc) });
    const missed = sinceSeq !== undefined && sinceSeq <= seq ? changesSince(ctx.db, workshopId, sinceSeq) : null;
    if (missed) client.send({ type: 'changes', scope, changes: missed });
    else client.send({ type: 'doc', workshopId, seq, doc });
  };

  socket.on('message', (data, isBinary) => {
    // Once the host has decided to close, frames that came in the same burst are not acted on.
    if (socket.readyState !== socket.OPEN) return;
    try {
      receive(data, isBinary);
    } catch (error) {
      // A listener that throws would end the host process, and with it every connection in the room.
      console.error('message failed', error);
      client.send({ type: 'error', reason: { code: 'internal' } });
    }
  });

  const receive = (data: RawData, isBinary: boolean): void => {
    if (isBinary) return malformed('binary frames are not part of the protocol');
    let json: unknown;
    try {
      json = JSON.parse(data.toString());
    } catch {
      return malformed('not JSON');
    }
    const parsed = ClientMessage.safeParse(json);
    if (!parsed.success) return malformed(parsed.error.issues[0]?.message ?? 'unknown message');
    const message = parsed.data;
    if (budgets && message.type !== 'volatile' && message.type !== 'op' && !budgets.other.take()) {
      return client.send({ type: 'error', reason: tooFast });
    }
    if (message.type === 'hello') {
      if (message.protocol !== PROTOCOL_VERSION) {
        client.send({ type: 'refused', reason: { code: 'protocolMismatch' }, hostProtocol: PROTOCOL_VERSION });
        socket.close(CLOSE_PROTOCOL_MISMATCH, 'protocol mismatch');
        return;
      }
      greeted = true;
      onHello();
      client.clientId = message.clientId;
      client.name = message.name || session.name;
      client.send({
        type: 'welcome',
        protocol: PROTOCOL_VERSION,
        role: session.role,
        workshopId: session.workshopId,
        teamId: session.teamId,
        appVersion: ctx.appVersion,
        hostTime: Date.now(),
      });
      return;
    }
    if (!greeted) return malformed('send hello first');
    // Answered at once, never behind ops waiting their turn: a page draining its outbox must not look dead.
    if (message.type === 'ping') return client.send({ type: 'pong', n: message.n });
    if (message.type === 'op') {
      // Ops queue in order in the engine (and commit with others'); the reply follows the commit.
      const submit = () => ctx.engine.submit({ session, clientId: client.clientId, raw: message.op }).then((result) => client.send(reply(result)));
      let replied: Promise<void>;
      if (budgets) {
        // Past the budget an op waits its turn rather than being refused: order is kept and nothing typed is lost.
        if (++queuedOps > ctx.limits.maxQueuedOps) {
          socket.close(CLOSE_TOO_MANY_OPS, 'too many ops');
          return;
        }
        paced = paced.then(() => budgets.op.acquire());
        replied = paced.then(() => {
          queuedOps--;
          return submit();
        });
      } else replied = submit();
      settled = Promise.all([settled, replied]);
      return;
    }
    // Anything else waits for the ops sent before it: a subscribe right after creating a workshop must find it.
    settled = settled.then(() => act(message)).catch((error: unknown) => {
      console.error('message failed', error);
      client.send({ type: 'error', reason: { code: 'internal' } });
    });
  };

  const act = (message: Exclude<ClientMessage, { type: 'hello' | 'op' | 'ping' }>): void => {
    switch (message.type) {
      case 'subscribe':
        return subscribe(message.scope, message.sinceSeq);
      case 'unsubscribe':
        return ctx.hub.unsubscribe(client, message.scope.kind === 'library' ? null : message.scope.workshopId);
      case 'name':
        client.name = message.name;
        return ctx.hub.renamed(client);
      case 'presence':
        return ctx.hub.setPresence(client, message.workshopId, message.editing);
      case 'volatile':
        return ctx.hub.relayVolatile(client, message.workshopId, message.data);
    }
  };

  socket.on('close', () => ctx.hub.drop(client));
  socket.on('error', () => ctx.hub.drop(client));
}
