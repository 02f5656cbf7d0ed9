import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useReportEditing } from '../sync/hooks.ts';
import { useOptionalWorkshopId } from '../workshop/WorkshopContext.tsx';
import { Field } from './Field.tsx';

export interface CommitFieldProps {
  label: string;
  value: string;
  /** Called with the typed text once it is valid, on blur or Enter, and only if it differs from `value`. */
  onCommit(draft: string): void;
  /** A translated message when the draft may not be sent, else null. */
  validate(draft: string): string | null;
  /** What the host should tell others this field is being edited (and whose overwrite to report). */
  editing?: { entityId: string; field: string };
  multiline?: boolean;
  numeric?: boolean;
  placeholder?: string;
  hint?: string;
  className?: string;
  hideLabel?: boolean;
  autoFocus?: boolean;
  /** Shows a live count of characters against this limit while typing. */
  limit?: number;
  /**
   * Where a draft that could not be sent is kept when the user leaves the field (so it survives a reload and the
   * summaries know of it): its text if one is kept, and how to keep or drop it.
   */
  unsaved?: { text: string | null; keep(text: string): void; drop(): void };
}

/**
 * A text or number field that edits a draft and commits it on blur or Enter (Ctrl+Enter in a multi-line
 * field), never per keystroke. Esc puts the current value back. While the user has not typed, the field follows
 * the live value, so someone else's change shows at once; once they type, their draft is kept until they leave.
 */
export function CommitField(props: CommitFieldProps) {
  const { value, onCommit, validate, editing, multiline, numeric, limit, unsaved } = props;
  const reportEditing = useReportEditing(useOptionalWorkshopId());
  const [draft, setDraft] = useState(unsaved?.text ?? value);
  const [dirty, setDirty] = useState(unsaved?.text != null);
  const [error, setError] = useState<string | null>(() => (unsaved?.text != null ? validate(unsaved.text) : null));
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!dirty) setDraft(value);
  }, [value, dirty]);

  useEffect(() => {
    if (props.autoFocus) inputRef.current?.select();
    // Only on mount: a field created by "add" takes the focus once.
  }, []);

  const commit = (): boolean => {
    const problem = validate(draft);
    setError(problem);
    if (problem) {
      unsaved?.keep(draft);
      return false;
    }
    if (dirty && draft !== value) onCommit(draft);
    setDirty(false);
    if (unsaved?.text != null) unsaved.drop();
    return true;
  };

  const revert = (): void => {
    setDraft(value);
    setDirty(false);
    setError(null);
    if (unsaved?.text != null) unsaved.drop();
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && (dirty || error)) {
      e.preventDefault();
      e.stopPropagation();
      revert();
    } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey) && !e.nativeEvent.isComposing) {
      e.preventDefault();
      commit();
    }
  };

  const shared = {
    ref: inputRef,
    value: draft,
    placeholder: props.placeholder,
    autoFocus: props.autoFocus,
    onChange: (e: { target: { value: string } }) => {
      setDraft(e.target.value);
      setDirty(true);
      if (error) setError(validate(e.target.value));
    },
    onFocus: () => {
      if (editing) reportEditing(editing);
    },
    onBlur: () => {
      commit();
      if (editing) reportEditing(null);
    },
    onKeyDown,
  };

  return (
    <Field
      label={props.label}
      hint={limit === undefined ? props.hint : <Counter length={draft.length} limit={limit} hint={props.hint} />}
      error={error}
      className={props.className}
      hideLabel={props.hideLabel}
    >
      {(control) =>
        multiline ? (
          <textarea {...control} {...shared} className="input textarea" rows={2} />
        ) : (
          <input
            {...control}
            {...shared}
            className={numeric ? 'input input-number' : 'input'}
            type={numeric ? 'number' : 'text'}
            inputMode={numeric ? 'decimal' : undefined}
            min={numeric ? 0 : undefined}
            max={numeric ? 100 : undefined}
            step={numeric ? 'any' : undefined}
          />
        )
      }
    </Field>
  );
}

/** "1234 / 2000": the live length of a long text against its limit, marked once it is over. */
function Counter({ length, limit, hint }: { length: number; limit: number; hint?: string }) {
  return (
    <>
      {hint ? `${hint} ` : null}
      <span className={length > limit ? 'char-count char-count-over' : 'char-count'}>
        {length} / {limit}
      </span>
    </>
  );
}
