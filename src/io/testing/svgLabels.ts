import type { SvgLabels } from '../exportSvg';

/** The English words of an exported picture, for the SVG tests. */
export const LABELS: SvgLabels = {
  lines: {
    interaction: 'Line of interaction',
    visibility: 'Line of visibility',
    internal: 'Line of internal interaction',
  },
  failMarker: 'F',
  waitMarker: 'W',
  failMarkerTitle: 'Fail point',
  waitMarkerTitle: 'Wait step',
  untitledStep: 'Untitled step',
  minutes: (min) => `${min} min`,
};
