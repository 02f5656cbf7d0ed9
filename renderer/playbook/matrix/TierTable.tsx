import { useState, type FormEvent } from 'react';
import { newId } from '../../../shared/domain/ids.ts';
import { tierProblem } from '../../../shared/deliverables/playbook/rules.ts';
import { TierFields, type Tier } from '../../../shared/deliverables/playbook/schemas.ts';
import { CommitField } from '../../components/CommitField.tsx';
import { numberValidator, problemsByField, problemText, schemaValidator } from '../../components/validate.ts';
import { useUi, type Translate } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';

type AmountKey = 'minAmount' | 'maxAmount';
type TextKey = 'role' | 'offer' | 'escalateWhen';
const EMPTY = { role: '', offer: '', minAmount: '', maxAmount: '', escalateWhen: '' };

/** What would be wrong with the tiers after `next` replaced (or joined) them: checked here before the host does. */
function matrixProblem(t: Translate, tiers: readonly Tier[], next: Tier): string | null {
  const problem = tierProblem([...tiers.filter((x) => x.id !== next.id), next]);
  return problem ? problemText(t, { rule: problem.rule }) : null;
}

/** The escalation and authorization matrix: one row per tier from the smallest amounts up, and a row to add one. */
export function TierTable({ artifactId, tiers }: { artifactId: string; tiers: Tier[] }) {
  const { t } = useUi();
  const submit = useSubmit();
  const workshopId = useWorkshopId();
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const shape = TierFields.shape;

  const add = (e: FormEvent): void => {
    e.preventDefault();
    const fields = { ...draft, minAmount: draft.minAmount === '' ? Number.NaN : Number(draft.minAmount), maxAmount: draft.maxAmount === '' ? Number.NaN : Number(draft.maxAmount) };
    const problems = Object.fromEntries(Object.entries(problemsByField(TierFields, fields)).map(([k, p]) => [k, problemText(t, p)]));
    const parsed = TierFields.safeParse(fields);
    if (parsed.success) {
      const overlap = matrixProblem(t, tiers, { id: 'new', artifactId, ...parsed.data });
      if (overlap) problems.maxAmount = overlap;
    }
    setErrors(problems);
    if (!parsed.success || Object.keys(problems).length) return;
    submit({ type: 'tier.add', payload: { workshopId, artifactId, tierId: newId(), fields: parsed.data } });
    setDraft(EMPTY);
  };

  const text = (tier: Tier, key: TextKey, label: string) => (
    <CommitField
      label={label}
      hideLabel
      value={tier[key]}
      validate={schemaValidator(t, shape[key])}
      editing={{ entityId: tier.id, field: key }}
      onCommit={(value) => submit({ type: 'tier.update', payload: { workshopId, tierId: tier.id, patch: { [key]: value } } })}
    />
  );
  const amount = (tier: Tier, key: AmountKey, label: string) => (
    <CommitField
      label={label}
      hideLabel
      value={String(tier[key])}
      validate={(d) => numberValidator(t, shape[key])(d) ?? matrixProblem(t, tiers, { ...tier, [key]: Number(d) })}
      editing={{ entityId: tier.id, field: key }}
      onCommit={(value) => submit({ type: 'tier.update', payload: { workshopId, tierId: tier.id, patch: { [key]: Number(value) } } })}
    />
  );
  const input = (key: keyof typeof EMPTY, label: string, numeric = false) => (
    <label className="field">
      <span className="sr-only">{label}</span>
      <input
        className={numeric ? 'input input-number' : 'input'}
        type={numeric ? 'number' : 'text'}
        min={numeric ? 0 : undefined}
        step={numeric ? 'any' : undefined}
        placeholder={label}
        value={draft[key]}
        aria-invalid={Boolean(errors[key])}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
      {errors[key] ? (
        <span className="field-error" role="alert">
          ⚠ {errors[key]}
        </span>
      ) : null}
    </label>
  );

  return (
    <section aria-labelledby="tiers-heading">
      <h3 id="tiers-heading">{t('playbook.tiers')}</h3>
      <p className="section-intro">{t('playbook.tiersIntro')}</p>
      <form onSubmit={add} noValidate>
        <div className="table-scroll">
          <table className="data-table tier-table" aria-labelledby="tiers-heading">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('playbook.tierRole')}</th>
                <th scope="col">{t('playbook.tierMin')}</th>
                <th scope="col">{t('playbook.tierMax')}</th>
                <th scope="col">{t('playbook.tierOffer')}</th>
                <th scope="col">{t('playbook.tierEscalate')}</th>
                <th scope="col">
                  <span className="sr-only">{t('playbook.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tiers.map((tier, n) => (
                <tr key={tier.id} aria-label={tier.role}>
                  <td>{n + 1}</td>
                  <td>{text(tier, 'role', t('playbook.tierRole'))}</td>
                  <td>{amount(tier, 'minAmount', t('playbook.tierMin'))}</td>
                  <td>{amount(tier, 'maxAmount', t('playbook.tierMax'))}</td>
                  <td>{text(tier, 'offer', t('playbook.tierOffer'))}</td>
                  <td>{text(tier, 'escalateWhen', t('playbook.tierEscalate'))}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-quiet btn-icon"
                      aria-label={t('playbook.removeTier', { role: tier.role })}
                      onClick={() => submit({ type: 'tier.remove', payload: { workshopId, tierId: tier.id } })}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              ))}
              <tr className="new-row">
                <td>{tiers.length + 1}</td>
                <td>{input('role', t('playbook.tierRole'))}</td>
                <td>{input('minAmount', t('playbook.tierMin'), true)}</td>
                <td>{input('maxAmount', t('playbook.tierMax'), true)}</td>
                <td>{input('offer', t('playbook.tierOffer'))}</td>
                <td>{input('escalateWhen', t('playbook.tierEscalate'))}</td>
                <td>
                  <button type="submit" className="btn btn-primary btn-small">
                    {t('playbook.addTier')}
                  </button>
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      </form>
      {tiers.length === 0 ? <p className="placeholder">{t('playbook.noTiers')}</p> : null}
    </section>
  );
}
