import type { i18n } from 'i18next';
import { participantEn } from './i18n.en.ts';
import { participantZh } from './i18n.zh-CN.ts';

/** The participant app's own words, beside the shared ones (only this page needs them). */
export function addParticipantWords(instance: i18n): void {
  instance.addResourceBundle('zh-CN', 'translation', participantZh, true, false);
  instance.addResourceBundle('en', 'translation', participantEn, true, false);
  // The title was set before these words arrived.
  document.title = instance.t('participant.title');
  instance.on('languageChanged', () => {
    document.title = instance.t('participant.title');
  });
}
