import { randomUUID } from 'node:crypto';
import type { RawData, WebSocket } from 'ws';
import { ClientMessage, PROTOCOL_VERSION, type HostMessage, type Role, type Scope } from '../../../shared/protocol/messages.ts';
import { applyOp } from '../ops/apply-op.ts';
import { changesSince, latestSeq } from '../store/change-log.ts';
import type { Db } from '../store/database.ts';
import { readLibrary, readWorkshopState } from '../store/read-model.ts';
import type { Client, Hub } from './hub.ts';

export interface ConnectionContext {
  db: Db;
  hub: Hub;
  role: Role;
  appVersion: string;
}

/** Close code for "your app and this host speak different protocol versions". */
export const CLOSE_PROTOCOL_MISMATCH = 4000;

/** Speaks the protocol with one socket. Bad frames get an error and the connection stays open. `onHello` runs after a valid hello. */
export function handleConnection(socket: WebSocket, ctx: ConnectionContext, onHello: () => void): void {
  const client: Client = {
    connId: randomUUID(),
    clientId: '',
    name: '',
    send: (message: HostMessage) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    },
  };
  let greeted = false;

  const malformed = (detail: string) => client.send({ type: 'error', reason: { code: 'malformed', detail } });

  const subscribe = (scope: Scope, sinceSeq: number | undefined) => {
    if (scope.kind === 'library') {
      ctx.hub.subscribeLibrary(client);
      client.send({ type: 'snapshot', scope, seq: latestSeq(ctx.db), state: readLibrary(ctx.db) });
      return;
    }
    const seq = latestSeq(ctx.db);
    const state = readWorkshopState(ctx.db, scope.workshopId);
    if (!state) return client.send({ type: 'gone', workshopId: scope.workshopId });
    ctx.hub.subscribeWorkshop(client, scope.workshopId);
    const missed = sinceSeq !== undefined && sinceSeq <= seq ? changesSince(ctx.db, scope.workshopId, sinceSeq) : null;
    if (missed) client.send({ type: 'changes', scope, changes: missed });
    else client.send({ type: 'snapshot', scope, seq, state });
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
    if (message.type === 'hello') {
      if (message.protocol !== PROTOCOL_VERSION) {
        client.send({ type: 'refused', reason: { code: 'protocolMismatch' }, hostProtocol: PROTOCOL_VERSION });
        socket.close(CLOSE_PROTOCOL_MISMATCH, 'protocol mismatch');
        return;
      }
      greeted = true;
      onHello();
      client.clientId = message.clientId;
      client.name = message.name;
      client.send({ type: 'welcome', protocol: PROTOCOL_VERSION, role: ctx.role, appVersion: ctx.appVersion });
      return;
    }
    if (!greeted) return malformed('send hello first');
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
      case 'op': {
        const result = applyOp(ctx.db, message.op, client.clientId, ctx.role);
        if (result.kind === 'rejected') return client.send({ type: 'reject', opId: result.opId, reason: result.reason });
        if (result.kind === 'duplicate') return client.send({ type: 'ack', opId: result.opId, seq: result.seq, duplicate: true });
        ctx.hub.publish(result.change);
        return client.send({ type: 'ack', opId: result.change.op.opId, seq: result.change.seq, duplicate: false });
      }
    }
  };

  socket.on('close', () => ctx.hub.drop(client));
  socket.on('error', () => ctx.hub.drop(client));
}
