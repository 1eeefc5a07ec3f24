import type { Persona } from '../../model';
import { t } from '../../i18n/t';
import './personas.css';

/** The chosen persona at a glance: picture, name, description, goals and pains. */
export function PersonaSummary({ persona }: { persona: Persona }) {
  const name = persona.name || t('personas.unnamed');
  return (
    <div className="persona-summary" data-testid="persona-summary">
      {persona.picture ? (
        <img src={persona.picture} alt={t('personas.picture', { name })} />
      ) : (
        <span className="persona-initial" aria-hidden="true">
          {Array.from(name)[0]}
        </span>
      )}
      <div>
        <p>
          <strong>{name}</strong>
          {persona.description && ` — ${persona.description}`}
        </p>
        {persona.goals && (
          <p>
            {t('personas.goals')}: {persona.goals}
          </p>
        )}
        {persona.pains && (
          <p>
            {t('personas.pains')}: {persona.pains}
          </p>
        )}
      </div>
    </div>
  );
}
