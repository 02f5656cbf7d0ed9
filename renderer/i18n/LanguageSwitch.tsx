import { SUPPORTED_LANGUAGES } from '../../shared/i18n/resources.ts';
import { switchLanguage } from './setup.ts';
import { useUi } from './useUi.ts';

/** Two always-visible buttons; each names its language in that language, so anyone can find their way back. */
export function LanguageSwitch() {
  const { t, lang } = useUi();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.groupLabel')}>
      {SUPPORTED_LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          className="btn btn-small"
          lang={code}
          aria-pressed={lang === code}
          onClick={() => void switchLanguage(code)}
        >
          {t(`lang.${code}`)}
        </button>
      ))}
    </div>
  );
}
