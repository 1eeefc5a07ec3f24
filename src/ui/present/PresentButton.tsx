import { t } from '../../i18n/t';
import { startPresenting } from './presentState';

/** The toolbar's "Present" button: presentation mode, full screen where the browser allows. */
export function PresentButton() {
  return (
    <button type="button" title={t('present.buttonHint')} onClick={startPresenting}>
      {t('present.button')}
    </button>
  );
}
