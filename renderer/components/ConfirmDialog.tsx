import { useId } from 'react';
import { useUi } from '../i18n/useUi.ts';
import { Dialog } from './Dialog.tsx';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm(): void;
  onClose(): void;
}

/** A destructive yes/no question. Focus starts on Cancel so an absent-minded Enter deletes nothing. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onClose }: Props) {
  const { t } = useUi();
  const messageId = useId();
  return (
    <Dialog title={title} onClose={onClose} describedBy={messageId}>
      <p id={messageId} className="dialog-message">
        {message}
      </p>
      <div className="dialog-actions">
        <button type="button" className="btn" data-autofocus onClick={onClose}>
          {t('dialog.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => {
            onConfirm();
            onClose();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
