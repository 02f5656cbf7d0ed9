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
}

/**
 * A text or number field that edits a draft and commits it on blur or Enter (Ctrl+Enter in a multi-line
 * field), never per keystroke. Esc puts the current value back. While the user has not typed, the field follows
 * the live value, so someone else's change shows at once; once they type, their draft is kept until they leave.
 */
export function CommitField(props: CommitFieldProps) {
  const { value, onCommit, validate, editing, multiline, numeric } = props;
  const reportEditing = useReportEditing(useOptionalWorkshopId());
  const [draft, setDraft] = useState(value);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
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
    if (problem) return false;
    if (dirty && draft !== value) onCommit(draft);
    setDirty(false);
    return true;
  };

  const revert = (): void => {
    setDraft(value);
    setDirty(false);
    setError(null);
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
    <Field label={props.label} hint={props.hint} error={error} className={props.className} hideLabel={props.hideLabel}>
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
