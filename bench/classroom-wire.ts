/**
 * Reading the host's frames without parsing them: the bench's one process holds up to 300 clients, and full JSON
 * parsing of every change they receive would make the bench, not the host, what is measured.
 */
const QUOTE = 0x22;

/** The message's type: frames start with `{"type":"…"`. */
export function frameType(data: Buffer): string {
  return data.toString('latin1', 9, data.indexOf(QUOTE, 9));
}

/** The first `"opId":"…"` in the frame: a change's own op (sub-ops of a batch carry none), an ack's or a reject's. */
export function frameOpId(data: Buffer): string | null {
  const at = data.indexOf('"opId":"');
  return at < 0 ? null : data.toString('latin1', at + 8, data.indexOf(QUOTE, at + 8));
}

/** Bytes received per message type, summed over clients. */
export class Traffic {
  readonly bytes = new Map<string, number>();

  count(type: string, size: number): void {
    this.bytes.set(type, (this.bytes.get(type) ?? 0) + size);
  }
}
