import { useEditor } from '../../store/useEditor';
import { t } from '../../i18n/t';
import { useShareState } from './shareState';
import { ShareLinkDialog } from './ShareLinkDialog';
import { useRoom } from '../room/useRoom';
import './share.css';

/**
 * "Shared blueprint — read only" while a share link is shown, "Link copied" for a moment after
 * copying one, and the link itself when the clipboard refused it.
 */
export function ShareBanner({ onMakeEditable }: { onMakeEditable: () => void }) {
  // A live room's watcher is read-only too; the room bar says so instead.
  const inRoom = useRoom((s) => s.status !== 'off');
  const readOnly = useEditor((s) => s.readOnly) && !inRoom;
  const copied = useShareState((s) => s.copied);
  const manualLink = useShareState((s) => s.manualLink);
  return (
    <>
      {readOnly && (
        <section className="share-banner" aria-labelledby="share-banner-title">
          <div>
            <strong id="share-banner-title">{t('share.banner')}</strong>
            <span className="share-banner-detail">{t('share.bannerDetail')}</span>
          </div>
          <button type="button" className="primary" onClick={onMakeEditable}>
            {t('share.makeEditable')}
          </button>
        </section>
      )}
      <div role="status" className="share-copied" data-testid="share-status">
        {copied ? t('share.copied') : ''}
      </div>
      {manualLink && <ShareLinkDialog link={manualLink} />}
    </>
  );
}
