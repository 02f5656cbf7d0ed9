import type { Peer, Volatile } from '../../shared/protocol/messages.ts';

type Listener = () => void;

/**
 * Who else is here and what they edit, plus their live drags: kept apart from the document, so someone moving their
 * focus re-renders presence badges only, never the rows of a table.
 */
export class PresenceStore {
  private readonly peers = new Map<string, Peer[]>();
  private readonly moving = new Map<string, Map<string, Volatile>>();
  private readonly listeners = new Set<Listener>();

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  peersOf(workshopId: string): Peer[] {
    return this.peers.get(workshopId) ?? NONE;
  }

  /** Everyone present, as the host lists them when this page subscribes. */
  set(workshopId: string, peers: Peer[]): void {
    this.peers.set(workshopId, peers);
    const live = new Set(peers.map((p) => p.clientId));
    for (const id of this.moving.get(workshopId)?.keys() ?? []) if (!live.has(id)) this.moving.get(workshopId)!.delete(id);
    this.emit();
  }

  /** Someone arrived or changed what they edit: the host sends one peer, not the room. */
  upsert(workshopId: string, peer: Peer): void {
    const peers = this.peersOf(workshopId);
    const at = peers.findIndex((p) => p.conn === peer.conn);
    this.set(workshopId, at < 0 ? [...peers, peer] : peers.map((p, i) => (i === at ? peer : p)));
  }

  leave(workshopId: string, conn: string): void {
    const peers = this.peersOf(workshopId);
    if (peers.some((p) => p.conn === conn)) this.set(workshopId, peers.filter((p) => p.conn !== conn));
  }

  /** The latest drag or cursor of each other client in the workshop. */
  volatileOf(workshopId: string): ReadonlyMap<string, Volatile> {
    return this.moving.get(workshopId) ?? EMPTY;
  }

  setVolatile(workshopId: string, clientId: string, data: Volatile): void {
    const next = new Map(this.moving.get(workshopId) ?? []);
    next.set(clientId, data);
    this.moving.set(workshopId, next);
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

const NONE: Peer[] = [];
const EMPTY: ReadonlyMap<string, Volatile> = new Map();
