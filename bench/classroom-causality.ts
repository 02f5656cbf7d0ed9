/** Which payload field names what an op makes; and the fields by which ops name what they act on. */
const MADE: Record<string, string> = { 'activity.start': 'activityId', 'note.add': 'noteId', 'vote.cast': 'voteId' };
const USED = ['activityId', 'noteId', 'voteId'];

/**
 * People act on what their screen shows: a vote goes out once the voter has received the vote's start and the note,
 * an answer once the poll has reached the phone. Without this an overloaded host would see votes for polls it has not
 * started yet (sent by the schedule's clock, not by anyone who saw them) and the refusals would measure the bench.
 */
export class Causality {
  private readonly madeBy = new Map<unknown, number>();
  private waiting: { needs: number[]; go: () => void }[][];

  constructor(
    clients: number,
    private readonly seen: (client: number, op: number) => boolean,
  ) {
    this.waiting = Array.from({ length: clients }, () => []);
  }

  /** Runs `go` now, or once `client` has received every op that made what `payload` acts on. */
  when(client: number, type: string, payload: Record<string, unknown>, go: () => void): void {
    const own = MADE[type] ? payload[MADE[type]] : undefined;
    const needs = USED.filter((key) => payload[key] !== undefined && payload[key] !== own)
      .map((key) => this.madeBy.get(payload[key]))
      .filter((k): k is number => k !== undefined && !this.seen(client, k));
    if (needs.length) this.waiting[client]!.push({ needs, go });
    else go();
  }

  /** Notes that op `k`, now sent, makes what its payload names. */
  made(type: string, payload: Record<string, unknown>, k: number): void {
    if (MADE[type]) this.madeBy.set(payload[MADE[type]], k);
  }

  /** `client` has received a change: sends what was waiting for it. */
  received(client: number): void {
    const list = this.waiting[client]!;
    if (!list.length) return;
    const ready = list.filter((w) => w.needs.every((k) => this.seen(client, k)));
    if (!ready.length) return;
    this.waiting[client] = list.filter((w) => !ready.includes(w));
    ready.forEach((w) => w.go());
  }

  /** Steps never sent: what they act on never reached their sender. */
  get held(): number {
    return this.waiting.reduce((sum, list) => sum + list.length, 0);
  }
}
