import { DisplayName } from './DisplayName.tsx';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { useUi } from '../i18n/useUi.ts';
import { toggleFullscreen, useIsFullscreen } from '../platform/fullscreen.ts';
import { libraryHref } from '../routing.ts';
import { useConnection } from '../sync/hooks.ts';

/** App name (a way home), who you are to the host, full screen for the projector, the interface language. */
export function TopBar() {
  const { t } = useUi();
  const { role } = useConnection();
  const fullscreen = useIsFullscreen();
  return (
    <header className="topbar">
      <a className="brand" href={libraryHref()}>
        <span className="brand-mark" aria-hidden="true">
          ★
        </span>
        {t('app.title')}
      </a>
      <div className="topbar-tools">
        <DisplayName />
        {role ? <span className="role-badge">{t('role.label', { role: t(`role.${role}`) })}</span> : null}
        <button type="button" className="btn btn-small" onClick={() => void toggleFullscreen().catch(() => undefined)}>
          {fullscreen ? t('app.exitFullscreen') : t('app.fullscreen')}
        </button>
        <LanguageSwitch />
      </div>
    </header>
  );
}
