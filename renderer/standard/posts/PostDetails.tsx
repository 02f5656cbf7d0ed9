import { useState } from 'react';
import { PostFields, type Post } from '../../../shared/domain/standard.ts';
import { CommitField } from '../../components/CommitField.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { schemaValidator } from '../../components/validate.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { useIndicatorCount } from '../../workshop/workshop-hooks.ts';

interface Props {
  workshopId: string;
  post: Post;
}

/** Rename and describe the chosen post, or remove it (after asking). */
export function PostDetails({ workshopId, post }: Props) {
  const { t } = useUi();
  const submit = useSubmit();
  const [confirming, setConfirming] = useState(false);
  const update = (patch: Partial<PostFields>): void => {
    submit({ type: 'post.update', payload: { workshopId, postId: post.id, patch } });
  };
  return (
    <div className="post-details">
      <CommitField
        key={`${post.id}-name`}
        className="post-name-field"
        label={t('standard.postName')}
        value={post.name}
        validate={schemaValidator(t, PostFields.shape.name)}
        onCommit={(name) => update({ name: name.trim() })}
        editing={{ entityId: post.id, field: 'name' }}
      />
      <CommitField
        key={`${post.id}-description`}
        className="post-description-field"
        label={t('standard.postDescription')}
        value={post.description}
        multiline
        placeholder={t('standard.postDescriptionPlaceholder')}
        validate={schemaValidator(t, PostFields.shape.description)}
        onCommit={(description) => update({ description: description.trim() })}
        editing={{ entityId: post.id, field: 'description' }}
      />
      <button type="button" className="btn btn-danger-outline post-remove" onClick={() => setConfirming(true)}>
        {t('standard.removePost')}
      </button>
      {confirming ? <RemovePostDialog workshopId={workshopId} post={post} onClose={() => setConfirming(false)} /> : null}
    </div>
  );
}

/** Asks before removing a post, saying how many indicators go with it. */
function RemovePostDialog({ workshopId, post, onClose }: { workshopId: string; post: Post; onClose(): void }) {
  const { t } = useUi();
  const submit = useSubmit();
  const indicatorCount = useIndicatorCount(post.id);
  return (
    <ConfirmDialog
      title={t('standard.removePostTitle')}
      message={t('standard.removePostConfirm', { name: post.name, count: indicatorCount })}
      confirmLabel={t('standard.removePostSubmit')}
      onConfirm={() => submit({ type: 'post.remove', payload: { workshopId, postId: post.id } })}
      onClose={onClose}
    />
  );
}
