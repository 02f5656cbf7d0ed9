import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useUi } from '../i18n/useUi.ts';

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Extra id(s) of text that explains the dialog, read out with the title. */
  describedBy?: string;
  wide?: boolean;
}

/**
 * A modal on the native <dialog>: showModal() makes the page behind it inert (so focus stays inside), Esc
 * closes it, and focus returns to whatever opened it. Mount it to open it; unmount it to close it.
 * The element marked `data-autofocus` gets focus first, else the first field or button.
 */
export function Dialog({ title, onClose, children, describedBy, wide }: Props) {
  const { t } = useUi();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('.dialog-body input, .dialog-body select, .dialog-body textarea, .dialog-body button');
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(e) => {
        e.preventDefault();
        closeRef.current();
      }}
      onClose={() => {
        // The close event comes later than close(): when React's development run of effects closed and reopened the
        // dialog, it arrives while the dialog is open again, and is not the user closing it.
        if (!ref.current?.open) closeRef.current();
      }}
    >
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="btn btn-icon" aria-label={t('dialog.close')} onClick={() => closeRef.current()}>
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
