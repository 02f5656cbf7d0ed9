import type { Tx } from '../../core/tx.ts';

export function removeRound(tx: Tx, roundId: string): void {
  for (const s of tx.where('scoreSheets', (s) => s.roundId === roundId)) tx.del('scoreSheets', s.id);
  tx.del('rounds', roundId);
}

/** A scenario goes with its script lines and the role-play rounds practised on it, so the effect lists each row. */
export function removeScenario(tx: Tx, scenarioId: string): void {
  for (const l of tx.where('scriptLines', (l) => l.scenarioId === scenarioId)) tx.del('scriptLines', l.id);
  for (const r of tx.where('rounds', (r) => r.scenarioId === scenarioId)) removeRound(tx, r.id);
  tx.del('scenarios', scenarioId);
}

export function removePlaybookContent(tx: Tx, artifactId: string): void {
  for (const s of tx.where('scenarios', (s) => s.artifactId === artifactId)) removeScenario(tx, s.id);
  for (const t of tx.where('tiers', (t) => t.artifactId === artifactId)) tx.del('tiers', t.id);
  for (const k of tx.where('kpis', (k) => k.artifactId === artifactId)) tx.del('kpis', k.id);
}
