import { useMemo, useSyncExternalStore } from 'react';
import type { WorkshopDoc } from '../../shared/core/doc.ts';
import { sortByOrder } from '../../shared/core/order.ts';
import { journeyView, type JourneyView } from '../../shared/deliverables/journey/view.ts';
import type { Artifact, DeliverableId } from '../../shared/deliverables/workshop/schemas.ts';
import type { Volatile } from '../../shared/protocol/messages.ts';
import { useClient, useDocSelector } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';

/** The workshop's instances of one deliverable, in order. */
export function useArtifactsOf(deliverable: DeliverableId): Artifact[] {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => sortByOrder(Object.values(doc.artifacts).filter((a) => a.deliverable === deliverable)), [deliverable]) ?? [];
}

/** The workshop's teams, in order (for choosing who owns a new map). */
export function useTeams() {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => sortByOrder(Object.values(doc.teams))) ?? [];
}

/**
 * One journey map, rebuilt only when a journey collection changes: an edit of 成果1 leaves the map alone (the
 * collections keep their identity through other edits).
 */
export function useJourneyView(artifactId: string): JourneyView | null {
  const workshopId = useWorkshopId();
  // A tuple of the three collections: the selector keeps the old tuple while each keeps its identity.
  const parts = useDocSelector(workshopId, (doc) => [doc.journeyStages, doc.journeyCards, doc.journeyLinks] as const);
  return useMemo(() => {
    if (!parts) return null;
    const [journeyStages, journeyCards, journeyLinks] = parts;
    return journeyView({ journeyStages, journeyCards, journeyLinks } as unknown as WorkshopDoc, artifactId);
  }, [parts, artifactId]);
}

/** Who this page is: the trainer may create for anyone, a member for their team. */
export function useSelf(): { role: string | null; teamId: string | null } {
  const client = useClient();
  const role = useSyncExternalStore(client.subscribe, () => client.role);
  const teamId = useSyncExternalStore(client.subscribe, () => client.teamId);
  return { role, teamId };
}

/** The others' live drags in this workshop (never stored). */
export function useVolatiles(): ReadonlyMap<string, Volatile> {
  const client = useClient();
  const workshopId = useWorkshopId();
  return useSyncExternalStore(client.presence.subscribe, () => client.presence.volatileOf(workshopId));
}
