import { teamOf } from '../../../shared/core/authorize.ts';
import type { CollectionName, WorkshopDoc } from '../../../shared/core/doc.ts';
import { PRIVATE_COLLECTIONS, rowVisible, seesEverything, visibleDoc } from '../../../shared/core/visibility.ts';
import type { HostMessage } from '../../../shared/protocol/messages.ts';
import type { Session } from '../../../shared/protocol/session.ts';

interface TeamPart {
  /** The message without the private collections, up to (not including) the doc's closing brace. */
  head: string;
  /** Per private collection, the rows all of the team see (revealed ones), as `"id":{…}` entries. */
  shared: Map<CollectionName, string>;
  /** The whole message, for members who hold nothing of their own that is hidden from their team. */
  whole: string | undefined;
}

const entries = (rows: { id: string }[]) => rows.map((row) => `${JSON.stringify(row.id)}:${JSON.stringify(row)}`).join(',');

/**
 * Encodes the `doc` message of one workshop for many sessions at once, each as `visibleDoc` would have it. Nearly all of
 * what a member may see is their team's, encoded once per team; only their own unrevealed votes and answers are
 * theirs alone and are spliced into the team's text. A room of 300 who all answered a poll not yet revealed would
 * otherwise cost 300 encodings of the whole workshop on every share.
 */
export function docMessages(workshopId: string, seq: number, doc: WorkshopDoc): (session: Session) => string {
  const message = (seen: unknown) => JSON.stringify({ type: 'doc', workshopId, seq, doc: seen } as HostMessage);
  let everything: string | undefined;
  const teams = new Map<string | null, TeamPart>();

  const teamPart = (team: string | null, teamSession: Session): TeamPart => {
    const seen = visibleDoc(teamSession, doc);
    const rest: Record<string, unknown> = { ...seen };
    for (const c of PRIVATE_COLLECTIONS) delete rest[c];
    const shared = new Map([...PRIVATE_COLLECTIONS].map((c) => [c, entries(Object.values(seen[c]))]));
    const part: TeamPart = { head: message(rest).slice(0, -2), shared, whole: undefined };
    teams.set(team, part);
    return part;
  };

  return (session) => {
    if (seesEverything(session)) return (everything ??= message(doc));
    const team = teamOf(session, doc);
    // Someone of the team who holds no votes or answers: what every member of the team sees.
    const teamSession: Session = { ...session, sessionId: '', teamId: team };
    const part = teams.get(team) ?? teamPart(team, teamSession);
    const own = new Map(
      [...PRIVATE_COLLECTIONS].map((c) => {
        const rows = Object.values(doc[c]) as { id: string }[];
        const mine = rows.filter((row) => rowVisible(session, c, row as never, doc) && !rowVisible(teamSession, c, row as never, doc));
        return [c, entries(mine)];
      }),
    );
    const alone = [...own.values()].some(Boolean);
    if (!alone && part.whole !== undefined) return part.whole;
    const tail = [...PRIVATE_COLLECTIONS].map((c) => `,${JSON.stringify(c)}:{${[part.shared.get(c), own.get(c)].filter(Boolean).join(',')}}`);
    const text = `${part.head}${tail.join('')}}}`;
    if (!alone) part.whole = text;
    return text;
  };
}
