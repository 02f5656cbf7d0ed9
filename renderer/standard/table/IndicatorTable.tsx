import type { Indicator } from '../../../shared/domain/standard.ts';
import { useUi } from '../../i18n/useUi.ts';
import { IndicatorRow } from './IndicatorRow.tsx';

/** The indicators of one dimension under column headers that name every field once. */
export function IndicatorTable({ indicators, focusId, caption }: { indicators: Indicator[]; focusId: string | null; caption: string }) {
  const { t } = useUi();
  return (
    <div className="table-scroll">
      <table className="indicator-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="cell-name">{t('table.colName')}</th>
            <th scope="col" className="cell-weight">{t('table.colWeight')}</th>
            <th scope="col" className="cell-scoring">{t('table.colScoring')}</th>
            <th scope="col" className="cell-source">{t('table.colSource')}</th>
            <th scope="col" className="cell-cycle">{t('table.colCycle')}</th>
            <th scope="col" className="cell-actions">
              <span className="sr-only">{t('table.colActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator, index) => (
            <IndicatorRow key={indicator.id} indicator={indicator} index={index} autoFocus={indicator.id === focusId} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
