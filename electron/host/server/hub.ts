import type { ByeReason, Change, HostMessage, Peer, Volatile } from '../../../shared/protocol/messages.ts';
import type { Session } from '../../../shared/protocol/session.ts';

/** One open socket as the hub sees it. */
export interface Client {
  readonly connId: string;
  readonly session: Session;
  clientId: string;
  name: string;
  send(message: HostMessage): void;
  /** A message already encoded: a broadcast is turned into JSON once, not once per listener. */
  sendText(text: string): void;
  /** Says bye with the reason and closes the socket for good. */
  end(reason: ByeReason): void;
}

/** Drags and cursors a client may relay per second; the rest are dropped (the next one supersedes them anyway). */
const VOLATILE_PER_SECOND = 30;

/**
 * Who listens to what, and who is present where. Presence and volatile data live only here, in memory: never stored.
 */
export class Hub {
  private readonly connected = new Set<Client>();
  private readonly library = new Set<Client>();
  private readonly workshops = new Map<string, Set<Client>>();
  private readonly presence = new Map<string, Map<string, Peer>>();
  private readonly volatileBudget = new WeakMap<Client, { second: number; count: number }>();

  /** Every open socket, subscribed or not, so a revoked credential can be cut off wherever it is connected. */
  attach(client: Client): void {
    this.connected.add(client);
  }

  /** Ends every socket whose session matches (a removed participant, a closed classroom), on every listener. */
  endSessions(match: (session: Session) => boolean, reason: ByeReason): void {
    for (const client of [...this.connected]) if (match(client.session)) client.end(reason);
  }

  subscribeLibrary(client: Client): void {
    this.library.add(client);
  }

  subscribeWorkshop(client: Client, workshopId: string): void {
    let set = this.workshops.get(workshopId);
    if (!set) this.workshops.set(workshopId, (set = new Set()));
    set.add(client);
    this.setPresence(client, workshopId, null);
  }

  unsubscribe(client: Client, workshopId: string | null): void {
    if (workshopId === null) return void this.library.delete(client);
    if (!this.workshops.get(workshopId)?.delete(client)) return;
    this.presence.get(workshopId)?.delete(client.connId);
    this.announce(workshopId);
  }

  /**
   * Delivers a committed change to those who see it, the sender included (it confirms from it). The library feed
   * hears only of changes to the list itself (workshops created, copied, deleted, renamed), not every edit inside.
   */
  publish(change: Change): void {
    const listeners = new Set(this.workshops.get(change.workshopId) ?? []);
    if (change.library || change.effect?.workshop) for (const client of this.library) listeners.add(client);
    const text = JSON.stringify({ type: 'change', change } satisfies HostMessage);
    for (const client of listeners) client.sendText(text);
    if (change.library?.del) {
      for (const client of this.workshops.get(change.workshopId) ?? []) client.send({ type: 'gone', workshopId: change.workshopId });
      this.workshops.delete(change.workshopId);
      this.presence.delete(change.workshopId);
    }
  }

  setPresence(client: Client, workshopId: string, editing: Peer['editing']): void {
    if (!this.workshops.get(workshopId)?.has(client)) return;
    let peers = this.presence.get(workshopId);
    if (!peers) this.presence.set(workshopId, (peers = new Map()));
    peers.set(client.connId, { clientId: client.clientId, name: client.name, role: client.session.role, editing });
    this.announce(workshopId);
  }

  /** A member changed the name the others see: tell every workshop they are in. */
  renamed(client: Client): void {
    for (const [workshopId, peers] of this.presence) {
      const peer = peers.get(client.connId);
      if (!peer) continue;
      peers.set(client.connId, { ...peer, name: client.name });
      this.announce(workshopId);
    }
  }

  /** Relays a drag or cursor position to the others in the workshop, within the sender's budget. */
  relayVolatile(client: Client, workshopId: string, data: Volatile, now = Date.now()): void {
    const listeners = this.workshops.get(workshopId);
    if (!listeners?.has(client)) return;
    const second = Math.floor(now / 1000);
    const budget = this.volatileBudget.get(client);
    if (budget && budget.second === second) {
      if (++budget.count > VOLATILE_PER_SECOND) return;
    } else this.volatileBudget.set(client, { second, count: 1 });
    for (const other of listeners) {
      if (other !== client) other.send({ type: 'volatile', workshopId, clientId: client.clientId, data });
    }
  }

  drop(client: Client): void {
    this.connected.delete(client);
    this.library.delete(client);
    for (const [workshopId, set] of this.workshops) {
      if (!set.delete(client)) continue;
      this.presence.get(workshopId)?.delete(client.connId);
      this.announce(workshopId);
    }
  }

  private announce(workshopId: string): void {
    const peers = [...(this.presence.get(workshopId)?.values() ?? [])];
    const text = JSON.stringify({ type: 'presence', workshopId, peers } satisfies HostMessage);
    for (const client of this.workshops.get(workshopId) ?? []) client.sendText(text);
  }
}
