import { afterEach, describe, expect, it } from 'vitest';
import { en } from './en';
import { format, setDictionary } from './t';

afterEach(() => setDictionary(en, 'en'));

const steps = '{count, plural, one {# step} other {# steps}}';

describe('format', () => {
  it('fills placeholders and leaves unknown ones as they are', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('picks the English singular for one and the plural otherwise', () => {
    expect(format(steps, { count: 1 })).toBe('1 step');
    expect(format(steps, { count: 0 })).toBe('0 steps');
    expect(format(steps, { count: 2 })).toBe('2 steps');
    expect(format(`Add ${steps} to {lane}`, { count: 1, lane: 'Support' })).toBe(
      'Add 1 step to Support',
    );
  });

  it('prefers an exact =n form, and fills placeholders inside a form', () => {
    const text = '{n, plural, =0 {nothing in {lane}} one {# in {lane}} other {# in {lane}}}';
    expect(format(text, { n: 0, lane: 'L' })).toBe('nothing in L');
    expect(format(text, { n: 1, lane: 'L' })).toBe('1 in L');
    expect(format(text, { n: 5, lane: 'L' })).toBe('5 in L');
  });

  it('follows the plural rules of the language set with the dictionary', () => {
    setDictionary(en, 'zh-CN');
    // Chinese has one form: "other" for every number.
    expect(format(steps, { count: 1 })).toBe('1 steps');
  });

  it('reads several plurals in one string', () => {
    const text =
      '{a, plural, one {# wait} other {# waits}} · {b, plural, one {# fail point} other {# fail points}}';
    expect(format(text, { a: 1, b: 3 })).toBe('1 wait · 3 fail points');
  });
});

/** Every English string with a plural, filled with 1 and with 2, leaves no brace behind. */
function pluralLeaves(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return node.includes(', plural,') ? [[path, node]] : [];
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) =>
      pluralLeaves(value, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

describe('the English plurals', () => {
  const leaves = pluralLeaves(en);

  it('exist for the counts a user sees', () => {
    expect(leaves.map(([path]) => path)).toEqual(
      expect.arrayContaining(['status.counts', 'keyboard.copied', 'search.count']),
    );
  });

  it.each(leaves)('%s reads for one and for two', (_path, text) => {
    const params = (value: number) =>
      Object.fromEntries([...text.matchAll(/\{(\w+)/g)].map((m) => [m[1]!, value]));
    for (const value of [1, 2]) {
      const filled = format(text, params(value));
      expect(filled).not.toMatch(/[{}#]/);
    }
    expect(format(text, params(1))).not.toBe(format(text, params(2)).replaceAll('2', '1'));
  });
});
