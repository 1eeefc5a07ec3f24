import type { ReactNode } from 'react';
import { t, type MessageKey } from '../../i18n/t';
import { ErrorBoundary, errorMessage, technicalDetails } from '../ErrorBoundary';
import './crash.css';

export type PanelArea =
  | 'inspector'
  | 'lanes'
  | 'guide'
  | 'history'
  | 'report'
  | 'compare'
  | 'classOverview'
  | 'comments'
  | 'versions';

const PANEL_NAMES: Record<PanelArea, MessageKey> = {
  inspector: 'inspector.tab',
  lanes: 'inspector.lanesTab',
  guide: 'guide.tab',
  history: 'history.tab',
  report: 'toolbar.report',
  compare: 'compare.tab',
  comments: 'comments.tab',
  versions: 'versions.tab',
  classOverview: 'classroom.title',
};

/**
 * A panel that fails while rendering shows a short message in its place, with "Try again";
 * the canvas, the toolbar and the document carry on. `onClose` (for the report overlay) also
 * offers to close the panel.
 */
export function PanelBoundary({
  area,
  onClose,
  children,
}: {
  area: PanelArea;
  onClose?: () => void;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary
      fallback={(failure, retry) => (
        <div role="alert" className={`panel-crash panel-crash-${area}`}>
          <p>
            {t('crash.panelFailed', {
              panel: t(PANEL_NAMES[area]),
              message: errorMessage(failure.error),
            })}
          </p>
          <p>{t('crash.panelKept')}</p>
          <div className="crash-actions">
            <button type="button" onClick={retry}>
              {t('crash.tryAgain')}
            </button>
            {onClose && (
              <button type="button" onClick={onClose}>
                {t('crash.close')}
              </button>
            )}
          </div>
          <details>
            <summary>{t('crash.details')}</summary>
            <pre>{technicalDetails(failure)}</pre>
          </details>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
