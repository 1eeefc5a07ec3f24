import { describe, expect, it } from 'vitest';
import { loadBlueprint } from '../load';
import { validDoc } from '../testing/loadDocs';
import { migrate } from './index';
import { v2ToV3 } from './v2ToV3';

function v2Doc(): Record<string, unknown> {
  const { comments: _dropped, ...rest } = validDoc();
  void _dropped;
  return { ...rest, version: 2 };
}

describe('version 2 → 3 (comments)', () => {
  it('gives a version-2 document an empty comment list and changes nothing else', () => {
    const result = migrate(v2Doc(), 3);
    expect(result).toEqual({ ok: true, value: { ...v2Doc(), version: 3, comments: [] } });
    expect(v2ToV3.from).toBe(2);
  });

  it('opens a version-2 file as a valid version-3 blueprint', () => {
    const loaded = loadBlueprint(v2Doc());
    expect(loaded.ok && loaded.value.version).toBe(4);
    expect(loaded.ok && loaded.value.comments).toEqual([]);
  });

  it('keeps a comments field a version-2 file already had, for the checks to judge', () => {
    const good = validDoc().comments;
    const kept = loadBlueprint({ ...v2Doc(), comments: good });
    expect(kept.ok && kept.value.comments).toEqual(good);
    const bad = loadBlueprint({ ...v2Doc(), comments: 'none' });
    expect(bad).toEqual({
      ok: false,
      errors: [{ path: 'comments', message: 'expected array, received string' }],
    });
  });
});

describe('comment checks', () => {
  const errorsOf = (comments: unknown) => {
    const result = loadBlueprint({ ...validDoc(), comments });
    return result.ok ? [] : result.errors;
  };
  const one = {
    id: 'k',
    author: 'A',
    text: 'x',
    createdAt: '2026-12-06T09:30:00Z',
    resolved: false,
  };

  it('names what is wrong, with its path', () => {
    expect(errorsOf([{ ...one, on: 'lane', target: 'c' }])).toEqual([
      { path: 'comments[0].on', message: 'must say what it is on: "step", "flow" or "canvas"' },
    ]);
    expect(errorsOf([{ ...one, on: 'step', target: 'nope' }])).toEqual([
      { path: 'comments[0].target', message: 'no step "nope"' },
    ]);
    expect(errorsOf([{ ...one, on: 'flow', target: 'c' }])).toEqual([
      { path: 'comments[0].target', message: 'no flow "c"' },
    ]);
    expect(errorsOf([{ ...one, on: 'canvas', x: 1 }])).toEqual([
      { path: 'comments[0].y', message: 'is missing' },
    ]);
    expect(errorsOf([{ ...one, on: 'step', target: 'c', createdAt: 'yesterday' }])).toEqual([
      {
        path: 'comments[0].createdAt',
        message: 'must be a date and time such as "2026-12-06T09:30:00Z"',
      },
    ]);
    expect(errorsOf([{ ...one, on: 'step', target: 'c', text: 'x'.repeat(4001) }])).toEqual([
      { path: 'comments[0].text', message: 'must be at most 4000 characters' },
    ]);
    expect(
      errorsOf([
        { ...one, on: 'step', target: 'c' },
        { ...one, on: 'canvas', x: 0, y: 0 },
      ]),
    ).toEqual([{ path: 'comments[1].id', message: 'duplicate id "k"' }]);
  });

  it('fills in a missing author and resolved flag', () => {
    const result = loadBlueprint({
      ...validDoc(),
      comments: [{ id: 'k', on: 'step', target: 'c', text: 'x', createdAt: '2026-12-06T09:30Z' }],
    });
    expect(result.ok && result.value.comments[0]).toMatchObject({ author: '', resolved: false });
  });
});
