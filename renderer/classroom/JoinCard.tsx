import { useUi } from '../i18n/useUi.ts';
import { joinLink, spacedCode } from './join-code.ts';
import { JoinQr } from './JoinQr.tsx';

/**
 * How to join, big enough for the back row: the address to type, the QR code to scan, the code to enter. `big` fills
 * a screen of its own (the projection, a read-only display).
 */
export function JoinCard({ joinUrl, joinCode, big = false }: { joinUrl: string; joinCode: string; big?: boolean }) {
  const { t } = useUi();
  return (
    <div className={big ? 'join-card join-card-big' : 'join-card'}>
      <JoinQr link={joinLink(joinUrl, joinCode)} label={t('classroom.room.qrLabel')} />
      <div className="join-text">
        <p className="join-scan">{t('classroom.room.scan')}</p>
        <dl className="join-facts">
          <dt>{t('classroom.room.address')}</dt>
          <dd className="join-address" data-testid="join-address">
            {joinUrl}
          </dd>
          <dt>{t('classroom.room.code')}</dt>
          <dd className="join-code" data-testid="join-code">
            {spacedCode(joinCode)}
          </dd>
        </dl>
      </div>
    </div>
  );
}
