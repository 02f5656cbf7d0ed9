import { useUi } from '../i18n/useUi.ts';
import { useRoomSettings, useUpdateRoom } from './classroom-hooks.ts';
import { LockIcon } from './LockIcon.tsx';

/** Whether participants may edit, said in words, an icon and colour, with the one button that flips it. */
export function LockBar() {
  const { t } = useUi();
  const { locked } = useRoomSettings();
  const update = useUpdateRoom();
  return (
    <div className={locked ? 'lock-bar lock-bar-locked' : 'lock-bar'} data-locked={locked}>
      <p className="lock-state" role="status">
        <LockIcon locked={locked} />
        {locked ? t('classroom.lock.locked') : t('classroom.lock.unlocked')}
      </p>
      <button type="button" className={locked ? 'btn btn-primary' : 'btn'} onClick={() => update({ locked: !locked })}>
        {locked ? t('classroom.lock.unlock') : t('classroom.lock.lock')}
      </button>
    </div>
  );
}
