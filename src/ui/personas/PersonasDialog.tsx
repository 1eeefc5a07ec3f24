import { useEffect, useId, useRef } from 'react';
import { useEditor, useEditorApi } from '../../store/useEditor';
import { t } from '../../i18n/t';
import { PersonaCard } from './PersonaCard';
import './personas.css';

/** Guide step 1 → Personas…: a card per persona or segment; add, edit, delete (all undoable). */
export function PersonasDialog({ onClose }: { onClose: () => void }) {
  const api = useEditorApi();
  const personas = useEditor((s) => s.doc.personas);
  const readOnly = useEditor((s) => s.readOnly);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="personas-dialog gallery-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="gallery-head">
        <h2 id={titleId}>{t('personas.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('personas.close')}
        </button>
      </div>
      <p className="panel-hint">{t('personas.hint')}</p>
      <fieldset className="read-only-fields" disabled={readOnly}>
        {personas.length === 0 ? (
          <p>{t('personas.empty')}</p>
        ) : (
          <ul className="persona-list">
            {personas.map((persona) => (
              <PersonaCard key={persona.id} persona={persona} />
            ))}
          </ul>
        )}
        <button type="button" className="primary" onClick={() => api.getState().addPersona()}>
          {t('personas.add')}
        </button>
      </fieldset>
    </dialog>
  );
}
