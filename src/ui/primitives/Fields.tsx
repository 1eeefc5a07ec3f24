import { useId, useState } from 'react';
import { t } from '../../i18n/t';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  /** The label is read by screen readers but not shown (in tables with column headings). */
  hideLabel?: boolean;
}

export function TextField({ label, value, onChange, multiline, hideLabel }: TextFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      {multiline ? (
        <textarea id={id} value={value} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  min: number;
  max: number;
  /** An empty field means "not set" (otherwise empty is an error). */
  optional?: boolean;
  hideLabel?: boolean;
  onChange: (value: number | undefined) => void;
}

export function formatNumber(value: number | undefined): string {
  if (value === undefined) return '';
  return String(Math.round(value * 10_000) / 10_000);
}

/**
 * A number input that never commits a bad value: it says what is wrong beside the field and
 * keeps the last good value in the document.
 */
export function NumberField({
  label,
  value,
  min,
  max,
  optional,
  hideLabel,
  onChange,
}: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(formatNumber(value));
  const [focused, setFocused] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const [shown, setShown] = useState(value);
  if (!focused && value !== shown) {
    // The document changed from elsewhere (undo, another field): show its value.
    setShown(value);
    setDraft(formatNumber(value));
    setError(null);
  }

  const commit = (text: string) => {
    setDraft(text);
    const trimmed = text.trim().replace(',', '.');
    if (trimmed === '' && optional) {
      setError(null);
      onChange(undefined);
      return;
    }
    const parsed = Number(trimmed);
    if (trimmed === '' || !Number.isFinite(parsed) || parsed < min || parsed > max) {
      setError(t('inspector.invalidNumber', { field: label, min, max }));
      return;
    }
    setError(null);
    onChange(parsed);
  };

  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      <input
        id={id}
        inputMode="decimal"
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(e) => commit(e.target.value)}
      />
      {error && (
        <div id={`${id}-error`} className="field-error">
          {error}
        </div>
      )}
    </div>
  );
}

export function CheckboxField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="field field-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
