import { useEffect, useState } from 'react';
import { localStorageUse } from '../../io/library';
import {
  browserStorage,
  LOCAL_STORAGE_CAPACITY_CHARS,
  STORAGE_WARNING_SHARE,
} from '../../io/storage';
import { t } from '../../i18n/t';
import { formatMegabytes, formatPercent } from '../../i18n/format';
import { useCurrentBlueprint } from '../sessionHooks';

interface Estimate {
  usage: number;
  quota: number;
}

/** What the browser says the site uses in all (IndexedDB snapshots included), where it says. */
function useStorageEstimate(revision: number): Estimate | null {
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  useEffect(() => {
    let live = true;
    const storageManager = navigator.storage as StorageManager | undefined;
    if (!storageManager?.estimate) return;
    storageManager
      .estimate()
      .then(({ usage, quota }) => {
        if (live && usage !== undefined && quota) setEstimate({ usage, quota });
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [revision]);
  return estimate;
}

/** How full browser storage is: the blueprints' own store, and the site's whole quota. */
export function StorageMeter() {
  const revision = useCurrentBlueprint((s) => s.libraryRevision);
  const estimate = useStorageEstimate(revision);
  const storage = browserStorage();
  if (!storage) return <p role="alert">{t('library.storageMissing')}</p>;
  const used = localStorageUse(storage).all;
  const share = Math.min(1, used / LOCAL_STORAGE_CAPACITY_CHARS);
  const siteShare = estimate ? estimate.usage / estimate.quota : 0;
  const warn = share >= STORAGE_WARNING_SHARE || siteShare >= STORAGE_WARNING_SHARE;
  return (
    <section className="storage-meter" aria-labelledby="storage-meter-label">
      <div className="storage-meter-line">
        <span id="storage-meter-label">{t('library.storageLabel')}</span>
        <meter
          min={0}
          max={1}
          low={0.6}
          high={STORAGE_WARNING_SHARE}
          optimum={0}
          value={share}
          aria-labelledby="storage-meter-label"
          aria-valuetext={formatPercent(share)}
        />
        <span data-testid="storage-used">
          {t('library.storageUsed', {
            used: formatMegabytes(used),
            capacity: formatMegabytes(LOCAL_STORAGE_CAPACITY_CHARS),
            percent: formatPercent(Math.round(share * 100) / 100),
          })}
        </span>
      </div>
      {estimate && (
        <p className="storage-meter-site">
          {t('library.siteUsed', {
            used: formatMegabytes(estimate.usage),
            percent: formatPercent(Math.round(siteShare * 1000) / 1000),
          })}
        </p>
      )}
      {warn && (
        <p role="alert" className="storage-warning">
          {t('library.storageWarning')}
        </p>
      )}
    </section>
  );
}
