import { DASH } from '../../i18n/format';
import { t } from '../../i18n/t';
import { useBlueprintImage } from './useBlueprintImage';

/** The whole blueprint as a picture: on the first printed page, scaled to the page width. */
export function BlueprintImage({ title }: { title: string }) {
  const image = useBlueprintImage();
  return (
    <section className="report-section report-picture" aria-labelledby="report-picture-heading">
      <h2 id="report-picture-heading">{t('report.image.heading')}</h2>
      {image.state === 'ready' && (
        <img
          src={image.url}
          width={image.width}
          height={image.height}
          alt={t('report.image.alt', { title })}
        />
      )}
      {image.state === 'rendering' && (
        <p className="report-muted" role="status" aria-busy="true">
          <span aria-hidden="true">{DASH} </span>
          {t('report.image.rendering')}
        </p>
      )}
      {image.state === 'failed' && (
        <p className="report-warning" role="status">
          {t('report.image.failed', { reason: image.reason })}
        </p>
      )}
    </section>
  );
}
