import { useEffect, useRef, type ReactNode } from 'react';
import type { EditorStoreApi } from '../../store/createEditorStore';
import { t } from '../../i18n/t';
import { downloadFile } from '../../session/download';
import { useNotices } from '../sessionHooks';
import { ErrorBoundary, errorMessage, technicalDetails, type Failure } from '../ErrorBoundary';
import './crash.css';

/**
 * The last line of defence around the whole app: if anything outside a panel fails while
 * rendering, this page replaces the app. It says what went wrong and whether the work is safe,
 * and offers the blueprint as a file and a reload. The autosave writes any pending change as the
 * app unmounts, so Reload opens the blueprint as it was at the moment of the error.
 */
export function AppErrorBoundary({
  store,
  children,
}: {
  store: EditorStoreApi;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary fallback={(failure) => <CrashScreen store={store} failure={failure} />}>
      {children}
    </ErrorBoundary>
  );
}

function CrashScreen({ store, failure }: { store: EditorStoreApi; failure: Failure }) {
  const saveState = useNotices((s) => s.saveStatus.state);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const safety =
    saveState === 'failed'
      ? t('crash.notKept')
      : saveState === 'conflict'
        ? t('crash.conflict')
        : t('crash.kept');
  return (
    <main className="crash-screen">
      <section role="alert" aria-labelledby="crash-title" className="crash-card">
        <h1 id="crash-title" ref={heading} tabIndex={-1}>
          {t('crash.title')}
        </h1>
        <p>{t('crash.happened', { message: errorMessage(failure.error) })}</p>
        <p>{safety}</p>
        <div className="crash-actions">
          <button type="button" className="primary" onClick={() => downloadFile(store)}>
            {t('crash.download')}
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            {t('crash.reload')}
          </button>
        </div>
        <details>
          <summary>{t('crash.details')}</summary>
          <pre>{technicalDetails(failure)}</pre>
        </details>
      </section>
    </main>
  );
}
