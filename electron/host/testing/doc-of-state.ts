import { emptyDoc, type WorkshopDoc } from '../../../shared/core/doc.ts';
import type { WorkshopState } from '../../../shared/domain/state.ts';
import type { ExportSource } from '../export/exporters.ts';

/** A workshop doc holding exactly a 成果1 state (the inverse of standardState), for exports of made-up standards. */
export function docOfState(state: WorkshopState): WorkshopDoc {
  const id = state.workshop.id;
  return {
    ...emptyDoc(state.workshop),
    artifacts: { [id]: { id, deliverable: 'standard', teamId: null, title: '', order: 'a0' } },
    posts: Object.fromEntries(state.posts.map((p) => [p.id, { ...p, artifactId: id }])),
    indicators: Object.fromEntries(state.indicators.map((i) => [i.id, i])),
  };
}

export const exportSourceOf = (state: WorkshopState): ExportSource => ({ doc: docOfState(state), artifactId: state.workshop.id });
