import type { CollectionName, EntityOf, WorkshopDoc } from '../../../shared/core/doc.ts';
import { newId } from '../../../shared/domain/ids.ts';
import type { Workshop } from '../../../shared/domain/workshop.ts';

type Remap = (id: string) => string;

/** A class's people and their answers stay with that class: a copy starts with an empty room. */
const notCopied = () => null;

/** How each collection's references follow a copy: a collection without its line here is a type error. */
const REMAP: { [C in CollectionName]: (entity: EntityOf<C>, id: Remap) => EntityOf<C> | null } = {
  teams: (t, id) => ({ ...t, id: id(t.id) }),
  artifacts: (a, id) => ({ ...a, id: id(a.id), teamId: a.teamId === null ? null : id(a.teamId) }),
  posts: (p, id) => ({ ...p, id: id(p.id), artifactId: id(p.artifactId) }),
  indicators: (i, id) => ({ ...i, id: id(i.id), postId: id(i.postId) }),
  scenarios: (s, id) => ({ ...s, id: id(s.id), artifactId: id(s.artifactId) }),
  scriptLines: (l, id) => ({ ...l, id: id(l.id), scenarioId: id(l.scenarioId) }),
  tiers: (t, id) => ({ ...t, id: id(t.id), artifactId: id(t.artifactId) }),
  kpis: (k, id) => ({ ...k, id: id(k.id), artifactId: id(k.artifactId) }),
  rounds: (r, id) => ({ ...r, id: id(r.id), artifactId: id(r.artifactId), scenarioId: id(r.scenarioId) }),
  scoreSheets: (s, id) => ({ ...s, id: id(s.id), roundId: id(s.roundId) }),
  agendaSteps: (s, id) => ({ ...s, id: id(s.id) }),
  homeworkDepartments: (d, id) => ({ ...d, id: id(d.id), artifactId: id(d.artifactId) }),
  homeworkActions: (a, id) => ({ ...a, id: id(a.id), departmentId: id(a.departmentId) }),
  agendaClocks: (c, id) => ({ ...c, id: id(c.id), currentStepId: c.currentStepId === null ? null : id(c.currentStepId) }),
  journeyStages: (s, id) => ({ ...s, id: id(s.id), artifactId: id(s.artifactId) }),
  journeyCards: (c, id) => ({ ...c, id: id(c.id), artifactId: id(c.artifactId), stageId: id(c.stageId), indicatorIds: c.indicatorIds.map(id) }),
  journeyLinks: (l, id) => ({ ...l, id: id(l.id), artifactId: id(l.artifactId), from: id(l.from), to: id(l.to) }),
  strategyMeasures: (m, id) => ({ ...m, id: id(m.id), artifactId: id(m.artifactId) }),
  participants: notCopied,
  classrooms: notCopied,
  activities: notCopied,
  notes: notCopied,
  votes: notCopied,
  responses: notCopied,
};

/**
 * A workshop's content under a new workshop: every entity gets a fresh id (ids are unique across the library), and
 * the workshop-wide standard takes the new workshop's id, as every workshop's does.
 */
export function copyDoc(source: WorkshopDoc, workshop: Workshop): WorkshopDoc {
  const ids = new Map<string, string>([[source.workshop.id, workshop.id]]);
  const id: Remap = (old) => {
    let fresh = ids.get(old);
    if (!fresh) ids.set(old, (fresh = newId()));
    return fresh;
  };
  const copy: Record<string, unknown> = { workshop };
  for (const c of Object.keys(REMAP) as CollectionName[]) {
    const remap = REMAP[c] as (e: unknown, id: Remap) => { id: string } | null;
    const copied = Object.values(source[c]).flatMap((e) => remap(e, id) ?? []);
    copy[c] = Object.fromEntries(copied.map((e) => [e.id, e]));
  }
  return copy as WorkshopDoc;
}
