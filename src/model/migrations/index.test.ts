import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../types';
import { migrate, migrations, type Migration } from './index';

/** A fake format history: v1 had `name`, v2 renamed it to `title`, v3 added `tags`. */
const fake: Migration[] = [
  {
    from: 2,
    up: (doc) => ({ ...doc, tags: [], log: [...(doc.log as string[]), '2→3'] }),
  },
  {
    from: 1,
    up: ({ name, ...rest }) => ({
      ...rest,
      title: name,
      log: [...((rest.log as string[]) ?? []), '1→2'],
    }),
  },
];

describe('migrate', () => {
  it('applies v1→v2→v3 in order (whatever the list order) and sets the version', () => {
    const result = migrate({ format: 'service-blueprint', version: 1, name: 'Hotel' }, 3, fake);
    expect(result).toEqual({
      ok: true,
      value: {
        format: 'service-blueprint',
        version: 3,
        title: 'Hotel',
        tags: [],
        log: ['1→2', '2→3'],
      },
    });
  });

  it('starts from the document version: a v2 document only gets the 2→3 step', () => {
    const result = migrate({ version: 2, title: 'Bank', log: [] }, 3, fake);
    expect(result).toEqual({
      ok: true,
      value: { version: 3, title: 'Bank', tags: [], log: ['2→3'] },
    });
  });

  it('returns a document already at the target unchanged', () => {
    const doc = { version: 3, title: 'Cafe' };
    const result = migrate(doc, 3, fake);
    expect(result).toEqual({ ok: true, value: doc });
  });

  it('does not change the input document', () => {
    const doc = { version: 1, name: 'Hotel' };
    migrate(doc, 3, fake);
    expect(doc).toEqual({ version: 1, name: 'Hotel' });
  });

  it('sets the version even when a migration forgets to', () => {
    const forgetful: Migration[] = [{ from: 1, up: (doc) => ({ ...doc, version: 1 }) }];
    expect(migrate({ version: 1 }, 2, forgetful)).toEqual({ ok: true, value: { version: 2 } });
  });

  it('reports a missing migration with the version it stops at', () => {
    const gap = fake.filter((m) => m.from !== 2);
    expect(migrate({ version: 1, name: 'x' }, 3, gap)).toEqual({
      ok: false,
      path: 'version',
      message: 'no migration from version 2',
    });
  });

  it('refuses a newer version', () => {
    expect(migrate({ version: 4 }, 3, fake)).toEqual({
      ok: false,
      path: 'version',
      message:
        'this file is format version 4, made by a newer Service Blueprint Studio; this editor reads versions up to 3',
    });
  });

  const badVersions: [string, unknown][] = [
    ['missing', undefined],
    ['zero', 0],
    ['negative', -1],
    ['a fraction', 1.5],
    ['a string', '1'],
    ['null', null],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ];
  it.each(badVersions)('refuses a version that is %s', (_name, version) => {
    const doc: Record<string, unknown> = version === undefined ? {} : { version };
    expect(migrate(doc, 3, fake)).toEqual({
      ok: false,
      path: 'version',
      message: 'must be a whole number from 1 up',
    });
  });

  it('has exactly one real migration from each version below CURRENT_VERSION', () => {
    const froms = migrations.map((m) => m.from).sort((a, b) => a - b);
    expect(froms).toEqual(Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1));
  });

  it('upgrades a version-1 document to CURRENT_VERSION with the real list', () => {
    const result = migrate({ format: 'service-blueprint', version: 1, lanes: [] });
    expect(result).toMatchObject({ ok: true, value: { version: CURRENT_VERSION } });
  });

  it('uses the real migration list and CURRENT_VERSION by default', () => {
    expect(migrations.every((m) => m.from >= 1 && m.from < CURRENT_VERSION)).toBe(true);
    expect(migrate({ version: CURRENT_VERSION })).toEqual({
      ok: true,
      value: { version: CURRENT_VERSION },
    });
    expect(migrate({ version: CURRENT_VERSION + 1 })).toMatchObject({ ok: false, path: 'version' });
  });
});
