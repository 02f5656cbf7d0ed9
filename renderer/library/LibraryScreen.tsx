import { useState } from 'react';
import { newId } from '../../shared/domain/ids.ts';
import { sampleWorkshopOps } from '../../templates/sample-ops.ts';
import type { Workshop, WorkshopFields } from '../../shared/domain/workshop.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { useUi } from '../i18n/useUi.ts';
import { navigate, workshopHref } from '../routing.ts';
import { useConnection, useLibrary, useSubmit } from '../sync/hooks.ts';
import { NameDialog } from './NameDialog.tsx';
import { WorkshopCard, type CardAction } from './WorkshopCard.tsx';
import { WorkshopFormDialog } from './WorkshopFormDialog.tsx';
import { changedFields, emptyWorkshopDraft } from './workshop-form.ts';
import './library.css';

type Open = { kind: 'create' } | { kind: CardAction; workshop: Workshop } | null;

/** Newest first, so this week's course is at the top; the order does not jump while people edit. */
const byCreatedDesc = (a: Workshop, b: Workshop): number =>
  b.createdAt.localeCompare(a.createdAt) || a.name.localeCompare(b.name);

export function LibraryScreen() {
  const { t, lang } = useUi();
  const library = useLibrary();
  const { status } = useConnection();
  const submit = useSubmit();
  const [open, setOpen] = useState<Open>(null);
  const close = (): void => setOpen(null);

  const create = (fields: WorkshopFields): void => {
    const workshopId = newId();
    submit({ type: 'workshop.create', payload: { workshopId, fields } });
    navigate(workshopHref(workshopId));
  };

  /** The newcomer's first minute: a finished workshop to look at, in the interface's language. */
  const openSample = (): void => {
    const { workshopId, ops } = sampleWorkshopOps(lang, newId);
    for (const op of ops) submit(op);
    navigate(workshopHref(workshopId));
  };

  const workshops = library ? [...library.workshops].sort(byCreatedDesc) : [];

  return (
    <div className="screen library">
      <div className="screen-head">
        <div>
          <h1>{t('library.heading')}</h1>
          <p className="lead">{t('library.intro')}</p>
        </div>
        <button type="button" className="btn btn-primary btn-large" onClick={() => setOpen({ kind: 'create' })}>
          <span aria-hidden="true">＋ </span>
          {t('library.create')}
        </button>
      </div>

      {library === null ? (
        // Refused: the banner says why; "loading" would promise something that is not coming.
        status === 'refused' ? null : (
          <p className="placeholder" role="status">
            {t('library.loading')}
          </p>
        )
      ) : workshops.length === 0 ? (
        <div className="placeholder library-empty">
          <p>{t('library.empty')}</p>
          <button type="button" className="btn btn-large" onClick={openSample}>
            <span aria-hidden="true">▶ </span>
            {t('library.sample')}
          </button>
          <p className="field-hint">{t('library.sampleHint')}</p>
        </div>
      ) : (
        <>
          <p className="count">{t('library.count', { count: workshops.length })}</p>
          <ul className="card-grid" aria-label={t('library.listLabel')}>
            {workshops.map((w) => (
              <WorkshopCard key={w.id} workshop={w} onAction={(kind, workshop) => setOpen({ kind, workshop })} />
            ))}
          </ul>
        </>
      )}

      {open?.kind === 'create' ? (
        <WorkshopFormDialog
          title={t('library.createTitle')}
          submitLabel={t('library.createSubmit')}
          initial={emptyWorkshopDraft(lang)}
          onSubmit={create}
          onClose={close}
        />
      ) : null}
      {open?.kind === 'edit' ? (
        <WorkshopFormDialog
          title={t('library.editTitle')}
          submitLabel={t('dialog.save')}
          initial={open.workshop}
          onSubmit={(fields) => {
            const patch = changedFields(open.workshop, fields);
            if (Object.keys(patch).length > 0)
              submit({ type: 'workshop.update', payload: { workshopId: open.workshop.id, patch } });
          }}
          onClose={close}
        />
      ) : null}
      {open?.kind === 'rename' ? (
        <NameDialog
          title={t('library.renameTitle')}
          label={t('library.newName')}
          initial={open.workshop.name}
          submitLabel={t('dialog.save')}
          onSubmit={(name) => {
            if (name !== open.workshop.name)
              submit({ type: 'workshop.update', payload: { workshopId: open.workshop.id, patch: { name } } });
          }}
          onClose={close}
        />
      ) : null}
      {open?.kind === 'duplicate' ? (
        <NameDialog
          title={t('library.duplicateTitle')}
          hint={t('library.duplicateHint', { name: open.workshop.name })}
          label={t('library.newName')}
          initial={t('library.copyName', { name: open.workshop.name }).slice(0, 80)}
          submitLabel={t('library.duplicateSubmit')}
          onSubmit={(name) =>
            submit({ type: 'workshop.duplicate', payload: { workshopId: open.workshop.id, newWorkshopId: newId(), name } })
          }
          onClose={close}
        />
      ) : null}
      {open?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('library.deleteTitle')}
          message={t('library.deleteConfirm', { name: open.workshop.name })}
          confirmLabel={t('library.deleteSubmit')}
          onConfirm={() => submit({ type: 'workshop.delete', payload: { workshopId: open.workshop.id } })}
          onClose={close}
        />
      ) : null}
    </div>
  );
}
