import type { Change, HostMessage, Peer } from '../../../shared/protocol/messages.ts';

/** One open socket as the hub sees it. */
export interface Client {
  readonly connId: string;
  clientId: string;
  name: string;
  send(message: HostMessage): void;
}

/**
 * Who listens to what, and who is present where. Presence lives only here, in memory: it is never stored.
 */
export class Hub {
  private readonly library = new Set<Client>();
  private readonly workshops = new Map<string, Set<Client>>();
  private readonly presence = new Map<string, Map<string, Peer>>();

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

  /** Delivers a committed change to everyone who can see it, the sender included (its copy rebases on it). */
  publish(change: Change): void {
    const listeners = new Set([...(this.workshops.get(change.workshopId) ?? []), ...this.library]);
    for (const client of listeners) client.send({ type: 'change', change });
    if (change.op.type === 'workshop.delete') {
      for (const client of this.workshops.get(change.workshopId) ?? []) client.send({ type: 'gone', workshopId: change.workshopId });
      this.workshops.delete(change.workshopId);
      this.presence.delete(change.workshopId);
    }
  }

  setPresence(client: Client, workshopId: string, editing: Peer['editing']): void {
    if (!this.workshops.get(workshopId)?.has(client)) return;
    let peers = this.presence.get(workshopId);
    if (!peers) this.presence.set(workshopId, (peers = new Map()));
    peers.set(client.connId, { clientId: client.clientId, name: client.name, editing });
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

  drop(client: Client): void {
    this.library.delete(client);
    for (const [workshopId, set] of this.workshops) {
      if (!set.delete(client)) continue;
      this.presence.get(workshopId)?.delete(client.connId);
      this.announce(workshopId);
    }
  }

  private announce(workshopId: string): void {
    const peers = [...(this.presence.get(workshopId)?.values() ?? [])];
    for (const client of this.workshops.get(workshopId) ?? []) client.send({ type: 'presence', workshopId, peers });
  }
}
