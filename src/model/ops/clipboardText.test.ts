import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../newBlueprint';
import { addFlow } from './flows';
import { addStep, setFailPoint } from './steps';
import { copySteps } from './clipboard';
import { CLIP_FORMAT, clipToText, parseClipText } from './clipboardText';

function clipText(): string {
  const doc = newBlueprint();
  addStep(doc, { lane: 'customer', x: 0, id: 'a', label: 'Arrive "early"' });
  addStep(doc, { lane: 'onstage', x: 240, id: 'b', label: '问候' });
  setFailPoint(doc, 'a', { risk: 'x' });
  addFlow(doc, 'a', 'b', 'ab');
  return clipToText(copySteps(doc, ['a', 'b'])!);
}

const edited = (change: (raw: Record<string, unknown>) => void) => {
  const raw = JSON.parse(clipText()) as Record<string, unknown>;
  change(raw);
  return JSON.stringify(raw);
};

describe('clipboard text', () => {
  it('reads back what was written', () => {
    const parsed = parseClipText(clipText());
    expect(parsed.kind).toBe('clip');
    if (parsed.kind !== 'clip') return;
    expect(parsed.clip.steps.map((s) => s.label)).toEqual(['Arrive "early"', '问候']);
    expect(parsed.clip.flows).toEqual([{ id: 'ab', from: 'a', to: 'b', label: '', twoWay: false }]);
    expect(parsed.clip.lanes.map((l) => l.kind)).toEqual(['customer', 'onstage']);
  });

  it.each([
    ['plain text', 'Check in at the front desk'],
    ['an empty clipboard', ''],
    ['other JSON', '{"steps":[{"id":"a"}]}'],
    ['a number', '42'],
    ['JSON that only mentions the marker', JSON.stringify({ note: CLIP_FORMAT })],
    ['a whole blueprint', JSON.stringify(newBlueprint())],
  ])('leaves %s alone', (_, text) => {
    expect(parseClipText(text)).toEqual({ kind: 'foreign' });
  });

  it.each([
    ['cut short', () => clipText().slice(0, -20), ''],
    ['from a newer version', () => edited((r) => (r.version = 2)), 'version'],
    [
      'a step without a lane',
      () => edited((r) => delete (r.steps as { lane?: string }[])[0]!.lane),
      'steps[0].lane',
    ],
    [
      'x that is not a number',
      () => edited((r) => ((r.steps as { x: unknown }[])[1]!.x = 'far')),
      'steps[1].x',
    ],
    [
      'a flow to a step that is not in it',
      () => edited((r) => ((r.flows as { to: string }[])[0]!.to = 'z')),
      'flows[0].to',
    ],
    [
      'two steps with one id',
      () => edited((r) => ((r.steps as { id: string }[])[1]!.id = 'a')),
      'steps[1].id',
    ],
    ['no steps', () => edited((r) => Object.assign(r, { steps: [], flows: [] })), 'steps'],
    ['no lanes', () => edited((r) => (r.lanes = [])), 'lanes'],
  ])('says what is wrong with ours when %s', (_, text, path) => {
    const parsed = parseClipText(text());
    expect(parsed.kind).toBe('damaged');
    if (parsed.kind !== 'damaged') return;
    expect(parsed.errors.map((e) => e.path)).toContain(path);
  });

  it('refuses junk nested deeper than any step', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 200; i++) deep = [deep];
    const parsed = parseClipText(edited((r) => ((r.steps as { junk: unknown }[])[0]!.junk = deep)));
    expect(parsed.kind).toBe('damaged');
  });
});
