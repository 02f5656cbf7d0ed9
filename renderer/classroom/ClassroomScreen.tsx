import { useUi } from '../i18n/useUi.ts';
import { useConnection } from '../sync/hooks.ts';
import { LockBar } from './LockBar.tsx';
import { PeopleTable } from './PeopleTable.tsx';
import { RoomPanel } from './RoomPanel.tsx';
import { TeamsPanel } from './TeamsPanel.tsx';
import './classroom.css';

/** The trainer's classroom: let people join, see who is here, make and fill teams, lock editing, share and compare. */
export function ClassroomScreen() {
  const { t } = useUi();
  const { role } = useConnection();
  if (role !== 'trainer') return <p className="placeholder">{t('classroom.trainerOnly')}</p>;
  return (
    <div className="classroom">
      <RoomPanel />
      <LockBar />
      <div className="classroom-people">
        <PeopleTable />
        <TeamsPanel />
      </div>
    </div>
  );
}
