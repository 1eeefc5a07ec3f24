import { useId, useState } from 'react';
import { useEditor, useEditorApi } from '../store/useEditor';
import { PersonasDialog } from '../ui/personas/PersonasDialog';
import { PersonaSummary } from '../ui/personas/PersonaSummary';
import { t } from '../i18n/t';
import { NumberField, TextField } from '../ui/primitives/Fields';

/** Step 1: what is blueprinted, for whom, from where to where. */
export function StepFacts() {
  const api = useEditorApi();
  const title = useEditor((s) => s.doc.title);
  const meta = useEditor((s) => s.doc.meta);
  const personas = useEditor((s) => s.doc.personas);
  const [personasOpen, setPersonasOpen] = useState(false);
  const personaField = useId();
  const chosen = personas.find((p) => p.id === meta.personaId);
  const edit = api.getState;
  return (
    <div className="guide-body">
      <TextField
        label={t('guide.facts.title')}
        value={title}
        onChange={(v) => edit().setTitle(v, 'title')}
      />
      <TextField
        label={t('guide.facts.service')}
        value={meta.service}
        onChange={(v) => edit().setMeta({ service: v }, 'meta:service')}
      />
      <TextField
        label={t('guide.facts.segment')}
        value={meta.customerSegment}
        onChange={(v) => edit().setMeta({ customerSegment: v }, 'meta:segment')}
      />
      <div className="field">
        <label htmlFor={personaField}>{t('personas.choose')}</label>
        <div className="persona-choice">
          <select
            id={personaField}
            value={meta.personaId ?? ''}
            onChange={(e) => edit().choosePersona(e.target.value || null)}
          >
            <option value="">{t('personas.none')}</option>
            {personas.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name || t('personas.unnamed')}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => setPersonasOpen(true)}>
            {t('personas.edit')}
          </button>
        </div>
      </div>
      {chosen && <PersonaSummary persona={chosen} />}
      {personasOpen && <PersonasDialog onClose={() => setPersonasOpen(false)} />}
      <TextField
        label={t('guide.facts.start')}
        value={meta.scenarioStart}
        onChange={(v) => edit().setMeta({ scenarioStart: v }, 'meta:start')}
      />
      <TextField
        label={t('guide.facts.end')}
        value={meta.scenarioEnd}
        onChange={(v) => edit().setMeta({ scenarioEnd: v }, 'meta:end')}
      />
      <NumberField
        label={t('guide.facts.tolerance')}
        value={meta.toleranceMin}
        min={0}
        max={1_000_000}
        optional
        onChange={(v) => edit().setMeta({ toleranceMin: v }, 'meta:tolerance')}
      />
    </div>
  );
}
