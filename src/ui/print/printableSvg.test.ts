import { describe, expect, it } from 'vitest';
import { exportSvg } from '../../io/exportSvg';
import { newBlueprint } from '../../model';
import { printableSvg } from './printableSvg';

const labels = {
  lines: { interaction: 'Interaction', visibility: 'Visibility', internal: 'Internal' },
  failMarker: 'F',
  waitMarker: 'W',
  failMarkerTitle: 'Fail point',
  waitMarkerTitle: 'Wait',
  untitledStep: 'Untitled',
  minutes: (min: number) => `${min} min`,
};

describe('printableSvg', () => {
  it('drops the XML declaration, keeps the drawing and pins it to the top of its box', () => {
    const { markup } = printableSvg(exportSvg(newBlueprint('Hotel 酒店'), labels));
    expect(markup.startsWith('<svg preserveAspectRatio="xMidYMin meet" ')).toBe(true);
    expect(markup).not.toContain('<?xml');
    expect(markup.endsWith('</svg>')).toBe(true);
    expect(markup).toContain('<title>Hotel 酒店</title>');
  });

  it("reads the drawing's natural size from its root element", () => {
    const file =
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1234.5" height="678" viewBox="0 0 1234.5 678"><rect width="10" height="20"/></svg>\n';
    expect(printableSvg(file)).toMatchObject({ width: 1234.5, height: 678 });
  });

  it('gives a zero size, not NaN, when the root has none', () => {
    expect(printableSvg('<svg viewBox="0 0 1 1"></svg>')).toMatchObject({ width: 0, height: 0 });
  });
});
