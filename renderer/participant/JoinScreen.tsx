import { useState, type FormEvent } from 'react';
import type { JoinAnswer } from '../../shared/protocol/classroom.ts';
import { SUPPORTED_LANGUAGES } from '../../shared/i18n/resources.ts';
import { reasonText } from '../../shared/i18n/reason-text.ts';
import { switchLanguage } from '../i18n/setup.ts';
import { useUi } from '../i18n/useUi.ts';
import { storedName, storeName } from '../sync/session.ts';
import { joinCodeFromHash, joinProblems, postJoin, type JoinDraft } from './join.ts';

/**
 * Code (from the scanned link when there is one), display name and language. A refusal is said beside the field it
 * concerns and never clears what was typed; too many tries says how long to wait.
 */
export function JoinScreen({ onJoined }: { onJoined(answer: JoinAnswer): void }) {
  const { t, lang } = useUi();
  const [code, setCode] = useState(() => joinCodeFromHash(location.hash));
  const [name, setName] = useState(storedName);
  const [problems, setProblems] = useState<{ code?: string; name?: string }>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const draft: JoinDraft = { code, name, language: lang };
    const found = joinProblems(draft);
    setProblems(found);
    setMessage(null);
    if (found.code || found.name) return;
    setBusy(true);
    const outcome = await postJoin(draft);
    setBusy(false);
    if (outcome.kind === 'joined') {
      storeName(name.trim());
      // The code has done its job: a reload must not show it in the address bar.
      history.replaceState(null, '', location.pathname + location.search);
      onJoined(outcome.answer);
    } else if (outcome.kind === 'wait') {
      // The host's block lasts minutes: "300 seconds" is hard to take in at a glance.
      setMessage(outcome.seconds > 90 ? t('participant.join.waitMinutes', { minutes: Math.ceil(outcome.seconds / 60) }) : t('reason.tooManyAttempts', { seconds: outcome.seconds }));
    }
    else if (outcome.kind === 'unreachable') setMessage(t('participant.join.unreachable'));
    else if (outcome.reason.code === 'badJoinCode') setProblems({ code: 'reason.badJoinCode' });
    else setMessage(reasonText(t, outcome.reason));
  };

  return (
    <main className="p-join">
      <h1 className="p-join-title">{t('participant.join.heading')}</h1>
      <div className="p-lang" role="group" aria-label={t('lang.groupLabel')}>
        {SUPPORTED_LANGUAGES.map((code) => (
          <button key={code} type="button" className="btn" lang={code} aria-pressed={lang === code} onClick={() => void switchLanguage(code)}>
            {t(`lang.${code}`)}
          </button>
        ))}
      </div>
      <form className="p-join-form" noValidate onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span className="field-label">{t('participant.join.code')}</span>
          <input
            className={`input p-code${problems.code ? ' input-invalid' : ''}`}
            value={code}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={20}
            aria-invalid={Boolean(problems.code)}
            aria-describedby="p-code-hint"
            onChange={(e) => setCode(e.target.value)}
          />
          <span id="p-code-hint" className={problems.code ? 'field-error' : 'field-hint'} role={problems.code ? 'alert' : undefined}>
            {problems.code ? t(problems.code) : t('participant.join.codeHint')}
          </span>
        </label>
        <label className="field">
          <span className="field-label">{t('participant.join.name')}</span>
          <input
            className={`input${problems.name ? ' input-invalid' : ''}`}
            value={name}
            autoComplete="nickname"
            maxLength={60}
            aria-invalid={Boolean(problems.name)}
            aria-describedby="p-name-hint"
            onChange={(e) => setName(e.target.value)}
          />
          <span id="p-name-hint" className={problems.name ? 'field-error' : 'field-hint'} role={problems.name ? 'alert' : undefined}>
            {problems.name ? t(problems.name) : t('participant.join.nameHint')}
          </span>
        </label>
        {message ? (
          <p className="p-join-message" role="alert">
            {message}
          </p>
        ) : null}
        <button type="submit" className="btn btn-primary btn-large p-wide" disabled={busy}>
          {busy ? t('participant.join.joining') : t('participant.join.submit')}
        </button>
      </form>
    </main>
  );
}
