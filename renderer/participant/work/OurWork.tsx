import { useState } from 'react';
import { useUi } from '../../i18n/useUi.ts';
import { useClassroom } from '../room-hooks.ts';
import { HomeworkList } from './HomeworkList.tsx';
import { JourneyCards } from './JourneyCards.tsx';
import { StandardList } from './StandardList.tsx';
import { WhoIsHere } from './WhoIsHere.tsx';

const PARTS = ['journey', 'standard', 'homework'] as const;
type Part = (typeof PARTS)[number];

/**
 * My team's work on a phone: compact editors (a list of moments instead of the canvas, one indicator per card instead
 * of the grid), who is here and what each is editing. While the trainer has locked editing, everything reads only.
 */
export function OurWork() {
  const { t } = useUi();
  const { locked } = useClassroom();
  const [part, setPart] = useState<Part>('journey');
  return (
    <section className="p-work" aria-labelledby="p-work-title">
      <h2 id="p-work-title" className="sr-only">
        {t('participant.tab.work')}
      </h2>
      <WhoIsHere />
      <div className="p-segments" role="group" aria-label={t('participant.work.parts')}>
        {PARTS.map((key) => (
          <button key={key} type="button" className="btn" aria-pressed={part === key} onClick={() => setPart(key)}>
            {t(`participant.work.${key}`)}
          </button>
        ))}
      </div>
      {part === 'journey' ? <JourneyCards locked={locked} /> : part === 'standard' ? <StandardList locked={locked} /> : <HomeworkList locked={locked} />}
    </section>
  );
}
