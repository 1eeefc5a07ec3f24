import { t } from '../../i18n/t';
import { useEditorApi } from '../../store/useEditor';
import { leaveRoom, openShareDialog } from '../../session/roomCommands';
import type { Person, RoomState } from '../../session/roomState';
import { useRoom } from './useRoom';
import './room.css';

const INLINE_PEOPLE = 6;

function statusText(room: Pick<RoomState, 'status' | 'entered'>): string {
  if (!room.entered)
    return room.status === 'offline' ? t('room.status.unreachable') : t('room.joining');
  if (room.status === 'connected') return t('room.status.connected');
  if (room.status === 'offline') return t('room.status.offline');
  return t('room.status.connecting');
}

function PersonChip({ person }: { person: Person }) {
  return (
    <li className="room-person" data-testid="room-person" data-self={person.isSelf || undefined}>
      <span className="room-person-dot" style={{ background: person.color }} aria-hidden="true" />
      <span>{person.isSelf ? t('room.you', { name: person.name }) : person.name}</span>
      {person.role === 'watcher' && <span className="room-person-role">{t('room.watching')}</span>}
    </li>
  );
}

/**
 * The strip under the toolbar while this tab is in a live room: connection, who is there
 * (name, colour, watching or not), the links again, and the way out.
 */
export function RoomBar() {
  const api = useEditorApi();
  const status = useRoom((s) => s.status);
  const entered = useRoom((s) => s.entered);
  const role = useRoom((s) => s.role);
  const people = useRoom((s) => s.people);
  if (status === 'off') return null;
  const watcher = role === 'watcher';
  const offline = status === 'offline';
  const shown = people.slice(0, INLINE_PEOPLE);
  return (
    <section
      className={`room-bar${offline ? ' is-offline' : ''}${watcher ? ' is-watching' : ''}`}
      aria-label={t('room.status.connected')}
    >
      <span className="room-status" role="status" data-testid="room-status" data-status={status}>
        <span className="room-status-dot" aria-hidden="true" />
        {watcher && entered ? (
          <>
            <strong>{t('room.viewOnly')}</strong>
            <span className="room-detail">{t('room.viewOnlyDetail')}</span>
          </>
        ) : (
          statusText({ status, entered })
        )}
      </span>
      {entered && people.length > 0 && (
        <details className="room-people">
          <summary data-testid="room-people-count">
            {t('room.people', { count: people.length })}
          </summary>
          <ul aria-label={t('room.peopleList')} className="room-people-list">
            {people.map((person) => (
              <PersonChip key={person.clientId} person={person} />
            ))}
          </ul>
        </details>
      )}
      {entered && (
        <ul className="room-people-inline" aria-hidden="true">
          {shown.map((person) => (
            <li
              key={person.clientId}
              className="room-avatar"
              style={{ background: person.color }}
              title={person.name}
            >
              {[...person.name][0]?.toUpperCase() ?? '?'}
            </li>
          ))}
          {people.length > shown.length && (
            <li className="room-avatar room-avatar-more">
              {t('room.peopleMore', { count: people.length - shown.length })}
            </li>
          )}
        </ul>
      )}
      <span className="room-actions">
        {entered && (
          <button type="button" onClick={openShareDialog}>
            {t('room.shareLive')}
          </button>
        )}
        <button type="button" onClick={() => void leaveRoom(api)}>
          {t('room.leave')}
        </button>
      </span>
    </section>
  );
}
