import { memo } from 'react';
import type { Indicator } from '../../../shared/domain/standard.ts';
import { useUi } from '../../i18n/useUi.ts';
import { EditorsHint } from '../../workshop/EditorsHint.tsx';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { CellEditor, type EditEndMove } from './CellEditor.tsx';
import { COLUMNS, shownValue, type ColumnKey } from './columns.ts';
import { draftKey, useUnsavedText } from './drafts.ts';

export interface CellCallbacks {
  onActivate(rowId: string, col: number, edit: boolean): void;
  onEditEnd(move: EditEndMove | null): void;
}

interface Props extends CellCallbacks {
  indicator: Indicator;
  /** Its number within its dimension, from 1. */
  n: number;
  firstOfDimension: boolean;
  /** The active column if this is the active row, else null (other rows keep their props and are not re-rendered). */
  activeCol: number | null;
  /** Set while the active cell is being edited: the typed seed, or '' for "edit what is there". */
  editSeed: string | null;
}

const LABEL_KEYS: Record<ColumnKey, string> = {
  dimension: 'standardGrid.colDimension',
  name: 'indicator.name',
  weight: 'indicator.weight',
  scoring: 'indicator.scoring',
  dataSource: 'indicator.dataSource',
  cycle: 'indicator.cycle',
};

/** One indicator as one grid row. Memoized: moving the cursor re-renders the row it leaves and the one it enters. */
export const GridRow = memo(function GridRow({ indicator, n, firstOfDimension, activeCol, editSeed, onActivate, onEditEnd }: Props) {
  const { t } = useUi();
  return (
    <tr
      className={`grid-row dimension-${indicator.dimension}${firstOfDimension ? ' grid-row-first' : ''}${activeCol !== null ? ' grid-row-active' : ''}`}
      aria-label={t('indicator.group', { n, name: indicator.name })}
      data-indicator-id={indicator.id}
    >
      {COLUMNS.map((column, col) => (
        <GridCell
          key={column}
          indicator={indicator}
          column={column}
          col={col}
          active={activeCol === col}
          editSeed={activeCol === col ? editSeed : null}
          onActivate={onActivate}
          onEditEnd={onEditEnd}
        />
      ))}
    </tr>
  );
});

interface CellProps extends CellCallbacks {
  indicator: Indicator;
  column: ColumnKey;
  col: number;
  active: boolean;
  editSeed: string | null;
}

function GridCell({ indicator, column, col, active, editSeed, onActivate, onEditEnd }: CellProps) {
  const { t } = useUi();
  const workshopId = useWorkshopId();
  const unsaved = useUnsavedText(workshopId, draftKey(indicator.id, column));
  const label = t(LABEL_KEYS[column]);
  const editing = active && editSeed !== null && column !== 'dimension';
  return (
    <td
      role="gridcell"
      className={`grid-cell cell-${column}${active ? ' grid-cell-active' : ''}${unsaved !== null ? ' grid-cell-unsaved' : ''}`}
      tabIndex={active && !editing ? 0 : -1}
      data-active={active || undefined}
      aria-label={editing ? undefined : `${label}：${unsaved ?? shownValue(t, indicator, column)}`}
      aria-selected={active}
      onMouseDown={(e) => {
        if (editing) return;
        // A click selects; a click on the selected cell while the grid has the focus (or a double click) edits.
        e.preventDefault();
        onActivate(indicator.id, col, (active && e.currentTarget === document.activeElement) || e.detail > 1);
      }}
    >
      {editing ? (
        <CellEditor
          indicator={indicator}
          column={column}
          label={label}
          seed={editSeed === '' ? undefined : editSeed}
          unsaved={unsaved}
          onEnd={onEditEnd}
        />
      ) : unsaved !== null ? (
        <span className="cell-unsaved">
          <span className="cell-text">{unsaved}</span>
          <span className="unsaved-tag">
            <span aria-hidden="true">⚠ </span>
            {t('standardGrid.notSaved')}
          </span>
        </span>
      ) : (
        <span className="cell-text">{shownValue(t, indicator, column)}</span>
      )}
      {column === 'name' && !editing ? <EditorsHint entityId={indicator.id} /> : null}
    </td>
  );
}
