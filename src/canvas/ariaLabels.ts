import type { AriaLabelConfig } from '@xyflow/react';
import { t } from '../i18n/t';

/** React Flow's own screen-reader texts, in the current language. */
export function flowAriaLabels(): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('canvas.nodeHelp'),
    'node.a11yDescription.keyboardDisabled': t('canvas.nodeHelp'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('canvas.moved', {
        direction: isDirection(direction) ? t(`canvas.directions.${direction}`) : direction,
        x,
        y,
      }),
    'edge.a11yDescription.default': t('canvas.edgeHelp'),
    'controls.ariaLabel': t('canvas.controls'),
    'controls.zoomIn.ariaLabel': t('canvas.zoomIn'),
    'controls.zoomOut.ariaLabel': t('canvas.zoomOut'),
    'controls.fitView.ariaLabel': t('canvas.fitView'),
    'minimap.ariaLabel': t('canvas.minimap'),
    'handle.ariaLabel': t('canvas.handle'),
  };
}

const DIRECTIONS = ['up', 'down', 'left', 'right'] as const;
function isDirection(value: string): value is (typeof DIRECTIONS)[number] {
  return (DIRECTIONS as readonly string[]).includes(value);
}
