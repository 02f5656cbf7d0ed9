import { ScoringRule, type Indicator } from '../../../shared/domain/standard.ts';
import { CommitField } from '../../components/CommitField.tsx';
import { problemOf, problemText } from '../../components/validate.ts';
import { useUi } from '../../i18n/useUi.ts';

const KINDS = ['scale5', 'deduction', 'passFail'] as const;
/** Points per occurrence offered when a rule is switched to deduction. */
const DEFAULT_POINTS = 5;

interface Props {
  indicator: Indicator;
  onChange(scoring: ScoringRule): void;
}

/** The scoring rule: a choice of three, plus the points per occurrence for a deduction rule. */
export function ScoringCell({ indicator, onChange }: Props) {
  const { t } = useUi();
  const rule = indicator.scoring;
  const pointsProblem = (draft: string): string | null => {
    const n = draft.trim() === '' ? Number.NaN : Number(draft);
    if (!Number.isFinite(n)) return t('rule.notANumber');
    const problem = problemOf(ScoringRule, { kind: 'deduction', pointsPerOccurrence: n });
    return problem ? problemText(t, problem) : null;
  };
  return (
    <div className="scoring-cell">
      <label className="sr-only" htmlFor={`${indicator.id}-scoring`}>
        {t('indicator.scoring')}
      </label>
      <select
        id={`${indicator.id}-scoring`}
        className="input select"
        value={rule.kind}
        onChange={(e) => {
          const kind = e.target.value as ScoringRule['kind'];
          onChange(kind === 'deduction' ? { kind, pointsPerOccurrence: DEFAULT_POINTS } : { kind });
        }}
      >
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`scoring.${kind}`)}
          </option>
        ))}
      </select>
      {rule.kind === 'deduction' ? (
        <CommitField
          className="points-field"
          label={t('indicator.points')}
          numeric
          value={String(rule.pointsPerOccurrence)}
          validate={pointsProblem}
          onCommit={(draft) => onChange({ kind: 'deduction', pointsPerOccurrence: Number(draft) })}
          editing={{ entityId: indicator.id, field: 'scoring' }}
        />
      ) : null}
      <p className="scoring-explain">
        {rule.kind === 'deduction' ? t('scoring.deductionRule', { points: rule.pointsPerOccurrence }) : t(`scoring.${rule.kind}Rule`)}
      </p>
    </div>
  );
}
