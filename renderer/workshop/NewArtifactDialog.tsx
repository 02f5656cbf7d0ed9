import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Dialog } from '../components/Dialog.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { useUi } from '../i18n/useUi.ts';
import { useSelf, useTeams } from '../journey/journey-hooks.ts';

interface Props {
  title: string;
  submitLabel: string;
  onCreate(teamId: string | null): void;
  onClose(): void;
  /** More choices (a template), rendered under the owner. */
  children?: ReactNode;
}

/** Who a new deliverable instance belongs to: the trainer picks the whole class or a team; a member's is their team's. */
export function NewArtifactDialog({ title, submitLabel, onCreate, onClose, children }: Props) {
  const { t } = useUi();
  const teams = useTeams();
  const self = useSelf();
  const choices = self.role === 'trainer' ? [null, ...teams.map((x) => x.id)] : [self.teamId];
  const [teamId, setTeamId] = useState<string | null>(choices[0] ?? null);
  const ownerId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onCreate(teamId);
    onClose();
  };
  return (
    <Dialog title={title} onClose={onClose} wide>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={ownerId}>
            {t('journey.owner')}
          </label>
          <select id={ownerId} className="input select" value={teamId ?? ''} onChange={(e) => setTeamId(e.target.value || null)}>
            {choices.map((id) => (
              <option key={id ?? 'all'} value={id ?? ''}>
                {id ? (teams.find((x) => x.id === id)?.name ?? id) : t('journey.wholeWorkshop')}
              </option>
            ))}
          </select>
        </div>
        {children}
        <FormActions onCancel={onClose} submitLabel={submitLabel} />
      </form>
    </Dialog>
  );
}
