import type { PlaybookView } from '../../../shared/deliverables/playbook/view.ts';
import { KpiTable } from './KpiTable.tsx';
import { TierTable } from './TierTable.tsx';

/** The authorization matrix and the complaint KPIs, one above the other. */
export function MatrixPanel({ playbook }: { playbook: PlaybookView }) {
  return (
    <div className="playbook-matrix">
      <TierTable artifactId={playbook.artifactId} tiers={playbook.tiers} />
      <KpiTable artifactId={playbook.artifactId} kpis={playbook.kpis} />
    </div>
  );
}
