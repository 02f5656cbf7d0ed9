import { useState, type FormEvent } from 'react';
import { WorkshopFields } from '../../shared/domain/workshop.ts';
import { Dialog } from '../components/Dialog.tsx';
import { Field } from '../components/Field.tsx';
import { problemOf, problemText, type Problem } from '../components/validate.ts';
import { useUi } from '../i18n/useUi.ts';
import { FormActions } from '../components/FormActions.tsx';

interface Props {
  title: string;
  hint?: string;
  label: string;
  initial: string;
  submitLabel: string;
  onSubmit(name: string): void;
  onClose(): void;
}

/** Asks for one workshop name (rename, duplicate), checked with the shared schema before anything is sent. */
export function NameDialog({ title, hint, label, initial, submitLabel, onSubmit, onClose }: Props) {
  const { t } = useUi();
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState<Problem | null>(null);
  const schema = WorkshopFields.shape.name;

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const found = problemOf(schema, name);
    setProblem(found);
    if (found) return;
    onSubmit(schema.parse(name));
    onClose();
  };

  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        {hint ? <p className="dialog-message">{hint}</p> : null}
        <Field label={label} error={problem ? problemText(t, problem) : null}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              value={name}
              data-autofocus
              aria-required
              onFocus={(e) => e.currentTarget.select()}
              onChange={(e) => {
                setName(e.target.value);
                if (problem) setProblem(problemOf(schema, e.target.value));
              }}
            />
          )}
        </Field>
        <FormActions onCancel={onClose} submitLabel={submitLabel} />
      </form>
    </Dialog>
  );
}
