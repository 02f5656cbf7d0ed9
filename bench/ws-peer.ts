import { WebSocket } from 'ws';
import { newId } from '../shared/domain/ids.ts';
import { PROTOCOL_VERSION } from '../shared/protocol/messages.ts';
import { wsUrl } from '../electron/host/testing/fixtures.ts';

/** A bare protocol speaker for benchmarks: no parsing beyond what it waits for, so the host's work dominates. */
export class WsPeer {
  private constructor(readonly socket: WebSocket) {}

  /** Connects with a session token and waits for the host's welcome. */
  static async open(origin: string, token: string): Promise<WsPeer> {
    const socket = new WebSocket(wsUrl(origin), ['satisfy', `auth.${token}`]);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const peer = new WsPeer(socket);
    const welcome = peer.next((data) => data.startsWith('{"type":"welcome"'));
    peer.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name: 'bench' });
    await welcome;
    return peer;
  }

  send(message: unknown): void {
    this.socket.send(JSON.stringify(message));
  }

  sendOp(op: { type: string; payload: unknown }): string {
    const opId = newId();
    this.send({ type: 'op', op: { ...op, opId } });
    return opId;
  }

  /** Resolves with the next message `match` accepts. */
  next(match: (data: string) => boolean): Promise<string> {
    return new Promise((resolve) => {
      const onMessage = (raw: Buffer) => {
        const data = String(raw);
        if (!match(data)) return;
        this.socket.off('message', onMessage);
        resolve(data);
      };
      this.socket.on('message', onMessage);
    });
  }

  /** Sends an op and waits for its ack; throws on a refusal. */
  async commit(op: { type: string; payload: unknown }): Promise<void> {
    const reply = this.next((data) => data.startsWith('{"type":"ack"') || data.startsWith('{"type":"reject"'));
    this.sendOp(op);
    const data = await reply;
    if (!data.startsWith('{"type":"ack"')) throw new Error(`refused: ${data}`);
  }

  /** Subscribes to a workshop and waits for its 'doc' snapshot. */
  async watch(workshopId: string): Promise<void> {
    const doc = this.next((data) => data.startsWith('{"type":"doc"'));
    this.send({ type: 'subscribe', scope: { kind: 'workshop', workshopId } });
    await doc;
  }

  close(): void {
    this.socket.close();
  }
}

export const isAck = (data: string): boolean => data.startsWith('{"type":"ack"');
export const isChange = (data: string): boolean => data.startsWith('{"type":"change"');
