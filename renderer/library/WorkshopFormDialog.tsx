import { Industry } from '../../shared/domain/workshop.ts';
import { useRef, useState, type FormEvent } from 'react';
import { SUPPORTED_LANGUAGES } from '../../shared/i18n/resources.ts';
import type { WorkshopFields } from '../../shared/domain/workshop.ts';
import { Dialog } from '../components/Dialog.tsx';
import { Field } from '../components/Field.tsx';
import { useUi } from '../i18n/useUi.ts';
import { checkWorkshopDraft, formProblemText, type FormProblems, type WorkshopDraft } from './workshop-form.ts';
import { FormActions } from '../components/FormActions.tsx';

interface Props {
  title: string;
  submitLabel: string;
  initial: WorkshopDraft;
  onSubmit(fields: WorkshopFields): void;
  onClose(): void;
}

/** Name, company, trainer, dates, content language and industry of a workshop; problems show inline and nothing is sent. */
export function WorkshopFormDialog({ title, submitLabel, initial, onSubmit, onClose }: Props) {
  const { t } = useUi();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<FormProblems>({});
  const formRef = useRef<HTMLFormElement>(null);

  const set = (key: keyof WorkshopDraft) => (e: { target: { value: string } }) => {
    const next = { ...draft, [key]: e.target.value };
    setDraft(next);
    // Once a problem is shown, it updates as the user fixes it.
    if (Object.keys(problems).length > 0) {
      const checked = checkWorkshopDraft(next);
      setProblems(checked.ok ? {} : checked.problems);
    }
  };

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const checked = checkWorkshopDraft(draft);
    if (!checked.ok) {
      setProblems(checked.problems);
      // The invalid flags render with the next commit; then the first one takes the focus.
      window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    onSubmit(checked.fields);
    onClose();
  };

  const text = (key: 'name' | 'company' | 'trainer', extra?: { placeholder?: string; autofocus?: boolean }) => (
    <Field label={t(`workshopForm.${key}`)} error={formProblemText(t, problems[key])}>
      {(control) => (
        <input
          {...control}
          className="input"
          type="text"
          value={draft[key]}
          onChange={set(key)}
          placeholder={extra?.placeholder}
          data-autofocus={extra?.autofocus ? true : undefined}
          required={key === 'name'}
          aria-required={key === 'name'}
        />
      )}
    </Field>
  );

  const date = (key: 'startDate' | 'endDate') => (
    <Field label={t(`workshopForm.${key}`)} error={formProblemText(t, problems[key])} className="field-date">
      {(control) => <input {...control} className="input" type="date" value={draft[key]} onChange={set(key)} />}
    </Field>
  );

  return (
    <Dialog title={title} onClose={onClose} wide>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        {text('name', { placeholder: t('workshopForm.namePlaceholder'), autofocus: true })}
        <div className="form-row">
          {text('company')}
          {text('trainer')}
        </div>
        <div className="form-row">
          {date('startDate')}
          {date('endDate')}
        </div>
        <div className="form-row">
          <Field label={t('workshopForm.language')} hint={t('workshopForm.languageHint')} error={formProblemText(t, problems.language)}>
            {(control) => (
              <select {...control} className="input select" value={draft.language} onChange={set('language')}>
                {SUPPORTED_LANGUAGES.map((code) => (
                  <option key={code} value={code}>
                    {t(`workshopForm.languageOption.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('workshopForm.industry')} hint={t('workshopForm.industryHint')} error={formProblemText(t, problems.industry)}>
            {(control) => (
              <select {...control} className="input select" value={draft.industry} onChange={set('industry')}>
                {Industry.options.map((code) => (
                  <option key={code} value={code}>
                    {t(`workshopForm.industryOption.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <FormActions onCancel={onClose} submitLabel={submitLabel} />
      </form>
    </Dialog>
  );
}
