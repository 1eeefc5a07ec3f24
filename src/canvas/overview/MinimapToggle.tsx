import { ControlButton } from '@xyflow/react';
import { t } from '../../i18n/t';
import { setMinimapShown, useMinimapShown } from './minimapShown';

/** The button under the zoom controls that shows or hides the minimap. */
export function MinimapToggle() {
  const shown = useMinimapShown();
  return (
    <ControlButton
      aria-label={t('canvas.showMinimap')}
      title={t('canvas.showMinimap')}
      aria-pressed={shown}
      className={`minimap-toggle${shown ? ' is-on' : ''}`}
      onClick={() => setMinimapShown(!shown)}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <rect
          x="1.5"
          y="3"
          width="13"
          height="10"
          rx="1"
          style={{ fill: 'none' }}
          stroke="currentColor"
          strokeWidth="1.5"
        />
        <rect x="3.5" y="5" width="5" height="4" fill="currentColor" />
      </svg>
    </ControlButton>
  );
}
