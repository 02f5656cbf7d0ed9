import { newId } from '../../../shared/domain/ids.ts';
import { LineText } from '../../../shared/deliverables/playbook/schemas.ts';
import type { StepLines } from '../../../shared/deliverables/playbook/view.ts';
import { CLEAR_STEPS, LINE_KINDS, type ClearStep, type LineKind } from '../../../shared/deliverables/playbook/vocabulary.ts';
import { playbookWords } from '../../../shared/deliverables/playbook/words.ts';
import { CommitField } from '../../components/CommitField.tsx';
import { useUi } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { schemaValidator } from '../../components/validate.ts';

/**
 * The CLEAR table as it prints: one row per step, lines to say beside lines to avoid. Each line edits in place;
 * the empty field at the foot of a cell adds a line on Enter (an empty line is refused, not stored).
 */
export function ScriptTable({ scenarioId, lines }: { scenarioId: string; lines: StepLines }) {
  const { t, lang } = useUi();
  const words = playbookWords(lang);
  return (
    <section aria-labelledby={`scripts-${scenarioId}`}>
      <h3 id={`scripts-${scenarioId}`}>{t('playbook.scripts')}</h3>
      <div className="table-scroll">
        <table className="data-table script-table">
          <thead>
            <tr>
              <th scope="col">{t('playbook.stepsHeading')}</th>
              <th scope="col">{t('playbook.say')}</th>
              <th scope="col">{t('playbook.avoid')}</th>
            </tr>
          </thead>
          <tbody>
            {CLEAR_STEPS.map((step) => (
              <tr key={step} aria-label={`${words.step[step].letter} ${words.step[step].name}`}>
                <th scope="row">
                  <span className="step-letter">{words.step[step].letter}</span> {words.step[step].name}
                  <p className="step-hint">{words.step[step].hint}</p>
                </th>
                {LINE_KINDS.map((kind) => (
                  <td key={kind} className={`lines lines-${kind}`}>
                    <LineCell scenarioId={scenarioId} step={step} kind={kind} lines={lines[step][kind]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function LineCell({ scenarioId, step, kind, lines }: { scenarioId: string; step: ClearStep; kind: LineKind; lines: StepLines[ClearStep][LineKind] }) {
  const { t, lang } = useUi();
  const words = playbookWords(lang);
  const submit = useSubmit();
  const workshopId = useWorkshopId();
  const check = schemaValidator(t, LineText);
  const names = { step: words.step[step].name, kind: words.lineKind[kind] };
  return (
    <>
      {lines.map((line, n) => (
        <div key={line.id} className="line">
          <CommitField
            label={t('playbook.lineLabel', { ...names, n: n + 1 })}
            hideLabel
            multiline
            value={line.text}
            validate={check}
            editing={{ entityId: line.id, field: 'text' }}
            onCommit={(text) => submit({ type: 'line.update', payload: { workshopId, lineId: line.id, text } })}
          />
          <button
            type="button"
            className="btn btn-quiet btn-icon"
            aria-label={`${t('playbook.removeLine')}（${line.text}）`}
            onClick={() => submit({ type: 'line.remove', payload: { workshopId, lineId: line.id } })}
          >
            ✕
          </button>
        </div>
      ))}
      <NewLine
        label={t('playbook.newLine', names)}
        placeholder={t('playbook.newLinePlaceholder')}
        validate={check}
        onAdd={(text) => submit({ type: 'line.add', payload: { workshopId, scenarioId, lineId: newId(), step, kind, text } })}
      />
    </>
  );
}

/** An always-empty field: Enter adds its text as a new line and clears it for the next one. */
function NewLine(props: { label: string; placeholder: string; validate(draft: string): string | null; onAdd(text: string): void }) {
  return (
    <CommitField
      label={props.label}
      hideLabel
      value=""
      placeholder={props.placeholder}
      className="new-line"
      // Leaving an untouched empty field is fine; only a typed draft is checked.
      validate={(draft) => (draft === '' ? null : props.validate(draft))}
      onCommit={(draft) => props.onAdd(draft.trim())}
    />
  );
}
