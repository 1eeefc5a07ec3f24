import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../model';
import { drawBlueprintSvg } from './exportSvg';
import { LABELS } from './testing/svgLabels';

const PIXEL = 'data:image/png;base64,iVBORw0KGgo=';

function withPersona(chosen: boolean) {
  const doc = newBlueprint('Café');
  doc.steps = [{ id: 'a', lane: 'customer', x: 0, label: 'Order', description: '' }];
  doc.personas = [
    {
      id: 'p',
      name: 'Commuter <通勤族>',
      description: 'Coffee on the way to work',
      goals: 'Be quick',
      pains: 'Queues',
      picture: PIXEL,
    },
  ];
  if (chosen) doc.meta.personaId = 'p';
  return doc;
}

describe('the persona band of an exported picture', () => {
  it('draws the persona the blueprint is for under it, with its picture, goals and pains', () => {
    const without = drawBlueprintSvg(withPersona(false), LABELS);
    const drawing = drawBlueprintSvg(withPersona(true), LABELS);
    const svg = drawing.markup();
    expect(without.markup()).not.toContain('id="persona"');
    expect(svg).toContain('Drawn for: Commuter &lt;通勤族&gt;');
    expect(svg).toContain('Goals: Be quick');
    expect(svg).toContain('Pains: Queues');
    expect(svg).toContain(`href="${PIXEL}"`);
    expect(drawing.bounds.height).toBeGreaterThan(without.bounds.height + 72);
  });

  it('uses the labels it is given', () => {
    const labels = { ...LABELS, persona: { drawnFor: '用户画像', goals: '目标', pains: '痛点' } };
    const svg = drawBlueprintSvg(withPersona(true), labels).markup();
    expect(svg).toContain('用户画像: Commuter');
    expect(svg).toContain('目标: Be quick');
  });
});
