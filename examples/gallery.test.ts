import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  blueprintFacts,
  customerTime,
  guideChecklist,
  improvementRows,
  rankFailPoints,
} from '../src/model/analysis';
import { describeErrors, loadBlueprintText } from '../src/model/load';
import { STANDARD_LANE_KINDS, GUIDE_STEPS, type Blueprint } from '../src/model/types';

/**
 * What the example gallery promises (issue: "complete real-world blueprints"): every example
 * in English and in Chinese, all lanes used, every guide checklist passed, every report
 * figure known.
 */
const dir = new URL('./', import.meta.url);
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.blueprint.json'))
  .sort();
const CHINESE_SUFFIX = '.zh-CN.blueprint.json';
const ZH_LANES: Record<(typeof STANDARD_LANE_KINDS)[number], string> = {
  evidence: '有形展示',
  customer: '顾客行为',
  onstage: '前台员工行为',
  backstage: '后台员工行为',
  support: '支持过程',
};
const GALLERY = [
  'hotel-overnight-stay',
  'coffee-shop-order',
  'bank-branch-visit',
  'appliance-repair-visit',
  'hospital-outpatient-visit',
  'online-order-delivery',
];

function load(name: string): Blueprint {
  const result = loadBlueprintText(readFileSync(new URL(name, dir), 'utf8'));
  if (!result.ok) throw new Error(`${name}: ${describeErrors(result.errors)}`);
  return result.value;
}

const hasCjk = (text: string) => /[\u4e00-\u9fff]/.test(text);

describe('the example gallery', () => {
  it.each(GALLERY)('has %s in English and in Chinese', (name) => {
    expect(files).toContain(`${name}.blueprint.json`);
    expect(files).toContain(`${name}${CHINESE_SUFFIX}`);
  });

  it.each(GALLERY)('%s has the same steps, flows and improvements in both languages', (name) => {
    const en = load(`${name}.blueprint.json`);
    const zh = load(`${name}${CHINESE_SUFFIX}`);
    expect(zh.steps.map((s) => [s.id, s.lane, s.x])).toEqual(
      en.steps.map((s) => [s.id, s.lane, s.x]),
    );
    expect(zh.flows.map((f) => [f.from, f.to])).toEqual(en.flows.map((f) => [f.from, f.to]));
    expect(zh.improvements.map((i) => i.addresses)).toEqual(
      en.improvements.map((i) => i.addresses),
    );
  });
});

describe.each(files)('%s', (name) => {
  const doc = load(name);
  const chinese = name.endsWith(CHINESE_SUFFIX);
  const kindOf = new Map(doc.lanes.map((l) => [l.id, l.kind]));
  const customerActions = doc.steps.filter((s) => kindOf.get(s.lane) === 'customer');

  it('uses all five standard lanes, with names in its language', () => {
    for (const kind of STANDARD_LANE_KINDS) {
      const lane = doc.lanes.find((l) => l.kind === kind);
      expect(lane, kind).toBeDefined();
      expect(
        doc.steps.some((s) => s.lane === lane!.id),
        `steps in ${kind}`,
      ).toBe(true);
      if (chinese) expect(lane!.label).toBe(ZH_LANES[kind]);
    }
    expect(doc.meta.locale).toBe(chinese ? 'zh-CN' : 'en');
  });

  it('tells a realistic story: enough customer actions, fail points, waits and improvements', () => {
    expect(customerActions.length).toBeGreaterThanOrEqual(8);
    expect(customerActions.length).toBeLessThanOrEqual(25);
    expect(doc.steps.filter((s) => s.failPoint).length).toBeGreaterThanOrEqual(2);
    expect(doc.steps.filter((s) => s.wait).length).toBeGreaterThanOrEqual(2);
    expect(doc.improvements.length).toBeGreaterThanOrEqual(2);
    for (const step of doc.steps) expect(step.label.trim(), step.id).not.toBe('');
    if (chinese) for (const step of doc.steps) expect(hasCjk(step.label), step.label).toBe(true);
  });

  it('says its numbers are illustrative', () => {
    const text = `${doc.meta.scenario} ${doc.meta.service}`;
    expect(text).toMatch(chinese ? /示意|仅供/ : /illustrative/i);
  });

  it('has the guide done and passes every checklist', () => {
    expect(doc.guide.done).toEqual([...GUIDE_STEPS]);
    for (const step of GUIDE_STEPS) {
      const open = guideChecklist(step, doc, blueprintFacts(doc), doc.improvements).filter(
        (i) => !i.ok,
      );
      expect(open, `guide step ${step}`).toEqual([]);
    }
  });

  it('has every report figure known', () => {
    const e = doc.economics;
    for (const value of [e.customersPerMonth, e.spendPerVisit, e.visitsPerYear, e.yearsRetained]) {
      expect(Number.isFinite(value)).toBe(true);
    }
    for (const row of rankFailPoints(doc, e))
      expect(Number.isFinite(row.expectedCostPerMonth), row.label).toBe(true);
    for (const row of improvementRows(doc, e, doc.improvements)) {
      expect(Number.isFinite(row.benefitPerMonth), row.title).toBe(true);
      expect(row.paybackMonths, row.title).not.toBeUndefined();
      expect(row.oneOffCost + row.runningCostPerMonth, row.title).toBeGreaterThan(0);
    }
    const time = customerTime(doc, doc.meta.toleranceMin);
    expect(time.reachable).toBe(true);
    expect(Number.isFinite(time.totalMin)).toBe(true);
    expect(doc.meta.toleranceMin).toBeGreaterThan(0);
  });
});
