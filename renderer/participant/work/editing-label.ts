import type { WorkshopDoc } from '../../../shared/core/doc.ts';
import type { Peer } from '../../../shared/protocol/messages.ts';

/** What a peer is editing, in words a phone can show: the moment, indicator, department or action's own name. */
export function editingLabel(doc: WorkshopDoc, editing: NonNullable<Peer['editing']>): string | null {
  const id = editing.entityId;
  return (
    doc.journeyCards[id]?.touchpoint ||
    doc.indicators[id]?.name ||
    doc.posts[id]?.name ||
    doc.homeworkDepartments[id]?.name ||
    doc.homeworkActions[id]?.what ||
    doc.journeyStages[id]?.name ||
    null
  );
}
