import { newId } from '../../../shared/domain/ids.ts';
import { PROTOCOL_VERSION, type HostMessage } from '../../../shared/protocol/messages.ts';
import type { OpInput } from '../../../shared/protocol/ops.ts';
import { RawClient } from './fixtures.ts';

type Answer = Extract<HostMessage, { type: 'ack' | 'reject' }>;

/** A raw client that has said hello and sends ops one at a time, waiting for the host's answer to each. */
export class Speaker {
  private constructor(readonly raw: RawClient) {}

  static async open(origin: string, token: string, name = 'speaker'): Promise<Speaker> {
    const raw = await RawClient.open(origin, token);
    raw.send({ type: 'hello', protocol: PROTOCOL_VERSION, clientId: newId(), name });
    await raw.next('welcome');
    return new Speaker(raw);
  }

  /** Sends one op and resolves with the host's ack or refusal of it. */
  async send(input: OpInput, ms = 5000): Promise<Answer> {
    const opId = newId();
    this.raw.send({ type: 'op', op: { ...input, opId } });
    const deadline = Date.now() + ms;
    for (;;) {
      const at = this.raw.messages.findIndex((m) => (m.type === 'ack' || m.type === 'reject') && m.opId === opId);
      if (at >= 0) return this.raw.messages.splice(at, 1)[0] as Answer;
      if (Date.now() > deadline) throw new Error(`no answer to ${input.type}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  close(): void {
    this.raw.close();
  }
}
