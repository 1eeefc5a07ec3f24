import { t } from '../i18n/t';
import { noticeStore } from '../session/notices';
import { useNotices } from './sessionHooks';

/** Dismissable error banners: what went wrong and what is unchanged. */
export function AlertBanner() {
  const alerts = useNotices((s) => s.alerts);
  if (!alerts.length) return null;
  return (
    <div className="alerts">
      {alerts.map((a) => (
        <div key={a.id} role="alert" className="alert">
          <span>{a.text}</span>
          {a.action && (
            <button type="button" onClick={a.action.run}>
              {a.action.label}
            </button>
          )}
          <button
            type="button"
            className="alert-dismiss"
            onClick={() => noticeStore.getState().dismiss(a.id)}
          >
            {t('errors.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
