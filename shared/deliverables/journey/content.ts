import type { Tx } from '../../core/tx.ts';

/** Removes a card with the arrows into and out of it, so the effect lists each deleted row. */
export function removeCard(tx: Tx, cardId: string): void {
  for (const l of tx.where('journeyLinks', (l) => l.from === cardId || l.to === cardId)) tx.del('journeyLinks', l.id);
  tx.del('journeyCards', cardId);
}

/** Removes a stage and every moment in it. */
export function removeStage(tx: Tx, stageId: string): void {
  for (const c of tx.where('journeyCards', (c) => c.stageId === stageId)) removeCard(tx, c.id);
  tx.del('journeyStages', stageId);
}

export function removeJourneyContent(tx: Tx, artifactId: string): void {
  for (const s of tx.where('journeyStages', (s) => s.artifactId === artifactId)) removeStage(tx, s.id);
}
