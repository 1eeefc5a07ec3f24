import { describe, expect, it } from 'vitest';
import { testDoc } from '../../model/analysis/testDoc';
import { classRows } from '../../model/compare';
import { classCsv } from './classCsv';

describe('classCsv', () => {
  it('writes a row per hand-in, with the reason for a broken one', () => {
    const reference = testDoc([['a', 'customer', 0, { label: 'Enter' }]]);
    const rows = classRows(reference, [
      { name: 'ok.json', doc: testDoc([]) },
      { name: '=evil.json', error: 'not JSON' },
    ]);
    const lines = classCsv(rows)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'file,author,title,score,missing_steps,wrong_lane,missing_fail_points,uncosted_fail_points,missing_waits,missing_flows,extra_steps,problem',
    );
    expect(lines[1]).toBe('ok.json,,Test,50,1,0,0,0,0,0,0,');
    // A cell that a spreadsheet would run as a formula is neutralised.
    expect(lines[2]).toBe("'=evil.json,,,,,,,,,,,not JSON");
  });
});
