import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog.tsx';
import { useUi } from '../i18n/useUi.ts';

const STEPS = ['hotspot', 'firewall', 'address', 'vpn'] as const;

/**
 * What to do when phones cannot reach the laptop, in the interface's language and then the other one (the hotel's
 * IT person may read either). `auto`: opened by itself because nobody reached the room.
 */
export function JoinHelp({ auto, onClose }: { auto: boolean; onClose(): void }) {
  const { t, lang } = useUi();
  const { i18n } = useTranslation();
  const other = i18n.getFixedT(lang === 'en' ? 'zh-CN' : 'en');
  return (
    <Dialog title={t('classroom.help.button')} onClose={onClose} wide>
      {auto ? (
        <p className="join-help-auto" role="status">
          {t('classroom.help.auto')}
        </p>
      ) : null}
      <ol className="join-help-steps">
        {STEPS.map((step) => (
          <li key={step}>{t(`classroom.help.steps.${step}`)}</li>
        ))}
      </ol>
      <section className="join-help-other" lang={lang === 'en' ? 'zh-CN' : 'en'}>
        <h3>{t('classroom.help.other')}</h3>
        <ol>
          {STEPS.map((step) => (
            <li key={step}>{other(`classroom.help.steps.${step}`)}</li>
          ))}
        </ol>
      </section>
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" data-autofocus onClick={onClose}>
          {t('classroom.help.close')}
        </button>
      </div>
    </Dialog>
  );
}
