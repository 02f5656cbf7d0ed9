import type { CollectionName, Effect, WorkshopDoc } from '../../../shared/core/doc.ts';
import { audienceKey, PRIVATE_COLLECTIONS, reshapedFor, seesEverything, visibleEffect } from '../../../shared/core/visibility.ts';
import type { ByeReason, Change, HostMessage, Peer, Volatile } from '../../../shared/protocol/messages.ts';
import type { Session } from '../../../shared/protocol/session.ts';
import { docMessages } from './doc-messages.ts';

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

/** Workshops whose members are owed the doc afresh once the commit group has been published. */
interface Refresh {
  doc: WorkshopDoc;
  seq: number;
  clients: Set<Client>;
}

/**
 * A filtered effect that only takes away votes or answers: the rows it deletes were someone else's, hidden from this
 * member (once results are revealed the whole effect is visible and is sent as it is), so there is nothing to tell.
 */
const onlyHiddenAnswersGone = (shown: Effect): boolean =>
  !shown.workshop &&
  Object.values(shown.put).every((rows) => !rows?.length) &&
  Object.entries(shown.del).every(([c, ids]) => !ids?.length || PRIVATE_COLLECTIONS.has(c as CollectionName));

/**
 * Who listens to what, and who is present where. Presence and volatile data live only here, in memory: never stored.
 */
export class Hub {
  private readonly connected = new Set<Client>();
  private readonly library = new Set<Client>();
  private readonly workshops = new Map<string, Set<Client>>();
  private readonly presence = new Map<string, Map<string, Peer>>();
  private readonly volatileBudget = new WeakMap<Client, { second: number; count: number }>();
  private readonly refreshes = new Map<string, Refresh>();
  private refreshScheduled = false;
  private readonly versions = new Map<string, { before: WorkshopDoc | null; current: WorkshopDoc }>();

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
    client.send({ type: 'presence', workshopId, peers: [...(this.presence.get(workshopId)?.values() ?? [])] });
  }

  unsubscribe(client: Client, workshopId: string | null): void {
    if (workshopId === null) return void this.library.delete(client);
    if (!this.workshops.get(workshopId)?.delete(client)) return;
    this.leave(client, workshopId);
  }

  /**
   * Delivers a committed change to those who see it, the sender included (it confirms from it). The library feed
   * hears only of changes to the list itself (workshops created, copied, deleted, renamed), not every edit inside.
   * `doc` is the workshop after the change's commit group: members are judged against the room as it now stands.
   *
   * The trainer, viewers and every member who may see the whole effect share one encoded message (what members may
   * see of it is judged once per team, see audienceKey). A member who may see none of it hears nothing. A member who
   * may see only part of it gets no change at all but the doc afresh: the op inside a change is the sender's payload
   * (another team's text, someone's score), which filtering the effect does not clean, and a stand-in op would be a
   * second meaning of the change. Such mixed effects are rare (a trainer's batch across teams); an answer replaced
   * before the reveal is the common one and needs nothing.
   */
  publish(change: Change, doc: WorkshopDoc | null): void {
    const listeners = new Set(this.workshops.get(change.workshopId) ?? []);
    if (change.library || change.effect?.workshop) for (const client of this.library) listeners.add(client);
    const text = JSON.stringify({ type: 'change', change } satisfies HostMessage);
    const { effect } = change;
    const owed = this.refreshes.get(change.workshopId);
    if (owed && doc) Object.assign(owed, { doc, seq: change.seq });
    const before = doc ? this.docBefore(change.workshopId, doc) : null;
    const reshaped = effect && doc ? reshapedFor(effect, before) : [];
    const judged = new Map<string, Effect | null>();
    for (const client of listeners) {
      if (!effect || seesEverything(client.session)) {
        client.sendText(text);
        continue;
      }
      // Without the doc (deleted in the same commit group) nothing can be judged, so members are sent nothing.
      if (!doc) continue;
      if (reshaped === 'everyone' || reshaped.includes(client.session.sessionId)) {
        this.refresh(client, change, doc);
        continue;
      }
      const key = audienceKey(client.session, effect, doc);
      if (!judged.has(key)) judged.set(key, visibleEffect(client.session, effect, doc));
      const shown = judged.get(key);
      if (shown === effect) client.sendText(text);
      else if (shown && !onlyHiddenAnswersGone(shown)) this.refresh(client, change, doc);
    }
    if (change.library?.del) {
      for (const client of this.workshops.get(change.workshopId) ?? []) client.send({ type: 'gone', workshopId: change.workshopId });
      this.workshops.delete(change.workshopId);
      this.presence.delete(change.workshopId);
      this.refreshes.delete(change.workshopId);
      this.versions.delete(change.workshopId);
    }
  }

  setPresence(client: Client, workshopId: string, editing: Peer['editing']): void {
    if (!this.workshops.get(workshopId)?.has(client)) return;
    let peers = this.presence.get(workshopId);
    if (!peers) this.presence.set(workshopId, (peers = new Map()));
    const { role, sessionId } = client.session;
    const peer: Peer = { conn: client.connId, clientId: client.clientId, name: client.name, role, editing, ...(role === 'member' ? { participantId: sessionId } : {}) };
    peers.set(client.connId, peer);
    this.announce(workshopId, client, { type: 'peer', workshopId, peer });
  }

  /** A member changed the name the others see: tell every workshop they are in. */
  renamed(client: Client): void {
    for (const [workshopId, peers] of this.presence) {
      const peer = peers.get(client.connId);
      if (!peer) continue;
      const renamed = { ...peer, name: client.name };
      peers.set(client.connId, renamed);
      this.announce(workshopId, client, { type: 'peer', workshopId, peer: renamed });
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
      this.leave(client, workshopId);
    }
  }

  private leave(client: Client, workshopId: string): void {
    if (!this.presence.get(workshopId)?.delete(client.connId)) return;
    this.announce(workshopId, client, { type: 'peerLeft', workshopId, conn: client.connId });
  }

  /**
   * Owes a member the workshop afresh. Sent once the commit group's changes have all been published (a microtask
   * later): one doc per member however many changes of the group reshaped their view, built from the last of them,
   * and encoded once per team (see docMessages).
   */
  private refresh(client: Client, change: Change, doc: WorkshopDoc): void {
    const owed = this.refreshes.get(change.workshopId);
    if (owed) owed.clients.add(client);
    else this.refreshes.set(change.workshopId, { doc, seq: change.seq, clients: new Set([client]) });
    if (this.refreshScheduled) return;
    this.refreshScheduled = true;
    queueMicrotask(() => this.sendRefreshes());
  }

  private sendRefreshes(): void {
    this.refreshScheduled = false;
    const due = [...this.refreshes];
    this.refreshes.clear();
    for (const [workshopId, { doc, seq, clients }] of due) {
      const listening = this.workshops.get(workshopId);
      const encode = docMessages(workshopId, seq, doc);
      for (const client of clients) if (listening?.has(client)) client.sendText(encode(client.session));
    }
  }

  /**
   * The workshop as it was before the commit group that produced `doc` (null the first time the hub hears of it):
   * every change of a group is published with the group's final doc, so the previous final doc is the one before.
   */
  private docBefore(workshopId: string, doc: WorkshopDoc): WorkshopDoc | null {
    const known = this.versions.get(workshopId);
    if (known?.current === doc) return known.before;
    this.versions.set(workshopId, { before: known?.current ?? null, current: doc });
    return known?.current ?? null;
  }

  /** Tells the others in the workshop what changed about one peer (encoded once). */
  private announce(workshopId: string, about: Client, message: Extract<HostMessage, { type: 'peer' | 'peerLeft' }>): void {
    const text = JSON.stringify(message);
    for (const client of this.workshops.get(workshopId) ?? []) if (client !== about) client.sendText(text);
  }

}
