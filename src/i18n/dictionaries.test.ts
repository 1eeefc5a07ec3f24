import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

type Leaf = { path: string; value: string };

/** Every string in a dictionary, with its dotted path (array items as `[i]`). */
function leaves(node: unknown, path = ''): Leaf[] {
  if (typeof node === 'string') return [{ path, value: node }];
  if (Array.isArray(node)) return node.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) =>
      leaves(value, path ? `${path}.${key}` : key),
    );
  }
  throw new Error(`${path}: unexpected ${typeof node}`);
}

/** Object keys and array lengths, so a missing branch or a shorter list shows up by path. */
function shape(node: unknown, path = ''): string[] {
  if (typeof node === 'string') return [path];
  if (Array.isArray(node)) {
    return [
      `${path}.length=${node.length}`,
      ...node.flatMap((item, i) => shape(item, `${path}[${i}]`)),
    ];
  }
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    shape(value, path ? `${path}.${key}` : key),
  );
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => m[1]!))].sort();
}

const CJK = /[\u3400-\u9fff]/;

/** Strings that are meant to stay non-Chinese: language names and Shostack's symbols. */
/** Strings with no Chinese characters by nature: a language name, symbols, punctuation. */
const NOT_CJK = new Set([
  'language.en',
  'step.failMarker',
  'step.waitMarker',
  'step.separator',
  'guide.economics.colon',
  'comments.byline',
]);

const enLeaves = leaves(en);
const zhLeaves = leaves(zhCN);
const zhByPath = new Map(zhLeaves.map((leaf) => [leaf.path, leaf.value]));

describe('zh-CN dictionary', () => {
  it('has the same keys and list lengths as en', () => {
    expect(shape(zhCN).sort()).toEqual(shape(en).sort());
  });

  it('has no empty string', () => {
    expect(zhLeaves.filter((leaf) => leaf.value.trim() === '').map((leaf) => leaf.path)).toEqual(
      [],
    );
  });

  it('keeps the same {placeholders} in every string', () => {
    const mismatched = enLeaves
      .filter((leaf) => {
        const zh = zhByPath.get(leaf.path);
        return zh !== undefined && placeholders(zh).join() !== placeholders(leaf.value).join();
      })
      .map((leaf) => `${leaf.path}: ${leaf.value} → ${zhByPath.get(leaf.path)}`);
    expect(mismatched).toEqual([]);
  });

  it('is written in Chinese, except the allowed strings', () => {
    const notChinese = zhLeaves
      .filter((leaf) => !NOT_CJK.has(leaf.path) && !CJK.test(leaf.value))
      .map((leaf) => `${leaf.path}: ${leaf.value}`);
    expect(notChinese).toEqual([]);
  });

  it('keeps language names and the F / W symbols as they are', () => {
    expect(zhCN.language).toEqual({ label: '语言', en: 'English', zhCN: '简体中文' });
    expect(zhCN.language.zhCN).toBe(en.language.zhCN);
    expect([zhCN.step.failMarker, zhCN.step.waitMarker]).toEqual(['F', 'W']);
    expect([zhCN.step.failMarkerTitle, zhCN.step.waitMarkerTitle]).toEqual(['失败点', '等待点']);
  });

  it('uses the standard names of the lanes and lines', () => {
    expect({
      evidence: zhCN.lanes.evidence,
      customer: zhCN.lanes.customer,
      onstage: zhCN.lanes.onstage,
      backstage: zhCN.lanes.backstage,
      support: zhCN.lanes.support,
    }).toEqual({
      evidence: '有形展示',
      customer: '顾客行为',
      onstage: '前台员工行为',
      backstage: '后台员工行为',
      support: '支持过程',
    });
    expect(zhCN.lines).toEqual({
      interaction: '互动分界线',
      visibility: '可视分界线',
      internal: '内部互动分界线',
    });
  });

  it('uses Chinese quotes where en quotes a label', () => {
    const straight = zhLeaves
      .filter((leaf) => /['"]/.test(leaf.value))
      .map((leaf) => `${leaf.path}: ${leaf.value}`);
    expect(straight).toEqual([]);
  });
});

describe('the helpers of this test', () => {
  it('find placeholders and paths', () => {
    expect(placeholders("Flow from '{from}' to '{to}'")).toEqual(['from', 'to']);
    expect(leaves({ a: { b: 'x' }, c: ['y'] })).toEqual([
      { path: 'a.b', value: 'x' },
      { path: 'c[0]', value: 'y' },
    ]);
    expect(shape({ c: ['y', 'z'] })).toEqual(['c.length=2', 'c[0]', 'c[1]']);
  });
});
