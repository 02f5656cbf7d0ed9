import type { Tx } from '../../core/tx.ts';

export function removeStrategyContent(tx: Tx, artifactId: string): void {
  for (const m of tx.where('strategyMeasures', (m) => m.artifactId === artifactId)) tx.del('strategyMeasures', m.id);
}
