import { useUi } from '../i18n/useUi.ts';
import { editorsOf } from './presence.ts';
import { usePeers } from './workshop-hooks.ts';

/** "✎ 王芳 is editing": its own component, so presence changes re-render this line and not the row around it. */
export function EditorsHint({ entityId }: { entityId: string }) {
  const { t } = useUi();
  const editors = editorsOf(usePeers(), entityId, t);
  if (editors.length === 0) return null;
  return (
    <p className="editing-hint">
      <span aria-hidden="true">✎ </span>
      {t('indicator.editedBy', { names: editors.join(t('indicator.nameSeparator')) })}
    </p>
  );
}
