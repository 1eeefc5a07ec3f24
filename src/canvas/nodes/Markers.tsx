import { t } from '../../i18n/t';

/** Shostack's symbols: a red circled F for a fail point, an amber W for a wait step. */
export function Markers({ failPoint, wait }: { failPoint: boolean; wait: boolean }) {
  if (!failPoint && !wait) return null;
  return (
    <div className="step-markers">
      {failPoint && (
        <span
          className="marker marker-fail"
          role="img"
          aria-label={t('step.failMarkerTitle')}
          title={t('step.failMarkerTitle')}
        >
          {t('step.failMarker')}
        </span>
      )}
      {wait && (
        <span
          className="marker marker-wait"
          role="img"
          aria-label={t('step.waitMarkerTitle')}
          title={t('step.waitMarkerTitle')}
        >
          {t('step.waitMarker')}
        </span>
      )}
    </div>
  );
}
