import { useRef, useState, type FormEvent } from 'react';
import { PostFields } from '../../../shared/domain/standard.ts';
import type { Language } from '../../../shared/domain/workshop.ts';
import { INDUSTRY_POSTS } from '../../../templates/industries/industry-posts.ts';
import { POST_TEMPLATES } from '../../../templates/post-types.ts';
import { useWorkshopMeta } from '../../workshop/workshop-hooks.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { Field } from '../../components/Field.tsx';
import { problemsByField, problemText, type Problem } from '../../components/validate.ts';
import { useUi } from '../../i18n/useUi.ts';
import { FormActions } from '../../components/FormActions.tsx';

interface Props {
  /** The workshop's language: example posts are offered (and stored) in it. */
  contentLang: Language;
  onAdd(fields: PostFields): void;
  onClose(): void;
}

/** A new service post: pick one of the course's example posts to prefill it, or type a name of your own. */
export function AddPostDialog({ contentLang, onAdd, onClose }: Props) {
  // The example posts of the workshop's industry.
  const ownPosts = INDUSTRY_POSTS[useWorkshopMeta().industry];
  const { t } = useUi();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [problems, setProblems] = useState<Record<string, Problem>>({});
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const found = problemsByField(PostFields, { name, description });
    setProblems(found);
    if (Object.keys(found).length > 0) {
      nameRef.current?.focus();
      return;
    }
    onAdd(PostFields.parse({ name, description }));
    onClose();
  };

  return (
    <Dialog title={t('standard.addPostTitle')} onClose={onClose} wide>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="template-choices">
          <legend>{t('standard.addPostFromTemplate')}</legend>
          {POST_TEMPLATES.filter((tpl) => ownPosts.includes(tpl.type)).map((tpl) => (
            <button
              key={tpl.type}
              type="button"
              className="btn template-choice"
              aria-label={t('standard.addPostUseTemplate', { name: tpl.name[contentLang] })}
              onClick={() => {
                setName(tpl.name[contentLang]);
                setDescription(tpl.description[contentLang]);
                setProblems({});
                nameRef.current?.focus();
              }}
            >
              <strong>{tpl.name[contentLang]}</strong>
              <span className="template-choice-text">{tpl.description[contentLang]}</span>
            </button>
          ))}
        </fieldset>
        <p className="form-divider">{t('standard.addPostFree')}</p>
        <Field label={t('standard.postName')} error={problems.name ? problemText(t, problems.name) : null}>
          {(control) => (
            <input
              {...control}
              ref={nameRef}
              className="input"
              type="text"
              value={name}
              aria-required
              data-autofocus
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('standard.postDescription')} error={problems.description ? problemText(t, problems.description) : null}>
          {(control) => (
            <textarea
              {...control}
              className="input textarea"
              rows={3}
              value={description}
              placeholder={t('standard.postDescriptionPlaceholder')}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
        </Field>
        <FormActions onCancel={onClose} submitLabel={t('standard.addPostSubmit')} />
      </form>
    </Dialog>
  );
}
