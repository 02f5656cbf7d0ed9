import type { Session } from '../protocol/session.ts';
import { teamOf } from './authorize.ts';
import { COLLECTIONS, type CollectionName, type Effect, type EntityOf, type WorkshopDoc } from './doc.ts';

/**
 * Who may see a row. 'room': everyone admitted to the workshop. A team id: that team (and the trainer, viewers, and
 * everyone once the trainer shares the team's work). 'private': the trainer, viewers and the person named, until the
 * activity's results are revealed. 'orphan': a row whose artifact the doc does not hold, shown to no member (a row
 * that cannot say whose it is must not default to everyone's).
 */
type Audience = { team: string | null } | { privateTo: string; activityId: string } | { orphan: true };

const room: Audience = { team: null };
const byArtifact = (doc: WorkshopDoc, artifactId: string | undefined): Audience => {
  const artifact = artifactId === undefined ? undefined : doc.artifacts[artifactId];
  return artifact ? { team: artifact.teamId } : { orphan: true };
};

/** Each collection's audience: a collection added without one here is a type error. */
const AUDIENCE: { [C in CollectionName]: (row: EntityOf<C>, doc: WorkshopDoc) => Audience } = {
  teams: () => room,
  artifacts: (a) => ({ team: a.teamId }),
  posts: (p, doc) => byArtifact(doc, p.artifactId),
  indicators: (i, doc) => byArtifact(doc, doc.posts[i.postId]?.artifactId),
  scenarios: (s, doc) => byArtifact(doc, s.artifactId),
  scriptLines: (l, doc) => byArtifact(doc, doc.scenarios[l.scenarioId]?.artifactId),
  tiers: (t, doc) => byArtifact(doc, t.artifactId),
  kpis: (k, doc) => byArtifact(doc, k.artifactId),
  rounds: (r, doc) => byArtifact(doc, r.artifactId),
  scoreSheets: (s, doc) => byArtifact(doc, doc.rounds[s.roundId]?.artifactId),
  agendaSteps: () => room,
  agendaClocks: () => room,
  homeworkDepartments: (d, doc) => byArtifact(doc, d.artifactId),
  homeworkActions: (a, doc) => byArtifact(doc, doc.homeworkDepartments[a.departmentId]?.artifactId),
  journeyStages: (s, doc) => byArtifact(doc, s.artifactId),
  journeyCards: (c, doc) => byArtifact(doc, c.artifactId),
  journeyLinks: (l, doc) => byArtifact(doc, l.artifactId),
  strategyMeasures: (m, doc) => byArtifact(doc, m.artifactId),
  participants: () => room,
  classrooms: () => room,
  activities: () => room,
  notes: () => room,
  votes: (v) => ({ privateTo: v.voterId, activityId: v.activityId }),
  responses: (r) => ({ privateTo: r.respondentId, activityId: r.activityId }),
};

/** The collections whose rows are private to one person until revealed (their audience is 'privateTo' above). */
export const PRIVATE_COLLECTIONS: ReadonlySet<CollectionName> = new Set<CollectionName>(['votes', 'responses']);

/** Whether the trainer's room settings hide anything from this session at all (the trainer and viewers see all). */
export const seesEverything = (session: Session): boolean => session.role !== 'member';

export function rowVisible<C extends CollectionName>(session: Session, c: C, row: EntityOf<C>, doc: WorkshopDoc): boolean {
  if (seesEverything(session)) return true;
  const audience = AUDIENCE[c](row, doc);
  if ('orphan' in audience) return false;
  if ('privateTo' in audience) return audience.privateTo === session.sessionId || (doc.activities[audience.activityId]?.revealed ?? false);
  if (audience.team === null) return true;
  if (audience.team === teamOf(session, doc)) return true;
  return doc.classrooms[doc.workshop.id]?.sharedTeamIds.includes(audience.team) ?? false;
}

/** The workshop as this session may see it: other teams' unshared work and others' unrevealed answers left out. */
export function visibleDoc(session: Session, doc: WorkshopDoc): WorkshopDoc {
  if (seesEverything(session)) return doc;
  const out: Record<string, unknown> = { workshop: doc.workshop };
  for (const c of COLLECTIONS) {
    const rows = doc[c] as Record<string, EntityOf<typeof c>>;
    out[c] = Object.fromEntries(Object.entries(rows).filter(([, row]) => rowVisible(session, c, row, doc)));
  }
  return out as WorkshopDoc;
}

/**
 * What of a committed effect this session may see, judged against the doc after it (`after`); null when nothing.
 * Deletions are passed on as they are: an id alone tells nothing, and a client ignores ids it does not hold.
 */
export function visibleEffect(session: Session, effect: Effect, after: WorkshopDoc): Effect | null {
  if (seesEverything(session)) return effect;
  const out: Effect = { put: {}, del: effect.del };
  if (effect.workshop) out.workshop = effect.workshop;
  let hidden = false;
  for (const c of COLLECTIONS) {
    const puts = effect.put[c] as EntityOf<typeof c>[] | undefined;
    if (!puts?.length) continue;
    const shown = puts.filter((row) => rowVisible(session, c, row, after));
    if (shown.length !== puts.length) hidden = true;
    if (shown.length) (out.put as Record<string, unknown[]>)[c] = shown;
  }
  if (!hidden) return effect;
  const empty = !out.workshop && Object.values(out.put).every((l) => !l?.length) && Object.values(out.del).every((l) => !l?.length);
  return empty ? null : out;
}

/**
 * Members with the same key see the same of this effect, so the host judges it once per team instead of once per
 * person: the key is the member's team, or the member themselves when the effect writes someone's vote or answer.
 */
export function audienceKey(session: Session, effect: Effect, after: WorkshopDoc): string {
  for (const c of PRIVATE_COLLECTIONS) if (effect.put[c]?.length) return `person:${session.sessionId}`;
  return `team:${teamOf(session, after) ?? ''}`;
}

const sameTeams = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** Whether a change alters what every member may see: the teams shared, an existing artifact's team, a reveal. */
function reshapesAll(effect: Effect, before: WorkshopDoc): boolean {
  const { classrooms, artifacts, activities } = effect.put;
  if (classrooms?.some((c) => !sameTeams(c.sharedTeamIds, before.classrooms[c.id]?.sharedTeamIds ?? []))) return true;
  if (artifacts?.some((a) => a.id in before.artifacts && before.artifacts[a.id].teamId !== a.teamId)) return true;
  return Boolean(activities?.some((a) => (before.activities[a.id]?.revealed ?? false) !== a.revealed));
}

/**
 * Whose view of the workshop a change reshapes, so they are sent it afresh, judged against the workshop as it was
 * before (null when unknown, which counts as a change). Everyone's when the teams shared, an existing artifact's team
 * or an activity's reveal changed; only the people concerned when someone joined, was moved or was removed (another's
 * move changes what the mover sees, not what the others may see); nobody's otherwise: a new activity or artifact, a
 * rename or the lock reaches members as an ordinary change.
 */
export function reshapedFor(effect: Effect, before: WorkshopDoc | null): 'everyone' | string[] {
  const { classrooms, artifacts, activities, participants } = effect.put;
  if (before ? reshapesAll(effect, before) : classrooms?.length || artifacts?.length || activities?.length) return 'everyone';
  const moved = (participants ?? []).filter((p) => !before || before.participants[p.id]?.teamId !== p.teamId);
  return [...moved.map((p) => p.id), ...(effect.del.participants ?? [])];
}
