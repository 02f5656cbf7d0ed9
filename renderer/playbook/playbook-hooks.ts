import { useMemo } from 'react';
import { sortByOrder } from '../../shared/core/order.ts';
import { playbookView, type PlaybookSource, type PlaybookView } from '../../shared/deliverables/playbook/view.ts';
import type { Artifact, Team } from '../../shared/deliverables/workshop/schemas.ts';
import { useDocSelector } from '../sync/hooks.ts';
import { useWorkshopId } from '../workshop/WorkshopContext.tsx';

/** The workshop's playbooks (one per team, or one for everyone), in order. */
export function usePlaybooks(): Artifact[] {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => sortByOrder(Object.values(doc.artifacts).filter((a) => a.deliverable === 'playbook'))) ?? [];
}

export function useTeams(): Team[] {
  const workshopId = useWorkshopId();
  return useDocSelector(workshopId, (doc) => sortByOrder(Object.values(doc.teams))) ?? [];
}

/**
 * One playbook as ordered lists, rebuilt only when one of the collections it reads changed, so edits elsewhere in
 * the workshop (成果1, other deliverables) do not re-render the playbook's screens.
 */
export function usePlaybookView(artifactId: string): PlaybookView | null {
  const workshopId = useWorkshopId();
  const parts = useDocSelector(workshopId, (doc) => [
    doc.artifacts,
    doc.scenarios,
    doc.scriptLines,
    doc.tiers,
    doc.kpis,
    doc.rounds,
    doc.scoreSheets,
  ]);
  return useMemo(() => {
    if (!parts) return null;
    const [artifacts, scenarios, scriptLines, tiers, kpis, rounds, scoreSheets] = parts;
    return playbookView({ artifacts, scenarios, scriptLines, tiers, kpis, rounds, scoreSheets } as PlaybookSource, artifactId);
  }, [parts, artifactId]);
}
