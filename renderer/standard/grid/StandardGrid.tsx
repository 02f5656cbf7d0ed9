import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Dimension } from '../../../shared/domain/dimensions.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useSubmit } from '../../sync/hooks.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { useIndicatorsOf, useWorkshopMeta } from '../../workshop/workshop-hooks.ts';
import { blankIndicator, contentText } from '../content.ts';
import type { EditEndMove } from './CellEditor.tsx';
import { COLUMNS, editorOf, FIRST_EDITABLE } from './columns.ts';
import { dropDraft, draftKey } from './drafts.ts';
import { navigationKey, step } from './grid-keys.ts';
import { gridLines, type GridLine } from './grid-lines.ts';
import { GridRow } from './GridRow.tsx';
import './grid.css';

export interface ActiveRow {
  indicatorId: string | null;
  dimension: Dimension;
}

interface Props {
  postId: string;
  /**
   * Asks the grid to put its cursor on a dimension's first row ("go back and fix") or to add a row there (the panel's
   * button); a new object each time.
   */
  request: GridRequest | null;
  onActiveRow(row: ActiveRow): void;
}

export interface GridRequest {
  kind: 'focus' | 'add';
  dimension: Dimension;
}

interface Cursor {
  rowId: string;
  col: number;
}

/**
 * 成果1 on a projector: every indicator of a post as one dense row, edited in place with spreadsheet keys (arrows,
 * Tab, Enter or F2 to edit, type to replace, Esc to cancel, Ctrl+Enter or Insert to add a row in the same dimension).
 * The cursor is kept by row id and column, so others' edits and inserts never move it.
 */
export const StandardGrid = memo(function StandardGrid({ postId, request, onActiveRow }: Props) {
  const { t } = useUi();
  const submit = useSubmit();
  const workshopId = useWorkshopId();
  const { language } = useWorkshopMeta();
  const indicators = useIndicatorsOf(postId);
  const lines = useMemo(() => gridLines(indicators), [indicators]);
  const [cursor, setCursor] = useState<Cursor>({ rowId: lines[0]!.id, col: FIRST_EDITABLE });
  const [editSeed, setEditSeed] = useState<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const wantFocus = useRef(false);

  // A row that disappeared (removed, or a dimension's stand-in filled by suggestions) hands the cursor to the first
  // row of the same dimension, else to the row now in its place.
  const last = useRef<{ index: number; dimension: Dimension }>({ index: 0, dimension: 'tangibles' });
  const found = lines.findIndex((l) => l.id === cursor.rowId);
  const sameDimension = lines.findIndex((l) => l.dimension === last.current.dimension);
  const rowIndex = found >= 0 ? found : sameDimension >= 0 ? sameDimension : Math.min(last.current.index, lines.length - 1);
  const active = lines[rowIndex]!;
  last.current = { index: rowIndex, dimension: active.dimension };
  const activeRef = useRef({ active, lines });
  activeRef.current = { active, lines };

  useEffect(() => {
    onActiveRow({ indicatorId: active.kind === 'indicator' ? active.id : null, dimension: active.dimension });
  }, [active.id, active.dimension, active.kind, onActiveRow]);

  useLayoutEffect(() => {
    if (!wantFocus.current || editSeed !== null) return;
    wantFocus.current = false;
    const cell = tableRef.current?.querySelector<HTMLElement>('[data-active="true"]');
    cell?.focus();
    cell?.scrollIntoView({ block: 'nearest' });
  });

  useEffect(() => {
    if (!request) return;
    if (request.kind === 'add') return addRef.current(request.dimension);
    const first = activeRef.current.lines.find((l) => l.dimension === request.dimension);
    if (!first) return;
    wantFocus.current = true;
    setEditSeed(null);
    setCursor({ rowId: first.id, col: FIRST_EDITABLE });
  }, [request]);

  const moveBy = (dRow: number, dCol: number, wrap?: boolean): void => {
    const { active, lines } = activeRef.current;
    const at = { row: lines.indexOf(active), col: cursor.col };
    const next = step(at, { dRow, dCol, wrap }, lines.length, COLUMNS.length);
    wantFocus.current = true;
    setCursor({ rowId: lines[next.row]!.id, col: next.col });
  };

  const add = (dimension: Dimension, seed?: string): void => {
    const own = indicators.filter((i) => i.dimension === dimension);
    if (own.length >= LIMITS.indicatorsPerDimension) return;
    const indicatorId = newId();
    const fields = blankIndicator(contentText(language, 'table.newIndicatorName'), own);
    submit({ type: 'indicator.add', payload: { workshopId, postId, indicatorId, dimension, fields } });
    setCursor({ rowId: indicatorId, col: FIRST_EDITABLE });
    setEditSeed(seed ?? '');
  };
  const addRef = useRef(add);
  addRef.current = add;

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>): void => {
    if ((e.target as HTMLElement).closest('.cell-editor')) return;
    const action = navigationKey({ ...e, isComposing: e.nativeEvent.isComposing });
    const line = activeRef.current.active;
    if (action.kind === 'none') return;
    if (action.kind === 'move') {
      const { lines } = activeRef.current;
      const atEdge = action.wrap && (action.dCol > 0 ? lines.indexOf(line) === lines.length - 1 && cursor.col === COLUMNS.length - 1 : lines.indexOf(line) === 0 && cursor.col === 0);
      // Tab past the last cell leaves the grid, so the keyboard can reach what follows it.
      if (atEdge) return;
      e.preventDefault();
      moveBy(action.dRow, action.dCol, action.wrap);
    } else if (action.kind === 'add' || (line.kind === 'empty' && action.kind === 'edit')) {
      e.preventDefault();
      add(line.dimension, action.kind === 'edit' ? action.seed : undefined);
    } else if (action.kind === 'edit') {
      if (!editorOf(COLUMNS[cursor.col]!)) return;
      e.preventDefault();
      setEditSeed(editorOf(COLUMNS[cursor.col]!)!.kind === 'select' ? '' : (action.seed ?? ''));
    } else if (action.kind === 'discard' && line.kind === 'indicator') {
      dropDraft(workshopId, draftKey(line.id, COLUMNS[cursor.col]!));
    }
  };

  const onActivate = useCallback((rowId: string, col: number, edit: boolean) => {
    setCursor({ rowId, col });
    wantFocus.current = true;
    setEditSeed(edit && editorOf(COLUMNS[col]!) ? '' : null);
  }, []);

  const onEditEnd = useCallback((move: EditEndMove | null) => {
    setEditSeed(null);
    if (!move) return;
    const { active, lines } = activeRef.current;
    wantFocus.current = true;
    setCursor((at) => {
      const next = step({ row: lines.indexOf(active), col: at.col }, { ...move, wrap: move.dCol !== 0 }, lines.length, COLUMNS.length);
      return { rowId: lines[next.row]!.id, col: next.col };
    });
  }, []);

  // On a projector the page header takes half the screen: working in the grid brings its tabs to the top.
  const onFocus = (): void => {
    const scroller = tableRef.current?.parentElement;
    if (scroller && scroller.getBoundingClientRect().bottom > window.innerHeight + 1) {
      scroller.closest('.views')?.scrollIntoView({ block: 'start' });
    }
  };

  return (
    <div className="grid-scroll">
      <table ref={tableRef} onFocus={onFocus} className="standard-grid" role="grid" aria-label={t('standardGrid.label')} aria-describedby="grid-keys-help" onKeyDown={onKeyDown}>
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c} className={`col-${c}`} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className={`cell-${c}`}>
                {t(`standardGrid.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) =>
            line.kind === 'indicator' ? (
              <GridRow
                key={line.id}
                indicator={line.indicator}
                n={line.n}
                firstOfDimension={line.first}
                activeCol={line.id === active.id ? cursor.col : null}
                editSeed={line.id === active.id ? editSeed : null}
                onActivate={onActivate}
                onEditEnd={onEditEnd}
              />
            ) : (
              <EmptyRow key={line.id} line={line} active={line.id === active.id} onActivate={onActivate} />
            ),
          )}
        </tbody>
      </table>
      <p id="grid-keys-help" className="grid-keys-help">
        {t('standardGrid.keysHelp')}
      </p>
    </div>
  );
});

function EmptyRow({ line, active, onActivate }: { line: GridLine; active: boolean; onActivate(rowId: string, col: number, edit: boolean): void }) {
  const { t } = useUi();
  const name = t(`dimension.${line.dimension}.name`);
  return (
    <tr className={`grid-row grid-row-first grid-row-empty dimension-${line.dimension}${active ? ' grid-row-active' : ''}`} aria-label={t('standardGrid.emptyRow', { dimension: name })}>
      <td
        role="gridcell"
        className="grid-cell cell-dimension"
        aria-label={`${t('standardGrid.colDimension')}：${name}`}
        onMouseDown={(e) => {
          e.preventDefault();
          onActivate(line.id, FIRST_EDITABLE, false);
        }}
      >
        <span className="cell-text">{name}</span>
      </td>
      <td
        role="gridcell"
        colSpan={COLUMNS.length - 1}
        className={`grid-cell grid-cell-placeholder${active ? ' grid-cell-active' : ''}`}
        tabIndex={active ? 0 : -1}
        data-active={active || undefined}
        onMouseDown={(e) => {
          e.preventDefault();
          onActivate(line.id, FIRST_EDITABLE, false);
        }}
      >
        {t('standardGrid.emptyHint')}
      </td>
    </tr>
  );
}
