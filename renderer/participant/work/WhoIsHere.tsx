import { useMemo } from 'react';
import { useUi } from '../../i18n/useUi.ts';
import { useDocSelector, usePresence } from '../../sync/hooks.ts';
import { avatarColor, initials, peerName } from '../../workshop/presence.ts';
import '../../workshop/workshop.css';
import { useIdentity } from '../ParticipantContext.tsx';
import { editingLabel } from './editing-label.ts';

/** Who else is in the room now, and what each is typing in (so two people do not write over each other). */
export function WhoIsHere() {
  const { t } = useUi();
  const { workshopId } = useIdentity();
  // Read-only displays are screens, not people in the room.
  const everyone = usePresence(workshopId);
  const peers = useMemo(() => everyone.filter((p) => p.role !== 'viewer'), [everyone]);
  const labels = useDocSelector(workshopId, (doc) => peers.map((p) => (p.editing ? editingLabel(doc, p.editing) : null)), [peers]) ?? [];
  return (
    <section className="p-card p-presence" aria-label={t('participant.presence.label')}>
      <p className="p-presence-count">{peers.length === 0 ? t('participant.presence.alone') : t('participant.presence.count', { count: peers.length + 1 })}</p>
      {peers.length ? (
        <ul className="p-peers">
          {peers.map((p, i) => {
            const what = labels[i];
            return (
              <li key={p.clientId} className="p-peer">
                <span className="avatar" style={{ background: avatarColor(p.clientId) }} aria-hidden="true">
                  {initials(p.role === 'member' ? p.name : peerName(p, t))}
                </span>
                <span className="p-peer-name">{peerName(p, t)}</span>
                {p.editing ? <span className="p-peer-editing">✎ {what ? t('participant.presence.editing', { what }) : t('workshop.editingSomething')}</span> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
