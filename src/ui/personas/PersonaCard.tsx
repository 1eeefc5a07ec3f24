import { useId, useRef, useState } from 'react';
import type { Persona } from '../../model';
import { useEditorApi } from '../../store/useEditor';
import { t } from '../../i18n/t';
import { TextField } from '../primitives/Fields';
import { readPicture } from './readPicture';

/** One persona, every field editable; each field's typing is one undo step. */
export function PersonaCard({ persona }: { persona: Persona }) {
  const api = useEditorApi();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState('');
  const headingId = useId();
  const { id } = persona;
  const name = persona.name || t('personas.unnamed');
  const edit = api.getState;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const read = await readPicture(file);
    if (!read.ok) {
      setProblem(read.message);
      return;
    }
    setProblem('');
    edit().updatePersona(id, { picture: read.url });
  };

  return (
    <li className="persona-card" aria-labelledby={headingId} data-persona-id={id}>
      <h3 id={headingId}>{t('personas.card', { name })}</h3>
      <div className="persona-picture">
        {persona.picture ? (
          <img src={persona.picture} alt={t('personas.picture', { name })} />
        ) : (
          <span className="persona-initial" aria-hidden="true">
            {Array.from(name)[0]}
          </span>
        )}
        <div className="persona-picture-actions">
          <button type="button" onClick={() => input.current?.click()}>
            {t('personas.choosePicture')}
          </button>
          {persona.picture && (
            <button type="button" onClick={() => edit().updatePersona(id, { picture: undefined })}>
              {t('personas.removePicture')}
            </button>
          )}
        </div>
        <input
          ref={input}
          type="file"
          hidden
          accept="image/png,image/jpeg,image/webp,image/gif"
          aria-label={t('personas.pictureFile')}
          data-testid="persona-picture-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            void choose(file);
          }}
        />
      </div>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <TextField
        label={t('personas.name')}
        value={persona.name}
        onChange={(v) => edit().updatePersona(id, { name: v }, `persona-name:${id}`)}
      />
      <TextField
        label={t('personas.description')}
        multiline
        value={persona.description}
        onChange={(v) => edit().updatePersona(id, { description: v }, `persona-description:${id}`)}
      />
      <TextField
        label={t('personas.goals')}
        multiline
        value={persona.goals}
        onChange={(v) => edit().updatePersona(id, { goals: v }, `persona-goals:${id}`)}
      />
      <TextField
        label={t('personas.pains')}
        multiline
        value={persona.pains}
        onChange={(v) => edit().updatePersona(id, { pains: v }, `persona-pains:${id}`)}
      />
      <button type="button" className="danger" onClick={() => edit().deletePersona(id)}>
        {t('personas.delete')}
      </button>
    </li>
  );
}
