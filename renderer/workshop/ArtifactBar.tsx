import type { Artifact } from '../../shared/deliverables/workshop/schemas.ts';
import { useTeams } from '../journey/journey-hooks.ts';

interface Props {
  label: string;
  artifacts: Artifact[];
  selectedId: string | null;
  wholeWorkshop: string;
  onSelect(id: string): void;
  addLabel: string;
  onAdd(): void;
}

/** The instances of a deliverable (the class's, each team's) as toggle buttons, with "new" at the end. */
export function ArtifactBar({ label, artifacts, selectedId, wholeWorkshop, onSelect, addLabel, onAdd }: Props) {
  const teams = useTeams();
  const nameOf = (a: Artifact) => a.title || teams.find((t) => t.id === a.teamId)?.name || wholeWorkshop;
  return (
    <div className="artifact-bar" role="group" aria-label={label}>
      {artifacts.map((a) => (
        <button key={a.id} type="button" className="btn" aria-pressed={a.id === selectedId} onClick={() => onSelect(a.id)}>
          {nameOf(a)}
        </button>
      ))}
      <button type="button" className="btn btn-quiet" onClick={onAdd}>
        <span aria-hidden="true">＋ </span>
        {addLabel}
      </button>
    </div>
  );
}
