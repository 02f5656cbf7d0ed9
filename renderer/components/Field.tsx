import { useId, type ReactElement, type ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

interface Props {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  /** Keeps the label for assistive technology (and getByLabel) but not on screen, e.g. under a column header. */
  hideLabel?: boolean;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children(control: FieldControlProps): ReactElement;
}

/** A visible label above a control, an optional hint and an inline error announced when it appears. */
export function Field({ label, hint, error, className, hideLabel, children }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'field-label'}>
        {label}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <p id={errorId} className="field-error" role="alert">
        {error ? (
          <>
            <span aria-hidden="true">⚠ </span>
            {error}
          </>
        ) : null}
      </p>
    </div>
  );
}
