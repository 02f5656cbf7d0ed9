import { useUi } from '../i18n/useUi.ts';
import { avatarColor, initials, peerName } from './presence.ts';
import { usePeers } from './workshop-hooks.ts';

/** How many avatars fit the header on a projector before the rest become "+N". */
const SHOWN = 8;

/** Who is in this workshop (oneself included in the count), then the others' avatars with their names written out. */
export function PresenceList() {
  const { t } = useUi();
  const peers = usePeers();
  const shown = peers.slice(0, SHOWN);
  const hidden = peers.length - shown.length;
  return (
    <section className="presence" aria-label={t('workshop.presenceLabel')}>
      <p className="presence-count">
        {peers.length === 0 ? t('workshop.presenceAlone') : t('workshop.presenceCount', { count: peers.length + 1 })}
      </p>
      {peers.length > 0 ? (
        <ul className="presence-list">
          {shown.map((p) => (
            <li key={p.clientId} className="presence-peer">
              <span className="avatar" style={{ background: avatarColor(p.clientId) }} aria-hidden="true">
                {initials(p.role === 'member' ? p.name : peerName(p, t))}
              </span>
              <span className="presence-name">{peerName(p, t)}</span>
              {p.editing ? <span className="presence-editing">✎ {t('workshop.editingSomething')}</span> : null}
            </li>
          ))}
          {hidden > 0 ? <li className="presence-more">+{hidden}</li> : null}
        </ul>
      ) : null}
    </section>
  );
}
