import { useUi } from '../i18n/useUi.ts';

/** Cancel and submit, in the same places in every dialog form. */
export function FormActions({ onCancel, submitLabel }: { onCancel: () => void; submitLabel: string }) {
  const { t } = useUi();
  return (
    <div className="dialog-actions">
      <button type="button" className="btn" onClick={onCancel}>
        {t('dialog.cancel')}
      </button>
      <button type="submit" className="btn btn-primary">
        {submitLabel}
      </button>
    </div>
  );
}
