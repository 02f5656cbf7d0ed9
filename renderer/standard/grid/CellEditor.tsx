import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Indicator } from '../../../shared/domain/standard.ts';
import { useUi } from '../../i18n/useUi.ts';
import { useReportEditing, useSubmit } from '../../sync/hooks.ts';
import { useWorkshopId } from '../../workshop/WorkshopContext.tsx';
import { editorOf, patchOf, rawValue, type ColumnKey } from './columns.ts';
import { dropDraft, draftKey, keepDraft } from './drafts.ts';
import { editingKey } from './grid-keys.ts';

export interface EditEndMove {
  dRow: number;
  dCol: number;
}

interface Props {
  indicator: Indicator;
  column: ColumnKey;
  label: string;
  /** The typed character that started the edit (replaces the content), else the content is selected. */
  seed?: string;
  /** A draft kept from an earlier try that the host could not take. */
  unsaved: string | null;
  /** The edit is over: move by this much (keyboard) or stay where the mouse went (null). */
  onEnd(move: EditEndMove | null): void;
}

/**
 * The one cell being edited. It holds its own draft, so typing re-renders this input and nothing else. A valid draft
 * is sent on Enter, Tab or leaving; an invalid one shows why and stays, and if the trainer leaves anyway it is kept
 * as an unsaved draft (marked in the grid, counted by the summaries) instead of being thrown away.
 */
export function CellEditor({ indicator, column, label, seed, unsaved, onEnd }: Props) {
  const { t } = useUi();
  const submit = useSubmit();
  const workshopId = useWorkshopId();
  const reportEditing = useReportEditing(workshopId);
  const editor = editorOf(column)!;
  const current = rawValue(t, indicator, column);
  const [draft, setDraft] = useState(seed ?? unsaved ?? current);
  const [error, setError] = useState<string | null>(null);
  const ended = useRef(false);
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null);
  const key = draftKey(indicator.id, column);
  const listId = useId();

  useEffect(() => {
    const el = ref.current;
    el?.focus();
    if (seed === undefined && el instanceof HTMLInputElement) el.select();
    reportEditing({ entityId: indicator.id, field: column });
    return () => reportEditing(null);
    // Once per edit: the editor is remounted for every cell it edits.
  }, []);

  /** Sends the draft if it is valid; true when the edit may end. */
  const save = (): boolean => {
    const result = patchOf(t, indicator, column, draft);
    if (!result.ok) {
      setError(result.error);
      // From the first refusal on, the summaries stop calling this post ready.
      keepDraft(workshopId, { postId: indicator.postId, key, text: draft });
      return false;
    }
    if (draft !== current) submit({ type: 'indicator.update', payload: { workshopId, indicatorId: indicator.id, patch: result.patch } });
    dropDraft(workshopId, key);
    return true;
  };

  const end = (move: EditEndMove | null): void => {
    if (ended.current) return;
    ended.current = true;
    onEnd(move);
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    const action = editingKey({ ...e, isComposing: e.nativeEvent.isComposing });
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    if (!action.commit) {
      // Esc: back to what the host holds, and any kept draft is discarded with it.
      dropDraft(workshopId, key);
      end({ dRow: 0, dCol: 0 });
    } else if (save()) end(action);
  };

  const onBlur = (): void => {
    if (ended.current) return;
    save();
    end(null);
  };

  const common = {
    ref,
    'aria-label': label,
    'aria-invalid': Boolean(error),
    className: `cell-input${error ? ' cell-input-invalid' : ''}`,
    onKeyDown,
    onBlur,
  };

  return (
    <div className="cell-editor">
      {editor.kind === 'select' ? (
        <select {...common} value={draft} onChange={(e) => setDraft(e.target.value)}>
          {editor.options.map((value) => (
            <option key={value} value={value}>
              {t(`${editor.prefix}.${value}`)}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type="text"
          list={editor.kind === 'choice' ? listId : undefined}
          inputMode={editor.kind === 'number' ? 'decimal' : undefined}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            if (error) setError(patchOf(t, indicator, column, e.target.value).ok ? null : error);
          }}
        />
      )}
      {editor.kind === 'choice' ? (
        <datalist id={listId}>
          {editor.options.map((value) => (
            <option key={value} value={t(`${editor.prefix}.${value}`)} />
          ))}
        </datalist>
      ) : null}
      {error ? (
        <p className="cell-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
