import { useDeferredValue, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { readSnapshot, recordSnapshot } from '../../io/snapshotArchive';
import { contentPrint, type SnapshotRead, type SnapshotSummary } from '../../io/snapshots';
import { t } from '../../i18n/t';
import { documentForSaving } from '../../store/createEditorStore';
import { useEditor, useEditorApi } from '../../store/useEditor';
import { currentBlueprintStore } from '../../session/currentDocument';
import { useLocale } from '../localeState';
import { showAlert } from '../../session/notices';
import { absoluteTime, relativeTime } from './snapshotTime';
import { useNow } from './useNow';
import { useSnapshotList, type SnapshotListView } from './useSnapshotList';
import './history.css';

const REFRESH_RELATIVE_TIMES_MS = 30_000;
const NONE: SnapshotSummary[] = [];

function failureText(read: Exclude<SnapshotRead, { ok: true }>, time: string): string {
  if (read.problem === 'damaged') return t('history.damaged', { time, reason: read.detail });
  if (read.problem === 'missing') return t('history.missing', { time });
  return t('history.unavailableRestore', { time });
}

function stateText(view: SnapshotListView): string | null {
  switch (view.kind) {
    case 'noBlueprint':
      return t('history.noBlueprint');
    case 'loading':
      return t('history.loading');
    case 'unavailable':
      return t('history.unavailable');
    case 'ready':
      return view.snapshots.length ? null : t('history.empty');
  }
}

/** The History tab: autosave versions of the open blueprint, newest first, each restorable. */
export function HistoryPanel() {
  const api = useEditorApi();
  const blueprintId = useStore(currentBlueprintStore, (s) => s.currentId);
  const { view, health } = useSnapshotList(blueprintId);
  const locale = useLocale();
  const now = useNow(REFRESH_RELATIVE_TIMES_MS);
  const [status, setStatus] = useState('');
  // Comparing with the canvas is not urgent: let edits render first.
  const doc = useDeferredValue(useEditor((s) => s.doc));
  const currentPrint = useMemo(() => contentPrint(doc), [doc]);
  const snapshots = view.kind === 'ready' ? view.snapshots : NONE;

  async function restore(snapshot: SnapshotSummary, time: string) {
    if (!blueprintId) return;
    setStatus('');
    const read = await readSnapshot(blueprintId, snapshot.at);
    // The user may have opened another blueprint (or a shared one) while it was read.
    if (currentBlueprintStore.getState().currentId !== blueprintId || api.getState().readOnly)
      return;
    if (!read.ok) {
      showAlert(failureText(read, time));
      return;
    }
    // What is on the canvas now goes into History too, not only into Undo.
    void recordSnapshot(blueprintId, documentForSaving(api.getState()));
    api.getState().restoreDocument(read.doc);
    setStatus(t('history.restored', { time }));
  }

  const message = stateText(view);
  return (
    <section aria-label={t('history.title')} className="history-panel">
      <h2>{t('history.title')}</h2>
      <p className="panel-hint">{t('history.intro')}</p>
      {message && (
        <p className={`history-message history-${view.kind}`} data-testid="history-message">
          {message}
        </p>
      )}
      {health === 'full' && view.kind === 'ready' && (
        <p className="history-message history-unavailable">{t('history.full')}</p>
      )}
      {snapshots.length > 0 && (
        <ol className="history-list" aria-label={t('history.listLabel')}>
          {snapshots.map((snapshot) => {
            const time = absoluteTime(snapshot.at, now, locale);
            const isCurrent = snapshot.keyPrint === currentPrint;
            return (
              <li key={snapshot.at} className={`history-row${isCurrent ? ' is-current' : ''}`}>
                <div className="history-when">
                  <time dateTime={new Date(snapshot.at).toISOString()}>
                    {relativeTime(snapshot.at, now, locale)}
                  </time>
                  <span className="history-absolute">{time}</span>
                </div>
                <div className="history-what">
                  <span className="history-title">{snapshot.title || t('history.untitled')}</span>
                  <span className="history-steps">
                    {t('history.steps', { count: snapshot.stepCount })}
                  </span>
                </div>
                {isCurrent ? (
                  <span className="history-current" title={t('history.currentHint')}>
                    {t('history.current')}
                    <span className="sr-only"> — {t('history.currentHint')}</span>
                  </span>
                ) : (
                  <button
                    type="button"
                    aria-label={t('history.restoreLabel', { time })}
                    onClick={() => void restore(snapshot, time)}
                  >
                    {t('history.restore')}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <p role="status" className="history-status" data-testid="history-status">
        {status}
      </p>
    </section>
  );
}
