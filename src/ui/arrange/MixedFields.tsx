import { useEffect, useId, useRef, useState } from 'react';
import type { ops } from '../../model';
import { t } from '../../i18n/t';

/** Fields of the multi-step inspector: each shows a shared value, or "mixed" when they differ. */

export function MixedCheckbox({
  label,
  value,
  onChange,
}: {
  label: string;
  value: ops.Shared<boolean>;
  onChange: (on: boolean) => void;
}) {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = value.mixed;
  }, [value.mixed]);
  return (
    <div className="field field-checkbox">
      <input
        ref={ref}
        id={id}
        type="checkbox"
        // Mixed shows unticked and indeterminate: a click ticks it for every step.
        checked={!value.mixed && value.value}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/**
 * Minutes for every step: empty with "Mixed" as placeholder when they differ. A number out of
 * range is not applied; emptying the field clears the minutes of every step.
 */
export function MixedMinutesField({
  label,
  value,
  max,
  onChange,
}: {
  label: string;
  value: ops.Shared<number | undefined>;
  max: number;
  onChange: (minutes: number | undefined) => void;
}) {
  const id = useId();
  const shown = value.mixed || value.value === undefined ? '' : String(value.value);
  const [draft, setDraft] = useState(shown);
  const [focused, setFocused] = useState(false);
  const [seen, setSeen] = useState(shown);
  if (!focused && shown !== seen) {
    // Changed elsewhere (undo, another step): show it.
    setSeen(shown);
    setDraft(shown);
  }
  const invalid = draft.trim() !== '' && !isMinutes(draft, max);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={draft}
        placeholder={value.mixed ? t('arrange.mixed') : undefined}
        aria-invalid={invalid || undefined}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          if (text.trim() === '') onChange(undefined);
          else if (isMinutes(text, max)) onChange(Number(text.trim().replace(',', '.')));
        }}
      />
      {invalid && (
        <div className="field-error">
          {t('inspector.invalidNumber', { field: label, min: 0, max })}
        </div>
      )}
    </div>
  );
}

function isMinutes(text: string, max: number): boolean {
  const n = Number(text.trim().replace(',', '.'));
  return Number.isFinite(n) && n >= 0 && n <= max;
}
